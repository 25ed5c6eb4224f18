package loadtest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// step is one thing a person does: type text, or press one of the buttons
// labelled press on the companion's latest message that has buttons.
// replies is how many messages the companion answers it with; 1 when 0.
type step struct {
	text    string
	press   []string
	replies int
}

// want is how many replies the step is answered with.
func (s step) want() int { return max(s.replies, 1) }

// The people's words: names, who those are to them, memories and guide
// questions, combined at random so that conversations differ.
var (
	names     = []string{"Sam", "Priya", "Jonas", "Mei", "Tomás", "Ada", "Kwame", "Lena", "Ravi", "Noor"}
	relations = []string{"my old college friend", "my cousin", "a friend from my first job",
		"my neighbour who moved away", "my sister", "an old teammate"}
	occasions = [][]string{{"It's been a while"}, {"Just thinking of them"}, {"Good news of theirs"}}
	tones     = [][]string{{"Warm"}, {"Casual"}, {"Short and simple"}}
	memories  = []string{"the road trip to the coast", "our band practice", "the hiking weekend",
		"the pub quiz we nearly won", "that terrible karaoke night"}
	revisions = []string{"Warmer", "Shorter", "Longer", "More casual", "Another one"}
	questions = []string{"how do I deal with being ghosted?", "what if they never reply?",
		"how often should I message someone?", "I'm an introvert, how do I make friends online?",
		"how do I set boundaries with a friend?", "what mistakes should I avoid when reaching out?"}
)

// script is one round of a person's conversation: hello, a guide question,
// a check-in drafted with a few answers and one revision, and the plan.
func script(rng *rand.Rand) []step {
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	return []step{
		{text: "/start"},
		{text: pick(questions)},
		{text: "/draft"},
		{text: pick(names) + ", " + pick(relations)},
		{press: occasions[rng.IntN(len(occasions))]},
		{press: tones[rng.IntN(len(tones))]},
		{text: pick(memories)},
		{press: revisions},
		// The draft to copy, then an offer to be reminded.
		{press: []string{"Done"}, replies: 2},
		{press: []string{"No thanks"}},
		{text: "/plan"},
		{press: []string{"Show the whole week"}},
	}
}

// person is one simulated person. Only its own goroutine touches it until
// run returns.
type person struct {
	srv    *telegramtest.Server
	opts   Options
	user   telegramtest.User
	rng    *rand.Rand
	budget *atomic.Int64
	stop   func()

	sent       int
	expected   int
	answered   int
	unanswered int
	short      int
	offScript  int
	latencies  []time.Duration
	first      time.Time
}

func newPerson(srv *telegramtest.Server, opts Options, i int, budget *atomic.Int64, stop func()) *person {
	id := opts.FirstID + int64(i)
	return &person{
		srv:    srv,
		opts:   opts,
		user:   telegramtest.User{ID: id, FirstName: fmt.Sprintf("Person%d", i+1), Username: fmt.Sprintf("person%d", i+1)},
		rng:    rand.New(rand.NewPCG(opts.Seed, uint64(id))),
		budget: budget,
		stop:   stop,
	}
}

// run plays rounds of the script until send ends; a reply already owed is
// waited for until wait ends.
func (p *person) run(send, wait context.Context, delay time.Duration) {
	if sleep(send, delay) != nil {
		return
	}
	for send.Err() == nil {
		for _, st := range script(p.rng) {
			if send.Err() != nil {
				return
			}
			ok, err := p.do(send, wait, st)
			if err != nil {
				return
			}
			if !ok {
				// The companion's answer was not the one the script
				// expected: start a new round, as a person would.
				p.offScript++
				break
			}
			if sleep(send, p.think()) != nil {
				return
			}
		}
	}
}

// do carries out one step and waits for the reply. It reports false when
// the button to press is not there; an error means the run is over.
func (p *person) do(send, wait context.Context, st step) (bool, error) {
	chat := p.user.ID
	var msgID int
	var data string
	if len(st.press) > 0 {
		var ok bool
		msgID, data, ok = p.findButton(send, st.press)
		if !ok {
			return false, send.Err()
		}
	}
	if !p.take() {
		return false, context.Canceled
	}
	before := p.srv.Count(chat)
	at := time.Now()
	if len(st.press) > 0 {
		p.srv.Press(p.user, chat, msgID, data)
	} else {
		p.srv.SendText(p.user, st.text)
	}
	p.sent++
	p.expected += st.want()
	if p.first.IsZero() {
		p.first = at
	}
	err := p.srv.WaitChat(wait, chat, func() bool { return p.srv.Count(chat) > before })
	if err != nil {
		p.unanswered++
		return false, err
	}
	msgs := p.srv.Messages(chat)
	p.answered++
	p.latencies = append(p.latencies, msgs[before].At.Sub(at))
	if st.want() > 1 {
		// The rest of the turn's replies follow at once; waiting for them
		// keeps them from being taken for the answer to the next step.
		ctx, cancel := context.WithTimeout(wait, p.opts.ButtonWait)
		err := p.srv.WaitChat(ctx, chat, func() bool { return p.srv.Count(chat) >= before+st.want() })
		cancel()
		if err != nil {
			p.short++
			if wait.Err() != nil {
				return false, wait.Err()
			}
		}
	}
	return true, nil
}

// take claims one message from the shared budget; false when it is spent.
func (p *person) take() bool {
	if p.budget == nil {
		return true
	}
	if p.budget.Add(-1) < 0 {
		p.stop()
		return false
	}
	return true
}

// findButton waits until the companion's latest message with buttons
// offers one of labels, and picks one of those at random.
func (p *person) findButton(ctx context.Context, labels []string) (msgID int, data string, ok bool) {
	ctx, cancel := context.WithTimeout(ctx, p.opts.ButtonWait)
	defer cancel()
	chat := p.user.ID
	_ = p.srv.WaitChat(ctx, chat, func() bool {
		msgID, data, ok = latestButton(p.srv.Messages(chat), labels, p.rng)
		return ok
	})
	return msgID, data, ok
}

// latestButton looks at the newest message in msgs that has buttons and
// returns one of its buttons whose label is in labels.
func latestButton(msgs []telegramtest.Sent, labels []string, rng *rand.Rand) (msgID int, data string, ok bool) {
	for i := len(msgs) - 1; i >= 0; i-- {
		m := msgs[i]
		if len(m.Keyboard) == 0 {
			continue
		}
		var found []telegramtest.Button
		for _, row := range m.Keyboard {
			for _, b := range row {
				if slices.Contains(labels, b.Text) {
					found = append(found, b)
				}
			}
		}
		if len(found) == 0 {
			return 0, "", false
		}
		return m.MessageID, found[rng.IntN(len(found))].Data, true
	}
	return 0, "", false
}

// think draws one pause from Think/2 to 3*Think/2.
func (p *person) think() time.Duration {
	if p.opts.Think <= 0 {
		return 0
	}
	return p.opts.Think/2 + time.Duration(p.rng.Int64N(int64(p.opts.Think)))
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

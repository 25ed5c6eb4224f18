package agent_test

import (
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// idleCases are things said in passing with no flow running, each with
// what the reply must show and what it must not.
var idleCases = []struct {
	text        string
	want, avoid *regexp.Regexp
}{
	// A local time stated sets a fixed offset and says so.
	{"its 11pm here", rx(`puts you at UTC-10, so I'll use that`), nil},
	{"it's 6 in the morning here", rx(`puts you at UTC-3, so I'll use that`), nil},
	{"btw it is 14:30 for me", rx(`puts you at UTC\+6, so I'll use that`), nil},
	{"oh its about 9am here", rx(`puts you at UTC, so I'll use that`), nil},
	{"it's 11pm and i can't sleep", nil, rx(`puts you at`)},
	// A place said in passing sets the timezone.
	{"i'm in toronto btw", rx(`I'll use America/Toronto`), nil},
	{"im in berlin fyi", rx(`I'll use Europe/Berlin`), nil},
	{"btw we're in sydney", rx(`I'll use Australia/Sydney`), nil},
	{"i was in toronto last year for a wedding", nil, rx(`for your reminders`)},
	{"my sister is in toronto", nil, rx(`for your reminders`)},
	// Which reminders are set.
	{"what reminders do i have", rx(`haven't added anyone yet`), rx(`From the guide`)},
	{"who am i reminding about", rx(`haven't added anyone yet`), rx(`From the guide`)},
	{"show me my reminders", rx(`haven't added anyone yet`), nil},
	{"how do i remind my friend about her birthday", rx(`From the guide`), rx(`haven't added anyone`)},
	// Medicine questions get the medical decline.
	{"is it ok to take 2 melatonin with a glass of wine", rx(`doctor or a pharmacist`), nil},
	{"can i take ibuprofen and paracetamol together", rx(`doctor or a pharmacist`), nil},
	{"how many sleeping pills is too many", rx(`doctor or a pharmacist`), nil},
	{"should i double up on my antidepressant if i missed one", rx(`doctor or a pharmacist`), nil},
	// A thanks with a goodbye is a goodbye.
	{"ok good night, thanks for the help", rx(`(?i)good night|night night|sleep well`), rx(`crisis|From the guide`)},
	{"thanks, bye", rx(`(?i)bye for now|talk soon|take care`), nil},
	{"thank you so much, off to bed now", rx(`(?i)good night|night night|sleep well`), nil},
	// What to put in a draft, with none on the go: said plainly, never
	// heard as news.
	{"mention that its nearly ten years since we left school", rx(`no draft on the go yet`), rx(`(?i)lovely|amazing|nice one|From the guide`)},
	{"maybe say that we miss her loads", rx(`no draft on the go yet`), rx(`(?i)From the guide`)},
	{"oh and tell them i got the flat", rx(`no draft on the go yet`), rx(`(?i)congrat|amazing|lovely`)},
	{"add a reminder for my nans birthday on 9 june", nil, rx(`no draft on the go`)},
}

func rx(s string) *regexp.Regexp { return regexp.MustCompile(s) }

// TestIdleWords checks the replies to things said in passing.
func TestIdleWords(t *testing.T) {
	// At 09:00 UTC, 11pm is ten hours behind, not fourteen ahead.
	clock := &fakeClock{now: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)}
	ag, st := newMemAgent(t, agent.Options{Clock: clock})
	for i, c := range idleCases {
		got := replyTo(t, ag, st, fmt.Sprintf("idle:%d", i), c.text)
		if c.want != nil && !c.want.MatchString(got) {
			t.Errorf("%q: got %q, want %s", c.text, got, c.want)
		}
		if c.avoid != nil && c.avoid.MatchString(got) {
			t.Errorf("%q: got %q, which should not match %s", c.text, got, c.avoid)
		}
	}
}

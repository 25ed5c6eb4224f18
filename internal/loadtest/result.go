package loadtest

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// Result is what the people of one run saw.
type Result struct {
	// People is how many people took part.
	People int
	// Window runs from the first message sent to the last reply received.
	Window time.Duration
	// Sent counts messages and button presses; Answered those followed by
	// a reply; Unanswered those still waiting when the run ended.
	Sent, Answered, Unanswered int
	// Short counts answered messages that got fewer replies than the
	// script expects (within ButtonWait of the first).
	Short int
	// OffScript counts the times a reply lacked the button the person
	// meant to press, so that they started over.
	OffScript int
	// Latencies are the times from a message to the first reply after it,
	// sorted.
	Latencies []time.Duration
	// Chats holds each person's chat, in person order.
	Chats []Chat
}

// Chat is one person's private chat with the companion at the end of a run.
type Chat struct {
	// ID is the chat id (the person's user id).
	ID int64
	// Sent counts the person's messages and button presses.
	Sent int
	// Expected is how many replies the script expects for them.
	Expected int
	// Replies counts the messages the companion sent to the chat.
	Replies int
	// Repeats counts replies identical (text and buttons) to the one just
	// before them: a reply delivered twice.
	Repeats int
}

// Extra is how many more replies the chat got than the script expects:
// replies delivered again, or replies the script does not know about.
func (c Chat) Extra() int { return max(0, c.Replies-c.Expected) }

// Missing is how many expected replies never came, once repeated replies
// are set aside.
func (c Chat) Missing() int { return max(0, c.Expected-(c.Replies-c.Repeats)) }

func collect(srv *telegramtest.Server, people []*person, start time.Time, opts Options) *Result {
	r := &Result{People: len(people)}
	first, last := time.Time{}, start
	for _, p := range people {
		r.Sent += p.sent
		r.Answered += p.answered
		r.Unanswered += p.unanswered
		r.Short += p.short
		r.OffScript += p.offScript
		r.Latencies = append(r.Latencies, p.latencies...)
		if !p.first.IsZero() && (first.IsZero() || p.first.Before(first)) {
			first = p.first
		}
		msgs := srv.Messages(p.user.ID)
		c := Chat{ID: p.user.ID, Sent: p.sent, Expected: p.expected, Replies: len(msgs)}
		for i := 1; i < len(msgs); i++ {
			if sameMessage(msgs[i-1], msgs[i]) {
				c.Repeats++
			}
		}
		if n := len(msgs); n > 0 && msgs[n-1].At.After(last) {
			last = msgs[n-1].At
		}
		r.Chats = append(r.Chats, c)
	}
	if !first.IsZero() && last.After(first) {
		r.Window = last.Sub(first)
	}
	slices.Sort(r.Latencies)
	return r
}

func sameMessage(a, b telegramtest.Sent) bool {
	return a.Text == b.Text && a.ParseMode == b.ParseMode &&
		slices.EqualFunc(a.Keyboard, b.Keyboard, slices.Equal)
}

// Replies is how many messages the companion sent to the people in all.
func (r *Result) Replies() int { return r.sum(func(c Chat) int { return c.Replies }) }

// Extra is the sum of Chat.Extra over all chats.
func (r *Result) Extra() int { return r.sum(Chat.Extra) }

// Repeats is the sum of Chat.Repeats over all chats.
func (r *Result) Repeats() int { return r.sum(func(c Chat) int { return c.Repeats }) }

// Missing is the sum of Chat.Missing over all chats.
func (r *Result) Missing() int { return r.sum(Chat.Missing) }

// sum adds up f over all chats.
func (r *Result) sum(f func(Chat) int) int {
	n := 0
	for _, c := range r.Chats {
		n += f(c)
	}
	return n
}

// Percentile returns the latency below which a share q (0 to 1) of the
// answered messages fall, by the nearest-rank method; 0 with no latencies.
func (r *Result) Percentile(q float64) time.Duration {
	return percentile(r.Latencies, q)
}

func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(q*float64(len(sorted)) + 0.999999999)
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// TurnsPerSecond is answered messages per second of the window.
func (r *Result) TurnsPerSecond() float64 { return perSecond(r.Answered, r.Window) }

// RepliesPerSecond is the companion's messages per second of the window.
func (r *Result) RepliesPerSecond() float64 { return perSecond(r.Replies(), r.Window) }

func perSecond(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// WriteTable writes the result as a table for people to read.
func (r *Result) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(cells ...string) { fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t") }
	row("", "count", "per second")
	row("messages sent", fmt.Sprint(r.Sent), "")
	row("turns answered", fmt.Sprint(r.Answered), fmt.Sprintf("%.1f", r.TurnsPerSecond()))
	row("replies received", fmt.Sprint(r.Replies()), fmt.Sprintf("%.1f", r.RepliesPerSecond()))
	row("unanswered", fmt.Sprint(r.Unanswered), "")
	row("repeated replies", fmt.Sprint(r.Repeats()), "")
	row("extra replies", fmt.Sprint(r.Extra()), "")
	row("missing replies", fmt.Sprint(r.Missing()), "")
	row("short turns", fmt.Sprint(r.Short), "")
	row("off script", fmt.Sprint(r.OffScript), "")
	row("")
	row("latency", "p50", "p90", "p99", "max")
	row("message → reply", ms(r.Percentile(0.50)), ms(r.Percentile(0.90)), ms(r.Percentile(0.99)), ms(r.Percentile(1)))
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d people, %s from the first message to the last reply\n",
		r.People, r.Window.Round(time.Millisecond))
	return err
}

// ms formats d in milliseconds, with a decimal below 10ms.
func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	if v < 10 {
		return fmt.Sprintf("%.1fms", v)
	}
	return fmt.Sprintf("%.0fms", v)
}

package loadtest

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

func TestPercentile(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		var out []time.Duration
		for _, n := range ns {
			out = append(out, time.Duration(n)*time.Millisecond)
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		q      float64
		want   time.Duration
	}{
		{"empty", nil, 0.5, 0},
		{"one", ms(7), 0.99, 7 * time.Millisecond},
		{"median of four", ms(1, 2, 3, 4), 0.5, 2 * time.Millisecond},
		{"p90 of a hundred", ms(hundred...), 0.9, 90 * time.Millisecond},
		{"p99 of a hundred", ms(hundred...), 0.99, 99 * time.Millisecond},
		{"max", ms(1, 5, 9), 1, 9 * time.Millisecond},
		{"zero is the least", ms(3, 4), 0, 3 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percentile(tt.sorted, tt.q); got != tt.want {
				t.Errorf("percentile(%v) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestChatAccounting(t *testing.T) {
	tests := []struct {
		name           string
		c              Chat
		extra, missing int
	}{
		{"all answered", Chat{Sent: 10, Expected: 11, Replies: 11}, 0, 0},
		{"one repeated", Chat{Sent: 10, Expected: 11, Replies: 12, Repeats: 1}, 1, 0},
		{"one lost", Chat{Sent: 10, Expected: 11, Replies: 10}, 0, 1},
		{"a repeat hides a loss", Chat{Sent: 10, Expected: 11, Replies: 11, Repeats: 1}, 0, 1},
		{"unknown extra reply", Chat{Sent: 3, Expected: 3, Replies: 4}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.Extra(); got != tt.extra {
				t.Errorf("Extra() = %d, want %d", got, tt.extra)
			}
			if got := tt.c.Missing(); got != tt.missing {
				t.Errorf("Missing() = %d, want %d", got, tt.missing)
			}
		})
	}
}

func TestLatestButton(t *testing.T) {
	kb := func(labels ...string) [][]telegramtest.Button {
		var row []telegramtest.Button
		for _, l := range labels {
			row = append(row, telegramtest.Button{Text: l, Data: "d:" + l})
		}
		return [][]telegramtest.Button{row}
	}
	msgs := []telegramtest.Sent{
		{MessageID: 1, Keyboard: kb("Warm", "Casual")},
		{MessageID: 2, Keyboard: kb("Shorter", "Done")},
		{MessageID: 3}, // no buttons: looked past
	}
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name   string
		msgs   []telegramtest.Sent
		labels []string
		id     int
		data   string
		ok     bool
	}{
		{"newest with buttons", msgs, []string{"Done"}, 2, "d:Done", true},
		{"older buttons are not used", msgs, []string{"Warm"}, 0, "", false},
		{"none at all", msgs[2:], []string{"Done"}, 0, "", false},
		{"one of several", msgs[:1], []string{"Casual", "Playful"}, 1, "d:Casual", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, data, ok := latestButton(tt.msgs, tt.labels, rng)
			if id != tt.id || data != tt.data || ok != tt.ok {
				t.Errorf("latestButton = %d, %q, %v; want %d, %q, %v", id, data, ok, tt.id, tt.data, tt.ok)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	r := &Result{People: 3, Window: 2 * time.Second, Sent: 10, Answered: 10,
		Latencies: []time.Duration{time.Millisecond, 2 * time.Millisecond, 40 * time.Millisecond},
		Chats:     []Chat{{Sent: 10, Expected: 10, Replies: 11, Repeats: 1}}}
	var b strings.Builder
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"turns answered", "5.0", "replies received", "5.5", "repeated replies",
		"p50", "p99", "2.0ms", "40ms", "3 people, 2s"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestParseStatus(t *testing.T) {
	raw := []byte("Name:\tcompanion\nVmPeak:\t  900000 kB\nVmRSS:\t   51200 kB\nRssAnon:\t   30720 kB\n" +
		"RssFile:\t   20480 kB\nRssShmem:\t       0 kB\nThreads:\t12\n")
	m, err := parseStatus(raw)
	if err != nil {
		t.Fatal(err)
	}
	if m.RSS != 50<<20 || m.Anon != 30<<20 || m.File != 20<<20 || m.Shmem != 0 {
		t.Errorf("parseStatus = %+v", m)
	}
	if _, err := parseStatus([]byte("Name:\tx\n")); err == nil {
		t.Error("a status without VmRSS was accepted")
	}
	if _, err := parseStatus([]byte("VmRSS:\t12 MB\n")); err == nil {
		t.Error("a size in an unknown unit was accepted")
	}
}

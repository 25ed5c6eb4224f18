package agent

import (
	"strings"
	"testing"
)

// TestEnergyPlacesReadWhichWay tells a place that gives from one the
// person turns away from — muted, avoided, "can't stand" — and a circle
// as a group one belongs to, so that the two are never swapped.
func TestEnergyPlacesReadWhichWay(t *testing.T) {
	q := Question{Text: "Which places, online or off, leave you with energy rather than drained: a group chat, a forum, calls, meeting in person?"}
	for answer, want := range map[string][]string{
		"the knitting circle at the library, i always come home buzzing. whatsapp groups?? muted, all of them": {"knitting circle", "WhatsApp"},
		"facebook groups i avoid now. long phone calls are really nice":                                        {"calls", "Facebook"},
	} {
		got := aboutAck(q, answer, nil, 0)
		if got == "" {
			t.Errorf("aboutAck(%q) = \"\"", answer)
			continue
		}
		// the one that gives is named before the one that takes
		a, b := strings.Index(got, want[0]), strings.Index(got, want[1])
		if a < 0 || b < 0 || a > b {
			t.Errorf("aboutAck(%q) = %q, want %q giving before %q taking", answer, got, want[0], want[1])
		}
	}
}

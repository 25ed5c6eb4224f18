package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestReflectNeverSaysALineTwice answers every question of each journey
// the same unsure or similar way: the acknowledgements still differ from
// one question to the next.
func TestReflectNeverSaysALineTwice(t *testing.T) {
	h := newHarness(t)
	answers := map[string][]string{
		"matter":     {"no clue", "dunno", "no idea", "not sure", "hmm"},
		"seek":       {"someone who actually listens", "people who listen", "being listened to", "listening", "that i listen"},
		"boundaries": {"meh", "hmm", "no idea", "dunno", "not sure"},
	}
	for journey, as := range answers {
		person := "vary-" + journey
		h.send(person, "hi", "")
		h.send(person, "/reflect", "")
		h.send(person, "", "journey:"+journey)
		seen := map[string]int{}
		for i, a := range as {
			rs := h.send(person, a, "")
			if len(rs) == 0 {
				t.Fatalf("%s: no reply to %q", journey, a)
			}
			ack, _, _ := strings.Cut(rs[0].Text, "\n\n")
			if strings.Contains(ack, fmt.Sprintf("(%d/5)", i+2)) || strings.HasPrefix(ack, "Here's what I heard") || strings.HasPrefix(ack, "No problem") {
				continue
			}
			if q, ok := seen[ack]; ok {
				t.Errorf("%s: question %d got %q, said already at question %d", journey, i+1, ack, q)
			}
			seen[ack] = i + 1
		}
	}
}

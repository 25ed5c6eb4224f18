package agent_test

import (
	"strings"
	"testing"
)

// TestSilenceToldWithAHurtIsHeardFirst checks that a silence after reaching
// out, told with the person's own low mood, is listened to rather than
// drafted; that writing is still offered; and that the same silence told
// plainly, or with a request to write, still starts a draft.
func TestSilenceToldWithAHurtIsHeardFirst(t *testing.T) {
	for _, in := range []string{
		"feeling a bit low today, nobody replied to my message in the group chat",
		"im so sad, i texted my best friend amira on sunday and nothing back",
		"kinda down tbh, i messaged leon last week and still nothing",
	} {
		h := newHarness(t)
		got := allText(h.send("p", in, ""))
		if strings.Contains(got, "What feel do you want") || strings.Contains(got, "What's the occasion") {
			t.Errorf("%q started a draft:\n%s", in, got)
		}
		if low := strings.ToLower(got); !strings.Contains(low, "help you send") && !strings.Contains(low, "put it into words") {
			t.Errorf("%q: no offer to write:\n%s", in, got)
		}
	}
	for _, in := range []string{
		"sent my cousin a message 2 weeks ago and nothing back",
		"so lonely lately, can you help me text my friend sara",
	} {
		h := newHarness(t)
		if got := allText(h.send("p", in, "")); !strings.Contains(got, "Let's write to") {
			t.Errorf("%q started no draft:\n%s", in, got)
		}
	}
}

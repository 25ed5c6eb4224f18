package agent_test

import (
	"strings"
	"testing"
)

// TestPraiseIsThanked checks that praise of the companion said without a
// word of thanks is thanked for, not heard as a feeling or a "you're
// welcome", and that thanks said with a low feeling is still heard.
func TestPraiseIsThanked(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{"you've been a real star today", "youre amazing at this"} {
		person := "praise-" + string(rune('a'+i))
		h.send(person, "hello", "")
		rs := h.send(person, text, "")
		if len(rs) == 0 || !strings.Contains(strings.ToLower(rs[0].Text), "thank") {
			t.Errorf("%q → %+v, want thanks for the kind words", text, rs)
		}
	}
	h.send("praise-low", "hello", "")
	rs := h.send("praise-low", "thank you for listening, i feel so lonely lately", "")
	if len(rs) == 0 || !strings.Contains(strings.ToLower(rs[0].Text), "lonel") {
		t.Errorf("thanks with loneliness in it → %+v, want the loneliness heard", rs)
	}
}

// TestMoreAfterSadNewsIsHeard checks that a detail told after the reply
// to someone's hard news is heard as more of it, however lightly the
// classifier leans to chat, never answered as a glad moment.
func TestMoreAfterSadNewsIsHeard(t *testing.T) {
	for _, tc := range [][2]string{
		{"my uncle lost his job at the factory today", "he had worked there since he was nineteen"},
		{"my best mate's gran went into a hospice yesterday", "they were super close growing up"},
	} {
		h := newHarness(t)
		h.send("p", "hi", "")
		h.send("p", tc[0], "")
		text := strings.ToLower(allText(h.send("p", tc[1], "")))
		if containsAny(text, []string{"lovely", "great moment", "nice!"}) {
			t.Errorf("%q after %q: %q, want it heard with the news, not gladly", tc[1], tc[0], text)
		}
	}
}

package agent_test

import (
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestDatingMatchDeclined checks that how to play it with a match from a
// dating app is declined as romance, while a match in its other senses,
// and meeting a match safely, stay the guide's. The wordings are not the
// question sets' lines.
func TestDatingMatchDeclined(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"how soon can i text my match back so i do not come across as desperate",
		"should i message a match first or wait for him to",
		"how many hours should i leave it before answering my new match",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Covered() {
			t.Errorf("%q: answered from %s, want it declined", q, a.Cited)
		}
	}
	for _, q := range []string{
		"every call with my dad turns into a shouting match, how do we talk calmly",
		"been chatting to a match for weeks, how do i meet him safely",
	} {
		if a := agent.ComposeAnswer(kb, q); !a.Covered() {
			t.Errorf("%q: declined, want it answered", q)
		}
	}
}

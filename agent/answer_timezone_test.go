package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestTimeZoneAnswersSpeakOfTimeZones checks that keeping in touch across
// time zones is answered by the guide's words on time zones, not by a
// paragraph on making time that only shares the word "time". The wordings
// are not the guide's listed questions.
func TestTimeZoneAnswersSpeakOfTimeZones(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"how do i keep in touch with friends in different time zones",
		"how to keep a friendship going across time zones",
		"keeping up with my sister when she's in a different timezone",
		"what's the best way to stay close to friends in other time zones",
		"different time zones are making it impossible to keep up with my cousin",
	} {
		a := agent.ComposeAnswer(kb, q)
		if !a.Covered() {
			t.Errorf("%q: declined", q)
			continue
		}
		if !strings.Contains(strings.ToLower(a.First), "time zone") {
			t.Errorf("%q: first sentence %q (from %s), want one on time zones", q, a.First, a.Cited)
		}
	}
}

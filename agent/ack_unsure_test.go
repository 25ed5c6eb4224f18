package agent

import (
	"strings"
	"testing"
)

// TestAfterUnsure checks that an opening that only says the person does not
// know comes off an answer that goes on to answer, and stays on one that
// does not.
func TestAfterUnsure(t *testing.T) {
	for in, want := range map[string]string{
		"honestly i cant remember. maybe christmas": "maybe christmas",
		"idk, probably my mum":                      "probably my mum",
		"not sure tbh... my cousin ade i think":     "my cousin ade i think",
		"i don't know":                              "i don't know",
		"idk. idk":                                  "idk. idk",
		"i cant remember when we last spoke and it makes me sad": "i cant remember when we last spoke and it makes me sad",
	} {
		if got := afterUnsure(in); got != want {
			t.Errorf("afterUnsure(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStepInTheWayTheySaid checks that the next step takes the way of
// being in touch the person named, with the person they named.
func TestStepInTheWayTheySaid(t *testing.T) {
	j := Journey{ID: "matter", Questions: []Question{
		{Text: "Who are one, two or three people you'd like to feel closer to?"},
		{Text: "What is one small way you could be in touch with them this week?"},
	}}
	for answer, want := range map[string]string{
		"a voice note maybe":            "a voice note to Dev",
		"probably just give him a call": "a call with Dev",
		"grab a coffee if hes free":     "time together with Dev",
	} {
		_, next := SummarizeReflection(j, []string{"my brother dev", answer})
		if next.Recipient != "Dev" || !strings.Contains(next.Text, want) {
			t.Errorf("%q: step %q (to %q), want %q", answer, next.Text, next.Recipient, want)
		}
	}
}

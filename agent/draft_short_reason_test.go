package agent_test

import (
	"strings"
	"testing"
)

// TestShorterKeepsTheReasonForTheAsk checks that "shorter", said right
// after a request that asks something of someone, keeps the ask and the
// detail that says why it is asked, rather than an older memory.
func TestShorterKeepsTheReasonForTheAsk(t *testing.T) {
	for _, tc := range []struct{ ask, ask2, reason string }{
		{"need to ask my old supervisor Bongani for a reference. we worked together at a garden centre for 5 years. i'm applying for an assistant manager job at a supermarket", "reference", "assistant manager"},
		{"i want to ask my former lecturer dr okafor for a recommendation letter. she taught me chemistry in 2020. i'm applying to a masters in forensic science", "recommendation", "forensic science"},
	} {
		t.Run(tc.ask, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", tc.ask, "")
			d := strings.ToLower(skipToDraft(h, h.send("p", "shorter", "")))
			for _, w := range []string{tc.ask2, tc.reason} {
				if !strings.Contains(d, w) {
					t.Errorf("short draft %q lacks %q", d, w)
				}
			}
		})
	}
}

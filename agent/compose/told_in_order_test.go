package compose

import (
	"strings"
	"testing"
)

// A story told in order ("then…", "after that…", "eventually…") keeps each
// of its steps; closeness dated to a year of study and a home once shared
// are memories to bring up.
func TestStoryStepsKept(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"then he moved to lisbon for a job", "Lisbon"},
		{"after that she started nursing school in cork", "nursing school"},
		{"eventually he opened a cafe in bristol", "cafe"},
		{"we were really close in third year", "close we were in third year"},
		{"we had a tiny flat over the launderette", "tiny flat"},
		{"we rented the top floor place on mill road", "top floor place"},
	} {
		var got []string
		for _, d := range Parse(tc.text, "Ola", Reconnect) {
			got = append(got, d.Text)
		}
		if all := strings.ToLower(strings.Join(got, " / ")); !strings.Contains(all, strings.ToLower(tc.want)) {
			t.Errorf("Parse(%q) = %q, want it to carry %q", tc.text, got, tc.want)
		}
	}
}

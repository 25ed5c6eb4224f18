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

// A street or a town that ends like a doing ("king street", "the wedding
// hall") stays where it was said in a memory.
func TestPlaceEndingInIng(t *testing.T) {
	src := "we worked together at the chemist on king street for years and years"
	for _, d := range Parse(src, "Ola", Reconnect) {
		if strings.Contains(d.Text, "king") && !strings.Contains(d.Text, "on king street") && !strings.Contains(d.Text, "on King street") && !strings.Contains(d.Text, "on King Street") {
			t.Errorf("Parse(%q) gave %q, the street moved away from its place", src, d.Text)
		}
	}
}

// A kindness told with its place and then its day is said with the day
// first when the person's own words would otherwise come back in a row,
// and the event stays whole.
func TestDayBeforePlace(t *testing.T) {
	src := "my aunt baked a cake for 60 guests at our daughter's wedding on saturday"
	got := avoidCopy("baking a cake for 60 guests at our daughter's wedding on Saturday", src, 8)
	if !strings.Contains(got, "wedding") || !strings.Contains(got, "Saturday") || sharesRun(got, src, 8) {
		t.Errorf("avoidCopy = %q, want the day before the place and no eight words copied", got)
	}
}

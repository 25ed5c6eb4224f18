package compose

import (
	"strings"
	"testing"
)

// TestGroupEvent holds a get-together told to a group chat in pieces — what,
// when, where, a booking, someone's do, what to bring, what a club reads
// next — said as the plan put to everyone, in words of the draft's own.
func TestGroupEvent(t *testing.T) {
	for _, tc := range []struct {
		said      []string
		has, not_ []string
	}{
		{[]string{"summer bbq idea, sunday the 14th at the allotment, everyone bring a salad"},
			[]string{"bbq", "Sunday the 14th", "at the allotment", "bring a salad"}, []string{"idea"}},
		{[]string{"court booked", "friday 6pm at westway"},
			[]string{"I've booked a court", "at Westway", "for Friday at 6pm"}, []string{"court booked"}},
		{[]string{"Priya's throwing a leaving party on the 2nd"},
			[]string{"Priya's leaving party on the 2nd"}, []string{"throwing"}},
		{[]string{"ok say the next read is a little life and we meet start of feb"},
			[]string{"A Little Life", "at the start of February"}, []string{"ok say"}},
		{[]string{"the little ones are turning four in may"},
			[]string{"turning four"}, nil},
	} {
		var ds []Detail
		for _, s := range tc.said {
			ds = append(ds, Parse(s, "", Group)...)
		}
		draft := Write(Spec{Occasion: Group, Tie: TieGroup, Details: ds})
		for _, h := range tc.has {
			if !strings.Contains(draft, h) {
				t.Errorf("%q: draft lacks %q: %s", tc.said, h, draft)
			}
		}
		for _, n := range tc.not_ {
			if strings.Contains(strings.ToLower(draft), strings.ToLower(n)) {
				t.Errorf("%q: draft carries %q: %s", tc.said, n, draft)
			}
		}
	}
}

package compose

import (
	"strings"
	"testing"
)

// TestFollowUpSaysWhatItFollowsUp checks that a follow-up carries what
// it is about, said as a follow-up: a thing sent, a date had, an answer
// awaited by a day, an offer they made; how long ago stays out.
func TestFollowUpSaysWhatItFollowsUp(t *testing.T) {
	for _, tc := range []struct {
		said, name string
		has        []string
		not        string
	}{
		{"i posted him a parcel two weeks ago, just want to check he got it", "Lars", []string{"the parcel I sent", "reached you"}, "two weeks"},
		{"went on a date with Mika on saturday, nothing since", "Mika", []string{"our date on Saturday"}, "nothing since"},
		{"she still hasnt said if shes coming to mums retirement party, need an answer by thursday", "Nell", []string{"make it to Mum's retirement party", "by Thursday"}, "hasnt"},
		{"he said hed read over my cover letter but that was three weeks ago", "Omar", []string{"your kind offer to read"}, "three weeks"},
	} {
		d := Write(Spec{Occasion: FollowUp, Name: tc.name, Details: Parse(tc.said, tc.name, FollowUp)})
		for _, h := range tc.has {
			if !strings.Contains(d, h) {
				t.Errorf("%q: draft %q lacks %q", tc.said, d, h)
			}
		}
		if strings.Contains(d, tc.not) {
			t.Errorf("%q: draft %q contains %q", tc.said, d, tc.not)
		}
	}
}

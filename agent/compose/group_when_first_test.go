package compose

import (
	"strings"
	"testing"
)

// A day told after the plan in the same breath ("a bbq and a swim after,
// sunday the 9th") stays with the plan in a message to a group.
func TestGroupPlanKeepsItsDay(t *testing.T) {
	for _, tc := range []struct{ said, plan, day string }{
		{"wake up the climbing chat. i want to set up a bouldering session and pizza after, friday the 12th", "pizza", "Friday the 12th"},
		{"help me write to the old choir group. i'd like to organise a picnic and a singalong, sunday the 3rd", "picnic", "Sunday the 3rd"},
	} {
		d := Write(Spec{Occasion: Group, Details: Parse(tc.said, "", Group)})
		if !strings.Contains(d, tc.plan) || !strings.Contains(d, tc.day) {
			t.Errorf("group draft for %q = %q; want %q and %q", tc.said, d, tc.plan, tc.day)
		}
	}
}

package compose

import (
	"strings"
	"testing"
)

// A failed test is met with belief in the next try, and the tries are not
// counted back to them.
func TestSetbackMetWithBelief(t *testing.T) {
	for _, text := range []string{
		"my mate Ruaridh failed his theory test for the second time, he's gutted",
		"my cousin Amaia didn't pass her bar exam again and she's so down about it",
	} {
		name := strings.Fields(text)[2]
		ds := Parse(text, name, HardTime)
		got := Write(Spec{Occasion: HardTime, Name: name, Details: ds})
		t.Logf("%s", got)
		low := strings.ToLower(got)
		if !strings.Contains(low, "next time") {
			t.Errorf("%q: %q has no belief in the next try", text, got)
		}
		for _, bad := range []string{"second time", "again.", "congrat"} {
			if strings.Contains(low, bad) {
				t.Errorf("%q: %q says %q", text, got, bad)
			}
		}
	}
}

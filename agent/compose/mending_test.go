package compose

import (
	"strings"
	"testing"
)

// TestHomeAfterAnOperation checks that a return home after an operation or
// an illness is met gladly, with rest wished and nothing celebrated, while
// an illness beaten keeps its pride.
func TestHomeAfterAnOperation(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"Bill", "my neighbour bill is home from hospital after his bypass"},
		{"Mags", "text mags, she got out of hospital after knee surgery"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFriend)
		low := strings.ToLower(d)
		for _, bad := range []string{"congrat", "proud", "celebrat", "!"} {
			if strings.Contains(low, bad) {
				t.Errorf("draft for %q says %q: %q", tt.text, bad, d)
			}
		}
		if !strings.Contains(low, "glad") && !strings.Contains(low, "relieved") {
			t.Errorf("draft for %q is not glad: %q", tt.text, d)
		}
	}
	if mendingNews("you're in remission after chemo") || !mendingNews("you're home from hospital after the op") {
		t.Errorf("an illness beaten and a return home are told apart wrongly")
	}
}

// TestHomeAfterCareKeepsTheEvent checks that a homecoming told without a
// hospital, or in a clause apart from what put them in care, is met
// gladly with the event said kindly, never dropped and never mourned.
func TestHomeAfterCareKeepsTheEvent(t *testing.T) {
	for _, tt := range []struct{ name, text, event string }{
		{"Ruth", "my aunt Ruth had a hip replacement in june and she's back home now", "hip replacement"},
		{"Kwame", "message kwame, he came off his bike in a bad accident and got sent home on monday", "accident"},
		{"Lena", "lena got discharged after a stroke, i want to text her", "stroke"},
		{"Ivo", "ivo had his gallbladder removed. hes home now", "gallbladder"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFriend)
		low := strings.ToLower(d)
		for _, bad := range []string{"congrat", "proud", "celebrat", "sorry to hear", "!"} {
			if strings.Contains(low, bad) {
				t.Errorf("draft for %q says %q: %q", tt.text, bad, d)
			}
		}
		if !strings.Contains(low, "glad") && !strings.Contains(low, "relieved") {
			t.Errorf("draft for %q is not glad: %q", tt.text, d)
		}
		if !strings.Contains(low, tt.event) {
			t.Errorf("draft for %q drops %q: %q", tt.text, tt.event, d)
		}
	}
	if homeAfterCare("she came home from her trip to lisbon") {
		t.Errorf("a homecoming from a trip is read as one from care")
	}
}

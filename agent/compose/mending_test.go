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

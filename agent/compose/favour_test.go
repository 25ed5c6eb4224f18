package compose

import (
	"strings"
	"testing"
)

// TestFavourIsNoHardTime checks that asking someone for a practical favour
// asks it lightly: no hard time is put in the writer's mouth, the ask is
// said, and there is a way out for them.
func TestFavourIsNoHardTime(t *testing.T) {
	for _, tt := range []struct{ name, text, ask string }{
		{"Noor", "i need to ask noor if she could feed my fish over the weekend", "fish"},
		{"Pete", "ask my neighbour pete whether he can take my bins out while im in spain", "bins"},
		{"Aunt Jo", "can you help me ask my aunt jo if i could borrow her car on saturday", "car"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		low := strings.ToLower(d)
		if strings.Contains(low, "hard time") || strings.Contains(low, "struggl") {
			t.Errorf("draft for %q (%s) says the writer is struggling: %q", tt.text, o, d)
		}
		if !strings.Contains(low, tt.ask) {
			t.Errorf("draft for %q (%s) lost the ask about %q: %q", tt.text, o, tt.ask, d)
		}
	}
	// A struggle told keeps the hard time.
	d, _ := draftOf("tell my sister im not coping and ask if she can call me tonight", "Ella", TieFamily)
	if !strings.Contains(strings.ToLower(d), "coping") {
		t.Errorf("a struggle told is lost: %q", d)
	}
}

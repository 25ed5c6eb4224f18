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

// TestDutyIsTheRequest checks that "i owe her an apology" or "i should
// thank him" is read as the request itself, never said back in the draft,
// and that what someone means to the writer is said to them.
func TestDutyIsTheRequest(t *testing.T) {
	for _, tt := range []struct{ name, text, keep, drop string }{
		{"Ollie", "i owe my flatmate a big apology, i ate his leftovers", "leftovers", "owe"},
		{"Sue", "i really should thank my neighbour, she took in all my parcels", "parcels", "should"},
		{"Dina", "i gotta apologise to dina, i snapped at her in the meeting", "snapped", "gotta"},
		{"Coach", "thank my coach, he's the reason i didnt quit", "reason I", "he's"},
		{"Ana", "a thank you for my old piano teacher ana, she was the reason i kept playing", "reason I kept playing", "she was"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		if !strings.Contains(d, tt.keep) {
			t.Errorf("draft for %q (%s) lost %q: %q", tt.text, o, tt.keep, d)
		}
		if strings.Contains(strings.ToLower(d), tt.drop) {
			t.Errorf("draft for %q (%s) says %q back: %q", tt.text, o, tt.drop, d)
		}
	}
}

package compose

import (
	"strings"
	"testing"
)

// TestOffersAreKept checks that practical help the writer offers, or a
// visit they promise, is said to the recipient in the second person, and
// that an offer with nothing in it is left to the occasion's own lines.
func TestOffersAreKept(t *testing.T) {
	for _, tt := range []struct {
		c, name string
		o       Occasion
		want    string
	}{
		{"if she wants a lift to the clinic i can drive", "Pia", HardTime, "If you want a lift to the clinic, I can drive"},
		{"i can walk his dog every morning", "Cal", HardTime, "I'd be glad to walk your dog"},
		{"say i'll pop round on saturday with soup", "Nell", HardTime, "I'll pop round on saturday with soup"},
		{"happy to mind the kids on friday or whatever", "Abi", Thinking, "I'm happy to mind the kids on friday"},
		{"if he needs anything i can help", "Rob", HardTime, ""},
		{"i can help", "Rob", HardTime, ""},
		{"if he needs to trade a shift or whatever i can cover.", "Rob", HardTime, "If you need to trade a shift, I can cover"},
		{"i could drop off a lasagne on sunday.", "Bea", HardTime, "I could drop off a lasagne on sunday"},
		{"i'll pay for the broken vase", "Rob", Apology, ""},
	} {
		d, ok := writerOffer(tt.c, tt.name, "", tt.o)
		if tt.want == "" {
			if ok {
				t.Errorf("writerOffer(%q, %s) = %q, want no offer", tt.c, tt.o, d.Text)
			}
			continue
		}
		if !ok || !strings.EqualFold(d.Text, tt.want) {
			t.Errorf("writerOffer(%q, %s) = %q, %v; want %q", tt.c, tt.o, d.Text, ok, tt.want)
		}
	}
}

// TestOffersReachTheDraft checks offers told with the request end up in
// the draft, in the recipient's person.
func TestOffersReachTheDraft(t *testing.T) {
	for _, tt := range []struct{ name, text, want, bad string }{
		{"Ayo", "my friend Ayo's flat got flooded last night. i have a spare room so i can put her up for a few weeks", "put you up", "put her up"},
		{"Lena", "write to Lena from work, her mum is very ill. if she needs to swap a shift or anything i can cover it", "I can cover", "or anything"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		if !strings.Contains(d, tt.want) || strings.Contains(d, tt.bad) {
			t.Errorf("draft for %q (%s) = %q, want %q and no %q", tt.text, o, d, tt.want, tt.bad)
		}
	}
}

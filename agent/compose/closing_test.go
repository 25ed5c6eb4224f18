package compose

import (
	"strings"
	"testing"
)

// TestThanksClosingFitsRegisterAndOccasion checks that a thank-you's
// closing line fits who is thanked and for what: kindness at a funeral or
// through an illness is not a favour to trade, and a teacher or a doctor
// is thanked, not offered a favour back.
func TestThanksClosingFitsRegisterAndOccasion(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		tie        Tie
	}{
		{"thank my friend jo for coming to my dad's funeral", "Jo", TieFriend},
		{"thank ria, she drove me to every chemo appointment", "Ria", TieFriend},
		{"thank my old teacher mrs ade, she kept me from dropping out", "Mrs Ade", TieWork},
		{"thank my mentor for the mock interviews, i got the job", "Sunita", TieWork},
	} {
		for v := range 3 {
			o := DetectOccasion(tt.text)
			d := Write(Spec{Occasion: o, Name: tt.name, Tie: tt.tie, Details: Parse(tt.text, tt.name, o), Variant: v})
			low := strings.ToLower(d)
			if !strings.Contains(low, "thank") {
				t.Errorf("%q (variant %d): no thanks: %q", tt.text, v, d)
			}
			for _, bad := range []string{"owe you one", "return the favour", "you're the best"} {
				if strings.Contains(low, bad) {
					t.Errorf("%q (variant %d) closes with %q: %q", tt.text, v, bad, d)
				}
			}
		}
	}
	// A neighbour who watered the plants may be offered the favour back.
	d := Write(Spec{Occasion: Thanks, Name: "Pavel", Tie: TieWeak, Details: Parse("he watered my plants while i was away", "Pavel", Thanks)})
	if !strings.Contains(d, "return the favour") {
		t.Errorf("a neighbour's favour is not offered back: %q", d)
	}
}

// TestTitledRelationshipGreets checks that a surname known with a title
// for a relationship is greeted with the title, and a given name is not.
func TestTitledRelationshipGreets(t *testing.T) {
	for _, tt := range []struct{ name, rel, want string }{
		{"Ahmadi", "professor", "Professor Ahmadi"},
		{"Tanaka", "my gp", "Dr Tanaka"},
		{"Okonkwo", "old phd professor", "Professor Okonkwo"},
		{"Sunita", "professor", "Sunita"},
		{"Ahmadi", "old friend", "Ahmadi"},
		{"Dr Ahmadi", "professor", "Dr Ahmadi"},
		{"Leila Ahmadi", "professor", "Leila Ahmadi"},
	} {
		if got := Titled(tt.name, tt.rel); got != tt.want {
			t.Errorf("Titled(%q, %q) = %q, want %q", tt.name, tt.rel, got, tt.want)
		}
	}
	d := Write(Spec{Occasion: Professional, Name: Titled("Ahmadi", "professor"), Tie: TieWork})
	if !strings.HasPrefix(d, "Dear Professor Ahmadi,") {
		t.Errorf("a professor is not greeted by title: %q", d)
	}
}

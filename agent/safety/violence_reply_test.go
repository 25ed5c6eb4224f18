package safety

import (
	"strings"
	"testing"
)

// TestViolenceToSomeoneElseReply checks that someone else hurt by another
// person gets advice about violence and a domestic-abuse line, never the
// question about ending a life meant for a friend who wants to die; that a
// speaker named among the victims is answered as the one at risk; and that
// a friend who wants to die still gets that question.
func TestViolenceToSomeoneElseReply(t *testing.T) {
	cases := []struct {
		text     string
		sit      Situation
		violence bool
	}{
		{"my dad gets drunk and hits my mum and me. im 15", Abuse, false},
		{"he comes home wasted and punches my brother and me", Abuse, false},
		{"my stepdad beats my mum and us kids", Abuse, false},
		{"mi padre pega a mi madre y a mí", Abuse, false},
		{"mein vater trinkt und schlägt meine mutter und mich", Abuse, false},
		{"my dad gets drunk and hits my mum", Other, true},
		{"my friends boyfriend hits her and i dont know what to do", Other, true},
		{"my aunt is being beaten by her husband", Other, true},
		{"el novio de mi amiga le pega", Other, true},
		{"il marito di mia zia la picchia", Other, true},
		{"le copain de mon amie la frappe", Other, true},
		{"babam annemi dövüyor", Other, true},
		{"my friend says she wants to die", Other, false},
		{"my friend has been cutting herself", Other, false},
		{"mi amiga dice que quiere morir", Other, false},
	}
	d := Builtin()
	for _, c := range cases {
		r := Detect(c.text)
		if r.Situation != c.sit || r.Violence != c.violence {
			t.Errorf("%q: got %s violence=%v, want %s violence=%v", c.text, r.Situation, r.Violence, c.sit, c.violence)
			continue
		}
		rep := Compose(r, "GB", d, "")
		w, _ := WordsFor(rep.Lang)
		asksLife := strings.Contains(rep.Text, w.HowToHelp)
		if c.sit == Other && asksLife == c.violence {
			t.Errorf("%q: the reply asks about ending a life: %v, want %v:\n%s", c.text, asksLife, !c.violence, rep.Text)
		}
		if c.violence && !strings.Contains(rep.Text, w.HowToHelpAbuse) {
			t.Errorf("%q: the reply lacks the advice for violence:\n%s", c.text, rep.Text)
		}
	}
}

// TestViolenceStemsFold checks that every stem is still a word after
// folding, so none of them silently matches nothing or everything, and
// that no stem starts with another, which would already match its words.
func TestViolenceStemsFold(t *testing.T) {
	for lang, stems := range foldedViolence {
		if len(stems) != len(violenceStems[lang]) {
			t.Fatalf("%s: %d stems folded from %d", lang, len(stems), len(violenceStems[lang]))
		}
		for i, s := range stems {
			if len(s) < 3 {
				t.Errorf("%s: %q folds to %q, too short to mean violence", lang, violenceStems[lang][i], s)
			}
			for j, o := range stems {
				if i != j && strings.HasPrefix(s, o) {
					t.Errorf("%s: %q folds to %q, which %q already matches", lang, violenceStems[lang][i], s, violenceStems[lang][j])
				}
			}
		}
	}
}

// TestDutchCanIsNotI checks that the Dutch "kan" (can) is not read as the
// chat spelling "kkan" (ik kan) once doubled letters are squeezed: "hij kan
// niet meer leven zo" is about him, "ik kan niet meer leven" about the
// speaker.
func TestDutchCanIsNotI(t *testing.T) {
	for _, c := range []struct {
		text string
		want Situation
	}{
		{"hij kan niet meer leven zo", Other},
		{"mijn vriendin kan niet meer leven zo, ze zegt het elke dag", Other},
		{"ik kan niet meer leven", Self},
	} {
		if got := Detect(c.text).Situation; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}

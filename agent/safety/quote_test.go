package safety

import "testing"

// Words in quotes that someone else is said to have written are theirs:
// the risk is someone else's. A quote the speaker reports of themselves,
// and a phrase quoted inside the speaker's own sentence, stay the
// speaker's.
func TestReportedQuote(t *testing.T) {
	cases := []struct {
		text string
		want Situation
	}{
		{`my friend texted "i cant do this anymore, goodbye" and isnt answering`, Other},
		{`my boyfriend sent me "youll be better off without me" and turned his phone off`, Other},
		{`“i want to die” my sister wrote on her story last night`, Other},
		{`my cousin messaged “he hit me again, im scared to go home”`, Other},
		{`i told my mum "i want to die" and she laughed`, Self},
		{`she said "you'll be fine" but i want to die`, Self},
		{`my husband says no one will believe me because i'm "the crazy one" and he hits me`, Abuse},
		{`i want to kill myself`, Self},
		{`my friend wrote 'i cant do this anymore, bye everyone' and now shes offline`, Other},
		{`my brother posted ‘i won’t be here tomorrow, sorry for everything’ and his phone is off`, Other},
		{`i told him 'i want to die' and he laughed`, Self},
		{`my parents' house is where i want to die`, Self},
	}
	for _, c := range cases {
		if got := Detect(c.text).Situation; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A German message typed with ae, oe and ue for the umlauts reads as the
// same message with them.
func TestUmlautSpelling(t *testing.T) {
	for _, c := range []struct{ typed, umlauts string }{
		{"ich moechte einfach verschwinden, fuer immer", "ich möchte einfach verschwinden, für immer"},
		{"alle waeren besser dran ohne mich", "alle wären besser dran ohne mich"},
	} {
		got, want := Detect(c.typed), Detect(c.umlauts)
		if !want.Crisis() || got.Situation != want.Situation {
			t.Errorf("Detect(%q) = %v, want %v as for %q", c.typed, got.Situation, want.Situation, c.umlauts)
		}
	}
	// Words that read as no lexicon word without the e are left alone.
	if r := Detect("wir bauen eine neue kueche und ich freue mich"); r.Crisis() {
		t.Errorf("a kitchen being built read as %v", r.Situation)
	}
}

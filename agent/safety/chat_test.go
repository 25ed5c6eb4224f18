package safety

import (
	"slices"
	"testing"
)

func TestTokensChatSpellings(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"u r gonna be fine", []string{"you", "are", "going", "to", "be", "fine", "."}},
		{"i wanna go tmrw", []string{"i", "want", "to", "go", "tomorow", "."}},
		{"tryna sleep bc im tired", []string{"trying", "to", "slep", "because", "im", "tired", "."}},
		{"i honestly just want it to stop", []string{"i", "want", "it", "to", "stop", "."}},
		{"whats literally the point tbh", []string{"whats", "the", "point", "."}},
		{"just", nil},
		{"أنا بدّي أنتحر", []string{"انا", "بدي", "انتحر", "."}},
		{"رسالة وداع", []string{"رساله", "وداع", "."}},
		{"मैं मरना चाहती हूँ", []string{"मै", "मरना", "चाहती", "हू", "."}},
	}
	for _, tt := range tests {
		if got := tokens(tt.in, nil); !slices.Equal(got, tt.want) {
			t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPatternHedgesAndChat checks that a pattern meets a message whatever
// hedges stand between its words, that a phrase of hedges alone is left
// out of its group rather than making the group optional, and that a chat
// spelling in a pattern is the phrase it stands for.
func TestPatternHedgesAndChat(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          bool
	}{
		{"self: i want to die", "i really honestly want to die", true},
		{"self: i (just)? want to die", "i want to die", true},
		{"self: (i|just) od", "od", false},
		{"self: (i|just) od", "i od", true},
		{"self: i wanna die", "i want to die", true},
		{"self: i want to die", "i wanna die", true},
		{"self: feel (so|really) low", "feel low", false},
	}
	for _, tt := range tests {
		lx, err := parseLexicon("en", tt.pattern)
		if err != nil {
			t.Fatalf("parseLexicon(%q): %v", tt.pattern, err)
		}
		d := newDetector([]*lexicon{lx})
		if got := d.Detect(tt.text).Crisis(); got != tt.want {
			t.Errorf("%q on %q = %v, want %v", tt.pattern, tt.text, got, tt.want)
		}
	}
}

func TestFuzzyInflected(t *testing.T) {
	lx, err := parseLexicon("en", "@x = swallow | pills\nself: hoard @x\nself: (@x) now")
	if err != nil {
		t.Fatal(err)
	}
	d := newDetector([]*lexicon{lx})
	tests := []struct{ in, want string }{
		{"hoarding", "hoard"},      // a present form of a word the lexicon has
		{"swallows", "swallow"},    // a third person
		{"swallowed", "swallowed"}, // a past is left alone
		{"pils", "pils"},           // a word the lexicon has
	}
	for _, tt := range tests {
		in, want := tokens(tt.in, nil)[0], tokens(tt.want, nil)[0]
		if got := d.fuzzy.correct(in); got != want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestArabicHindi checks one statement of each situation in Arabic and in
// Hindi, in the scripts people type them in.
func TestArabicHindi(t *testing.T) {
	tests := []struct {
		text string
		want Situation
	}{
		{"والله تعبت، بدي انتحر", Self},
		{"ana 3ayza amoot", Self},
		{"زوجي بيضربني كل ليلة", Abuse},
		{"صاحبتي قالت بدها تموت", Other},
		{"ابوي طاح ومش بيتنفس", Medical},
		{"هموت من الضحك", None},
		{"mujhe mar jana hai", Self},
		{"मुझे जीना नहीं है", Self},
		{"mera pati mujhe maarta hai", Abuse},
		{"mere dost ne kaha wo marna chahta hai", Other},
		{"nani behosh ho gayi hai", Medical},
		{"phone mar gaya yaar", None},
	}
	for _, tt := range tests {
		if got := Detect(tt.text).Situation; got != tt.want {
			t.Errorf("Detect(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

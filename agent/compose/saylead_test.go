package compose

import (
	"strings"
	"testing"
)

// What to say, typed behind how to say it or as a wish that they know
// it, is the message's content; "it's for…" typed on its own says more
// about what was asked before it.
func TestSayBehindHow(t *testing.T) {
	cases := []struct {
		name string
		o    Occasion
		text string
		want string
	}{
		{"Tess", Apology, "keep it brief and say i'll make the next rehearsal", "I'll make the next rehearsal"},
		{"Ife", HardTime, "i want her to know there's soup in the fridge for her", "there's soup in the fridge for you"},
		{"Mr Bell", HardTime, "i could offer to walk his dog this week", "walk your dog this week"},
	}
	for _, c := range cases {
		var texts []string
		for _, d := range Parse(c.text, c.name, c.o) {
			texts = append(texts, d.Text)
		}
		if !strings.Contains(strings.Join(texts, " | "), c.want) {
			t.Errorf("Parse(%q) = %q, want %q", c.text, texts, c.want)
		}
	}
	ds := append(Parse("ask my old tutor Femi if he'd write me a reference", "Femi", Professional),
		Parse("no, say it's for a teaching assistant post in york", "Femi", Professional)...)
	d := Write(Spec{Occasion: Professional, Name: "Femi", Tie: TieOf("tutor"), Details: ds})
	if !strings.Contains(d, "write me a reference for a teaching assistant post") || strings.Contains(d, "more:") {
		t.Errorf("a later \"it's for\" is not said with the ask: %s", d)
	}
	if d := Write(Spec{Occasion: Thinking, Name: "Femi", Details: Parse("it's about the allotment", "Femi", Thinking)}); strings.Contains(d, "allotment") || strings.Contains(d, "more:") {
		t.Errorf("with nothing before it, it is left out: %s", d)
	}
}

// A visit put off is said as when the writer will come; a plan named
// without a verb is proposed; a hope that they are well is said to them;
// the writer's own silence is said as meaning to get in touch.
func TestSaidAsItShouldLand(t *testing.T) {
	cases := []struct {
		o         Occasion
		text      string
		want, not string
	}{
		{Birthday, "grandpa turns 80 on sunday, i cant get there till the weekend after", "I'll come and see you the weekend after", "can't"},
		{Birthday, "its my wife's birthday, drinks at the harbour bar when she's off work", "drinks at the harbour bar", ""},
		{Reconnect, "just want to tell her i hope she's doing well", "I hope you're doing well", "she's"},
		{Reconnect, "she moved back months ago and i still havent reached out properly", "meaning to get in touch", "haven't"},
	}
	for _, c := range cases {
		d := Write(Spec{Occasion: c.o, Name: "Sam", Since: "a while", Details: Parse(c.text, "", c.o)})
		if !strings.Contains(d, c.want) || c.not != "" && strings.Contains(d, c.not) {
			t.Errorf("%q:\n%s\nwant %q, no %q", c.text, d, c.want, c.not)
		}
	}
	if d := Write(Spec{Occasion: Condolence, Name: "Sam", Details: Parse("his grandad died", "Sam", Condolence)}); !strings.Contains(d, "thinking of you") {
		t.Errorf("a condolence that does not say it thinks of them: %s", d)
	}
}

// TestBareThatIsWhatToSay checks that a "that" clause left on its own,
// its verb of saying dropped, is said as it stands.
func TestBareThatIsWhatToSay(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"just that it made my whole month", "it made my whole month"},
		{"and that we're all rooting for her", "we're all rooting for her"},
		{"that i love him", "that i love him"}, // the writer's own words go their usual way
	} {
		if got := sayLead(tt.in); got != tt.want {
			t.Errorf("sayLead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCantComeTillIsWhenIllCome checks that a trip that cannot be made
// yet, by whatever means, is said as when the writer will come.
func TestCantComeTillIsWhenIllCome(t *testing.T) {
	for _, in := range []string{"i cant fly out till the spring", "i can't get over until after easter", "and i won't be able to travel home till june"} {
		if got := sayLead(in); !strings.HasPrefix(got, "I'll come and see you ") {
			t.Errorf("sayLead(%q) = %q", in, got)
		}
	}
}

// TestLovedTimeIsNoThing checks that what they love told as a time ("he
// loves when we call on sundays") is said as such, never as a thing to
// enjoy.
func TestLovedTimeIsNoThing(t *testing.T) {
	d, _ := draftOf("thinking of my grandad, he loves when i send him photos of the allotment", "Grandad", TieFamily)
	if strings.Contains(d, "enjoying when") || !strings.Contains(d, "love it when I send you") {
		t.Errorf("a loved time read as a thing: %q", d)
	}
}

package compose

import (
	"strings"
	"testing"
)

// TestRelayedActsKept checks that what the message is asked to ask, offer,
// remind or say, typed inside the request, reaches the draft said to them.
func TestRelayedActsKept(t *testing.T) {
	cases := []struct {
		name, text string
		o          Occasion
		kind       Kind
		want       string
	}{
		{"Tomas", "i'd like to check in on him and ask if he fancies a swim at the lido on sunday", HardTime, Ask, "a swim at the lido on Sunday"},
		{"Ama", "a quick note that asks if she wants to get pho after her shift friday, no pressure at all", HardTime, Ask, "get pho after your shift Friday"},
		{"Ruth", "want to offer to walk her dog while her hip heals", HardTime, Feeling, "I'd be glad to walk your dog"},
		{"Ife", "wish him a happy 40th and remind him about the escape room we booked for next month", Birthday, Plan, "ahead:the escape room we booked"},
		{"Noa", "send her a huge well done and tell her we're throwing her a party when she's home", Congrats, Feeling, "we're throwing you a party when you're home"},
		{"Pat", "could you ask if he could water my tomatoes while i'm in hospital", Support, Ask, "water my tomatoes"},
	}
	for _, c := range cases {
		ds := Parse(c.text, c.name, c.o)
		found := false
		for _, d := range ds {
			if d.Kind == c.kind && strings.Contains(d.Text, c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("Parse(%q) = %+v, want kind %d carrying %q", c.text, ds, c.kind, c.want)
		}
	}
}

// TestRelayedActsNotPasted checks that an act carried word for word would
// paste the person's words back is left to the usual reading, and that
// the request around it never becomes news of the writer's.
func TestRelayedActsNotPasted(t *testing.T) {
	text := "ask if she wants to come to the little jazz bar on the corner of mill street where we met"
	for _, d := range Parse(text, "Zoe", Thinking) {
		if sharesRun(d.Text, text, 8) {
			t.Errorf("Parse(%q) pastes %q", text, d.Text)
		}
	}
	for _, d := range Parse("i want to ask him if he fancies a curry on friday", "Raj", Thinking) {
		if d.Kind == MyNews {
			t.Errorf("the request became news of the writer's: %+v", d)
		}
	}
}

// TestRelayedInDraft checks the act said in a whole draft, on an occasion
// whose shape has no place of its own for a plan.
func TestRelayedInDraft(t *testing.T) {
	ds := Parse("his mum is in hospital again. ask if he wants to grab a coffee near the ward tomorrow", "Luka", HardTime)
	got := Write(Spec{Occasion: HardTime, Name: "Luka", Details: ds})
	if !strings.Contains(got, "Would you like to grab a") {
		t.Errorf("draft does not put the coffee to him: %q", got)
	}
}

// TestSentAlongAndViewsAsked checks that what the message goes with
// ("send her the video of the recital") and a view asked on something of
// the writer's ("his thoughts on my cover letter") are kept, said to them.
func TestSentAlongAndViewsAsked(t *testing.T) {
	cases := []struct {
		name, text string
		o          Occasion
		want       string
	}{
		{"Pia", "drop my aunt pia a line and send her the video of the recital", Thinking, "sending you the video of the recital"},
		{"Gus", "write to gus and send him snaps from the stag do", Thinking, "some snaps from the stag do"},
		{"Odile", "i'd really like her thoughts on my cover letter before friday", Professional, "your thoughts on my cover letter"},
	}
	for _, c := range cases {
		got := Write(Spec{Occasion: c.o, Name: c.name, Details: Parse(c.text, c.name, c.o)})
		if !strings.Contains(got, c.want) {
			t.Errorf("draft for %q: %q, want %q", c.text, got, c.want)
		}
	}
}

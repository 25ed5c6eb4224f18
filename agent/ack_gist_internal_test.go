package agent

import (
	"strings"
	"testing"
)

// TestGistNamesTheClass answers answers that nothing more particular
// recognises by their class — a message for someone, a limit, a plan, a
// contrast between people, a kind act, a lonely moment and where it was,
// a deep talk, what is kept offline — in the companion's frame, with no
// italics, the person's words filling only who, what and when.
func TestGistNamesTheClass(t *testing.T) {
	q := func(s string) Question { return Question{Text: s} }
	meaning := q("What would you like them to know about what they mean to you?")
	limit := q("Is there a limit you'd like someone to know about? How could you say it clearly and kindly?")
	reached := q("When are you happy to be reached, and when do you need to be left alone?")
	private := q("What do you keep private online, and is there anything you share that you would rather keep to yourself?")
	step := q("What is one small thing you'd like to do for a relationship next week?")
	honest := q("How honest are you about your own ups and downs with the people close to you?")
	good := q("Which conversation or moment with someone this week left you feeling good?")
	alone := q("Was there a moment you felt alone, even with people around or online?")
	when := q("When did you last have a conversation with them that went beyond catching up?")
	tests := []struct {
		q         Question
		answer    string
		want, not []string
	}{
		{meaning, "that he got me through the worst year of my life", []string{"him", "he got you through"}, []string{"_", " me "}},
		{meaning, "that i couldn't have done any of it without her", []string{"her", "you couldn't have done"}, []string{"_"}},
		{limit, "i'd like my brother to stop borrowing my car without asking", []string{"your brother", "to stop borrowing your car"}, []string{"_", "my car"}},
		{limit, "that i can't host every christmas anymore, i'll have to tell my sister", []string{"your sister", "you can't host"}, []string{"_"}},
		{reached, "i need the first week of june to myself, it's when my brother died", []string{"sorry about your brother", "to yourself"}, []string{"_"}},
		{step, "text gemma back, she's been waiting since friday and i feel bad", []string{"Text Gemma back:"}, []string{"_", "waiting"}},
		{reached, "on sundays i need the phone off, my mum rings anyway and i feel guilty not answering", []string{"feel bad", "the phone off on Sundays"}, []string{"_"}},
		{q("What do you hope a friend would say about how it feels to be close to you?"), "that i never make anyone feel like a nuisance, they can text me any time",
			[]string{"at any hour"}, []string{"bother", "_"}},
		{reached, "lunch breaks are fine. never after 8pm. saturdays depend on the kids", []string{"the hours after 8pm"}, []string{"_"}},
		{honest, "really open w my girlfriend, not really with my parents", []string{"your girlfriend", "your parents"}, []string{"_"}},
		{honest, "my cousin hears it all but my coworkers only get the edited version", []string{"your cousin", "your coworkers"}, []string{"_", "timelines"}},
		{q("Who did you reach out to this week, and who reached out to you?"), "nobody reached out to me, it was all me doing the texting",
			[]string{"No one reached out", "all yours"}, []string{"_"}},
		{q("Who did you reach out to this week, and who reached out to you?"), "i messaged tariq and my aunt, nothing came back first",
			[]string{"all yours, to Tariq and your aunt"}, []string{"_"}},
		{reached, "weekday evenings are fine but never before 8am", []string{"your evenings", "the hours before 8am"}, []string{"_"}},
		{private, "my address, my partner and my money", []string{"our address", "your partner", "your money"}, []string{"_"}},
		{private, "i have a locked account and almost never post", []string{"private"}, []string{"_"}},
		{step, "bake a cake for the neighbours on sunday", []string{"Bake a cake for the neighbours", "Sunday"}, []string{"_"}},
		{step, "maybe stop ignoring the family chat", []string{"Ignoring the family chat less"}, []string{"_"}},
		{step, "write back to my aunt, i've left her hanging and feel terrible", []string{"your aunt", "not too late"}, []string{"_"}},
		{honest, "i tell my best mate everything but my parents get nothing", []string{"your best mate", "your parents"}, []string{"_"}},
		{good, "my daughter baked me a cake out of nowhere and i teared up", []string{"Your daughter baking you a cake", "moved you"}, []string{"_"}},
		{good, "my neighbour checked in on me after the storm", []string{"Your neighbour checking in on you"}, []string{"_"}},
		{alone, "at my sister's engagement party, with everyone there, totally on my own", []string{"at your sister's engagement party", "alone"}, []string{"_"}},
		{alone, "most sundays once the flat goes quiet", []string{"alone on Sundays"}, []string{"_"}},
		{when, "we had a proper deep talk at my brother's birthday", []string{"heart to heart", "at your brother's birthday"}, []string{"_"}},
	}
	for _, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			got := acknowledgeIn(tt.q, tt.answer, nil, 0)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("acknowledgeIn(%q) = %q, want it to say %q", tt.answer, got, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("acknowledgeIn(%q) = %q, want it not to say %q", tt.answer, got, w)
				}
			}
		})
	}
}

// TestLossNeedsADeath: "passed" said of an exam or a test is no loss.
func TestLossNeedsADeath(t *testing.T) {
	for _, a := range []string{"my brother passed his driving test on the third go", "she passed her exams and we went out"} {
		if got := lossIn(a, nil); got != "" {
			t.Errorf("lossIn(%q) = %q, want no loss", a, got)
		}
	}
	if got := lossIn("my nan passed away in march", nil); got == "" {
		t.Error("a death said as passed away: no loss found")
	}
	// Time gone by is no death either, in the ack or in the listener's
	// reading.
	for _, a := range []string{"we had a row with my uncle and so much time has passed it feels too late",
		"my cousin and i stopped talking, years have passed since then"} {
		if got := lossIn(a, nil); got != "" || tellsOfDeath(a) {
			t.Errorf("lossIn(%q) = %q, tellsOfDeath %v: want no death", a, got, tellsOfDeath(a))
		}
	}
	if !tellsOfDeath("it's been a year since my grandad passed") {
		t.Error("a death after a time said: not heard")
	}
}

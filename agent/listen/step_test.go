package listen

import "testing"

func TestFindStep(t *testing.T) {
	tests := []struct {
		name    string
		answers []string
		names   []string
		phrase  string
		who     string
		named   bool
		when    string
	}{
		{"pronoun to grandma", []string{"My grandma, she raised me basically. And my best friend Tariq.", "call her this sunday i guess", "yes"},
			[]string{"Tariq"}, "call your grandma on Sunday", "Grandma", true, "on Sunday"},
		{"name as object", []string{"my son Michael and my friend Dorothy", "I could write Dorothy a proper letter and post it."},
			[]string{"Michael", "Dorothy"}, "write Dorothy a proper letter and post it", "Dorothy", true, ""},
		{"noun with a plan verb", []string{"a long voice note exchange with my cousin Dev", "maybe plan a call with dev"},
			[]string{"Dev"}, "plan a call with Dev", "Dev", true, ""},
		{"noun alone", []string{"a voice note to my cousin this weekend"}, nil,
			"send a voice note to your cousin this weekend", "your cousin", false, "this weekend"},
		{"ring him", []string{"my brother and my sister", "ring him tomorrow evening"}, nil,
			"call your brother tomorrow evening", "your brother", false, "tomorrow evening"},
		{"invite with a day", []string{"invite Leila for coffee on Saturday"}, []string{"Leila"},
			"invite Leila for coffee on Saturday", "Leila", true, "on Saturday"},
		{"text mum", []string{"text mum every sunday"}, nil, "text Mum every Sunday", "Mum", true, "every Sunday"},
		{"a name typed in lowercase", []string{"my uni mate Kwame", "ring grandad and send kwame a voice note"}, []string{"Kwame"},
			"call Grandad and send Kwame a voice note", "Grandad", true, ""},
		{"two steps, the time kept with its own", []string{"my cousin Mara and my old roommate Dev", "send dev a meme on friday and ask mara if i can visit"},
			[]string{"Mara", "Dev"}, "send Dev a meme on Friday and ask Mara if you can visit", "Dev", true, "on Friday"},
		{"a condition is not the step", []string{"text my sister tomorrow if i have the energy after work"}, nil,
			"text your sister tomorrow", "your sister", false, "tomorrow"},
		{"cut short on a whole word", []string{"call my nan and tell her about the new flat and the job and the garden"}, nil,
			"call your nan and tell her about the new flat", "Nan", true, ""},
		{"the story after a comma is not the step", []string{"write back to my aunt, she's been asking for weeks and i feel rubbish"}, nil,
			"write back to your aunt", "your aunt", false, ""},
		{"the time closes the step before a comma", []string{"phone my nana on friday, ive been putting it off forever"}, nil,
			"call your nana on Friday", "Nana", true, "on Friday"},
		{"a little word of the step kept", []string{"apologise to jo for shouting at her"}, []string{"Jo"},
			"apologise to Jo for shouting at her", "Jo", true, ""},
		{"take someone out", []string{"take my dad out for breakfast saturday"}, nil,
			"take your dad out for breakfast on Saturday", "Dad", true, "on Saturday"},
		{"cut short never on a half thought", []string{"ring my aunt and finally ask her about the years before she had my cousins"}, nil,
			"call your aunt and finally ask her about the years", "your aunt", false, ""},
		{"a thing after the step keeps its name", []string{"tell my mum i'd prefer a text to the phone"}, nil,
			"tell your mum you'd prefer a text to the phone", "Mum", true, ""},
		{"what is sent, then to whom", []string{"draft a proper thank you to malik tonight"}, []string{"Malik"},
			"write a proper thank you to Malik tonight", "Malik", true, "tonight"},
		{"id before rather is you'd", []string{"tell my boss id rather get messages after nine"}, nil,
			"tell your boss you'd rather get messages after nine", "your boss", false, ""},
		{"him in the same answer", []string{"my friend Alex got engaged", "i always wait for Sam to text first. maybe i should text him?"},
			[]string{"Alex", "Sam"}, "text Sam", "Sam", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := FindStep(tt.answers, tt.names)
			if !ok {
				t.Fatalf("FindStep(%q) found nothing", tt.answers)
			}
			if s.Verb == "" {
				t.Errorf("FindStep(%q) has no verb", tt.answers)
			}
			if s.Phrase != tt.phrase || s.With.Who != tt.who || s.With.Named != tt.named || s.When != tt.when {
				t.Errorf("FindStep(%q) = %+v, want %q with %q (named %v) %q", tt.answers, s, tt.phrase, tt.who, tt.named, tt.when)
			}
		})
	}
}

func TestFindStepNone(t *testing.T) {
	for _, answers := range [][]string{
		{"Happy to be reached in the evenings. Not during work, and not after 10pm", "I don't really ask, I just guess"},
		{"My colleague Fatima told me she was pregnant and I said congrats", "I always follow up with my mum but my uni friends drift"},
		{"idk honestly, when my friend Jo drove 2 hours to help me move. that meant a lot"},
		{"call her this sunday"}, // nobody to be "her"
		{"my dad keeps commenting on my weight", "message them tomorrow"}, // "them" is not Dad
		{"my sister Ana", "i just ask them if now is ok for a call"},      // a habit told
		{""},
	} {
		if s, ok := FindStep(answers, []string{"Happy", "Fatima", "Jo"}); ok {
			t.Errorf("FindStep(%q) = %+v, want none", answers, s)
		}
	}
}

func TestMentions(t *testing.T) {
	got := Mentions("My grandma, she raised me. And my best friend Tariq, and my old flatmate", []string{"Tariq"})
	want := []string{"Grandma", "Tariq", "your old flatmate"}
	if len(got) != len(want) {
		t.Fatalf("Mentions = %+v, want %q", got, want)
	}
	for i, m := range got {
		if m.Who != want[i] {
			t.Errorf("mention %d = %q, want %q", i, m.Who, want[i])
		}
	}
}

func TestIsStep(t *testing.T) {
	for in, want := range map[string]bool{
		"call her this sunday i guess":                   true,
		"maybe text Sam":                                 true,
		"write to my nan":                                true,
		"people who call me back":                        false,
		"I could say every day is too much":              false,
		"Happy to be reached in the evenings":            false,
		"a call would be nice":                           false,
		"a long call with my sister, we laughed so much": false,
		"a quick call with my sister this weekend":       true,
		"is it bad that i only talk to my mum":           false,
		"i just ask them? like is now ok for a call":     false,
	} {
		if got := IsStep(in, []string{"Sam", "Happy"}); got != want {
			t.Errorf("IsStep(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestUnkeptIntentIsNoStep reads "i keep meaning to call her" as a habit
// the person describes, and "i'll call her" still as a step.
func TestUnkeptIntentIsNoStep(t *testing.T) {
	for in, want := range map[string]bool{
		"i keep meaning to call my aunt and never do":        false,
		"i always mean to text Jo back and then forget":      false,
		"i kept trying to ring my brother but it felt wrong": false,
		"i'll call my aunt on sunday":                        true,
		"i want to text Jo back this week":                   true,
	} {
		if got := IsStep(in, []string{"Jo"}); got != want {
			t.Errorf("IsStep(%q) = %v, want %v", in, got, want)
		}
	}
}

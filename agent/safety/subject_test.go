package safety

import "testing"

// TestDyingIsTheSpeakers checks that a wish near "die" is read as risk
// only when the one dying is the speaker: a chat, a friendship or an
// argument that dies (out, down) is no crisis, and a wish asked as a
// complaint ("why cant i just die") is one.
func TestDyingIsTheSpeakers(t *testing.T) {
	tests := []struct {
		text string
		want Situation
	}{
		{"how often should i message friends so it doesnt die out", None},
		{"i hope the group chat doesnt die", None},
		{"should i let the friendship die", None},
		{"i want the argument to die down", None},
		{"we should let that old feud die off", None},
		{"why dont i die of embarrassment lol", None},
		{"why wont the meeting end", None},
		{"why cant i end it with him, hes so clingy", None},
		{"that they never have to pretend around me", None},
		{"soon they wont have to pretend to like me anymore", Self},
		{"nobody will have to deal with me much longer", Self},
		// A name that is a word in another language ("ben" is Dutch for
		// "am") does not start that language's rule.
		{"quick hi to ben who left our team last month, its weird without him", None},
		{"ik ben gewoon een last voor iedereen", Self},
		// Asking how to say something is no report of it.
		{"nvm, whats a good way to tell a friend they hurt me", None},
		{"my boyfriend hurt me again last night", Abuse},
		{"whats the best way to tell my mum my boyfriend hits me", Abuse},
		{"i should just die", Self},
		{"i wish i could die", Self},
		{"i want to lay down and die", Self},
		{"hope i die tonight", Self},
		{"why wont i just die", Self},
		{"why cant i die already", Self},
		{"why wont my heart just stop", Self},
	}
	for _, tt := range tests {
		if got := Detect(tt.text).Situation; got != tt.want {
			t.Errorf("Detect(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// Fear told of someone a rule already finds at risk is theirs; the
// speaker's own fear stays abuse of the speaker.
func TestFearOfSomeoneElseAtRisk(t *testing.T) {
	for _, c := range []struct {
		text string
		want Situation
	}{
		{"she said he choked her and she's scared to go home", Other},
		{"my friend told me her boyfriend strangled her last night", Other},
		{"he choked me and im scared to go home", Abuse},
		{"my dad hits my mum and im scared to go home", Abuse},
	} {
		if got := Detect(c.text).Situation; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// The speaker named inside someone else ("a girl in my class", "a guy i
// follow") is not the subject of what that person did.
func TestSpeakerInsideAThirdPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want Situation
	}{
		{"a guy i follow just posted a suicide note on twitter", Other},
		{"a girl in my class posted that she wants to die", Other},
		{"someone in my discord server said theyre going to kill themselves tonight", Other},
		{"a guy i follow posted about suicide and now i want to die too", Self},
	} {
		if got := Detect(c.text).Situation; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A risk that reads on past an act of abuse it holds is the speaker's
// own; a risk inside a threat stays the threat.
func TestRiskReadingPastAnAct(t *testing.T) {
	for _, c := range []struct {
		text string
		want Situation
	}{
		{"me golpeo la cabeza contra la pared hasta que me sangra", Self},
		{"he threatened to kill me if i leave", Abuse},
	} {
		if got := Detect(c.text).Situation; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A person the speaker gives to, writes to or does something for is the
// object of the speaker's act: the risk that follows stays the speaker's.
// The same person as the subject of their own risk is someone else at
// risk.
func TestObjectIsNotSubject(t *testing.T) {
	tests := []struct {
		text string
		want Situation
	}{
		{"i gave my books to my sister and said goodbye to everyone, im ready", Self},
		{"ho scritto a mia sorella che domenica non ci saro piu", Self},
		{"my sister gave her books away and said goodbye to everyone, shes ready", Other},
		{"my friend says she wants to die", Other},
	}
	for _, tt := range tests {
		if got := Detect(tt.text).Situation; got != tt.want {
			t.Errorf("Detect(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

package agent

import (
	"strings"
	"testing"
)

// TestPlainGrammar rewrites the shapes of English learned as a second
// language into plain English, and leaves plain English as it is.
func TestPlainGrammar(t *testing.T) {
	tests := []struct{ in, want string }{
		{"i am feel lonely here", "i feel lonely here"},
		{"im miss my parents a lot", "i miss my parents a lot"},
		{"my brother he is not call me anymore", "my brother doesn't call me anymore"},
		{"she is help me with everything", "she helps me with everything"},
		{"we not have time for meet", "we don't have time for meet"},
		{"since i move here it is hard", "since i moved here it is hard"},
		{"i want to phone to my aunt in saturday", "i want to phone my aunt on saturday"},
		{"please only text in weekend", "please only text on weekends"},
		{"nobody listen me at work", "nobody listen to me at work"},
		{"i am grateful for she, really", "i am grateful for her, really"},
		{"i am too shy for ask", "i am too shy to ask"},
		{"my boss is not understand me", "my boss doesn't understand me"},
		{"my parents are worry about me", "my parents worry about me"},
		// Plain English stays as it is.
		{"i told my mum she was right", "i told my mum she was right"},
		{"i'm run down and not going", "i'm run down and not going"},
		{"they are work friends mostly", "they are work friends mostly"},
		{"my friend's call was lovely", "my friend's call was lovely"},
		{"i'm not sure, we are close", "i'm not sure, we are close"},
		{"the day he left i cried", "the day he left i cried"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := plainGrammar(tt.in); got != tt.want {
				t.Errorf("plainGrammar(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestAckSecondLanguage answers reflection questions in English learned as
// a second language: each acknowledgement names the feeling or the person
// the answer is about, as it would for the same answer in plain English,
// and never says the learner's grammar back.
func TestAckSecondLanguage(t *testing.T) {
	tests := []struct {
		q, answer string
		earlier   []string
		want      []string // each: alternatives joined by "|"
		avoid     []string
	}{
		{pqAlone, "yes, i am feel so lonely in this country, i not have any friend yet", nil,
			[]string{"alone|lonely", "new"}, []string{"am feel", "not have"}},
		{pqAlone, "every evening. since i come to this town i know nobody", nil,
			[]string{"alone|lonely", "new"}, nil},
		{pqWhoWeek, "my best friend she is not answer my messages since one week", nil,
			[]string{"best friend", "reply|answer|hearing back"}, []string{"is not answer"}},
		{pqAlone, "when my sister he is not reply me for many days", nil,
			[]string{"sister", "reply|answer|hearing back"}, nil},
		{pqWriteFirst, "my uncle he is never message me first, always i must message him", nil,
			[]string{"uncle"}, []string{"doable", "is never message"}},
		{pqHonest, "i am not tell my parents when i have problem, they will worry", nil,
			[]string{"honest|hard"}, []string{"doable", "am not tell"}},
		{pqGoodWeek, "my neighbour she is bring me soup when i am sick", nil,
			[]string{"neighbour"}, []string{"she is bring", "am sick"}},
		{pqKind, "a friend for talk with, here i not know anybody", nil,
			[]string{"alone|lonely"}, []string{"not know"}},
		{"What is one small thing you'd like to do for a relationship next week?", "i will call to my grandmother in sunday", nil,
			[]string{"grandmother|grandma", "sunday"}, []string{"call to", "in sunday"}},
		{pqWhoWeek, "i phone my father every day, he is live in other country", nil,
			[]string{"father", "every day|daily"}, []string{"is live"}},
		{pqInTheWay, "my english is not so good, i am shy to call her", []string{"my coworker lin"},
			[]string{"shy|english|language"}, []string{"doable"}},
		{pqDeeper, "long time ago, before i am moving here. maybe three years", []string{"my old roommate"},
			[]string{"while|long|time ago"}, []string{"am moving"}},
		{pqMeanTo, "that i am very thankful for he, he is help me so much", []string{"my teacher omar"},
			[]string{"thankful|grateful|thank"}, []string{"for he", "is help"}},
	}
	for _, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			for v := range 3 {
				got := acknowledgeIn(Question{Text: tt.q}, tt.answer, tt.earlier, v)
				low := strings.ToLower(got)
				for _, w := range tt.want {
					if !holdsOneOf(low, strings.Split(w, "|")) {
						t.Errorf("v%d: %q → %q, want it to say %q", v, tt.answer, got, w)
					}
				}
				for _, w := range tt.avoid {
					if strings.Contains(low, w) {
						t.Errorf("v%d: %q → %q, must not say %q", v, tt.answer, got, w)
					}
				}
			}
		})
	}
}

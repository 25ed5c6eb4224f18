package agent

import (
	"strings"
	"testing"
)

// TestSummaryStepWritesFirstToWhoDrifts ends a reflection on how one
// shows up with a hello to the one person the answer says drifts while
// they wait for the other to write, with the pronoun the answer used; with
// no one named, it keeps the journey's own step.
func TestSummaryStepWritesFirstToWhoDrifts(t *testing.T) {
	j := Journey{ID: "showup", Questions: []Question{{Text: "a"}, {Text: "b"}, {Text: "c"}, {Text: "d"},
		{Text: "Who do you tend to follow up with, and who tends to drift because you are waiting for them to write first?"}}}
	tests := []struct{ last, who, text string }{
		{"my cousins i text all the time but Nadia slips away because i never start", "Nadia", "write to Nadia first"},
		{"i keep up with work people, never with my old neighbour Priyanka, i always wait for her to message", "Priyanka", "without waiting for her"},
		{"i'm good with my mum. my mate Ollie though, i leave it to him every time", "Ollie", "without waiting for him"},
		{"honestly everyone drifts, i'm terrible at it", "", "One small step: the next time someone shares news"},
	}
	for _, tt := range tests {
		_, next := SummarizeReflection(j, []string{"", "", "", "", tt.last})
		if next.Recipient != tt.who || !strings.Contains(next.Text, tt.text) {
			t.Errorf("%q: step %+v, want %q to %q", tt.last, next, tt.text, tt.who)
		}
	}
}

// TestSummaryBulletNotSaidTwiceWithTheStep drops the summary's bullet
// that says the step the summary ends with, when the step adds a verb
// before it ("send a card to…").
func TestSummaryBulletNotSaidTwiceWithTheStep(t *testing.T) {
	for _, tt := range []struct{ bullet, step string }{
		{"• One small thing you'd like to do: card to Grandpa on his birthday.", ownStep + "send a card to Grandpa on his birthday."},
		{"• Probably phone Amira on Thursday.", ownStep + "call Amira on Thursday."},
	} {
		if tt.bullet == "• Probably phone Amira on Thursday." {
			// a different verb is a different sentence: kept
			if saysStep(tt.bullet, tt.step) {
				t.Errorf("saysStep(%q, %q) = true", tt.bullet, tt.step)
			}
			continue
		}
		if !saysStep(tt.bullet, tt.step) {
			t.Errorf("saysStep(%q, %q) = false", tt.bullet, tt.step)
		}
	}
}

package agent

import (
	"strings"
	"testing"
)

// TestAckNamesTheTimeKept hears a limit told as a stretch of time kept,
// beside one left open, as the limit it is rather than as no limit.
func TestAckNamesTheTimeKept(t *testing.T) {
	q := Question{Text: "When are you happy to be reached, and when do you need to be left alone?"}
	tests := []struct{ answer, want string }{
		{"evenings are for family. daytime call whenever you like", "evenings"},
		{"sundays are off limits, otherwise anytime", "sundays"},
		{"my days off are mine, weekdays people can text me", "your days off"},
		{"saturday evenings are for family, weekdays are fine", "saturday evenings"},
		{"after 9 is phone free", "after 9"},
	}
	for _, tt := range tests {
		for v := 0; v < 3; v++ {
			got := acknowledgeAnswer(q, tt.answer, nil, v)
			low := strings.ToLower(got)
			if !strings.Contains(low, tt.want) || strings.Contains(low, "saying no can feel hard") || strings.Contains(got, "_") {
				t.Errorf("%q (variant %d) → %q, want the time kept (%q) named", tt.answer, v, got, tt.want)
			}
		}
	}
	if got := keptTimeAck(q, "whenever, honestly", 0); got != "" {
		t.Errorf("an answer keeping no time → %q, want none", got)
	}
}

// TestAckNamesTheWorryOfBeingABother names the worry of being a bother
// when the answer says so though it names no one.
func TestAckNamesTheWorryOfBeingABother(t *testing.T) {
	q := Question{Text: "What tends to get in the way of reaching out to them?"}
	for _, answer := range []string{"i feel like im bothering them. they have enough going on", "honestly i worry im bothering people, everyone is stretched"} {
		for v := 0; v < 3; v++ {
			got := acknowledgeAnswer(q, answer, nil, v)
			if !containsAny(strings.ToLower(got), "bother", "no room for you", "someone's time") {
				t.Errorf("%q (variant %d) → %q, want the worry of being a bother named", answer, v, got)
			}
		}
	}
}

// TestAckToldToWhomTheAnswerSays frames what the person would like
// someone to know as told to the one the same answer says "her" or "him"
// is.
func TestAckToldToWhomTheAnswerSays(t *testing.T) {
	q := Question{Text: "What would you like them to know about what they mean to you?"}
	tests := []struct{ answer, want string }{
		{"that i'm proud of him even when we fight. he's my little brother", "brother"},
		{"that i miss her loads, shes my gran and i never say it", "gran"},
	}
	for _, tt := range tests {
		for v := 0; v < 3; v++ {
			got := acknowledgeAnswer(q, tt.answer, nil, v)
			if !strings.Contains(strings.ToLower(got), tt.want) {
				t.Errorf("%q (variant %d) → %q, want %q named", tt.answer, v, got, tt.want)
			}
		}
	}
}

// TestSummaryLineOpeningOnAFigure makes a summary line that would open on
// a figure a whole sentence, read with its question when a stem fits.
func TestSummaryLineOpeningOnAFigure(t *testing.T) {
	scroll := Question{Text: "How much of your time online is scrolling and liking, and how much is talking with people?"}
	if got, want := wholeSentence(scroll, "90% scrolling, 10% talking and half of that is memes.", nil),
		"Your time online goes on 90% scrolling, 10% talking and half of that is memes."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	other := Question{Text: "Anything else on your mind?"}
	got := wholeSentence(other, "3 friends at most, and that's plenty.", nil)
	if got == "" || !strings.HasPrefix(got, "It's 3 friends") || !strings.HasSuffix(got, ".") {
		t.Errorf("got %q, want a sentence that does not open on the figure", got)
	}
}

// TestAckNamesAReactionOnlyReply names a reply given only as an emoji or
// a reaction, never saying the words around the emoji back.
func TestAckNamesAReactionOnlyReply(t *testing.T) {
	q := Question{Text: "When someone shares good news, how do you usually respond?"}
	for _, answer := range []string{"just sent a 👍 tbh", "i usually reply with a heart and move on", "dropped a gif in the chat and that was it", "gave it a thumbs up lol"} {
		for v := 0; v < 3; v++ {
			got := acknowledgeAnswer(q, answer, nil, v)
			if !containsAny(strings.ToLower(got), "reaction", "emoji", "react") || strings.Contains(got, "_") {
				t.Errorf("%q (variant %d) → %q, want the reaction named, not said back", answer, v, got)
			}
		}
	}
	j := Journey{ID: "test", Questions: []Question{q, q}}
	if sum, _ := SummarizeReflection(j, []string{"just sent a 👍 tbh", "i call them back later"}); !strings.Contains(sum, "quick reaction") || strings.Contains(sum, "Sent a") {
		t.Errorf("summary %q, want the reaction named", sum)
	}
	for _, answer := range []string{"my mum sent a heart and i cried", "i like long voice notes"} {
		if got := reactionAck(answer, 0); got != "" {
			t.Errorf("%q → %q, want no reaction of the person's own", answer, got)
		}
	}
}

// TestAckHearsADiagnosisMetKindly hears the person's own diagnosis told
// to people who were kind about it as an opening up that went well.
func TestAckHearsADiagnosisMetKindly(t *testing.T) {
	q := Question{Text: "How honest are you with people about how you're really doing?"}
	for _, answer := range []string{"fairly. i told my flatmates about my autism diagnosis and they were really supportive", "i got my ocd diagnosis in march, told my cousins and everyone was lovely"} {
		for v := 0; v < 2; v++ {
			got := acknowledgeAnswer(q, answer, nil, v)
			if !containsAny(strings.ToLower(got), "kind") || strings.Contains(strings.ToLower(got), "worrying") {
				t.Errorf("%q (variant %d) → %q, want the kindness it met named", answer, v, got)
			}
		}
	}
}

// TestAckNamesSharingAllAndAGoodWeek names an answer of sharing
// everything ("an open book") and a good week given at the question about
// feeling alone, rather than saying either back.
func TestAckNamesSharingAllAndAGoodWeek(t *testing.T) {
	private := Question{Text: "What do you keep private online, and is there anything you share that you would rather keep to yourself?"}
	alone := Question{Text: "Was there a moment you felt alone, even with people around or online?"}
	tests := []struct {
		q      Question
		answer string
	}{
		{private, "honestly nothing, i'm a total open book"},
		{private, "not much tbh, open book here"},
		{alone, "nope, it's been a good week really"},
		{alone, "not really, it was a pretty decent week"},
	}
	for _, tt := range tests {
		for v := 0; v < 2; v++ {
			if got := acknowledgeAnswer(tt.q, tt.answer, nil, v); got == "" || strings.Contains(got, "_") {
				t.Errorf("%q (variant %d) → %q, want it named, not said back", tt.answer, v, got)
			}
		}
	}
}

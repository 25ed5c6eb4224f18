package agent

import (
	"strings"
	"testing"
)

// echoRun is the first run of four words of answer that ack says again, or
// "" when ack says none: an acknowledgement names the point in its own
// words.
func echoRun(ack, answer string) string {
	a, w := " "+foldText(ack)+" ", strings.Fields(foldText(answer))
	for i := 0; i+4 <= len(w); i++ {
		if run := strings.Join(w[i:i+4], " "); strings.Contains(a, " "+run+" ") {
			return run
		}
	}
	return ""
}

// TestOwnWordsAckNamesThePoint answers the points reflection answers
// often make in the companion's own words, never the answer quoted, and
// sums each up as a whole sentence in the second person.
func TestOwnWordsAckNamesThePoint(t *testing.T) {
	when := Question{Text: "When did you last have a conversation with them that went beyond catching up?"}
	obstacle := Question{Text: "What tends to get in the way of reaching out to them?"}
	meaning := Question{Text: "What would you like them to know about what they mean to you?"}
	step := Question{Text: "What is one small way you could be in touch with them this week: a message, a voice note, a call, something to do together?"}
	for _, c := range []struct {
		q              Question
		answer         string
		earlier        []string
		ackHas         string
		heard, notSaid string
	}{
		{when, "ugh maybe 3 years ago at my brothers graduation", nil, "graduation",
			"Your last real conversation was maybe 3 years ago, at your brother's graduation.", ""},
		{when, "proper talk? probably at ravis birthday last summer", []string{"my mate ravi"}, "Ravi's birthday",
			"Your last real conversation was last summer, at Ravi's birthday.", ""},
		{meaning, "i keep assuming she has no time for me", nil, "", "You worry about being a bother to them.", ""},
		{obstacle, "honestly i dont want to bother him, hes always busy with the kids", nil, "", "You tend to assume they're too busy for you.", ""},
		{step, "voice notes feel less awkward than calls tbh", nil, "eas", "A voice note feels easier to you than calling.", "tbh"},
		{obstacle, "work has me swamped most weeks lol", nil, "", "Your own full days get in the way.", "lol"},
		{obstacle, "what if she just doesnt reply, thats my fear", nil, "", "You worry they might not reply.", ""},
		{obstacle, "the school run and my job eat all my evenings", nil, "", "Your own full days get in the way.", ""},
		{Question{Text: "Which places, online or off, leave you with energy rather than drained?"}, "long video calls totally wipe me out", nil, "", "", ""},
		{Question{Text: "How do you usually answer something long or personal?"}, "honestly it depends on the day lol", nil, "energy", "", "lol"},
	} {
		names := answerNames(append(c.earlier, c.answer)...)
		for v := range 3 {
			ack := acknowledgeIn(c.q, c.answer, c.earlier, v)
			if run := echoRun(ack, c.answer); run != "" {
				t.Errorf("%q (variant %d) → %q says %q back", c.answer, v, ack, run)
			}
			if c.ackHas != "" && !strings.Contains(ack, c.ackHas) {
				t.Errorf("%q (variant %d) → %q, want it to name %q", c.answer, v, ack, c.ackHas)
			}
			if c.notSaid != "" && strings.Contains(strings.ToLower(ack), c.notSaid) {
				t.Errorf("%q → %q says %q", c.answer, ack, c.notSaid)
			}
		}
		if got := ownWordsHeard(c.q, c.answer, names); got != c.heard {
			t.Errorf("summary of %q = %q, want %q", c.answer, got, c.heard)
		}
	}
}

// TestOwnWordsAckNotTimedElsewhere keeps "can't remember the last time i
// felt understood" from being heard as a gap between two people.
func TestOwnWordsAckNotTimedElsewhere(t *testing.T) {
	q := Question{Text: "Think of a conversation that left you feeling really understood. What did the other person do?"}
	if got := ownWordsAck(q, "cant remember the last time anyone did tbh", nil, 0); got != "" {
		t.Errorf("a gap heard in an answer to %q: %q", q.Text, got)
	}
}

// TestReflectionAcksNeverRepeat plays a reflection whose answers make the
// same point twice: the two acknowledgements differ.
func TestReflectionAcksNeverRepeat(t *testing.T) {
	obstacle := Question{Text: "What tends to get in the way of reaching out to them?"}
	meaning := Question{Text: "What would you like them to know about what they mean to you?"}
	a := acknowledgeIn(obstacle, "i dont want to be a burden to them", []string{"my aunt rosa"}, 2)
	b := acknowledgeIn(meaning, "that im scared of bothering her", []string{"my aunt rosa", "i dont want to be a burden to them"}, 3)
	if a == b {
		t.Errorf("the same acknowledgement twice in one reflection: %q", a)
	}
}

// TestMeaningHeardIsASentence sums up what the person would like them to
// know as a whole second-person sentence, and leaves an answer that is no
// message for them to the echo.
func TestMeaningHeardIsASentence(t *testing.T) {
	q := Question{Text: "What would you like them to know about what they mean to you?"}
	for _, c := range []struct{ answer, want string }{
		{"just that i really miss our sunday calls", "You'd like them to know you really miss your Sunday calls."},
		{"that im proud of how far theyve come", "You'd like them to know you're proud of how far they've come."},
		{"we kind of grew apart", ""},
	} {
		got := meaningHeard(q, c.answer, answerNames(c.answer), 140)
		if got != c.want {
			t.Errorf("meaningHeard(%q) = %q, want %q", c.answer, got, c.want)
		}
	}
}

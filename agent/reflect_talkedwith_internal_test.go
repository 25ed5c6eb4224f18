package agent

import (
	"strings"
	"testing"
)

// TestLastTalkNamesWhoItWasWith names the person an answer about the last
// real talk was with, by name, beside how long ago it was; an answer with
// two names, or only "my dad", keeps the plain acknowledgement.
func TestLastTalkNamesWhoItWasWith(t *testing.T) {
	q := Question{Text: "When did you last have a conversation with them that went beyond catching up?"}
	for answer, want := range map[string]string{
		"ages ago, tomasz and i sat up late talking about his divorce":             "With Tomasz: ",
		"last week!! Imogen rang me from the train and we talked about everything": "With Imogen: ",
		"years ago with my dad":                                  "",
		"a few months ago, Ines and Bruno came round for dinner": "",
	} {
		got := ownWordsAck(q, answer, answerNames(answer), 0)
		if got == "" {
			t.Errorf("ownWordsAck(%q) = \"\"", answer)
			continue
		}
		if want == "" && strings.HasPrefix(got, "With ") || want != "" && !strings.HasPrefix(got, want) {
			t.Errorf("ownWordsAck(%q) = %q, want it to open with %q", answer, got, want)
		}
	}
}

// TestLastTalkBareStretch sums up a last real talk given as a bare
// stretch of time ("months", "yrs") as that long ago, with what it is
// counted from.
func TestLastTalkBareStretch(t *testing.T) {
	q := Question{Text: "When did you last have a conversation with them that went beyond catching up?"}
	for answer, want := range map[string]string{
		"months honestly. since i changed jobs": "Your last real conversation was months ago, since you changed jobs.",
		"yrs":                                   "Your last real conversation was years ago.",
	} {
		if got := ownWordsHeard(q, answer, nil); got != want {
			t.Errorf("ownWordsHeard(%q) = %q, want %q", answer, got, want)
		}
	}
}

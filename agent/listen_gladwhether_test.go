package agent_test

import (
	"strings"
	"testing"
)

// TestGladNewsWhetherToWrite checks that someone's glad news told with a
// question whether to send them something is met gladly, naming them,
// with the offer to write to them and no drafting questions yet.
func TestGladNewsWhetherToWrite(t *testing.T) {
	h := newHarness(t)
	for i, tc := range []struct{ text, who string }{
		{"my niece just passed her driving test first time!! should i get her something?", "niece"},
		{"my old flatmate got a place on the nursing course, do i send her a card?", "flatmate"},
		{"just wanted to let you know my son got the apprenticeship", "son"},
		{"I am delighted to tell you that my grandson has been accepted to art college.", "grandson"},
	} {
		low, labels := freshReply(h, "gladw"+string(rune('a'+i)), tc.text)
		if !containsAny(low, []string{"wonderful", "great", "brilliant", "lovely", "congrat", "proud"}) || !strings.Contains(low, tc.who) {
			t.Errorf("%q → %q: want gladness about your %s", tc.text, low, tc.who)
		}
		if strings.Contains(low, "what feel do you want") || strings.Contains(low, "what's the occasion") || len(labels) != 1 || !strings.Contains(strings.ToLower(labels[0]), tc.who) {
			t.Errorf("%q → %q %v: want one offer to write to your %s, no draft begun", tc.text, low, labels, tc.who)
		}
	}
}

// TestFeltFirstOverWriting checks that a feeling told with a word of
// writing in its story, or a question whether a feeling is normal, is
// heard first, with room to say more, while a wish to write still starts
// a message.
func TestFeltFirstOverWriting(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{
		"i always feel like a nuisance when i message my friends first, like im just being put up with",
		"is it weird that i still feel lonely at family dinners? cause i really do",
	} {
		low, labels := freshReply(h, "felt"+string(rune('a'+i)), text)
		if strings.Contains(low, "who would you like to write to") || containsAny(low, declineWords) || !strings.Contains(low, "?") || len(labels) == 0 || len(labels) > 3 {
			t.Errorf("%q → %q %v: want the feeling heard with room and a gentle step", text, low, labels)
		}
	}
	low, _ := freshReply(h, "feltwish", "i miss my cousin loads, i want to text her tonight")
	if !strings.Contains(low, "write to") {
		t.Errorf("a wish to write → %q, want the message begun", low)
	}
}

// TestGladFirstInDraft checks that a request to write told with someone's
// good news starts the draft with a glad word on the news, and that one
// told with other news does not.
func TestGladFirstInDraft(t *testing.T) {
	h := newHarness(t)
	low, _ := freshReply(h, "gladd", "my flatmate just got her dream job!! help me write her a message")
	if !containsAny(low, []string{"lovely news", "exciting"}) || !strings.Contains(low, "write to") {
		t.Errorf("reply %q: want a glad word, then the draft begun", low)
	}
	low, _ = freshReply(h, "gladq", "help me write to my uncle, we havent talked since the summer")
	if containsAny(low, []string{"lovely news", "exciting"}) {
		t.Errorf("reply %q: no news to be glad about", low)
	}
}

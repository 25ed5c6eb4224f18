package agent

import (
	"strings"
	"testing"
)

func TestShortAsAskedKeepsDetails(t *testing.T) {
	d := DraftDetails{Recipient: "Nadia", Occasion: OccasionWin, Length: LengthShort,
		Said: []string{"Nadia got into the architecture course in Delft and she starts in September"}}
	long := "Hi Nadia! Congratulations on getting into the architecture course! I'm so happy for you! I heard you start in Delft in September. You worked so hard for this. How are you feeling about it?"
	got := shortAsAsked(long, d)
	if n := bodySentences(got); n > shortSentences {
		t.Errorf("shortAsAsked left %d sentences: %q", n, got)
	}
	for _, want := range []string{"Hi Nadia!", "Congratulations", "Delft", "How are you feeling about it?"} {
		if !strings.Contains(got, want) {
			t.Errorf("shortAsAsked(...) = %q, lacks %q", got, want)
		}
	}
}

func TestShortAsAskedOnlyWhenAsked(t *testing.T) {
	long := "Hi Nadia! Congratulations on your place! I'm so happy for you! You worked so hard. Let's celebrate soon. How are you feeling?"
	if got := shortAsAsked(long, DraftDetails{Recipient: "Nadia", Occasion: OccasionWin}); got != long {
		t.Errorf("no length asked, yet changed: %q", got)
	}
}

func TestBodySentences(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Hi Tom! Well done. How are you?", 2},
		{"Hi Tom, well done. How are you?", 2},
		{"Dear Ms Osei,\nThank you for your time. I hope to hear from you.", 2},
		{"Congratulations! See you soon.", 1},
		{"Hi Tom! Well done on the move. Speak soon,\nMaya", 1},
		{"Hi Tom! Well done. See you Friday.\nLove,\nMaya", 2},
	} {
		if got := bodySentences(tc.text); got != tc.want {
			t.Errorf("bodySentences(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// A length asked for in the request says how the message should feel: the
// draft comes without asking "What feel do you want?".
func TestShortAskedNeedsNoFeel(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	for _, text := range []string{
		"can you help me message my mate Tomasz to say congrats on the promotion, short one pls",
		"just a quick text to my neighbour Pablo to say thanks for taking in my parcel",
	} {
		trs := talk(t, a, "Europe/London", text)
		drafted := false
		for _, r := range trs[0].replies {
			drafted = drafted || r.Draft
		}
		if got := lastText(trs[0]); strings.Contains(got, "What feel") || !drafted {
			t.Errorf("%q: want a draft straight away, got:\n%s", text, got)
		}
	}
}

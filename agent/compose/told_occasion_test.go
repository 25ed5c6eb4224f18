package compose

import (
	"strings"
	"testing"
)

// TestOccasionFromWhatWasDone reads the occasion from what happened in
// wordings that once misled it: a machine that "died" told with "it", a
// baby "had" by the recipient (not minded for the writer), and thanks
// said as "cheers".
func TestOccasionFromWhatWasDone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Occasion
	}{
		{"my neighbour dev sorted our fridge the night it died, before all the food went off. want to thank him", Thanks},
		{"the plumber came out on christmas eve for the boiler after it died and didn't charge us. want to say thanks", Thanks},
		{"my cousin rhea had the baby last night, a little boy", Congrats},
		{"my best mate and his wife had the baby this morning!!", Congrats},
		{"my mum had the baby for me all weekend so i could rest, want to thank her", Thanks},
		{"my flatmate lent me her car for the move. just want to say cheers", Thanks},
	} {
		if got := DetectOccasion(tc.text); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNewsHeardInAChat reads news learnt from a group chat as news about
// one person, never a message to the chat.
func TestNewsHeardInAChat(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Occasion
	}{
		{"saw on the street whatsapp that mr hale's wife is in hospital again. want to send him something kind", HardTime},
		{"heard in the family group chat that my cousin ren got the job in osaka!", Congrats},
		{"the old uni group chat has gone so quiet, want to wake it up", Group},
	} {
		if got := DetectOccasion(tc.text); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGroupPlanKeepsItsDate keeps the day of a get-together put to a group
// when the day is written before the month, or the get-together has a word
// for what it is in front of it.
func TestGroupPlanKeepsItsDate(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"thinking a bouldering session on 3 march at 6", "3 march"},
		{"maybe a reunion dinner on the 12th", "12th"},
		{"how about a coffee morning, 21 nov", "21 nov"},
	} {
		var got []string
		for _, d := range Parse(tc.text, "", Group) {
			got = append(got, d.Text)
		}
		if !strings.Contains(strings.ToLower(strings.Join(got, " | ")), tc.want) {
			t.Errorf("Parse(%q) = %q, want %q kept", tc.text, got, tc.want)
		}
	}
}

// TestChatSourceLeftOut leaves the chat some news was heard on out of the
// message, and keeps the news.
func TestChatSourceLeftOut(t *testing.T) {
	for _, text := range []string{
		"i heard on the street whatsapp that your mum is in hospital",
		"saw in the old school group chat that your dad had a fall",
	} {
		var got []string
		for _, d := range Parse(text, "Ana", HardTime) {
			got = append(got, Describe(d))
		}
		all := strings.ToLower(strings.Join(got, " "))
		if strings.Contains(all, "whatsapp") || strings.Contains(all, "chat") || !strings.Contains(all, "hospital") && !strings.Contains(all, "fall") {
			t.Errorf("Parse(%q) = %q, want the news without the chat", text, got)
		}
	}
}

// TestOfferedReferenceIsNoAsk reads a reference or an introduction the
// writer offers as help for what happened to them, and one asked for as
// a professional ask.
func TestOfferedReferenceIsNoAsk(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Occasion
	}{
		{"my old teammate jonas was made redundant today. want to tell him i'm glad to be a reference for him", HardTime},
		{"my old manager priti, i need to ask her to be my referee for a new job", Professional},
	} {
		if got := DetectOccasion(tc.text); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSaidThatKeepsTheOffer keeps what a wish to say leads into with
// "that": an offer the writer makes.
func TestSaidThatKeepsTheOffer(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"my friend ife lost her job. i want to say something kind and that i can look over her cv", "cv"},
		{"my uncle is in hospital. would like to say that we can feed his cat while he's in", "cat"},
	} {
		var got []string
		for _, d := range Parse(tc.text, "Ife", HardTime) {
			got = append(got, d.Text)
		}
		if !strings.Contains(strings.ToLower(strings.Join(got, " | ")), tc.want) {
			t.Errorf("Parse(%q) = %q, want %q kept", tc.text, got, tc.want)
		}
	}
}

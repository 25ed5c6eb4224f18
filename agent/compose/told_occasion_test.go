package compose

import "testing"

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

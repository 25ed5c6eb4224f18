package agent

import "testing"

// TestRepeatedReach checks the count of tries that makes a silence a
// hurt: more than one message, call or try, with nothing back.
func TestRepeatedReach(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"whatsapped the lads 6 times about the match, nobody replied", true},
		{"i rang the surgery twice and no answer", true},
		{"ive been texting her all week and radio silence", true},
		{"sent a couple of memes to dev and got nothing back", true},
		{"sent my aunt a card 3 weeks ago and nothing back", false},
		{"texted him three times and he replied straight away", false},
		{"sent five photos to the family chat, everyone loved them", false},
	} {
		if got := repeatedReach(foldText(tc.text)); got != tc.want {
			t.Errorf("repeatedReach(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

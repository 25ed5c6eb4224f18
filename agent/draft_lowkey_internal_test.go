package agent

import "testing"

// TestLowKeyWish checks which requests ask for a quieter message.
func TestLowKeyWish(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"congratulate my sister on the new flat, nothing too gushy", -1},
		{"a well done for my teammate but dont go overboard", -1},
		{"something understated for my uncle's promotion", -1},
		{"congrats to my cousin on her new job, not too much", -1},
		{"help me write to my friend, if it's not too much trouble", 0},
		{"help me write a congrats for my friend jo", 0},
		{"i want to thank her so much", 0},
		{"congrats for my brother on the new flat, no ! please", -1},
		{"a thank you for my neighbour, a bit less shouty than usual", -1},
		{"well done to Ravi on the marathon, without exclamation points", -1},
		{"my aunt loves exclamation marks so go wild", 0},
	} {
		if got := lowKeyWarmth(foldText(c.text), c.text); got != c.want {
			t.Errorf("lowKeyWarmth(%q) = %d, want %d", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"quick thanks to dave for the lift", true},
		{"sorry to hear about your dad", false},
		{"thanks to you for listening", false},
	} {
		if got := courtesyToSomeone(c.text); got != c.want {
			t.Errorf("courtesyToSomeone(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

package exclaim

import "testing"

func TestUnwanted(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"no exclamation marks", true},
		{"no !", true},
		{"No !! please", true},
		{"without exclamation points", true},
		{"drop the exclamations", true},
		{"lose the !", true},
		{"less shouty", true},
		{"it reads a bit shouty", true},
		{"exclamation marks out", true},
		{"less exclamation", true},
		{"take the exclamation marks out", true},
		{"too many exclamation points lol", true},
		{"remove the exclamation mark", true},
		{"exclamation marks", true},
		{"help me congratulate Ines on her promotion, no exclamaition marks", true},
		{"she hates exclamation points so keep it calm", true},
		{"add an exclamation mark", false},
		{"more exclamation marks!", false},
		{"!!!", false},
		{"congrats!!", false},
		{"he writes with loads of exclamation marks, it's his thing", false},
		{"i need to apologise to my sister for shouting at her", false},
		{"every call turns into a shouting match", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := Unwanted(tc.text); got != tc.want {
				t.Errorf("Unwanted(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

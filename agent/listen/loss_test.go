package listen

import "testing"

func TestLost(t *testing.T) {
	names := []string{"Harold", "Dorothy", "Michael"}
	for in, want := range map[string]string{
		"That I'm proud of Michael, and that Dorothy's friendship kept me going after Harold died.": "Harold",
		"my dad passed away last spring":                         "your dad",
		"since I lost my husband I don't go out":                 "your husband",
		"it's been a year since grandad's funeral":               "Grandad",
		"my phone died on the way there":                         "",
		"I lost my keys and my mind":                             "",
		"we drifted after my best friend died in a car crash":    "your best friend",
		"my coworker's mum passed and i didn't know what to say": "your coworker's mum",
		"his dad died last month and i never messaged him":       "his dad",
	} {
		if got := Lost(in, names); got != want {
			t.Errorf("Lost(%q) = %q, want %q", in, got, want)
		}
	}
}

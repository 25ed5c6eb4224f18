package agent

import "testing"

// TestCareRecipientIsSomeone keeps the words after "someone to …" from
// becoming a person to write to, and keeps the people named.
func TestCareRecipientIsSomeone(t *testing.T) {
	for text, want := range map[string]string{
		"the dog will need someone to walk him":          "",
		"i need somebody to talk to about all this":      "",
		"my plants need someone to water them this week": "",
		"the kids will need someone to pick them up":     "",
		"my rabbit will need someone to look after him":  "",
		"help me message priya, i trust her":             "Priya",
	} {
		if name, _ := careRecipient(text); name != want {
			t.Errorf("%q: recipient %q, want %q", text, name, want)
		}
	}
}

package agent

import "testing"

// TestLaterNameWithTitle checks that a name told at a later step with a
// title before it ("his name is mr okoye") is read as the name, title
// kept, and that a title alone is no name.
func TestLaterNameWithTitle(t *testing.T) {
	for in, want := range map[string]string{
		"his name is mr okoye":   "Mr Okoye",
		"she's called prof lund": "Prof Lund",
		"her name's nadia":       "Nadia",
		"her name is mrs":        "",
	} {
		if got := laterName(in); got != want {
			t.Errorf("laterName(%q) = %q, want %q", in, got, want)
		}
	}
}

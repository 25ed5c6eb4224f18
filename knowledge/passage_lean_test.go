package knowledge

import "testing"

// TestLeansBack checks that a sentence pointing back, by its first word or
// the first word after a short lead-in, is known to need the one before.
func TestLeansBack(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"They can feel cold when you cannot see a face.", true},
		{"Done kindly, it tells them you noticed.", true},
		{"In the long run, these small habits add up.", true},
		{"Used sparingly, emojis soften a short reply.", false},
		{"Ask one open question and listen to the answer.", false},
		{"When in doubt, ask.", false},
	} {
		if got := leansBack(tt.s); got != tt.want {
			t.Errorf("leansBack(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

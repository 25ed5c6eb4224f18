package compose

import "testing"

// TestSpaceOccasion checks that a need for space or time apart is read as
// what the message is for, and space of another kind is not.
func TestSpaceOccasion(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"tell my brother i need some distance from him for a while", true},
		{"i need a break from us, can you help me say that to alex", true},
		{"write to kai that im taking a step back from the band chat", true},
		{"i need space in my garage for the bike, can i ask my neighbour", false},
		{"i need more space on my phone", false},
		{"she needs some space right now, how do i check in gently", false},
	}
	for _, tt := range tests {
		if got := DetectOccasion(tt.text) == Space; got != tt.want {
			t.Errorf("DetectOccasion(%q) = %v, want space %v", tt.text, DetectOccasion(tt.text), tt.want)
		}
	}
}

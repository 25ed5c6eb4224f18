package agent

import "testing"

// A loss told of someone else's is read with who grieves as the one to
// write to; a relation said of an unnamed "her" or "his" is the one who
// died, never the one to write to.
func TestTheirLossWhoGrieves(t *testing.T) {
	tests := []struct {
		text, grieving string
		ok             bool
	}{
		{"my flatmate lost her mum on sunday", "your flatmate", true},
		{"my friend's dad passed away after a stroke", "your friend", true},
		{"her mum passed away after a stroke last month", "", false},
		{"his grandad died on friday", "", false},
		{"their dog had to be put down yesterday", "", false},
	}
	for _, tt := range tests {
		_, grieving, ok := theirLoss(tt.text)
		if ok != tt.ok || ok && grieving != tt.grieving {
			t.Errorf("theirLoss(%q) = %q, %v; want %q, %v", tt.text, grieving, ok, tt.grieving, tt.ok)
		}
	}
}

package people

import "testing"

// TestStrayObjectIsNoRecipient checks that a lower-case word after "to"
// or "for" that is no known name ("learn to crochet", "out for ramen")
// never wins over someone named surely with who they are, and that the
// one a message is asked for first outranks a group met later in the
// telling; a lone unknown name asked for still stands.
func TestStrayObjectIsNoRecipient(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"my grandad's been on my mind, he taught me to whittle when i was small", "Grandad"},
		{"my colleague Oyelaran just got made redundant, want to take her out for ramen next week", "Oyelaran"},
		{"want to message my cousin Teodora in porto, she sent me a cake recipe and i baked it for my housemates", "Teodora"},
		{"a note for zephyrine please, my old roommate", "Zephyrine"},
	} {
		if got := Find(tt.text).Address(); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

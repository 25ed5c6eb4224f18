package listen

import "testing"

// TestCleanSpellsChatOut: a doing typed without its last g, chat
// spellings of "are" and "about", and a hedge opening the answer are said
// back as written words.
func TestCleanSpellsChatOut(t *testing.T) {
	tests := []struct{ in, want string }{
		{"i keep scrollin and tellin myself to stop", "you keep scrolling and telling yourself to stop"},
		{"we were talkin bout it for ages", "you were talking about it for ages"},
		{"mornings r busy", "mornings are busy"},
		{"prob my aunt", "your aunt"},
		{"mostly reading if im honest", "mostly reading"},
		{"my cousin and the cabin", "your cousin and the cabin"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

package mention

import "testing"

func TestFind(t *testing.T) {
	tests := []struct {
		text, name string
		start, end int
		ok         bool
	}{
		{"hi @Kate how", "@kate", 3, 8, true},
		{"Ⱥ @KATE", "@kate", 3, 8, true},    // Ⱥ is shorter than its lower case
		{"@katey hi", "@kate", 0, 0, false}, // part of a longer word
		{"companion…", "companion", 0, 9, true},
		{"«Companion»", "companion", 2, 11, true},
		{"companions", "companion", 0, 0, false},
		{"", "companion", 0, 0, false},
		{"companion", "", 0, 0, false},
	}
	for _, tt := range tests {
		start, end, ok := Find(tt.text, tt.name)
		if ok != tt.ok || ok && (start != tt.start || end != tt.end) {
			t.Errorf("Find(%q, %q) = %d, %d, %v; want %d, %d, %v", tt.text, tt.name, start, end, ok, tt.start, tt.end, tt.ok)
		}
	}
}

package agent

import (
	"strings"
	"testing"
)

// TestExtractNamesNotWords: ordinary words at the start of a sentence and
// places are never names, while names in the same spots still are.
func TestExtractNamesNotWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Happy to be reached in the evenings. I don't really ask, I just guess", nil},
		{"Jess moved to Berlin last year", []string{"Jess"}},
		{"Lonely most days, honestly", nil},
		{"Tomorrow I'll call Priya", []string{"Priya"}},
		{"Grace and I met in Manchester", []string{"Grace"}},
		{"Sunday works. Leo said so", []string{"Leo"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ExtractNames(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("ExtractNames(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

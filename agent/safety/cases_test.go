package safety

import "testing"

// situationCase is a message and the situation Detect should find in it.
type situationCase struct {
	text string
	want Situation
}

// checkSituations runs Detect on each case, in a subtest named for its
// text.
func checkSituations(t *testing.T, tests []situationCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Detect(tt.text).Situation; got != tt.want {
				t.Errorf("Detect(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

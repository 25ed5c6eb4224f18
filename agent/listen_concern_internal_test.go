package agent

import "testing"

// TestConcernFor tells worry for someone else from the person's own low
// mood, their own wrong, and questions, in wordings of its own.
func TestConcernFor(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"my cousin seems so flat lately, she barely replies", true},
		{"my dad hasnt been himself since he retired", true},
		{"noticed my housemate looks really low these days", true},
		{"he's been really withdrawn since the move", true},
		{"i've been so down lately", false},
		{"my boss was stressed so i took it out on my sister", false},
		{"my brother seems off, should i say something?", false},
		{"my sister seems happy with her new flat", false},
	}
	for _, tt := range tests {
		if got := concernFor(tt.text); got != tt.want {
			t.Errorf("concernFor(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

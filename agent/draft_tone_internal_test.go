package agent

import "testing"

// TestDraftToneLessOf checks that asking for less of a feel gives its
// opposite, never the feel named.
func TestDraftToneLessOf(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"less formal pls", ToneCasual},
		{"not too serious", TonePlayful},
		{"nothing soppy", ToneSimple},
		{"less casual, its my boss", ToneFormal},
		{"formal please", ToneFormal},
		{"warm", ToneWarm},
		{"something not so stiff", ToneCasual},
	} {
		if got := draftTone(foldText(tt.text)); got != tt.want {
			t.Errorf("draftTone(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

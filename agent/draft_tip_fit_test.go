package agent_test

import (
	"strings"
	"testing"
)

// TestDraftTipFitsTheDraft finishes drafts whose tip could contradict
// them and checks the advice given with each suits what was written.
func TestDraftTipFitsTheDraft(t *testing.T) {
	tests := []struct {
		name, ask string
		never     []string
	}{
		{"group revival gets no call advice", "help me wake up our old climbing club group chat, nobody has said anything since spring", []string{"quick call"}},
		{"old good news is not called fresh", "i'd like to congratulate my cousin femi, he got his masters two years ago and i never said anything", []string{"soon after their news"}},
		{"asking for a talk is no gift without demand", "i want to ask my friend theo if we could talk, i'm really stressed about my thesis and feel overwhelmed", []string{"no rush to answer", "everything you're going through"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.send("alex", tt.ask, "")
			h.send("alex", "2", "")
			rs := h.send("alex", "done", "")
			all := allText(rs)
			if !strings.Contains(all, "Here it is to copy") {
				t.Fatalf("no finished draft: %s", all)
			}
			for _, bad := range tt.never {
				if strings.Contains(all, bad) {
					t.Errorf("%q after the draft: %s", bad, all)
				}
			}
		})
	}
}

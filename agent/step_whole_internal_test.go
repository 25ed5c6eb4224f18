package agent

import (
	"strings"
	"testing"
)

// TestStepWithoutWhatIsMadeWhole ends a reflection whose step names who
// and "tell" or "ask" but not what: with what an earlier answer would like
// them to know, else as an offer to draft or remind, never the bare
// fragment.
func TestStepWithoutWhatIsMadeWhole(t *testing.T) {
	j := Journey{ID: "matter"}
	for _, s := range []string{"Who are one, two or three people you'd like to feel closer to?",
		"When did you last have a conversation with them that went beyond catching up?",
		"What tends to get in the way of reaching out to them?",
		"What would you like them to know about what they mean to you?",
		"What is one small way you could be in touch with them this week: a message, a voice note, a call, something to do together?"} {
		j.Questions = append(j.Questions, Question{Text: s})
	}
	tests := []struct {
		answers   []string
		want, not []string
	}{
		{[]string{"my cousin femi", "ages", "", "that she kept me sane at uni", "tell femi saturday"},
			[]string{"tell Femi she kept you sane at uni on Saturday."}, []string{"tell Femi on Saturday."}},
		{[]string{"ruth", "", "", "", "tell ruth"},
			[]string{"a message to Ruth", "put it into words"}, []string{"tell Ruth.", "remind you"}},
		{[]string{"my brother", "", "", "", "ask my brother on sunday"},
			[]string{"a message to your brother on Sunday, asking", "remind you on Sunday"}, []string{"put it into words"}},
		{[]string{"femi", "", "", "", "tell femi about the new job"},
			[]string{"tell Femi about the new job."}, []string{"on your mind"}},
	}
	for _, tt := range tests {
		_, next := SummarizeReflection(j, tt.answers)
		for _, w := range tt.want {
			if !strings.Contains(next.Text, w) {
				t.Errorf("%q: step %q, want it to say %q", tt.answers, next.Text, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(next.Text, w) {
				t.Errorf("%q: step %q, want it not to say %q", tt.answers, next.Text, w)
			}
		}
	}
}

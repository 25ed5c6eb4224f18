package revise

import "testing"

// "normal" is a word of its own, never a typo of "formal": asking for a
// message the way an ordinary person would send it is asking for casual.
func TestNormalIsNotFormal(t *testing.T) {
	for _, text := range []string{"like a normal person would", "just normal please", "make it sound normal", "normally worded"} {
		r, ok := Parse(text)
		if ok && r.Kind == Formal {
			t.Errorf("Parse(%q) = %v, want anything but formal", text, r.Kind)
		}
	}
	if r, ok := Parse("like a normal human would text it"); !ok || r.Kind != Casual && r.Kind != LessStiff {
		t.Errorf("a normal human's text = %v %v, want casual or less stiff", r.Kind, ok)
	}
	if r, ok := Parse("more formall"); !ok || r.Kind != Formal {
		t.Errorf("a typo of formal = %v %v, want formal", r.Kind, ok)
	}
}

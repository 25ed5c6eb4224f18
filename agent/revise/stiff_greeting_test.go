package revise

import (
	"strings"
	"testing"
)

// "less stiff" on a letter-like draft loosens its frame: no "Dear", no
// "Kind regards", the ask itself kept.
func TestLessStiffLoosensFormalFrame(t *testing.T) {
	text := "Dear Mr Osei,\nI was wondering if you would be willing to look over my portfolio. I would be very grateful for your time.\nKind regards,\nLayla"
	for _, say := range []string{"less stiff", "make it less stiff please", "sounds a bit stiff"} {
		r, ok := Parse(say)
		if !ok || r.Kind != LessStiff {
			t.Fatalf("Parse(%q) = %+v, %v; want less stiff", say, r, ok)
		}
		got, err := Apply(text, r, Context{Recipient: "Mr Osei", Distant: true})
		if err != nil {
			t.Fatalf("%q: %v", say, err)
		}
		if strings.HasPrefix(got, "Dear") || strings.Contains(got, "Kind regards") {
			t.Errorf("%q: still stiff: %q", say, got)
		}
		if !strings.Contains(got, "portfolio") || !strings.Contains(got, "Mr Osei") {
			t.Errorf("%q: lost the ask or the name: %q", say, got)
		}
	}
}

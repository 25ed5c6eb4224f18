package people

import "testing"

// A message that is a sound of mood, or opens with one, names nobody.
func TestInterjectionsAreNoNames(t *testing.T) {
	for _, m := range []string{"ugh", "Meh.", "Urgh this week", "ffs not again", "Yikes", "Oof, long day", "Sigh"} {
		if p := Find(m); p.Mention() != "" && p.Confidence > 0.3 {
			t.Errorf("Find(%q) = %q (%.2f), want nobody", m, p.Mention(), p.Confidence)
		}
	}
	if p := Find("Ugh, Priya cancelled again"); p.Mention() != "Priya" {
		t.Errorf("Find after an interjection = %q, want Priya", p.Mention())
	}
}

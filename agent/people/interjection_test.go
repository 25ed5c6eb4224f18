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

// A past tense after a relation word is what they did, never their name.
func TestPastAfterRelationIsNoName(t *testing.T) {
	for _, m := range []string{"my housemate drank all the milk again", "my brother stole my charger", "my flatmate ate my leftovers AGAIN"} {
		if p := Find(m); p.Mention() != "" && p.Confidence > 0.3 && p.Name != "" {
			t.Errorf("Find(%q) = %q (%.2f), want no name", m, p.Mention(), p.Confidence)
		}
	}
}

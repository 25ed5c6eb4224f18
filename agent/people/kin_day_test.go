package people

import "testing"

// TestKinBeforeTheirDay checks that a family word typed without its
// apostrophe before a day of theirs, even after "its" for "it's", is who the
// message is for, and that a group only talked about is no one to write to.
func TestKinBeforeTheirDay(t *testing.T) {
	for _, c := range []struct{ text, rel string }{
		{"its dads birthday on sunday, hes turning 58", "father"},
		{"nans 90th is next week", "grandmother"},
	} {
		if p := Find(c.text); p.Relation != c.rel {
			t.Errorf("Find(%q) = %+v, want relation %q", c.text, p, c.rel)
		}
	}
	if p := Find("walked past our old school and thought of marisa 🥲 can you write her something"); p.Name != "Marisa" {
		t.Errorf("a name before an emoji not read: %+v", p)
	}
	if p := Find("i'd love a 20 minute call about the club with Odile"); p.Group || p.Name != "Odile" {
		t.Errorf("a group talked about read as the recipient: %+v", p)
	}
}

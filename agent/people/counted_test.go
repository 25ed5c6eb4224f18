package people

import "testing"

// TestCountedAfterNumber: a word typed in lowercase right after a number
// counts something and names no one; a capitalised one, or one after a
// list number ("2) femi"), still names someone.
func TestCountedAfterNumber(t *testing.T) {
	for _, in := range []string{"we played cards for 40 min and laughed", "took me 5 min to reply", "_You reply within 5 min_ — fine."} {
		for _, p := range FindAll(in) {
			if p.Name != "" {
				t.Errorf("FindAll(%q) has name %q", in, p.Name)
			}
		}
	}
	for in, want := range map[string]string{"Min came round after 5 min": "Min", "1) aunty ngozi 2) femi": "Femi"} {
		found := false
		for _, p := range FindAll(in) {
			found = found || p.Name == want
		}
		if !found {
			t.Errorf("FindAll(%q) = %+v, want %q among them", in, FindAll(in), want)
		}
	}
}

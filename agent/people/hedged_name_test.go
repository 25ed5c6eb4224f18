package people

import "testing"

// TestHedgedName finds a lowercase name offered with a hedge ("probably
// oksana from the choir", "maybe thijs?"), not sure enough to write to,
// and never takes a hedged ordinary word for one.
func TestHedgedName(t *testing.T) {
	for in, want := range map[string]string{
		"probably oksana from the choir":       "Oksana",
		"hmm maybe thijs? we used to be close": "Thijs",
		"perhaps ingeborg, and my aunt":        "Ingeborg",
	} {
		found := false
		for _, p := range FindAll(in) {
			if p.Name == want {
				found = true
				if p.Confidence >= SureAt {
					t.Errorf("FindAll(%q): %s sure at %.2f, want below %.2f", in, want, p.Confidence, SureAt)
				}
			}
		}
		if !found {
			t.Errorf("FindAll(%q) = %+v, want %s", in, FindAll(in), want)
		}
	}
	for _, in := range []string{"maybe tomorrow from home", "probably nothing, honestly", "maybe later?", "perhaps lunch at noon"} {
		for _, p := range FindAll(in) {
			if p.Name != "" {
				t.Errorf("FindAll(%q) found %q", in, p.Name)
			}
		}
	}
}

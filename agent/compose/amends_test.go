package compose

import (
	"strings"
	"testing"
)

// TestAmendsSaid checks that what the writer will do to make a wrong
// right is said in the apology, to them, and that a treat offered is
// said in any message.
func TestAmendsSaid(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Jun", "apology to jun, i lost the book he lent me. i want to own up and replace it", "replace it"},
		{"Ade", "need to say sorry to ade, i dented her car door in the car park. i'll cover the garage bill", "I'll cover the garage bill"},
		{"Rey", "sorry note for rey, i forgot to credit her in the report. id like to email the team to set the record straight", "email the team to set the record straight"},
		{"Oli", "birthday message for oli, tell him the first round is on me when he's back from leeds", "on me when you're back from Leeds"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFriend)
		if !strings.Contains(d, tt.want) {
			t.Errorf("draft for %q lacks %q: %q", tt.text, tt.want, d)
		}
	}
	// Two things done are said as two, the second promised on its own.
	if d, _ := draftOf("sorry text for nell, i bailed on her hen do. id like to offer to rebook the spa and cover the train tickets", "Nell", TieFriend); !strings.Contains(d, "rebook the spa, and I'll cover the train tickets") {
		t.Errorf("two amends not said as two: %q", d)
	}
	// "…it was hers" ends on what is theirs.
	if d, ok := amendsOf("tell her i'll message the group to say the idea was hers", "Ana", Apology); !ok || !strings.HasSuffix(d.Text, "was yours") {
		t.Errorf("amendsOf gave %+v, %v", d, ok)
	}
	// Outside an apology, a plan to pay is no amends.
	if _, ok := amendsOf("i want to pay for the tickets", "Ana", Birthday); ok {
		t.Errorf("a birthday plan was read as amends")
	}
}

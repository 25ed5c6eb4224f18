package agent_test

import (
	"strings"
	"testing"
)

// TestChangesAndLossesInOtherWords checks kinds of message the outside
// files showed going astray, each in wording of its own: a pet put to
// sleep with its name told, going back to work after leave, a new career,
// a change told with the loneliness it brought, and days without a real
// conversation.
func TestChangesAndLossesInOtherWords(t *testing.T) {
	for _, tc := range []struct {
		text      string
		must, not []string
	}{
		{"we had to have our old cat mochi put to sleep yesterday", []string{"sorry"}, []string{"great", "lovely"}},
		{"back to the office next week after eight months of paternity leave", []string{"back", "?"}, []string{"fair enough", "steady"}},
		{"retrained as an electrician at 52 and it's finally official", []string{"path"}, []string{"sorry"}},
		{"moved to glasgow in spring for work, still no mates and its really getting to me", []string{"?"}, []string{"exciting", "congrat"}},
		{"not had a real conversation with anybody all week apart from the cashier", []string{"?"}, []string{"amazing", "nice one"}},
		{"it's my birthday today and only my gran remembered", []string{"happy birthday"}, []string{"belated"}},
	} {
		h := newHarness(t)
		got := strings.ToLower(allText(h.send("p", tc.text, "")))
		for _, w := range tc.must {
			if !strings.Contains(got, w) {
				t.Errorf("%q: want %q:\n%s", tc.text, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%q: said %q:\n%s", tc.text, w, got)
			}
		}
	}
}

// TestChatNamesTheThing checks that a remark about the day naming an
// everyday thing (a dish, something grown, a walk, the day itself) gets a
// reply that names it.
func TestChatNamesTheThing(t *testing.T) {
	for _, tc := range []struct{ text, must string }{
		{"just had the most amazing ramen at the new place in town", "ramen"},
		{"my strawberries actually grew this year, first time it's worked", "strawberries"},
		{"back from a lovely stroll along the canal", "stroll"},
		{"friday at last, what a week", "friday"},
	} {
		h := newHarness(t)
		got := strings.ToLower(allText(h.send("p", tc.text, "")))
		if !strings.Contains(got, tc.must) {
			t.Errorf("%q: want %q named:\n%s", tc.text, tc.must, got)
		}
	}
}

package agent

import (
	"strings"
	"testing"
)

// TestGoodNewsOfOthersNotOwn checks that good news with someone else as
// its subject is never said back as the person's own, and that the
// person's own news, with or without "i" or "we", still is.
func TestGoodNewsOfOthersNotOwn(t *testing.T) {
	for _, in := range []string{
		"my cousin dara got engaged to niamh",
		"our neighbour ruth passed her citizenship test",
		"lena and marco got married on the beach",
		"my old coworker got promoted to director",
	} {
		if p := ownNewsPhrase(in); p != "" {
			t.Errorf("ownNewsPhrase(%q) = %q, want none: the news is theirs", in, p)
		}
		if !othersGladNews(in) {
			t.Errorf("othersGladNews(%q) = false", in)
		}
		got := strings.ToLower(goodNewsReply(in))
		if strings.Contains(got, "well done on") || strings.Contains(got, "congratulations on") || strings.Contains(got, "you must be so pleased") {
			t.Errorf("goodNewsReply(%q) = %q, said as the person's own", in, got)
		}
	}
	for _, in := range []string{"we got engaged on the pier", "i passed my citizenship test", "got promoted to director!!"} {
		if othersGladNews(in) {
			t.Errorf("othersGladNews(%q) = true, the news is the person's own", in)
		}
		if p := ownNewsPhrase(in); p == "" {
			t.Errorf("ownNewsPhrase(%q) = none, want it said back", in)
		}
	}
}

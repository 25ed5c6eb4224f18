package compose

import (
	"strings"
	"testing"
)

// TestHedgesAreNoDetail checks that how sure the writer is ("i think", "i
// guess", "lol") is never a detail of its own, and comes off the end of one.
func TestHedgesAreNoDetail(t *testing.T) {
	for _, text := range []string{"just say i miss him i think", "tell her we're proud of her lol", "say i'll call on sunday i guess"} {
		for _, d := range Parse(text, "Marco", Reconnect) {
			f := strings.ToLower(d.Text)
			if f == "i think" || f == "i guess" || strings.HasSuffix(f, " i think") || strings.HasSuffix(f, " lol") || strings.HasSuffix(f, " i guess") {
				t.Errorf("Parse(%q) kept the hedge: %+v", text, d)
			}
		}
	}
}

// TestOfferToBeThereOnce checks that a stock offer to be there is left out
// when a line before it already offers the same.
func TestOfferToBeThereOnce(t *testing.T) {
	got := dropEchoes([]string{"I'm sorry to hear you got laid off.", "I'm around if you want to talk or get a beer.", "~I'm here if you want to talk, and if there's anything I can do, just let me know."})
	if len(got) != 2 {
		t.Errorf("the stock offer stayed beside the writer's own: %q", got)
	}
	kept := dropEchoes([]string{"I heard about the move.", "~I'm here if you want to talk."})
	if len(kept) != 2 {
		t.Errorf("an offer said once was dropped: %q", kept)
	}
}

// TestWhoTheyAreIsNoNews checks that the writer saying who someone is to
// them ("i have a cousin, jana") never comes back as news of the writer's.
func TestWhoTheyAreIsNoNews(t *testing.T) {
	for _, text := range []string{"maybe. i have a cousin, jana, who i used to be close with", "theres my old flatmate ruth i guess"} {
		for _, d := range Parse(text, "Jana", Reconnect) {
			if d.Kind == MyNews {
				t.Errorf("Parse(%q) made news of the writer's: %+v", text, d)
			}
		}
	}
}

// TestLivingAloneIsNotToldBack checks that where someone lives alone is
// hoped well, never told back to them as news.
func TestLivingAloneIsNotToldBack(t *testing.T) {
	got := Write(Spec{Occasion: Reconnect, Tie: TieFamily, Name: "Grandad", Details: Parse("hes 91 and lives alone in cork", "Grandad", Reconnect)})
	if strings.Contains(got, "live alone") || !strings.Contains(got, "Cork") {
		t.Errorf("living alone told back: %q", got)
	}
}

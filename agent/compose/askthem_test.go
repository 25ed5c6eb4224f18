package compose

import (
	"strings"
	"testing"
)

// TestAskOfThemSaidToThem checks that a question put about them ("could
// she…") is asked of them, that a wish to leave something unsaid inside
// it does not drop the ask, and that one of the writer's events told with
// its verb is said as told.
func TestAskOfThemSaidToThem(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Rhi", "text rhi for me, i'm having an awful week. could she pop round with a takeaway and not ask about work", "Could you pop round with a takeaway"},
		{"Sol", "my landlord is evicting me and i'm in bits. can he help me look at flats this weekend", "Could you help me look at flats"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFriend)
		if !strings.Contains(d, tt.want) {
			t.Errorf("draft for %q lacks %q: %q", tt.text, tt.want, d)
		}
	}
	if d, _ := draftOf("need my friend ayo tonight, my scan results came back and i'm scared", "Ayo", TieFriend); strings.Contains(d, "I've got a") || !strings.Contains(d, "results came back") {
		t.Errorf("an event told with its verb is not said as told: %q", d)
	}
}

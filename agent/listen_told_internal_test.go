package agent

import "testing"

// TestToldNotAsked checks the readings that tell a statement from a
// question and name what it tells: a worry put as a question to nobody,
// news kept quiet, only one person in touch, a pet put down, a change of
// life, happy tears.
func TestToldNotAsked(t *testing.T) {
	asks := []struct {
		text string
		want bool
	}{
		{"does anybody even notice when im not around", false},
		{"would any of my friends care if i stopped texting first", false},
		{"does anyone know how to start a group chat?", true},
		{"and what if he never writes back", true},
	}
	for _, c := range asks {
		if got := asksSomething(c.text); got != c.want {
			t.Errorf("asksSomething(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	lows := []struct{ text, want string }{
		{"only one friend remembered my birthday this year", "hurt"},
		{"three days now without talking to anyone", "lonely"},
		{"we went to a party and didnt even tell me about it", "left out"},
		{"i think my flatmates find me annoying", "burden"},
		{"honestly its a lot to carry right now", "weighing"},
		{"blanked on my friend's leaving drinks", "guilt"},
		{"ate three desserts, no regrets", ""},
	}
	for _, c := range lows {
		k, _ := findLow(c.text)
		if k.name != c.want {
			t.Errorf("findLow(%q) = %q, want %q", c.text, k.name, c.want)
		}
	}
	kinds := []struct {
		text string
		want newsKind
	}{
		{"we had to put our old dog down this morning", newsDeath},
		{"my youngest left home last week", newsChange},
		{"we just got the keys to our first flat", newsChange},
		{"my boyfriend and i are moving in together", newsChange},
		{"my sister is switching to nights next month", newsChange},
		{"my cousin's marriage is falling apart", newsSetback},
		{"finally have my masters", newsWin},
		{"blanked on my mate's leaving do", newsNone},
	}
	for _, c := range kinds {
		if got := newsKindOf(lowPadded(c.text)); got != c.want {
			t.Errorf("newsKindOf(%q) = %d, want %d", c.text, got, c.want)
		}
	}
	if !happyTears("my daughter passed her driving test and i cried") || happyTears("she got the job and i cried because i'm so lonely") {
		t.Error("happyTears: tears alone with good news are glad; tears with loneliness are not")
	}
	if _, felt := ownFeelingIn("got the part!! i told nobody i auditioned"); felt {
		t.Error("news kept quiet read as a feeling")
	}
}

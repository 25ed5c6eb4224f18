package compose

import (
	"strings"
	"testing"
)

// TestBackFromTripWelcomed checks that a return from travels is welcomed
// back, never congratulated, and that home from hospital stays mending.
func TestBackFromTripWelcomed(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"Oskar", "my friend oskar is back from three months backpacking in vietnam!!"},
		{"Bev", "message my aunt bev, she just got home from her cruise round the fjords"},
		{"Ines", "my colleague ines flew back from her sabbatical in chile on monday"},
	} {
		text := c.text
		o := DetectOccasion(text)
		if o == Congrats {
			t.Errorf("DetectOccasion(%q) = %q, want no congratulations", text, o)
		}
		if o == "" {
			o = Thinking
		}
		got := Write(Spec{Occasion: o, Name: c.name, Details: Parse(text, c.name, o)})
		if strings.Contains(strings.ToLower(got), "congrat") || !strings.Contains(got, "Welcome") {
			t.Errorf("draft for %q: %q, want a welcome back and no congratulations", text, got)
		}
	}
	if returnFrom("you're home from hospital after your hip operation") != "" {
		t.Error("home from hospital read as a trip")
	}
	if returnFrom("you got back from the office late") != "" {
		t.Error("back from work read as a trip")
	}
}

// TestReturnWithWinStaysCongrats checks that a return beside real good
// news is still congratulated.
func TestReturnWithWinStaysCongrats(t *testing.T) {
	if o := DetectOccasion("she got back from her trip to rome and found out she got the job!!"); o != Congrats {
		t.Errorf("occasion = %q, want congratulations on the job", o)
	}
}

// TestDiedDownIsNoDeath checks that things calming ("once the noise dies
// down") are never read as a death.
func TestDiedDownIsNoDeath(t *testing.T) {
	for _, text := range []string{
		"want to thank my cousin for hosting christmas, now the madness has died down",
		"once the fuss dies down i want to congratulate her on the promotion",
	} {
		if o := DetectOccasion(text); o == Condolence {
			t.Errorf("DetectOccasion(%q) = condolence", text)
		}
	}
}

// TestWinsEffortNotCounted checks that what a win took ("he sat it five
// times", "she's been worrying about it for months") is said as the effort
// it was, never counted or named back to them.
func TestWinsEffortNotCounted(t *testing.T) {
	for _, text := range []string{
		"my mate obi passed his driving test! he sat it five times",
		"my friend lena got into medical school!! she's been worrying about it for months",
	} {
		got := Write(Spec{Occasion: Congrats, Name: "Obi", Details: Parse(text, "Obi", Congrats)})
		low := strings.ToLower(got)
		if strings.Contains(low, "five times") || strings.Contains(low, "worrying") || !strings.Contains(low, "congrat") {
			t.Errorf("draft for %q: %q", text, got)
		}
	}
}

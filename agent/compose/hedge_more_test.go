package compose

import (
	"strings"
	"testing"
)

// How sure the writer is of someone's news ("apparently", "supposedly",
// "from what i heard") is never part of what the draft tells them.
func TestHearsayLeftOut(t *testing.T) {
	for _, text := range []string{
		"supposedly she's moved to york for work",
		"she's moved to york for work apparently",
		"from what i heard she's moved to york for work",
	} {
		var got []string
		for _, d := range Parse(text, "Maya", Thinking) {
			got = append(got, d.Text)
		}
		all := strings.ToLower(strings.Join(got, " / "))
		if !strings.Contains(all, "york") || strings.Contains(all, "apparently") || strings.Contains(all, "supposedly") || strings.Contains(all, "heard") {
			t.Errorf("Parse(%q) = %q, want the move to York without the hearsay", text, got)
		}
	}
}

// Chasing something up, circling back or bumping a message is one gentle
// follow-up.
func TestChasingIsFollowUp(t *testing.T) {
	for _, text := range []string{
		"the landlord never sorted the boiler, i need to chase him",
		"can you help me circle back with the recruiter",
		"help me bump my email to the council",
		"i'm chasing up the invoice with my client dara",
	} {
		if got := DetectOccasion(text); got != FollowUp {
			t.Errorf("DetectOccasion(%q) = %q, want %q", text, got, FollowUp)
		}
	}
}

// A proposal told with the one who proposed named ("her girlfriend mei
// proposed") is their engagement to congratulate.
func TestNamedProposalIsCongrats(t *testing.T) {
	for _, text := range []string{"her girlfriend mei proposed at the weekend", "his partner jonas proposed in paris"} {
		if got := DetectOccasion(text); got != Congrats {
			t.Errorf("DetectOccasion(%q) = %q, want %q", text, got, Congrats)
		}
	}
}

// Where the writer happened to be when something brought someone to mind
// ("at the gym", "on the bus") is theirs; what it was is kept.
func TestWhereTheWriterWasLeftOut(t *testing.T) {
	for _, text := range []string{"i heard your favourite band on the radio at the gym", "i saw a dog just like yours on the bus"} {
		noticed := false
		for _, d := range Parse(text, "Ada", Thinking) {
			noticed = noticed || d.Kind == Noticed
			if d.Kind == Noticed && (strings.Contains(d.Text, "gym") || strings.Contains(d.Text, "bus")) {
				t.Errorf("Parse(%q) kept where the writer was: %q", text, d.Text)
			}
		}
		if !noticed {
			t.Errorf("Parse(%q) found nothing that brought them to mind", text)
		}
	}
}

package agent_test

import (
	"slices"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestOtherFieldsNamingPeople checks that a question asking for a name to
// think up, a phone contract, a fix for a bad connection, whether one is in
// love, a ruling on being sacked or a cure for snoring is declined whoever
// it names, and that the people and occasions that only set a scene (a
// match met on an app asked about meeting safely, a family meal, a time
// difference told) leave a question the guide's.
func TestOtherFieldsNamingPeople(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	declined := []string{
		"any cute nickname ideas for the cousins whatsapp group",
		"what should we call our book club chat, we need something catchy",
		"which mobile contract is best so i can ring my brother in canada",
		"is a sim only deal cheaper for calling my grandparents abroad",
		"the internet keeps dropping out whenever i facetime my sister, how do i sort it",
		"my mic cuts out on discord calls with my mates, any idea why",
		"how can you tell if you are really in love or it's just a phase",
		"am i falling in love with my best friend",
		"can my boss sack me for not answering his texts at the weekend",
		"my wife snores every night, how do we fix it",
	}
	for _, q := range declined {
		if a := agent.ComposeAnswer(kb, q); a.Covered() {
			t.Errorf("ComposeAnswer(%q) cited %q, want it declined", q, a.Cited)
		}
	}
	answered := []struct {
		q    string
		want []string
	}{
		{"going to meet someone from bumble for coffee next week, how do i keep it safe", []string{"beyond-text/meeting-face-to-face"}},
		{"what personal stuff should i keep back from a guy on a dating site until we meet", []string{"sharing/what-to-keep-to-yourself", "mistakes/sharing-too-much-too-soon"}},
		{"my best mate moved to australia and the time difference is brutal, what could we do together online", []string{"beyond-text/doing-things-together-online", "checking-in/investing-time-together"}},
		{"my uncle keeps asking why i am still single at every family dinner, how do i politely change the subject", []string{"boundaries/setting-your-own-boundaries", "communication/saying-what-you-need"}},
		{"how do i ask my housemates to split the internet bill without an argument", []string{"communication/being-clear", "communication/saying-what-you-need"}},
	}
	for _, c := range answered {
		if a := agent.ComposeAnswer(kb, c.q); !slices.Contains(c.want, a.Cited) {
			t.Errorf("ComposeAnswer(%q) cited %q, want one of %v", c.q, a.Cited, c.want)
		}
	}
}

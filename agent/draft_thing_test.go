package agent_test

import (
	"strings"
	"testing"
)

// TestThingToGetIsNoDraft checks that asking what to get someone (a
// present, gift ideas) starts no draft to them and is declined as outside
// the guide, while a card or message to go with the present is still
// written.
func TestThingToGetIsNoDraft(t *testing.T) {
	for _, msg := range []string{
		"whats a good birthday present for my dad",
		"any gift ideas for my sister shes turning 30",
		"what should i buy my best mate for his leaving do",
		"need a cheap but thoughtful prezzie for my nan",
	} {
		h := newHarness(t)
		text := allText(h.send("p", msg, ""))
		if strings.Contains(text, "Let's write to") || strings.Contains(text, "What feel do you want") {
			t.Errorf("%q started a draft: %q", msg, text)
		}
		if !strings.Contains(text, "doesn't cover") && !strings.Contains(text, "outside what I can help with") && !strings.Contains(text, "can't answer that one") {
			t.Errorf("%q: %q, want it declined as outside the guide", msg, text)
		}
	}
	for _, msg := range []string{
		"can u help me write a card to go with my dads birthday present",
		"my sister is turning 30 on friday, help me text her",
	} {
		h := newHarness(t)
		if text := allText(h.send("p", msg, "")); !strings.Contains(text, "Let's write to") {
			t.Errorf("%q: %q, want a draft started", msg, text)
		}
	}
}

// TestThingToGetOneGate checks the draft route turns a present asked
// about away once, whatever else the message tells (good news, a
// birthday, a loss), and still writes when a message is asked for beside
// it.
func TestThingToGetOneGate(t *testing.T) {
	for _, msg := range []string{
		"my sister got the job!! what should i get her to celebrate",
		"my friend just had a baby, what should i buy her",
		"what could i get my boyfriend for our anniversary",
		"birthday ideas for my bestie, she's into yoga",
	} {
		h := newHarness(t)
		if text := allText(h.send("p", msg, "")); strings.Contains(text, "Let's write to") {
			t.Errorf("%q started a draft: %q", msg, text)
		}
	}
	for _, msg := range []string{
		"what should i get my mum for christmas, and can you help me write the card",
		"whats a good present and a card message for my dad",
	} {
		h := newHarness(t)
		if text := allText(h.send("p", msg, "")); !strings.Contains(text, "Let's write to") {
			t.Errorf("%q: %q, want a draft started", msg, text)
		}
	}
}

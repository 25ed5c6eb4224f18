package agent

import "testing"

// TestLabelInWords checks that a label typed in other words picks its
// choice, and that a message saying more than a label, or fitting two,
// picks none and is left to be read as text.
func TestLabelInWords(t *testing.T) {
	plan := []Choice{{ID: "plan:start", Label: "Start today"}, {ID: "plan:week", Label: "Show the whole week"}, {ID: "plan:later", Label: "Not now"}}
	guide := []Choice{{ID: "offer:write", Label: "Draft a gentle follow-up"}, {ID: "section:more", Label: "More on this"},
		{ID: "section:also", Label: "Also: Sending one gentle follow-up"}}
	listening := []Choice{{ID: "journey:matter", Label: "Think about who matters"}, {ID: "offer:yes", Label: "Write to your friend"},
		{ID: "section:one-way", Label: "Read: When the talk only goes one way"}}
	tones := []Choice{{ID: "tone:warm", Label: "Warm"}, {ID: "tone:casual", Label: "Casual"}, {ID: "tone:formal", Label: "Formal"}}
	for _, c := range []struct {
		text    string
		offered []Choice
		want    string
	}{
		{"show me the whole week", plan, "plan:week"},
		{"the whole week please", plan, "plan:week"},
		{"ok start it", plan, "plan:start"},
		{"whats today", plan, "plan:start"},
		{"lets start", plan, "plan:start"},
		{"casual please", tones, "tone:casual"},
		{"can you do formal", tones, "tone:formal"},
		{"more on this", guide, "section:more"},
		{"more", guide, "section:more"},
		// Says something no label does.
		{"can i skip today", plan, ""},
		{"warm but short", tones, ""},
		{"show me what to say to sam", plan, ""},
		// Fits two labels.
		{"gentle follow-up", guide, ""},
		// Only fillers, or a long message.
		{"ok", plan, ""},
		{"so what do you think i should start with today honestly", plan, ""},
		// A word of the label, but neither its first nor half of it.
		{"week", plan, ""},
		// The one section offered to read.
		{"that one", listening, "section:one-way"},
		{"ok read it", listening, "section:one-way"},
		{"that one", guide, ""},
	} {
		if got := resolveChoice("", c.text, c.offered, 0); got != c.want {
			t.Errorf("%q picked %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFollowUpTopic checks which short questions lean on the one before.
func TestFollowUpTopic(t *testing.T) {
	for _, c := range []struct{ q, topic string }{
		{"what about family", "family"},
		{"and with coworkers?", "coworkers"},
		{"ok but what about for someone shy", "someone shy"},
		{"how about my brother", "my brother"},
		{"what about it", "it"},
		{"how do i make friends at 40", ""},
		{"what about the time my best friend forgot my birthday and never said sorry", ""},
	} {
		got, ok := followUpTopic(c.q)
		if ok != (c.topic != "") || got != c.topic {
			t.Errorf("%q: got %q %v, want %q", c.q, got, ok, c.topic)
		}
	}
}

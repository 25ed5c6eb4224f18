package agent_test

import (
	"strings"
	"testing"
)

// TestCareSaysTheyWereNotDramatic checks that putting oneself down after a
// crisis reply or a low moment ("sorry for being dramatic", "ignore me i'm
// being silly") is met with a kind no, that telling was right, and the
// helplines: never a guide paragraph, a feature menu or a name read from
// the word.
func TestCareSaysTheyWereNotDramatic(t *testing.T) {
	tests := []struct{ first, then, want string }{
		{"i keep thinking i'd be better off dead", "i'm fine now, sorry for being so dramatic", "weren't being dramatic"},
		{"i want to end it all", "sorry about overreacting earlier", "weren't overreacting"},
		{"i want to end it all", "just ignore me, i'm being stupid", "not being stupid"},
		{"i don't see the point in being here anymore", "didnt mean to make such a fuss", "weren't too much"},
		{"i feel so low today, like nothing matters", "sorry for being a drama queen", "weren't being dramatic"},
		{"everything's been grey and heavy this week, i'm really down", "ignore me, i'm being silly", "not being silly"},
		{"i want to end it all", "sorry for making you worry", "didn't do anything wrong by telling me"},
		{"i keep thinking i'd be better off dead", "no no im ok now, sorry for make u worried", "didn't do anything wrong by telling me"},
		{"i don't see the point in being here anymore", "sry if i scared you", "didn't do anything wrong by telling me"},
	}
	for _, tt := range tests {
		t.Run(tt.then, func(t *testing.T) {
			c := newQuietChat(t, 0, 0)
			c.send("hi")
			c.send(tt.first)
			got := c.send(tt.then)
			if !strings.Contains(got.Text, tt.want) || !strings.Contains(got.Text, "right thing") && !strings.Contains(got.Text, "rather know") {
				t.Errorf("reply %q, want %q and that telling was right", got.Text, tt.want)
			}
			if !strings.Contains(choiceLabels(got), "helplines") {
				t.Errorf("reply %q (%s), want the helplines a tap away", got.Text, choiceLabels(got))
			}
			for _, bad := range []string{"Reflect", "Draft a message", "7-day plan", "guide", "Help me write to"} {
				if strings.Contains(got.Text+choiceLabels(got), bad) {
					t.Errorf("reply %q (%s) has %q", got.Text, choiceLabels(got), bad)
				}
			}
		})
	}
}

// TestCareMeetsATakeBack checks that a bare take-back after a crisis
// reply ("nvm", "forget it") is met with care and the helplines, never a
// menu of features.
func TestCareMeetsATakeBack(t *testing.T) {
	for _, back := range []string{"nvm", "never mind", "forget i said anything", "lol jk", "forget it",
		"nah im fine, forget it", "i'm okay really, never mind", "its fine nvm"} {
		t.Run(back, func(t *testing.T) {
			c := newQuietChat(t, 0, 0)
			c.send("hi")
			c.send("i keep thinking about killing myself")
			got := c.send(back)
			if !strings.Contains(choiceLabels(got), "helplines") || strings.Contains(choiceLabels(got), "Reflect") ||
				strings.Contains(got.Text, "nothing in progress") || !strings.Contains(got.Text, "here") {
				t.Errorf("%q: %q (%s), want care with the helplines", back, got.Text, choiceLabels(got))
			}
		})
	}
}

// TestCareWriteAfterMisreading checks end to end that, after a crisis
// reply and a clarification, a request to tell someone the person needs
// space is served at once as a draft to them that says so.
func TestCareWriteAfterMisreading(t *testing.T) {
	tests := []struct{ clarify, ask, name, point string }{
		{"no i meant ending things with jordan", "write to jordan that i need space", "Jordan", "space"},
		{"not like that, i mean breaking up with my girlfriend mira", "can you help me tell mira i need some time to myself for a while", "Mira", "time to myself"},
	}
	for _, tt := range tests {
		t.Run(tt.ask, func(t *testing.T) {
			c := newQuietChat(t, 0, 0)
			c.send("hi")
			c.send("i want to end it all")
			c.send(tt.clarify)
			got := c.send(tt.ask)
			if strings.Contains(got.Text, "occasion") || !strings.Contains(got.Text, tt.name) || !strings.Contains(got.Text, tt.point) {
				t.Errorf("reply %q, want a draft to %s saying %q", got.Text, tt.name, tt.point)
			}
			for _, bad := range []string{"thinking of you", "lucky to have you", "No worries at all if you can't", "!"} {
				if strings.Contains(got.Text, bad) {
					t.Errorf("draft %q has %q", got.Text, bad)
				}
			}
		})
	}
}

package agent_test

import (
	"strings"
	"testing"
)

// TestLowMomentTurnedAway checks that waving off a low moment is met
// gently, never with praise, and a change of subject is followed.
func TestLowMomentTurnedAway(t *testing.T) {
	for _, wave := range []string{"ugh whatever, never mind", "fine. forget it", "honestly just forget it"} {
		t.Run(wave, func(t *testing.T) {
			c := newQuietChat(t, 0, 0)
			c.send("hi")
			c.send("i feel pretty flat today, nobody ever asks how i am")
			got := c.send(wave).Text
			for _, bad := range []string{"well done", "Nice!", "lovely to hear", "guide"} {
				if strings.Contains(got, bad) {
					t.Errorf("reply %q has %q", got, bad)
				}
			}
			if !strings.Contains(got, "here") {
				t.Errorf("reply %q, want it to say it is still here", got)
			}
		})
	}
	for _, turn := range []string{"yeah maybe. anyway, how's your week been", "ok. moving on, read anything good lately?"} {
		t.Run(turn, func(t *testing.T) {
			c := newQuietChat(t, 0, 0)
			c.send("hi")
			c.send("i feel pretty flat today, nobody ever asks how i am")
			got := c.send(turn).Text
			if strings.Contains(got, "sounds hard") || strings.Contains(got, "telling me more") || strings.Contains(got, "guide") {
				t.Errorf("reply %q did not follow the change of subject", got)
			}
		})
	}
}

// TestNewcomerAskingHowItWorks checks that someone new who says they
// don't know how this works is welcomed and told what it does.
func TestNewcomerAskingHowItWorks(t *testing.T) {
	for _, in := range []string{"hello, my daughter put this on my phone and i'm not sure what it does", "good morning. i dont really understand how to use this"} {
		c := newQuietChat(t, 0, 0)
		got := c.send(in).Text
		if !strings.Contains(got, "Welcome") && !strings.Contains(got, "I'm a companion") || strings.Contains(got, "sounds hard") {
			t.Errorf("%q: reply %q, want a welcome and what it does", in, got)
		}
	}
}

// TestHowItWorksNotMisheard checks that ordinary talk about not knowing
// something is not taken as a newcomer's question.
func TestHowItWorksNotMisheard(t *testing.T) {
	for _, in := range []string{"i dont know what it is with my friends lately, nobody replies", "not sure how it works with time zones when my cousin is in seoul and i want to call her"} {
		c := newQuietChat(t, 0, 0)
		c.send("hi")
		if got := c.send(in).Text; strings.Contains(got, "nothing to learn") {
			t.Errorf("%q read as a newcomer's question: %q", in, got)
		}
	}
}

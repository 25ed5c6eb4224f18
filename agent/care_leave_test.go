package agent

import (
	"strings"
	"testing"
)

// Asking for the numbers again in care mode lists the helplines of the
// person's place, in the care language; other messages do not.
func TestCareLinesAsked(t *testing.T) {
	for _, s := range []string{
		"whats the number again", "can u send the helplines", "is there a hotline", "which number do i ring",
		"any numbers i can text instead of calling?", "crisis line pls", "el número?", "nummer bitte",
		"jaki jest numer", "destek hattı neydi", "ok what number can i call",
	} {
		if !careLinesAsk(s) {
			t.Errorf("careLinesAsk(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"i feel a bit calmer", "my sister keeps calling", "i lost count of the days", "thank you"} {
		if careLinesAsk(s) {
			t.Errorf("careLinesAsk(%q) = true, want false", s)
		}
	}
	a := New(Options{Guide: noGuide{}})
	tests := []struct{ tz, crisis, ask, want string }{
		{"Europe/London", "i dont want to be here anymore", "what number can i call", "116 123"},
		{"Europe/Madrid", "ya no quiero vivir", "show helplines", "Personas con las que puedes hablar"},
		{"Europe/Berlin", "ich will nicht mehr leben", "die nummer bitte", "TelefonSeelsorge"},
	}
	for _, tt := range tests {
		first := crisisTurn(t, a, tt.tz, tt.crisis, "")
		if first.p.Flow.Care == nil {
			t.Fatalf("%q: no care mode", tt.crisis)
		}
		next := careNext(t, a, first, tt.ask, "")
		if len(next.replies) != 1 || !strings.Contains(next.replies[0].Text, tt.want) {
			t.Errorf("%s %q: replies %+v, want the helplines with %q", tt.tz, tt.ask, next.replies, tt.want)
		}
		if next.p.Flow.Care == nil {
			t.Errorf("%q ended care mode", tt.ask)
		}
	}
}

// A goodbye for now in care mode is met warmly, with rest wished for
// sleep, the helplines within reach and the companion there later; a
// message that fears sleep or says more is no goodbye.
func TestCareGoodbyeForNow(t *testing.T) {
	tests := []struct {
		text           string
		leaving, sleep bool
	}{
		{"im off to bed", true, true},
		{"ok gonna try and get some sleep", true, true},
		{"night night", true, true},
		{"going to lie down for a bit", true, true},
		{"gotta go, my bus is here", true, false},
		{"ok bye", true, false},
		{"talk tomorrow", true, false},
		{"logging off now", true, false},
		{"buenas noches", true, true},
		{"ich geh jetzt schlafen", true, true},
		{"tschüss", true, false},
		{"iyi geceler", true, true},
		{"im scared to go to sleep", false, false},
		{"i cant sleep", false, false},
		{"i just want to sleep forever", false, false},
		{"i said bye to my dad at the station and then i sat in the car for an hour crying", false, false},
	}
	for _, tt := range tests {
		leaving, sleep := careLeaving(tt.text)
		if leaving != tt.leaving || sleep != tt.sleep {
			t.Errorf("careLeaving(%q) = %v, %v; want %v, %v", tt.text, leaving, sleep, tt.leaving, tt.sleep)
		}
	}
	a := New(Options{Guide: noGuide{}})
	turns := []struct{ tz, crisis, bye, want, notWant string }{
		{"Europe/London", "everyone would be better off without me", "ok im going to bed now", "get some rest", "sounds like someone"},
		{"Europe/London", "everyone would be better off without me", "gotta go", "take good care of yourself", "rest"},
		{"Europe/Madrid", "ya no quiero vivir", "me voy a dormir", "descansar", "I'm"},
		{"Europe/Paris", "je veux mourir", "bonne nuit", "te reposer", "I'm"},
	}
	for _, tt := range turns {
		first := crisisTurn(t, a, tt.tz, tt.crisis, "")
		next := careNext(t, a, first, tt.bye, "")
		if len(next.replies) != 1 {
			t.Fatalf("%q: replies %+v, want one", tt.bye, next.replies)
		}
		r := next.replies[0]
		if !strings.Contains(r.Text, tt.want) || strings.Contains(r.Text, tt.notWant) {
			t.Errorf("%q: reply %q, want %q and not %q", tt.bye, r.Text, tt.want, tt.notWant)
		}
		if len(r.Choices) == 0 || !strings.HasPrefix(r.Choices[0].ID, "crisis:helplines") {
			t.Errorf("%q: choices %+v, want the helplines one tap away", tt.bye, r.Choices)
		}
	}
}

package knowledge

import (
	"strings"
	"testing"
)

func TestPolarityOf(t *testing.T) {
	tests := []struct {
		stance string
		want   polarity
	}{
		{"Yes.", polarYes},
		{"Yes, once and kindly.", polarYes},
		{"Absolutely: tell them.", polarYes},
		{"No.", polarNo},
		{"Not at all.", polarNo},
		{"Rarely.", polarNo},
		{"Usually not: it is about their week.", polarNo},
		{"Less than it feels.", polarNo},
		{"Briefly, and keep it light.", polarNone},
		{"Maybe: notice what it crowds out.", polarNone},
		{"Nothing wrong with that.", polarNone},
	}
	for _, tt := range tests {
		if got := polarityOf(tt.stance); got != tt.want {
			t.Errorf("polarityOf(%q) = %d, want %d", tt.stance, got, tt.want)
		}
	}
}

func TestSteadyPolarities(t *testing.T) {
	// Section 0 says no to every doubting question and has one plain
	// question answered "Briefly."; section 1 says yes to one plain
	// question and no to another; section 2 has a single doubting one.
	exSec := []int32{0, 0, 0, 0, 1, 1, 2, 0}
	exStand := []string{"No.", "Not at all.", "Briefly.", "Yes.", "Yes.", "No.", "No.", "Yes."}
	exFrame := []frame{frameDoubt, frameDoubt, framePlain, framePlain, framePlain, framePlain, frameDoubt, frameDoubt}
	exAsked := []bool{false, false, false, false, false, false, false, true}
	got := steadyPolarities(exSec, exStand, exFrame, exAsked, 3)
	if got[frameDoubt][0] != polarNo {
		t.Errorf("section 0, doubting: %d, want no (a learned question carries no stance of its own)", got[frameDoubt][0])
	}
	if got[framePlain][0] != polarNone {
		t.Errorf("section 0, plain: %d, want none (only one yes)", got[framePlain][0])
	}
	if got[framePlain][1] != polarNone {
		t.Errorf("section 1, plain: %d, want none (yes and no)", got[framePlain][1])
	}
	if got[frameDoubt][2] != polarNone {
		t.Errorf("section 2, doubting: %d, want none (one stance only)", got[frameDoubt][2])
	}
}

// TestSteadyStanceAnswers checks questions worded far from any listed one
// that a section answering all its doubting questions the same way answers,
// and that a question weighing two courses gets no such stance.
func TestSteadyStanceAnswers(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"would it be strange to message my old swimming coach out of the blue",
		"is it weird to text my old flatmate after all these years",
		"we lost touch after school, is it too late to drop her a line",
		"is it too late to get back in touch with my godmother",
	} {
		hits := kb.Search(q, 3)
		if len(hits) == 0 {
			t.Errorf("%q: no section found", q)
			continue
		}
		if !strings.HasPrefix(hits[0].Stance, "No") {
			t.Errorf("%q: stance %q from %s, want a no", q, hits[0].Stance, hits[0].ID)
		}
	}
	m := kb.match
	if m.steady[frameDoubt] == nil {
		t.Fatal("no steady stances read")
	}
	sec := int32(-1)
	for i, s := range kb.sections {
		if s.ID == "checking-in/reaching-out-after-a-long-gap" {
			sec = int32(i)
		}
	}
	if sec < 0 || m.steady[frameDoubt][sec] != polarNo {
		t.Errorf("reaching out after a long gap: doubting questions not steadily answered no")
	}
	q := "is it too late to text my old school friend or should i just let it go"
	clipped := clipQuery(q)
	r := m.match(clipped, kb.idx.stemOf)
	if st := m.steadyStance(clipped, r, sec, frameOf(q), kb.stanced, kb.idx.meaningOf(clipped)); st != "" {
		t.Errorf("%q: steady stance %q, want none for a question between two courses", q, st)
	}
}

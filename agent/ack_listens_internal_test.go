package agent

import (
	"strings"
	"testing"
)

// TestAckHearsWhatTheAnswerTells answers reflection answers, in words
// other than the ones that led to each line, by what they tell: a hard
// week, pride in the way, the worry of being a bother and the guilt of a
// message left unanswered said with whom they are about, a good moment
// with a neighbour named, friends lost in a divorce, and the quiet a death
// left — never cheer after a loss.
func TestAckHearsWhatTheAnswerTells(t *testing.T) {
	q := func(s string) Question { return Question{Text: s} }
	good := q("Which conversation or moment with someone this week left you feeling good?")
	reached := q("Who did you reach out to this week, and who reached out to you?")
	alone := q("Was there a moment you felt alone, even with people around or online?")
	way := q("What tends to get in the way of reaching out to them?")
	circle := q("Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?")
	tests := []struct {
		q         Question
		earlier   []string
		answer    string
		want, not []string // want: groups of alternatives joined by "|"
	}{
		{good, nil, "nothing much tbh, it was a rough week", []string{"hard week|rough"}, []string{"quiet like that"}},
		{way, nil, "pride mostly, neither of us has said sorry since easter", []string{"pride"}, nil},
		{way, []string{"my old flatmate oskar"}, "i feel like im bothering him, he's got a newborn and barely sleeps", []string{"bother|no room for you", "Oskar"}, nil},
		{reached, nil, "nobody really. my sister wanjiru rang twice and i never called back, i feel bad", []string{"Wanjiru", "bad|guilt"}, nil},
		{good, nil, "had tea in the garden with mr haddad from next door, he showed me his tomatoes. so lovely", []string{"Mr Haddad"}, nil},
		{circle, nil, "after my divorce half our friends went with her, so now just a couple of close ones", []string{"sorry", "divorce"}, []string{"great"}},
		{alone, nil, "most evenings. since my husband passed the flat is so quiet", []string{"sorry about your husband", "quiet"}, []string{"glad", "lovely"}},
	}
	for _, tt := range tests {
		got := acknowledgeIn(tt.q, tt.answer, tt.earlier, 1)
		low := strings.ToLower(got)
		for _, w := range tt.want {
			ok := false
			for _, alt := range strings.Split(w, "|") {
				ok = ok || strings.Contains(got, alt) || strings.Contains(low, alt)
			}
			if !ok {
				t.Errorf("%q → %q, want %q", tt.answer, got, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(low, n) {
				t.Errorf("%q → %q, must not say %q", tt.answer, got, n)
			}
		}
	}
}

// TestSoftenEchoPlacesAndPauses says places back with their capitals and
// leaves no pause hanging at the end of an echo.
func TestSoftenEchoPlacesAndPauses(t *testing.T) {
	got := softenEcho("you flew from lisbon to manila for her wedding,")
	if !strings.Contains(got, "Lisbon") || !strings.Contains(got, "Manila") || strings.HasSuffix(got, ",") {
		t.Errorf("softenEcho → %q", got)
	}
}

// TestEndingIn names a relationship that ended, however it is told.
func TestEndingIn(t *testing.T) {
	for in, want := range map[string]string{
		"since the separation i barely go out": "the separation",
		"we split up in june":                  "the breakup",
		"after i got divorced":                 "the divorce",
		"my break-up last spring":              "the breakup",
		"we went to a wedding":                 "",
	} {
		if got := endingIn(in); got != want {
			t.Errorf("endingIn(%q) = %q, want %q", in, got, want)
		}
	}
}

package knowledge

import (
	"regexp"
	"strings"
)

// Many sections answer every yes-or-no question they list, put one way
// round, the same way: the section on getting back in touch after a long
// gap says no to each "is it weird / too late to message…", the one on
// small check-ins yes to each "can i text for no reason". A question worded
// further from every listed one than looseStance allows ("would it be odd
// to message my old coach out of the blue") still wants that answer when
// the section is the one that answers it. So when a section's listed
// questions of the query's frame agree, and the nearest of them asks about
// the same act by the same person as the query, its stance opens the answer.

// steadyStanceSim is the least likeness to the nearest listed question with
// a stance for a section's steady stance to pass: the query must at least
// share some of what that question asks.
var steadyStanceSim = 0.15

// steadyStanceMin is how many listed questions of a frame, each with a yes or
// a no, a section needs before its answers count as steady.
const steadyStanceMin = 2

// polarity is which way round a stance answers: yes, no, or neither
// ("Briefly.", "It depends.").
type polarity int8

const (
	polarNone polarity = iota
	polarYes
	polarNo
)

// reYesStance and reNoStance open a stance that says yes or no.
var (
	reYesStance = regexp.MustCompile(`^(?:yes|yeah|absolutely|definitely|of course|sure)\b`)
	reNoStance  = regexp.MustCompile(`^(?:no|not|never|rarely|less|hardly|(?:usually|probably|most likely|almost certainly) not)\b`)
)

// polarityOf reads which way round stance answers.
func polarityOf(stance string) polarity {
	s := strings.ToLower(strings.TrimSpace(stance))
	switch {
	case reYesStance.MatchString(s):
		return polarYes
	case reNoStance.MatchString(s):
		return polarNo
	}
	return polarNone
}

// steadyPolarities returns, by frame and then by section, the way round
// every listed question of that frame with a stance is answered, when at
// least steadyStanceMin of them say yes or no and none says the other;
// polarNone otherwise. A stance that says neither ("Briefly.") is about an
// act of its own and leaves the others steady.
func steadyPolarities(exSec []int32, exStand []string, exFrame []frame, exAsked []bool, nSec int) [nFrames][]polarity {
	var out [nFrames][]polarity
	var yes, no [nFrames][]int
	for f := range out {
		out[f] = make([]polarity, nSec)
		yes[f], no[f] = make([]int, nSec), make([]int, nSec)
	}
	for ex, st := range exStand {
		if st == "" || exAsked[ex] {
			continue
		}
		f, sec := exFrame[ex], exSec[ex]
		switch polarityOf(st) {
		case polarYes:
			yes[f][sec]++
		case polarNo:
			no[f][sec]++
		}
	}
	for f := range out {
		for sec := range out[f] {
			switch {
			case yes[f][sec] >= steadyStanceMin && no[f][sec] == 0:
				out[f][sec] = polarYes
			case no[f][sec] >= steadyStanceMin && yes[f][sec] == 0:
				out[f][sec] = polarNo
			}
		}
	}
	return out
}

// steadyStance returns the stance of the listed question of section sec
// nearest the query among those put the same way round (qf), when the
// section answers all of those the same way, that question is near enough
// and it asks about the same act by the same person (stanced holds the
// examples read for that), and the query does not weigh two courses;
// otherwise "". A question put plainly takes the stance only when both
// name the act they ask about.
func (m *matcher) steadyStance(query string, r matchResult, sec int32, qf frame, stanced map[int32]stancedQuestion, qm meaning) string {
	if r.stancedSim[qf] == nil || m.steady[qf] == nil || m.steady[qf][sec] == polarNone || reEitherOr.MatchString(query) {
		return ""
	}
	if float64(r.stancedSim[qf][sec]) < steadyStanceSim {
		return ""
	}
	ex := r.stanced[qf][sec]
	st := m.exStand[ex]
	if polarityOf(st) != m.steady[qf][sec] || !stanced[ex].fits(qm) {
		return ""
	}
	if qf == framePlain && (qm.verb == "" || stanced[ex].m.verb == "") {
		// "should i…" and "is that okay" answered yes may mean any act:
		// only the same act, named in both, takes the yes.
		return ""
	}
	return st
}

// reEitherOr is a question between two courses ("should i text her or keep
// waiting"): a yes or a no answers neither.
var reEitherOr = regexp.MustCompile(`(?i)\bor\b`)

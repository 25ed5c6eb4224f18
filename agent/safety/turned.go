package safety

// A question asked of someone else's risk is sometimes about the one who
// asks it: "what are the signs someone is suicidal, because i think i
// am", "asking for a friend, the friend is me". A question frame (an ask:
// line) keeps such a question quiet, so a line that says the one asked
// about is the speaker (a turn: line) takes back every question frame of
// the message and the near misses that overlap it: the risk the question
// names speaks again, and it is the speaker's.

// askFrames appends to undone the spans where the question frames (ask:
// lines) match toks, so that they and the near misses beside them are
// taken back (see takenBack).
func (d *Detector) askFrames(toks []string, p *presence, undone [][2]int) [][2]int {
	var cand [64]int32
	for i := range toks {
		for _, r := range d.startsAt(passHide, toks, p, i, cand[:0]) {
			rl := &d.rules[r]
			if !rl.ask {
				continue
			}
			if e := matchAt(rl.seq, nil, toks, p.ids, i); e > i {
				undone = append(undone, [2]int{i, e})
			}
		}
	}
	return undone
}

// turnedOnSpeaker reads a risk of "someone" found in a question turned on
// its speaker as the speaker's own: someone else at risk is the speaker
// at risk, and violence to that someone is abuse of the speaker.
func turnedOnSpeaker(r Result) Result {
	if r.Situation != Other {
		return r
	}
	if r.Violence {
		r.Situation, r.Violence = Abuse, false
		return r
	}
	r.Situation = Self
	return r
}

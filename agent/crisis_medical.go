package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/safety"
)

// What to do while help comes, in a medical emergency. The general words
// speak to both ("if it's you… if it's someone else…") because a message
// often does not say whose emergency it is; when it does, only the lines
// that fit are said: to the person it is happening to, or to someone with
// them, and for what happened (something taken, a collapse or breathing
// that stopped, a fall, bleeding, a seizure).

// medicalWho is whose emergency a message is about.
type medicalWho int

const (
	medicalUnknown medicalWho = iota
	medicalSelf
	medicalOther
)

// medicalWhat is what happened, as far as the words say.
type medicalWhat struct {
	taken, breathing, fall, bleeding, seizure bool
}

// medicalRules read English messages, folded by foldText.
var (
	medicalOtherSubject = mustPattern(`\b(?:my (?:\w+ )?\w+|he|she|they|someone|somebody|a (?:man|woman|guy|girl|kid|child|boy|friend|person|stranger)|the (?:baby|man|woman|guy|girl|kid|child|boy)|our \w+)\b(?: \w+){0,2} (?:collapsed|fell|has fallen|is|isn'?t|isnt|was|wasn'?t|has|hasn'?t|took|taken|swallowed|overdosed|won'?t|wont|can'?t|cant|cannot|passed|stopped|having|had|keeps|started|hit|cut|drank|just)\b`)
	medicalObject       = mustPattern(`\b(?:wake|waking|breathing into|with|found|get|getting) (?:him|her|them|my \w+)\b`)
	medicalSelfSubject  = mustPattern(`\b(?:i|i'?ve|ive|i'?m|im|i'?ll)\b(?: \w+){0,2} (?:took|taken|take|swallowed|overdosed|od'?d|cut|bleeding|fell|fallen|collapsed|can'?t breathe|cant breathe|cannot breathe|passed|fainted|am having|having|drank|injected|hit my|am bleeding)\b`)
	medicalTaken        = mustPattern(`\b(?:took|taken|taking|swallowed|overdos\w*|od'?d|drank|injected|pills|tablets|bottle of|packet of|too many|too much|poison\w*|bleach)\b`)
	medicalBreathing    = mustPattern(`\b(?:collaps\w*|not breathing|isn'?t breathing|isnt breathing|stopped breathing|can'?t breathe|cant breathe|cannot breathe|struggling to breathe|unconscious|unresponsive|not responding|won'?t wake|wont wake|will not wake|can'?t wake|cant wake|passed out|fainted|no pulse|turning blue|lips are blue|heart attack|choking)\b`)
	medicalFall         = mustPattern(`\b(?:fell|fallen|falling|fall down|fell down|fell off|hit (?:his|her|their|my) head)\b`)
	medicalBleeding     = mustPattern(`\b(?:bleeding|bleed|bled|blood|deep cut|cut (?:deep|badly|too deep)|gash|stabbed)\b`)
	medicalSeizure      = mustPattern(`\b(?:seizure|seizures|seizing|having a fit|convuls\w*|epileptic)\b`)
)

// readMedical reads an English message for whose emergency it is and what
// happened.
func readMedical(text string) (medicalWho, medicalWhat) {
	f := foldText(text)
	what := medicalWhat{
		taken:     medicalTaken.MatchString(f),
		breathing: medicalBreathing.MatchString(f),
		fall:      medicalFall.MatchString(f),
		bleeding:  medicalBleeding.MatchString(f),
		seizure:   medicalSeizure.MatchString(f),
	}
	switch {
	case medicalOtherSubject.MatchString(f) || medicalObject.MatchString(f):
		return medicalOther, what
	case medicalSelfSubject.MatchString(f):
		return medicalSelf, what
	}
	return medicalUnknown, what
}

// medicalWords are the lines of each case, by language.
type medicalWords struct {
	// Self speaks to the person it is happening to; SelfTaken and SelfTell
	// say what to tell the operator.
	Self, SelfTaken, SelfTell string
	// With speaks to someone with the person; the others are added for
	// what happened.
	With, Taken, Breathing, Fall, Bleeding, Seizure string
}

var medicalTexts = map[string]medicalWords{
	"en": {
		Self:      "If you can, unlock the door and tell someone nearby now.",
		SelfTaken: "Tell the operator what you took and how much, and keep the packet near you.",
		SelfTell:  "Tell the operator exactly what happened, and do what they say.",
		With:      "Stay with them if it's safe, tell the operator exactly what happened, and do what they say.",
		Taken:     "Tell the operator what they took and how much if you know, keep any packets to show, and don't try to make them sick.",
		Breathing: "If they're not breathing or not responding, put the phone on speaker: the operator can talk you through CPR until help comes.",
		Fall:      "Don't move them unless where they are is dangerous; keep them still and warm.",
		Bleeding:  "Press firmly on the wound with a clean cloth, or your hand, and keep pressing.",
		Seizure:   "Move hard things away from them and cushion their head; don't hold them down or put anything in their mouth, and note how long it lasts.",
	},
}

// medicalAdvice is the advice for whose emergency it is and what happened,
// in lang; ok is false when the words do not say whose it is, or lang has
// none of these lines.
func medicalAdvice(who medicalWho, what medicalWhat, lang string) (string, bool) {
	w, ok := medicalTexts[lang]
	if !ok || who == medicalUnknown {
		return "", false
	}
	var parts []string
	if who == medicalSelf {
		parts = append(parts, w.Self)
		if what.bleeding {
			parts = append(parts, w.Bleeding)
		}
		if what.taken {
			parts = append(parts, w.SelfTaken)
		} else {
			parts = append(parts, w.SelfTell)
		}
		return strings.Join(parts, " "), true
	}
	parts = append(parts, w.With)
	if what.breathing {
		parts = append(parts, w.Breathing)
	}
	if what.bleeding {
		parts = append(parts, w.Bleeding)
	}
	if what.seizure {
		parts = append(parts, w.Seizure)
	}
	if what.fall && !what.breathing {
		parts = append(parts, w.Fall)
	}
	if what.taken {
		parts = append(parts, w.Taken)
	}
	return strings.Join(parts, " "), true
}

// fitMedical swaps the general advice of a medical reply for the lines
// that fit text; rep is kept as it is when text does not say enough.
func fitMedical(rep safety.Reply, text string) safety.Reply {
	if rep.Lang != "en" {
		return rep
	}
	who, what := readMedical(text)
	advice, ok := medicalAdvice(who, what, rep.Lang)
	w, ok2 := safety.WordsFor(rep.Lang)
	if !ok || !ok2 {
		return rep
	}
	rep.Text = swapPart(rep.Text, w.MedicalAdvice, advice)
	return rep
}

package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Some questions offer choices ("a close friend, someone to learn from…",
// "a few people … or a wider circle? Or both?"). An answer that opens with
// one of them is answered by it first: "A close friend makes sense", with
// a hard thing the rest tells of (a divorce) named after it, and never
// drowned by a feeling word elsewhere in the answer.

// optionKeys are words that name a choice, when the question offers it too.
var optionKeys = phrases(`close friend | learn from | keep you going | goal | hobby | few people | a few | wider circle |
lighter company | both | group chat | forum | calls | in person | one on one | voice note`)

// optionPicked is the first sentence of answer, cleaned, when it picks a
// choice q offers; "" otherwise.
func optionPicked(q Question, answer string) string {
	qp := lowPadded(q.Text)
	clean := listen.Clean(answer)
	sents := listen.Sentences(clean)
	if len(sents) == 0 {
		return ""
	}
	first := strings.TrimRight(sents[0], ".!?;, ")
	if i := strings.Index(first, ","); i > 0 && len(strings.Fields(first[:i])) <= 4 {
		// "wider circle, lighter stuff": the choice and a word on it.
		if j := strings.Index(first[i+1:], ","); j >= 0 {
			first = first[:i+1+j]
		} else if hasOption(qp, lowPadded(first[:i])) {
			// "both, i like the quiz lot for fun and my sister for the
			// rest": the choice, before what it goes on to say.
			first = first[:i]
		}
	}
	if n := len(strings.Fields(first)); n == 0 || n > 8 {
		return ""
	}
	if hasOption(qp, lowPadded(first)) {
		return first
	}
	return ""
}

// hasOption reports whether fp, padded, names a choice the question qp
// offers.
func hasOption(qp, fp string) bool {
	for _, k := range optionKeys {
		if strings.Contains(qp, " "+k+" ") && (strings.Contains(fp, " "+k+" ") || strings.Contains(fp, " "+k+"s ")) {
			return true
		}
	}
	return false
}

// optionAck answers an answer that picks a choice: the choice said back,
// then a hard thing the answer tells of, named. "" when the answer picks
// no choice.
func optionAck(q Question, answer string, names []string, v int) string {
	picked := optionPicked(q, answer)
	if picked == "" {
		return ""
	}
	heavy := heavyNamed(answer)
	if lost := listen.Lost(answer, names); lost != "" {
		heavy = "I'm so sorry about " + lost + "."
	} else if f := listen.Feel(answer); heavy == "" && f.Sure() && !choiceFeelings[f.Label] {
		// A feeling the rest tells of is the point: answered as such.
		return ""
	}
	if heavy != "" {
		if s := upFirst(picked) + " makes sense. " + heavy; len(s) <= ackMax {
			return s
		}
	}
	// The choice named in the companion's words, or said back in the
	// question's frame.
	if asksCircle(q) {
		if line := circleLine(answer, v); line != "" {
			return line
		}
	}
	if own := aboutAck(q, answer, names, v); own != "" {
		return own
	}
	return echoAck(picked, names, questionKind(q.Text), v)
}

// asksCircle reports the question of a few close people or a wider circle.
func asksCircle(q Question) bool {
	return strings.Contains(lowPadded(q.Text), " wider circle ")
}

// circleHardAck names the circle an answer picks, at the question of a few
// close people or a wider circle, when what it says of big groups is a
// hard feeling ("few people. big groups make me feel like a spare part"):
// the choice, with big groups named as hard, rather than the feeling said
// back alone. "" otherwise, and for a loss or a heavier thing told.
func circleHardAck(q Question, answer string, names []string, v int) string {
	if !asksCircle(q) || heavyNamed(answer) != "" || listen.Lost(answer, names) != "" ||
		!bigGroupsHard(foldText(answer)) {
		return ""
	}
	return circleLine(answer, v)
}

// reMissWider is missing a wider circle: "i miss having a crowd to go to
// gigs with", "wish i had a bigger group", "miss a big friend group".
var reMissWider = mustPattern(`\b(?:miss|missing|wish i had|would love|want|need) (?:having )?(?:a |more of a |more )?(?:crowd|gang|bigger (?:group|circle)|wider (?:group|circle)|big group|group of (?:friends|mates)|more people|(?:big |bigger |wider |large )?friend(?:ship)? (?:group|circle))\b`)

// circleMissAck names both kinds of company at the question of a few close
// people or a wider circle, when the answer picks both and misses the
// wider one: the close ones had, the crowd missed. "" otherwise.
func circleMissAck(q Question, answer string, names []string, v int) string {
	folded := foldText(answer)
	if !asksCircle(q) || circleOf(reHedge.ReplaceAllString(folded, " ")) != circleBoth ||
		!reMissWider.MatchString(folded) || listen.Lost(answer, names) != "" {
		return ""
	}
	return pickAck([]string{
		"Both, then: the close friends you love, and a wider crowd you miss — that part can be found again, one shared interest at a time.",
		"Both — your close ones are there, and it's the bigger crowd you're missing; a club or a regular night out can grow one.",
	}, v)
}

// heavyNamed names a hard thing an answer tells of in passing, by its own
// word: "I'm sorry about the divorce."
func heavyNamed(answer string) string {
	if w := breakupWord(answer); w != "" {
		return "I'm sorry about " + w + "; it changes a lot more than one relationship."
	}
	if who := illOf(answer); who != "" {
		return "I'm sorry about " + who + " being ill."
	}
	if m := reMovedTo.FindStringSubmatch(answer); m != nil {
		// "i moved to Lisbon 4 months ago": a new place, where company
		// takes time to find.
		if place := m[1]; place != "" && !notPlaces[strings.ToLower(place)] {
			return "Moving to " + upFirst(strings.ToLower(place)) + " is a big change, and it takes a while to find your people there."
		}
		return "A move is a big change, and it takes a while to find your people."
	}
	return ""
}

// reMovedTo is the person's own move: "i moved to lisbon", "we just
// relocated", "since moving here".
var reMovedTo = mustPattern(`(?i)\b(?:i|we|i've|ive|we've) (?:just |recently |only )?(?:moved|relocated)(?: (?:to|back to|over to) ([a-z]+))?\b`)

// notPlaces follow "moved to" without naming a place.
var notPlaces = map[string]bool{"a": true, "the": true, "new": true, "another": true, "my": true, "our": true,
	"here": true, "there": true, "be": true, "live": true, "work": true, "this": true, "uni": true, "university": true}

// choiceFeelings leave a choice the point of an answer.
var choiceFeelings = map[string]bool{"relief": true, "joy": true, "gratitude": true, "pride": true, "tiredness": true}

// breakupWord is how an answer speaks of the end of a relationship, with
// whose it is: "the divorce", "his divorce", "your breakup"; "" for none.
func breakupWord(answer string) string {
	f := " " + foldText(answer) + " "
	for _, w := range []struct{ cue, word string }{
		{"divorce", "divorce"}, {"divorced", "divorce"}, {"separation", "separation"}, {"separated", "separation"},
		{"breakup", "breakup"}, {"break up", "breakup"}, {"broke up", "breakup"}, {"split up", "split"},
		{"split", "split"},
	} {
		i := strings.Index(f, " "+w.cue+" ")
		if i < 0 {
			continue
		}
		if w.cue == "split" && !strings.HasSuffix(f[:i], " the") && !strings.HasSuffix(f[:i], " our") {
			continue
		}
		before := strings.Fields(f[:i])
		owner := "the"
		if n := len(before); n > 0 && breakupOwners[before[n-1]] != "" && !strings.HasSuffix(w.cue, "ed") {
			owner = breakupOwners[before[n-1]]
		}
		return owner + " " + w.word
	}
	return ""
}

// breakupOwners say whose breakup it is, in the second person.
var breakupOwners = map[string]string{"his": "his", "her": "her", "their": "their", "my": "your", "our": "your", "the": "the"}

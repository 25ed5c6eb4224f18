package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/people"
)

// A request often comes with what led to it: "we split up last night.
// can you remind me to ring my brother on sunday", "lost my job today,
// remind me to text jess next week". A friend would not go straight to the
// practical question: the news or the feeling gets one short line first,
// then the request is served as it would be alone.

// remindTold serves a reminder request, with a line first for the
// person's own news or feeling told beside it.
func (t *turn) remindTold(in Intent) {
	mark := len(t.replies)
	t.remind(in)
	if in.Command || len(t.replies) <= mark {
		return
	}
	if line := toldBeside(t.text); line != "" {
		t.replies[mark].Text = line + "\n\n" + t.replies[mark].Text
	}
}

// ownTold is a clause in the person's own words about themselves; a
// clause that names no one and speaks of no one else ("feeling so low
// lately") is theirs too. othersTold is a clause about someone else.
var (
	ownTold    = mustPattern(`\b(?:i|i'm|im|i've|ive|me|my|we|we're|were|us|our)\b`)
	othersTold = mustPattern(`\b(?:she|he|they|she's|he's|they're|shes|hes|theyre|her|his|their|him|them)\b`)
)

// toldBeside returns a short line for the news or hard feeling told in
// text beside a request, and "" when text tells none. The clauses that ask
// nothing are read as the outside replies would read them alone: the
// person's own feeling, loss, change of life or news, and failing those,
// news of someone else.
func toldBeside(text string) string {
	var own, others []string
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(".,;!?—\n", r) }) {
		c = strings.TrimSpace(c)
		if c == "" || remindAsked(c) || asksToWrite(c) || reRemWord.MatchString(foldText(c)) {
			continue
		}
		// "my best mate just had a baby girl": a clause about someone of
		// the person's is their news, though it says "my"; "me and my
		// partner separated" is the person's own.
		named := people.Find(c).Found()
		if f := foldText(c); reOwnLead.MatchString(f) || !named && (ownTold.MatchString(f) || !othersTold.MatchString(f)) {
			own = append(own, c)
		} else {
			others = append(others, c)
		}
	}
	if line := ownToldLine(strings.Join(own, ". ")); line != "" {
		return line
	}
	if len(own)+len(others) == 0 {
		return ""
	}
	// "my sister had her baby": news of someone else. A feeling read in
	// a clause about them would be theirs, so only the news is answered.
	n := readNews(strings.Join(append(own, others...), ". "))
	if n.self {
		return ""
	}
	switch n.kind {
	case newsDeath:
		return pick(text, lossOfTheirs)
	case newsWin, newsBaby, newsRecovery:
		return pick(text, theirGladNews)
	case newsIll, newsSetback:
		return pick(text, theirHardNews)
	}
	return ""
}

// ownToldLine is the line for the person's own news or feeling told in
// rest, "" when it tells none.
func ownToldLine(rest string) string {
	if rest == "" {
		return ""
	}
	if f := listen.Feel(rest); f.Sure() && heavyFeelings[f.Label] && len(feelingLines[f.Label]) > 0 {
		return statement(pick(rest, feelingLines[f.Label]))
	}
	n := readNews(rest)
	if n.kind == newsDeath {
		// "my nan died last week": a loss in the person's family is
		// theirs.
		return pick(rest, ownLoss)
	}
	if c, ok := findChange(lowPadded(rest)); ok && len(c.self) > 0 && !lonelyAfterChange(rest) {
		// "we split up", "getting married in june", "just moved":
		// the change named with both its sides, as it would be alone.
		return statement(c.said(pick(rest, c.self), rest))
	}
	if k, ok := findLow(rest); ok && len(k.lines) > 0 {
		return statement(pick(rest, k.lines))
	}
	if n.self {
		switch n.kind {
		case newsIll, newsSetback:
			return pick(rest, ownHardNews)
		case newsWin, newsBaby, newsRecovery:
			return pick(rest, ownGladNews)
		}
	}
	return ""
}

// Lines for news told beside a request, answered before what was asked
// for is done.
var (
	ownHardNews = []string{
		"I'm sorry, that's a lot to take in.",
		"I'm sorry to hear that. That's a hard thing to have happen.",
	}
	ownLoss = []string{
		"I'm so sorry for your loss.",
		"I'm so sorry. Losing someone is a lot to carry.",
	}
	ownGladNews = []string{
		"That's lovely news, congratulations!",
		"What good news, well done!",
	}
	lossOfTheirs  = []string{"I'm so sorry to hear that.", "I'm so sorry, that's very sad news."}
	theirGladNews = []string{"What lovely news!", "Oh, that's wonderful news!"}
	theirHardNews = []string{"I'm sorry to hear that. I hope they're okay.", "Oh, I'm sorry. That's a lot for them."}
)

// statement is line without the question it may end with, since the
// request's own reply follows it: "Moving is a big change — exciting, and
// unsettling too. Anyone you'd like to stay close to?" keeps its first
// sentence.
func statement(line string) string {
	var kept []string
	for rest := line; rest != ""; {
		head, tail, ok := firstSentence(rest)
		if !ok {
			head, tail = rest, ""
		}
		head = strings.TrimSpace(head)
		if strings.HasSuffix(head, "?") || len(kept) > 0 && len(strings.Join(kept, " "))+len(head) > 140 {
			break
		}
		kept = append(kept, head)
		rest = tail
	}
	if len(kept) == 0 {
		return line
	}
	return strings.Join(kept, " ")
}

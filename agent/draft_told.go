package agent

import (
	"regexp"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
)

// People often tell the news first and ask for the message next: "my
// sister lost her job today" and then "could you write her a few lines?
// her name is Dana"; "i've been so homesick since the move" and then
// "help me text my mum". What was told is what
// the message is about, so a request for a draft made right after a
// statement starts from both, unless it is plainly to someone else.

// Told is what the person told in their latest messages that asked for
// nothing: the news a draft asked for next is about.
type Told struct {
	Text string    `json:"text"`
	At   time.Time `json:"at"`
}

// toldParts is how many statements in a row are kept: the news and a
// word or two more about it.
const toldParts = 3

// noteTold keeps this turn's message when it told something and asked
// for nothing, added to what was told just before when it is about the
// same one; any other turn lets what was told go.
func (t *turn) noteTold(prev *Told) {
	if t.m.Group || t.forget {
		return
	}
	t.p.Profile.Told = nil
	if t.choice != "" || t.p.Flow.Name != "" {
		return
	}
	text := t.text
	if !tellsSomething(text) {
		// "my friend's dad had a stroke. how do i support her?": the
		// news before the question is still what was told.
		if text = toldBeforeQuestion(t.text); text == "" {
			return
		}
	}
	o := t.p.Flow.Offer
	own := firstPerson.MatchString(foldText(text)) && len(strings.Fields(text)) >= 6
	if !people.Find(text).Found() && !own && ParseIntent(text).Kind != IntentFeeling && (o == nil || o.Kind != "talk" && o.Kind != "draft" && o.Kind != "section") {
		// Told of nobody, and nothing of the person's own: "I'm in
		// Lyon" sets the time zone.
		return
	}
	if prev != nil && t.now.Sub(prev.At) <= talkedFor && strings.Count(prev.Text, "\n")+1 < toldParts &&
		!namesOther(t.text, prev.Text) {
		text = prev.Text + "\n" + text
	}
	t.p.Profile.Told = &Told{Text: text, At: t.now}
}

// tellsSomething reports a statement that asks for nothing: news, a
// feeling, a story. Questions, commands and control words are not.
func tellsSomething(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || strings.HasPrefix(text, "/") || strings.HasSuffix(text, "?") || controlWord(text) {
		return false
	}
	if len(strings.Fields(text)) < 3 {
		return false
	}
	switch ParseIntent(text).Kind {
	case IntentNone, IntentFeeling:
		// "im kinda new here, what can you actually do" asks the
		// companion something: no news to keep.
		return !botQuestion.MatchString(foldText(text))
	case IntentAsk:
		// Read as a question for the guide, but nothing in it asks:
		// "my book club hasn't met since the summer".
		return !asksSomewhere(text)
	}
	return false
}

// toldBeforeQuestion is the statement a message makes before the question
// it ends on: "my friend maya's dad is in hospital" of "my friend maya's
// dad is in hospital. how do i support her?"; "" when there is none.
func toldBeforeQuestion(text string) string {
	var kept []string
	for _, s := range sentenceRe.FindAllString(text, -1) {
		s = strings.TrimSpace(s)
		if strings.HasSuffix(s, "?") || asksSomewhere(s) {
			break
		}
		kept = append(kept, s)
	}
	told := strings.Join(kept, " ")
	if len(kept) == 0 || len(kept) == len(sentenceRe.FindAllString(text, -1)) || !tellsSomething(told) {
		return ""
	}
	return told
}

// sentenceRe is one sentence with its closing marks.
var sentenceRe = regexp.MustCompile(`[^.!?]+[.!?]*`)

// withTold puts what was told just before in front of a request for a
// draft, when the request is not to someone else: the draft starts from
// the news and the request together.
func (t *turn) withTold(text string) string {
	k := t.told
	if k == nil || k.Text == "" || t.now.Sub(k.At) > talkedFor || strings.TrimSpace(text) == "" || text != t.text {
		// Only a request typed now: an offer taken starts from what it
		// was made for.
		return text
	}
	if toldOther(text, k.Text) {
		return text
	}
	if heardLow(k.Text) && !concernFor(k.Text) && !people.Find(k.Text).Found() && onlyWriteWish.MatchString(foldText(strings.TrimRight(text, ".!? "))) {
		// "i feel a bit invisible", then "maybe i could message my
		// sister": the person's own low moment is why they reach out,
		// not news to tell her. A request that asks her for something
		// ("i'd like her to ring me") keeps it: that is asking for
		// support.
		return text
	}
	told := k.Text
	if p, q := people.Find(text), people.Find(told); p.Name != "" && q.Name == "" && q.Relation != "" {
		// "my cousin …", then "her name is Priya": "my cousin Priya …",
		// so the news is read as hers.
		told = namedRelation(told, q.Relation, p.Name)
	}
	var b strings.Builder
	for _, s := range strings.Split(told, "\n") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		b.WriteString(s)
		if !strings.ContainsAny(s[len(s)-1:], ".!?") {
			b.WriteString(".")
		}
		b.WriteString(" ")
	}
	return b.String() + text
}

// toldOther reports a request naming someone other than the one the
// statement told of. A name given for someone told of only by relation
// ("my sister …", then "her name is Dana") is the same one.
func toldOther(request, told string) bool {
	p, q := people.Find(request), people.Find(told)
	if !p.Found() || !q.Found() || samePerson(p, q) {
		return false
	}
	if q.Name == "" && p.Name != "" && (p.Relation == "" || p.Relation == q.Relation) &&
		oneOfThem.MatchString(foldText(request)) {
		return false
	}
	return true
}

// namedRelation gives the first "my <relation>" in text the name it was
// given later: "my cousin passed her test" is "my cousin Priya passed her
// test".
func namedRelation(text, relation, name string) string {
	re := regexp.MustCompile(`(?i)\bmy (?:\w+ )?` + regexp.QuoteMeta(relation) + `\b`)
	loc := re.FindStringIndex(text)
	if loc == nil || strings.HasPrefix(text[loc[1]:], "'") {
		return text
	}
	return text[:loc[1]] + " " + name + text[loc[1]:]
}

// botQuestion asks the companion about itself.
var botQuestion = mustPattern(`\b(?:what (?:can|do|could|should) (?:you|u) (?:actually |even |really )?(?:do|help with|offer)|what are (?:you|u)(?: for| good for| exactly)?|who are (?:you|u)|are (?:you|u) (?:a )?(?:bot|real|human|person|ai|robot)|how do(?:es)? (?:this|it|you) work)\b`)

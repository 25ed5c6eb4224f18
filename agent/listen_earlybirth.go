package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// A baby born early, or a newborn kept in hospital ("the baby came 5
// weeks early and she's in the nicu", "my nephew was born premature and
// is in special care"), is news and a worry at once: the reply welcomes
// the baby, names the worry, and asks how the little one and the people
// around them are doing. It is never plain congratulations, and never a
// guide page.

// reBirthTold is a baby's arrival: "was born", "had her baby", "gave
// birth", "newborn".
var reBirthTold = mustPattern(`\b(?:born|birth|newborn|baby|babies|bubba|little one|twins|delivered)\b`)

// reBabyPerson is someone who may be the newborn: "our son", "my niece",
// "a little girl".
var reBabyPerson = mustPattern(`\b(?:son|daughter|nephew|niece|grandson|granddaughter|grandbaby|little boy|little girl)\b`)

// reBornEarly is a birth early or a newborn kept in hospital, said in
// words that tell it whoever is named: "6 weeks early", "premature",
// "in the nicu".
var reBornEarly = mustPattern(`\b(?:(?:[0-9]+|a few|several|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:weeks?|wks?) early|at [2-3][0-9] (?:weeks|wks)|premature(?:ly)?|prem|preemie|premmie|nicu|neonatal|special care baby|scbu|incubator)\b`)

// reCameEarly is an arrival early, a birth only beside a baby word: "the
// baby came early".
var reCameEarly = mustPattern(`\b(?:born|came|arrived|got here|showed up) (?:\w+ )?(?:early|too soon)\b`)

// reAsksHelp asks what to do or say, which the drafting and advice
// routes answer; "im a dad now i guess??" asks nothing of the kind.
var reAsksHelp = mustPattern(`\b(?:what (?:should|do|can|could|would) (?:i|we)|how (?:do|can|should|could) (?:i|we)|should (?:i|we)|any (?:advice|tips|ideas)|what to (?:say|send|do|get|write)|can you|could you)\b`)

// reOwnBaby is the newborn the person's own: "our son", "im a dad now",
// "i gave birth".
var reOwnBaby = mustPattern(`\b(?:(?:im|i am|i m) (?:now )?(?:a )?(?:dad|mum|mom|father|mother|parent)|(?:our|my) (?:baby|son|daughter|little (?:one|boy|girl)|twins|newborn)|i gave birth|we had (?:a|the|our) baby)\b`)

// reOwnBirth is the person's own birth, long ago: "i was born early".
var reOwnBirth = mustPattern(`\bi (?:was|were) born\b`)

// reSheBaby and reHeBaby say the baby's pronoun: "she's in the nicu",
// "a baby boy".
var (
	reSheBaby = mustPattern(`\b(?:shes|she is|she s|she was|girl|daughter|niece|granddaughter)\b`)
	reHeBaby  = mustPattern(`\b(?:hes|he is|he s|he was|boy|son|nephew|grandson)\b`)
)

// babyRelations name the baby itself, whom no message goes to.
var babyRelations = map[string]bool{"nephew": true, "niece": true, "son": true, "daughter": true, "grandson": true,
	"granddaughter": true, "grandchild": true, "grandbaby": true, "baby": true, "twins": true, "cousin": true}

// earlyBirth reports a baby born early or a newborn in hospital, told
// without a question or a request for a message.
func earlyBirth(text string) bool {
	f := foldText(text)
	early := reBornEarly.MatchString(f) && (reBirthTold.MatchString(f) || reBabyPerson.MatchString(f)) || reCameEarly.MatchString(f) && reBirthTold.MatchString(f)
	return early && !reAsksHelp.MatchString(f) && !asksToWrite(text) && !hasPhrase(lowPadded(text), deathCues) && !reOwnBirth.MatchString(f)
}

// earlyBirthReply answers a baby born early or kept in hospital,
// reporting false, saying nothing, for any other message.
func (t *turn) earlyBirthReply() bool {
	if !earlyBirth(t.text) {
		return false
	}
	f := " " + strings.ReplaceAll(foldText(t.text), "'", "") + " "
	baby := "the little one"
	switch {
	case reSheBaby.MatchString(f):
		baby = "she"
	case reHeBaby.MatchString(f):
		baby = "he"
	}
	where := "being looked after in hospital"
	if strings.Contains(f, " nicu ") {
		where = "in the NICU"
	}
	line := pick(t.text, []string{
		"A new little one, and so much sooner than anyone expected: that's joy and worry all at once. It's a lot to have them " + where + ", even when it's the best place for them to be.",
		"Welcome to the world, little one, even if it was earlier than planned. An early arrival brings so much worry alongside the happy news, and it's a lot to have a newborn " + where + ".",
	})
	ask := " How is " + baby + " doing, and how are you holding up?"
	if baby == "the little one" {
		ask = " How are they doing, and how are you holding up?"
	}
	own := reOwnBaby.MatchString(f)
	if own {
		line = "Congratulations, you're a parent now! " + line
	}
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	if p := people.Find(t.text); p.Found() && !p.Group && !own && !babyRelations[lastWordOf(strings.ToLower(p.Mention()))] && !ownNewsSubject(foldText(t.text)) {
		who := p.Mention()
		t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: who, Listening: true}
		t.say(line+ask, Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
		return true
	}
	// Someone to lean on, or to share the news with, is the step.
	t.say(line+ask, Choice{ID: "menu:draft", Label: "Tell someone"})
	return true
}

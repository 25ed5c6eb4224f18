package agent

import "github.com/companion-dev/companion/agent/people"

// "wish" asks for a message when someone is wished something: "wish her
// luck", "wish my dad a happy birthday". Said of how things are, it is a
// longing: "wish we talked more", "i wish my brother lived closer",
// "wish i'd called her". A longing tells a feeling: no request to write is
// read in its "wish", and a longing about someone is heard as the feeling
// it is, with an offer to write to them one tap away.

// longingWish is "wish" followed by a subject and what the person longs
// were so, rather than by the one wished something. Apostrophes may be
// missing ("id", "wasnt").
var longingWish = mustPattern(`\bwish(?:ed|es|ing)? (?:that )?(?:(?:i|we|she|he|they|it|things|there|i'?d|we'?d|id|wed|i'?m|im|we'?re)\b|(?:my|our) (?:\w+ ){1,2}?(?:was|were|is|are|lived|lives|had|has|could|would|did|does|called|calls|texted|texts|talked|talks|knew|understood|cared|visited|came|still|wasn'?t|weren'?t|didn'?t|hadn'?t|wouldn'?t|couldn'?t)\b)`)

// longingClose are the words that put people into a longing that names
// no one: being in touch, seeing, being near ("wish we talked more",
// "wish i'd called her").
var longingClose = mustPattern(`\b(?:talk\w*|spoke|speak|see|saw|seen|visit\w*|call\w*|rang|ring|text\w*|closer|close|near|nearer|hung out|hang out|in touch|got on|get on|got along|get along|there for|more time|miss\w*|her|him|them|us)\b`)

// withoutLonging is folded text with every longing "wish" taken out.
func withoutLonging(folded string) string {
	return longingWish.ReplaceAllString(folded, " ")
}

// longingAbout reports a longing about someone: a longing "wish" that
// names someone by who they are to the person, or speaks of being close
// to someone. "wish it was friday"
// and "wish we had a dog" are not.
func longingAbout(text string) bool {
	f := foldText(text)
	loc := longingWish.FindStringIndex(f)
	if loc == nil {
		return false
	}
	// A name alone is not enough: "wish it would stop raining" can read
	// as someone called Raining. Names come with a word of being close
	// ("wish i saw dave more").
	p := people.Find(text)
	return p.Relation != "" || p.Said != "" || p.Group || longingClose.MatchString(f[loc[0]:])
}

// longingTold reports a longing about someone told without asking for a
// message: "wish my dad lived closer", not "i wish we talked more, can
// you help me text her".
func longingTold(text string) bool {
	return longingAbout(text) && !asksToWrite(withoutLonging(foldText(text)))
}

// longingKind names a longing about someone when no other low kind does.
var longingKind = lowKind{name: "longing",
	lines: []string{
		"A wish like that says a lot about how much they matter to you.",
		"It sounds like you'd love things to be closer with them. That's a tender thing to carry.",
	}, step: stepRekindle}

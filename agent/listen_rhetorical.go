package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// A feeling is often told with question marks that ask nobody anything:
// surprise at a drift ("and now it's once a month??"), a thought said
// aloud with a rising voice ("i don't have anyone i'd call if something
// good happened?"), a doubt that anyone would notice ("if i stopped would
// anyone even care??"), or a courtesy before the story ("can i tell you
// something?"). Such a message is a feeling to be heard, not a question
// for the guide. asksGuide tells the two apart, for a message already
// read as a feeling.

// asksGuide reports whether a message read as a feeling also asks
// something of the companion: a question clause with a word of asking in
// it, or a question asked without a mark ("how do i make friends here").
// Question marks on statements, rhetorical doubts and courtesies before a
// story do not count.
func asksGuide(text string) bool {
	if !asksSomething(text) {
		return false
	}
	folded := strings.ToLower(text)
	rest := folded
	for {
		i := strings.Index(rest, "?")
		if i < 0 {
			break
		}
		clause := clauseBeforeMark(rest[:i])
		after := strings.TrimLeft(rest[i:], "?!")
		if realQuestion(clause) && !ownedNormalQuestion(clause, after) {
			return true
		}
		rest = after
	}
	// Whatever the marks, an open "how do i…" or "should i…" asks.
	plain := reNotKnowingWho.ReplaceAllString(foldText(reQuestionClause.ReplaceAllString(folded, " . ")), " ")
	f := strings.Fields(plain)
	return len(f) > 2 && questionOpeners[f[0]] && !reAskPreamble.MatchString(plain) || reAsksWithin.MatchString(plain)
}

// reQuestionClause is a clause that ends in a question mark, already
// weighed by realQuestion.
var reQuestionClause = regexp.MustCompile(`[^.!?;]*\?+`)

// reNotKnowingWho is not knowing said as part of a feeling: "i don't know who
// or how to even start", "no idea what to say anymore", "i've forgotten how
// to talk to people".
var reNotKnowingWho = mustPattern(`\b(?:i )?(?:don'?t|dont|do not|no idea|not sure|never know)(?: even)? (?:know )?(?:who|what|how|where|when|whether|if)(?: or (?:who|what|how|where|when))?(?: to)?\b|\b(?:forgotten|forgot|forget|forgetting|can'?t remember|cant remember|no longer know|lost the knack of|out of practice at) how(?: to)?\b`)

// clauseBeforeMark is the last clause of s: what follows its last full stop,
// comma, dash or "like".
func clauseBeforeMark(s string) string {
	cut := strings.LastIndexAny(s, ".,;:!-…")
	if cut >= 0 {
		s = s[cut+1:]
	}
	return strings.TrimSpace(s)
}

// realQuestion reports whether a clause that ended in a question mark asks
// something: it opens with a word of asking, speaks to the companion or
// holds a question ("…should i text her"), and is neither a courtesy before a
// story nor a doubt that anyone would notice.
func realQuestion(clause string) bool {
	c := foldText(clause)
	if c == "" || reAskPreamble.MatchString(c) || reAnyoneDoubt.MatchString(c) {
		return false
	}
	f := strings.Fields(c)
	k := 0
	for k < len(f)-1 && clauseFillers[f[k]] {
		k++
	}
	if questionOpeners[f[k]] || pastOpeners[f[k]] || f[k] == "any" || f[k] == "anyone" || f[k] == "anybody" {
		// "and what now?", "anyone else feel this?"
		return true
	}
	for _, w := range f {
		if w == "you" || w == "u" {
			return true
		}
	}
	return reAsksWithin.MatchString(c)
}

// ownedNormalQuestion reports a question whether a feeling is normal
// (clause) that the words after it own as the person's ("is it normal to
// feel lonely around people? bc that's me rn"): a feeling told, which
// asks to be heard and reassured, not a question for the guide.
func ownedNormalQuestion(clause, after string) bool {
	return reNormalToFeel.MatchString(foldText(clause)) && reThatsMe.MatchString(foldText(after))
}

// reThatsMe owns what was just asked as the person's own: "bc that's me
// rn", "cause i really do", "asking for me".
var reThatsMe = mustPattern(`^\W*(?:(?:bc|because|cause|cuz|coz|since|as|like|and|cos) )?(?:(?:that'?s|thats|that is|it'?s|its) (?:me|literally me|so me|how i feel|what i feel)|i (?:really |honestly |totally |definitely )?(?:do|am|feel (?:it|that|like that))|asking for (?:me|myself))\b`)

// reNormalToFeel asks whether a feeling is normal: "is it normal to feel
// lonely even around people", "is it weird that i still feel left out".
var reNormalToFeel = mustPattern(`^(?:(?:but|and|so|like|honestly|genuinely|seriously) )*(?:is it|is that|its|it's|is this|am i) (?:\w+ )?(?:normal|weird|just me|common|ok|okay|strange|bad|wrong)(?: or (?:something|what|nah))?(?: to| that i| if i| for me to| that)? ?(?:still |always |sometimes |kind of |kinda )?(?:feel|be feeling|get|be so|be this|miss|hate|dread)\b`)

// reAskPreamble is a courtesy before a story, asking leave to tell it:
// "can you help me with something", "can i ask you something", "got a
// minute".
var reAskPreamble = mustPattern(`^(?:(?:hey|hi|so|ok|okay|um|umm|sorry) )*(?:can|could|may) (?:you|u|i) (?:help me(?: with)?|ask you|tell you|talk to you about|run) (?:something|smth|sth|a thing|smthg)(?: quick| real quick)?$|^(?:got|you got|have you got) a (?:sec|second|minute)$|^(?:you|u) there$`)

// reAnyoneDoubt doubts that anyone would notice or care: "if i just
// stopped would anyone even notice", "would they even miss me".
var reAnyoneDoubt = mustPattern(`\b(?:would|will|does|do|did) (?:anyone|anybody|they|people|any of them)(?: \w+){0,2} (?:notice|care|miss|remember|realise|realize|know)\b`)

// clauseFillers open a clause without being part of what it says: "and
// what now", "so like is that normal".
var clauseFillers = wordset.Of(`and but so like ok okay um umm well then anyway honestly also or`)

// pastOpeners open a question as questionOpeners do, in other tenses:
// "was it something i said", "have i done something wrong".
var pastOpeners = wordset.Of(`was were am has have had wasnt werent didnt dont doesnt hasnt havent wont cant couldnt wouldnt`)

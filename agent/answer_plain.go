package agent

import (
	"regexp"
	"strings"
)

// Some questions want a plain stance more than a guide paragraph, and the
// guide has none to give: whether a kind message out of the blue is weird
// ("is it weird to text my old teacher to say thanks"), or whether to tell
// a friend their partner is cheating. A friend would answer them straight;
// so does the companion, then gives the nearest section, if any, as the
// reasons.

var (
	// reJudgeKind asks whether doing something is odd or fine: "is it
	// weird to…", "would it be ok if i…", "should i…". Group 1 is the
	// judgement, group 2 what would be done.
	reJudgeKind = regexp.MustCompile(`^(?:(?:hi|hey|ok|okay|so|um|hmm|quick q(?:uestion)?|honestly|random q(?:uestion)?|genuine q(?:uestion)?)[,!.:]*\s+)*` +
		`(?:(?:is it|would it be|would it seem|will it be|is that|would that be|would it look|does it seem|does it look)\s+` +
		`(?:a bit |a little |kind of |kinda |too |really |very |super |at all |totally )?` +
		`(weird|strange|odd|awkward|rude|creepy|cringe|cringey|too much|desperate|needy|inappropriate|random|ok|okay|fine|alright|all right|normal|acceptable|appropriate|a good idea|nice)` +
		`(?: of me| for me)?\s+(?:to|if i|if i were to)|(should i|shall i|can i|could i|would it be nice to))\s+(.+)$`)
	// reWarmContact is getting in touch with someone to thank, cheer,
	// greet or check on them: what a kind message out of the blue is for.
	reWarmContact = regexp.MustCompile(`\b(?:thank|thanks|thank you|thank-you|grateful|gratitude|appreciat\w*|happy birthday|birthday|bday|congrat\w*|well done|good luck|proud of|miss (?:you|them|him|her)|thinking (?:of|about) (?:them|him|her|you)|check(?:ing)? in|see how (?:she|he|they|its|it's)|how (?:she|he|they)(?:'s| is| are)|say (?:hi|hello|hey)|merry christmas|happy new year|happy holidays|get well|condolence\w*|sorry for (?:her|his|their) loss|a card)\b`)
	// reContactVerb is a way of getting in touch.
	reContactVerb = regexp.MustCompile(`\b(?:text|txt|message|msg|dm|call|ring|phone|facetime|write|send|email|e-mail|reach out|get in touch|contact|say|tell|thank|congratulate|wish|drop)\b`)
	// reFraughtContact is a kind of getting in touch whose answer is
	// never a plain yes: an ex, a crush, drunk or at night, again and
	// again, someone who asked for space.
	reFraughtContact = regexp.MustCompile(`\b(?:ex|ex's|exes|crush|drunk|tipsy|(?:1|2|3|4|5)\s?am|middle of the night|every day|everyday|again and again|keep (?:texting|messaging|calling)|blocked|asked (?:me )?for space|no contact|married|affair|stalk\w*|after (?:she|he|they) (?:ghosted|dumped|cheated))\b`)
	// reHardTruth asks whether to tell someone their partner is cheating
	// or lying to them.
	reHardTruth = regexp.MustCompile(`\b(?:should i|shall i|do i|would you|is it my place to|is it right to|is it wrong to|is it ok to|should i be the one to)\s+(?:tell|warn|let|say (?:something|anything) to)\s+(?:my |our |a |her |his )?(?:\w+\s+){0,3}?(?:that\s+)?(?:her|his|their|my|the)\s+(?:bf|gf|boyfriend|girlfriend|husband|hubby|wife|partner|fiance|fiancee|fiancé|fiancée|man|fella|missus|other half)\b.{0,40}?\b(?:cheat\w*|(?:is |has been |been |was )?lying|lied|having an affair|seeing (?:someone|somebody|other)|sleeping with|on (?:tinder|dating apps|hinge|bumble)|behind (?:her|his|their) back|flirting)`)
)

// plainStance is the companion's own short answer to a question that wants
// one and that the guide has none for, or "".
func plainStance(q string) string {
	folded := strings.TrimSpace(foldText(q))
	if reHardTruth.MatchString(folded) {
		return "That's a hard spot to be in, and there's no perfect answer. Most people say afterwards they'd rather have heard it from someone close: " +
			"tell them in private and gently, stick to what you saw or know for sure rather than what you've heard, and leave what happens next to them. " +
			"If it's only a rumour so far, it can be kinder to wait until you know more."
	}
	m := reJudgeKind.FindStringSubmatch(folded)
	if m == nil || !reContactVerb.MatchString(m[3]) || !reWarmContact.MatchString(m[3]) || reFraughtContact.MatchString(folded) {
		return ""
	}
	lead := "Yes, go for it."
	switch m[1] {
	case "":
	case "ok", "okay", "fine", "alright", "all right", "normal", "acceptable", "appropriate", "a good idea", "nice":
		lead = "Yes, absolutely."
	default:
		lead = "Not at all."
	}
	return lead + " " + warmReason(m[3])
}

// warmReason says why a kind message out of the blue is welcome, for what
// it would say.
func warmReason(act string) string {
	switch {
	case reThanksAct.MatchString(act):
		return "A thank-you nobody asked for is one of the nicest messages anyone gets, and people often remember it for years."
	case reDayAct.MatchString(act):
		return "A day like that is an easy, friendly reason to get in touch, however long it's been."
	case reCheerAct.MatchString(act):
		return "Most people are glad to be cheered on, even by someone they haven't heard from in a while."
	case reSorrowAct.MatchString(act):
		return "A few kind words at a hard time mean a lot, even from someone who isn't close."
	}
	return "A short, kind message with nothing asked in return is rarely unwelcome; the worst likely outcome is a brief reply."
}

// What a kind message would say: thanks, a day's wishes, cheering on,
// sympathy.
var (
	reThanksAct = regexp.MustCompile(`\b(?:thank|thanks|thank you|thank-you|grateful|gratitude|appreciat\w*)\b`)
	reDayAct    = regexp.MustCompile(`\b(?:birthday|bday|merry christmas|happy new year|happy holidays)\b`)
	reCheerAct  = regexp.MustCompile(`\b(?:congrat\w*|well done|good luck|proud of)\b`)
	reSorrowAct = regexp.MustCompile(`\b(?:condolence\w*|loss|get well)\b`)
)

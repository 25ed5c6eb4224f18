package compose

import "regexp"

// What a person tells around an apology is not all reason. A verdict on
// themselves ("i feel like an awful friend", "i'm the worst sister") is
// said better by the apology's own words, and what they did about it
// already ("i already told him", "i already said sorry on the phone") is
// background: neither is read out as a reason.

// notAReason reports a detail of the writer's own that an apology leaves
// out.
func notAReason(t string) bool {
	return selfVerdict.MatchString(t) || alreadyDone.MatchString(t)
}

var (
	// selfVerdict is the writer judging themselves.
	selfVerdict = regexp.MustCompile(`(?i)^I(?:'ve| have)? (?:feel|felt|been feeling|am feeling|'m feeling) (?:like )?(?:such )?(?:a|an|the) (?:[\w-]+ ){0,2}(?:friend|person|mate|sister|brother|daughter|son|human|human being|mum|mom|dad|partner|colleague|flatmate)\b|^I(?:'m| am| was) (?:such |literally |honestly )?(?:a|an|the) (?:\w+ )?(?:worst|awful|terrible|horrible|bad|rubbish|crap|shit|useless|idiot|mess)\b|^I(?:'m| am) (?:literally |honestly )?the worst\b|^I (?:feel|felt) (?:so |really |very |pretty |absolutely )?(?:bad|awful|terrible|horrible|guilty|ashamed|rubbish|crap|shit)(?: about (?:it|this|that))?$`)
	// alreadyDone is what the writer already did about it.
	alreadyDone = regexp.MustCompile(`(?i)^I(?:'ve| have)? already (?:told|said|apologi[sz]ed|texted|messaged|called|rang|spoke|explained|paid)\b`)
)

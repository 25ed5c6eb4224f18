package agent

import "github.com/companion-dev/companion/agent/compose"

// Asking someone for something — a reference, an introduction, advice, a
// favour — is a message to write, to the one asked, whatever the words:
// "i need a reference from my old boss, mike", "my old manager tom, i want
// him to be my reference", "could my tutor put in a good word for me". The
// ask is the detail the draft carries. What makes it an ask of them rather
// than of the companion is its shape: the thing comes *from* someone, the
// person *asks* someone, or wants someone *to* do it for them. A wish for
// advice *about* someone ("i need advice about my sister") asks the
// companion, and is not this.

// askOf reports text that asks someone other than the companion for
// something. The caller checks that someone is named.
func askOf(text string) bool {
	f := foldText(text)
	if f == "" || askOfYou.MatchString(f) {
		return false
	}
	return askFrom.MatchString(f) || askSomeone.MatchString(f) || wantThemTo.MatchString(f) || couldThey.MatchString(f)
}

// askNouns are the things people ask of someone they know.
const askNouns = `(?:references?|referee|recommendations?|rec|rec letter|letter of (?:recommendation|reference|support)|reference letter|testimonial|endorsement|intro|introductions?|referral|advice|favou?rs?|help|a hand|hand|lift|ride|loan|money|feedback|input|opinion|guidance|tips|pointers|mentoring|mentorship|support|signature|sponsorship|sponsor|shout ?out|good word|quote|character reference|cover|recs?|leads?|contacts?)`

// askFrom is a thing wanted from someone: "a reference from my old boss",
// "some advice from my uncle", "a favour from priya".
var askFrom = mustPattern(`\b(?:need|needs|needed|want|wanted|wanna|would like|'d like|d like|hoping for|hope to get|looking for|after|get|getting|got to get|ask for|asking for|request|requesting|could (?:really |honestly |definitely |just )?(?:use|do with))\b(?: \S+){0,5}? ` + askNouns + `\b(?: \S+){0,6}? from\b`)

// askSomeone is asking someone for something or to do it: "ask my old boss
// mike for a reference", "asking my aunt if she could help". A question
// about asking ("should i ask…") is advice, which the caller rules out.
var askSomeone = mustPattern(`\b(?:ask|asking|request|beg|pester|approach|hit up)\b(?: \S+){1,5}? (?:for (?:a |an |some |his |her |their )?` + askNouns + `|to (?:be my|introduce|intro|refer|recommend|vouch|put in|write|lend|help|give|sign|cover|look over|proofread|review|mentor|sponsor)|if (?:she|he|they|i) (?:could|can|would|will|might|may)|whether (?:she|he|they|i) (?:could|can|would|will|might|may))\b`)

// wantThemTo wants someone to do something for the person: "i want him to
// be my reference", "i'd love my old teacher to write me a letter".
var wantThemTo = mustPattern(`\b(?:want|wanted|wanna|would like|'d like|d like|would love|'d love|d love|need|hoping|hope|get|getting)\b(?: \S+){1,5}? to (?:be (?:my|a) (?:references?|referee|mentor|guarantor|sponsor|witness|best man|bridesmaid|maid of honou?r|godparent|godmother|godfather|guardian|emergency contact)|introduce me|intro me|refer me|recommend me|vouch for me|put in a (?:good )?word|write (?:me )?(?:a |an )?(?:reference|letter|recommendation|testimonial)|lend me|help me (?:out|with|move|find|get)|give me (?:a|an|some|advice|feedback)|sign (?:my|off|for)|cover (?:my|for me)|look over my|proofread|review my|mentor me|sponsor me)\b`)

// couldThey is a wish put as a question about someone: "could my former
// supervisor write me a reference", "would my uncle be willing to lend me
// the van".
var couldThey = mustPattern(`^(?:(?:so|hey|hi|um|ok|okay|i wonder|wondering) )*(?:could|would|can|will|might)\b(?: \S+){1,5}? (?:be willing to |be able to |be up for |possibly |maybe )?(?:give me|write me|be my|introduce me|intro me|refer me|recommend me|vouch for me|lend me|help me|put in a (?:good )?word|sign (?:my|off)|look over my|review my|mentor me)\b`)

// askOfYou is the companion asked for it: "can you give me advice",
// "i need you to help me", "can u recommend".
var askOfYou = mustPattern(`^(?:(?:so|hey|hi|um|ok|okay|please|pls) )*(?:can|could|would|will) (?:you|u|ya)\b(?: please| pls)? (?:give|help|recommend|introduce|refer|lend|be)\b|\b(?:need|want|would like|'d like|d like) (?:you|u) to\b|\bfrom (?:you|u)\b`)

// askOccasion is the occasion of an ask whose words named none: a
// professional ask of someone from work or met through it, and a favour
// asked of family and friends otherwise.
func askOccasion(d DraftDetails) string {
	if t := compose.TieOf(d.Relationship); t == compose.TieWork || t == compose.TieWeak {
		return OccasionProfessional
	}
	return OccasionSupport
}

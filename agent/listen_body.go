package agent

import "strings"

// Discomfort in the body told in passing ("my back is killing me today",
// "so bloated ugh", "got a stinking cold") is small talk, not low mood
// about people: a short, kind word, with a pharmacist or doctor named in
// case it lingers, and no offer to reach out to anyone. Anything that
// sounds like an emergency is the safety layer's, which reads every
// message before this.

// reBodyAche is a part of the body said to hurt: "my knees ache", "neck
// is so stiff", "my feet are killing me", "back's playing up".
var reBodyAche = mustPattern(`\b(?:my |me )?((?:lower back|back|neck|shoulder|knee|hip|feet|foot|leg|ankle|wrist|arm|hand|head|stomach|tummy|belly|gut|tooth|teeth|eye|ear|throat|jaw|sinuse|joint|muscle|calves|thigh|bum|skin)s?) (?:(?:is|are|has been|have been|been|feels|feel|keeps|kept|was|were|still|so|really|proper|properly|absolutely|literally|bloody|that|just|all) )*(?:aching|aches|ache|achy|hurts|hurt|hurting|killing me|sore|stiff|throbbing|pounding|burning|itchy|itching|playing up|in bits|in agony|agony|wrecked|knackered|done in|swollen|seized up|locked up|screaming|cramping)\b`)

// reBodyComplaint is a small ailment named: "headache all afternoon",
// "period cramps", "hayfever is horrendous", "got a stinking cold".
var reBodyComplaint = mustPattern(`\b(?:headache|headaches|migraine|migraines|toothache|backache|earache|stomach ache|stomachache|tummy ache|bellyache|cramps|period pain|period pains|bloated|bloating|nauseous|queasy|hayfever|hay fever|heartburn|indigestion|a cold|a stinking cold|the flu|man flu|a bug|sore throat|runny nose|blocked nose|stuffy nose|sneezing|sneezy|a cough|coughing|hungover|hangover|jet lag|jetlag|sunburn|sunburnt|blisters|a blister|pulled a muscle|cricked my neck|stubbed my toe|(?:feel|feeling|felt) (?:so |really |a bit |proper |properly |kinda |well )?(?:sick|ill|poorly|queasy|nauseous)|coming down with something|under the weather)\b`)

// reSickOver is sick or ill with a feeling, not in the body: "i feel sick
// about what i said", "sick of everyone".
var reSickOver = mustPattern(`\b(?:sick|ill|queasy|nauseous) (?:about|of|that|with worry|at the thought|thinking|when i think)\b`)

// reNotMine is someone else's ailment: "my mum has a migraine", "his
// back is bad".
var reNotMine = mustPattern(`\b(?:his|her|their|(?:my|our) (?:mum|mom|dad|son|daughter|kid|kids|baby|wife|husband|partner|boyfriend|girlfriend|sister|brother|friend|nan|gran|grandma|grandad|dog|cat)s?|(?:he|she|they) (?:has|have|had|is|are|was|were|got|gets|keeps))\b`)

// bodyDiscomfort reports the person's own small ailment told with nothing
// asked and no low feeling about people beside it.
func bodyDiscomfort(text string) bool {
	f := foldText(text)
	if asksSomething(text) || asksToWrite(text) || reNotMine.MatchString(f) || reSickOver.MatchString(f) {
		return false
	}
	if !reBodyAche.MatchString(f) && !reBodyComplaint.MatchString(f) {
		return false
	}
	rest := reBodyAche.ReplaceAllString(f, " ")
	rest = reBodyComplaint.ReplaceAllString(rest, " ")
	rest = reDiscomfort.ReplaceAllString(rest, " ")
	_, low := findLow(rest)
	return !low
}

// bodyReply is a kind word about it, naming the part that hurts when it
// was named.
func bodyReply(text string) string {
	open := pick(text, []string{"Oh no, that sounds really uncomfortable.", "Ugh, sorry, that's no fun at all."})
	if m := reBodyAche.FindStringSubmatch(foldText(text)); m != nil {
		part := m[1]
		verb := " is"
		if strings.HasSuffix(part, "s") || part == "feet" || part == "teeth" {
			verb = " are"
		}
		open = pick(text, []string{"Oh no, sorry your " + part + verb + " giving you grief.", "Ugh, sorry your " + part + verb + " playing up."})
	}
	return open + " " + pick(text, []string{
		"Go easy on yourself today, and if it doesn't settle, a pharmacist or doctor can help.",
		"I hope it eases soon; if it hangs around, it's worth a word with a pharmacist or doctor.",
	})
}

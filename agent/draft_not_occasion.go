package agent

import "strings"

// An occasion taken back in words ("maybe not congrats", "actually don't
// congratulate, it's more of a sad thing", "it isn't really a thank-you")
// re-reads the occasion, however the rest of the message is worded: what
// else it says the message is, or, when it says nothing else, a message
// that only asks after them. What was told for the draft stays; only how
// it is met changes.

// occasionNegated is an occasion word said not to be wanted, with the
// word in group 1.
var occasionNegated = mustPattern(`\b(?:not|no|don'?t|dont|do not|isn'?t|isnt|wasn'?t|without|never|rather not|less of a|skip the|drop the|leave out the|nothing)(?: (?:say|saying|to|a|an|the|really|any|too|so|want to|wanna|need to|make it|it|as|going to|gonna|be|exactly|quite|much of a|of a|more))* (congrat\w*|well done|thank you|thank\w*|apolog\w*|birthday|bday|b-day|condolences?|sympathy|celebrat\w*|happy)\b`)

// negatedWord is the occasion each taken-back word names.
func negatedWord(w string) string {
	switch {
	case strings.HasPrefix(w, "congrat"), w == "well done", strings.HasPrefix(w, "celebrat"), w == "happy":
		return OccasionWin
	case strings.HasPrefix(w, "thank"):
		return OccasionThanks
	case strings.HasPrefix(w, "apolog"):
		return OccasionApology
	case w == "birthday" || w == "bday" || w == "b-day":
		return OccasionBirthday
	case strings.HasPrefix(w, "condolence"), w == "sympathy":
		return OccasionCondolence
	}
	return ""
}

// sadNews say the news is a sad one rather than good: "more of a sad
// thing", "it's bad news really".
var sadNews = mustPattern(`\b(?:sad|sadder|upsetting|bad news|sad news|hard news|not good news|heavy|not (?:really |exactly |such )?(?:a )?happy|gutted|tough|hard one|rough)\b`)

// takenBackOccasion returns the occasion text turns the draft d to when it
// takes back the occasion the draft has, and false when it takes back
// none.
func takenBackOccasion(text string, d DraftDetails) (string, bool) {
	folded := foldText(text)
	m := occasionNegated.FindStringSubmatch(folded)
	if m == nil || len(strings.Fields(folded)) > 16 {
		return "", false
	}
	neg := negatedWord(m[1])
	if neg == "" || neg != d.Occasion && neg != draftOccasionNow(d) {
		return "", false
	}
	rest := occasionNegated.ReplaceAllString(slipWords.ReplaceAllString(folded, ""), " ")
	occ := supportiveOccasion(rest)
	if occ == "" && sadNews.MatchString(folded) {
		occ = OccasionHardTime
	}
	if occ == "" {
		occ = occasionFromWords(rest)
	}
	if occ == "" {
		occ = draftOccasion(rest)
	}
	if occ == "" || occ == neg || occ == OccasionProfessional {
		occ = OccasionThinking
	}
	return occ, true
}

// notOccasion marks, among the skipped slots, an occasion taken back:
// what is told later never turns the draft back to it.
const notOccasion = "not:"

// reoccasionKeeping turns the running draft to occasion occ, keeping all
// that was told for it but the words that only named the old occasion.
func (t *turn) reoccasionKeeping(occ string) {
	ds := t.p.Flow.Draft
	d := &ds.Details
	var said []string
	for _, s := range d.Said {
		if occasionNegated.MatchString(foldText(s)) || occasionFromWords(s) == d.Occasion && len(strings.Fields(s)) <= 4 {
			continue
		}
		said = append(said, s)
	}
	d.Skipped = appendMissing(appendMissing(d.Skipped, slotOccasion), notOccasion+d.Occasion)
	d.Said, d.Occasion = said, occ
	if len(ds.History) > 0 {
		ds.Variant = 0
		t.showDraft("Okay — written as "+occasionNoun(occ)+":", "")
		return
	}
	t.draftNext("Okay, " + occasionNoun(occ) + ". ")
}

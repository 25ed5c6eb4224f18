package agent

// Others' milestones told beside the person's own lack of them ("everyone
// i know is getting married and im 34 and single", "all my mates have
// kids now and i can't even get a second date") are an ache of comparing
// and of being left behind. Neither the weddings nor the babies are a
// change of the person's own, or news to be glad about: the reply hears
// the ache.

// reOthersMilestone is people around the person reaching a milestone.
var reOthersMilestone = mustPattern(`\b(?:everyone'?s|everybody'?s|everyone|everybody|all (?:of )?my (?:friends|mates|pals|cousins|siblings|classmates|school friends|uni friends|colleagues|coworkers|friends? from \w+)|(?:most|half|all|loads|lots) (?:of )?(?:my|our) (?:friends|mates|year|class|cousins)|my (?:friends|mates) are all|people my age|every(?:one|body) (?:i know|around me|my age|else)|all the people i know|every single one of my friends)\b(?: \w+){0,6}? (?:(?:is|are|re|s|have|has|ve|seem to be|keep|keeps) )?(?:all )?(?:getting (?:married|engaged|promoted|hitched)|got (?:married|engaged)|married|engaged|pregnant|having (?:babies|kids|children|a baby|their first)|(?:have|has|got) (?:kids|babies|children|partners|a partner|houses|mortgages)|(?:buying|bought) (?:houses|homes|flats|a house|a flat|places)|settling down|settled down|coupled up|paired off|moving in (?:with|together)|in (?:relationships|a relationship)|engagements|weddings|baby showers)\b`)

// reOwnLack is the person set beside them, without it: "and im 34 and
// single", "meanwhile i can't even get a date", "and i'm still renting".
var reOwnLack = mustPattern(`\b(?:and|but|while|whilst|meanwhile|yet|then there'?s|and then)?\s*(?:i'?m|im|i am|me|i|i'?ve|ive|i have|i can'?t|i cant|i haven'?t|i havent|i don'?t|i dont)\b(?: \w+){0,6}? (?:single|alone|on my own|not even|still|nowhere|no one|nobody|never|haven'?t|havent|can'?t|cant|behind|stuck|nothing|zero|not seeing anyone|not dating|no partner|no boyfriend|no girlfriend|no kids|renting|\d\d)\b`)

// reAloneNamed is loneliness said in so many words beside the comparing.
var reAloneNamed = mustPattern(`\b(?:lonely|lonelier|loneliness|alone|isolated|on my own|by myself)\b`)

// comparingAche reports others' milestones told with the person's own
// lack of them, and nothing asked of the guide.
func comparingAche(text string) bool {
	folded := foldText(text)
	loc := reOthersMilestone.FindStringIndex(folded)
	if loc == nil || asksGuide(text) || asksToWrite(text) {
		return false
	}
	return reOwnLack.MatchString(folded[loc[1]:])
}

// comparingAcheReply hears the ache of comparing, asks about it, and
// offers a gentle step. It reports false for any other message.
func (t *turn) comparingAcheReply() bool {
	if !comparingAche(t.text) {
		return false
	}
	line := pick(t.text, []string{
		"That comparison can really ache. When everyone around you seems to be reaching the next thing, it's easy to feel left behind, even though lives don't run to one timetable.",
		"Watching the people around you hit milestones you'd like too can sting, and it can leave you feeling left behind. It's a very human ache, and it says nothing about what's still ahead for you.",
	})
	if reAloneNamed.MatchString(foldText(t.text)) {
		// "and i just feel alone": the loneliness said is named back
		// first, the comparing beside it.
		line = pick(t.text, []string{
			"Feeling lonely while everyone around you seems to be moving on to the next thing is a real ache, and comparing can make it sharper, even though lives don't run to one timetable.",
			"That sounds lonely. Watching the people around you reach milestones you'd like too can leave you feeling alone and left behind, and it says nothing about what's still ahead for you.",
		})
	}
	t.p.Flow.Offer = &Offer{Kind: "talk", Felt: "left out", Line: line}
	t.say(line+" What's it been stirring up for you lately?",
		Choice{ID: "journey:matter", Label: "Think about who matters"},
		Choice{ID: "menu:draft", Label: "Write to someone"})
	return true
}

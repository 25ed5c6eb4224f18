package agent

// A message sent and never answered is what one gentle follow-up is for,
// however it is told: "sent my cousin a message 2 weeks ago and nothing
// back", "dm'd kai a link to the flat, nothing", "gave siobhan a call and
// left a voicemail, she never called back". Two things make it: the person
// reached out (they are the one who sent, texted, rang), and the other side
// stayed silent. Who it is for is the one reached, which the people finder
// reads from the words after the verb ("sent my cousin a message" is to the
// cousin). The person's own silence ("she texted me and i never replied")
// is an apology instead, and a hurt said outright ("it's eating me up") is
// listened to first.

// followUpTold reports a message that tells of reaching out to someone and
// hearing nothing back.
func followUpTold(text string) bool {
	f := foldText(text)
	return reachedOutTo.MatchString(f) && (noReply.MatchString(f) || silenceAfter.MatchString(f)) && !ownSilence.MatchString(f)
}

// reachedOutTo is the person getting in touch: "sent my cousin a message",
// "i texted jo", "we emailed the venue", "shot ollie a text", "left her a
// voicemail", "gave siobhan a call".
var reachedOutTo = mustPattern(`(?:^|\b(?:i|we|so|and|then|just|already|finally|also|even)\s)(?:(?:already|just|finally|also|even|literally) )?(?:sent|send|texted|txted|txt'?d|messaged|msged|msg'?d|emailed|e-mailed|mailed|dm'?d|dmed|dm-ed|pinged|whatsapped|whatsapp'?d|snapchatted|called|rang|phoned|facetimed|wrote(?: to)?|reached out(?: to)?|followed up(?: with)?|replied to|asked|invited|tagged|voice ?noted|shot \S+(?: \S+){0,2} an? (?:text|message|msg|email|dm|note|line)|dropped \S+(?: \S+){0,2} an? (?:text|message|msg|email|dm|note|line)|left \S+(?: \S+){0,2} an? (?:voicemail|voice note|message|note)|left an? (?:voicemail|voice note|message)|gave \S+(?: \S+){0,2} an? (?:call|ring|bell|buzz))\b`)

// silenceAfter is silence said in other words than a reply not come:
// "nothing back", "radio silence", "still waiting", "crickets", a closing
// "nothing".
var silenceAfter = mustPattern(`\b(?:nothing (?:back|yet|since|at all|in return)|heard nothing|(?:not|never|haven'?t|havent|didn'?t|didnt) heard (?:anything|a thing|back|a word|a peep)|not a (?:peep|word|thing) (?:back|since)|no (?:reply|response|answer|word|news|sign of life|reaction)(?: yet| since| back| at all)?|zero (?:reply|response|replies|responses)|radio silence|crickets|still waiting|still nothing|silence since|(?:went|gone|has gone|have gone) (?:quiet|silent|dark|awol|mia)|ghosted me|(?:no ?one|nobody|not one person|none of them) (?:answered|replied|responded|said anything|reacted|voted|got back)|left (?:me )?on (?:read|delivered|seen|opened)|seen it but|opened it but|(?:never|didn'?t|didnt|hasn'?t|hasnt|haven'?t|havent) (?:called|rung|texted|messaged|written|wrote|emailed|got|gotten|rang) (?:me )?back|(?:and|but|still|just) nothing$|nothing$)`)

// ownSilence is the person's own reply not sent, which an apology answers:
// "i never replied", "i still haven't answered".
var ownSilence = mustPattern(`\bi (?:still |just |kinda |totally |completely )?(?:never|haven'?t|havent|didn'?t|didnt|did not|have not|forgot to) (?:replied|reply|answered|answer|responded|respond|got back|get back|texted back|text back|called back|call back|wrote back|write back)\b`)

// silenceFelt reports a silence told with the person's own hurt or low
// mood ("feeling a bit low, nobody replied to my message in the group
// chat"), or after reaching out again and again (repeatedReach): it is
// listened to first, with writing offered, not drafted.
func silenceFelt(text string) bool {
	f := foldText(text)
	return (noReply.MatchString(f) || silenceAfter.MatchString(f)) && (ownFeeling.MatchString(f) || saysLow(text)) || repeatedReach(f)
}

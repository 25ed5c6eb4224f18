package compose

import "regexp"

// A birthday forgotten can be what a message wishes late ("i forgot her
// birthday, help me send a late one") or what it says sorry for ("i
// forgot his birthday and want to apologise"). When the person asks to say
// sorry, the apology is the occasion and the birthday is what it is for:
// no "Happy belated birthday!", no "I hope it was a wonderful day".

// sorryAsked is the person asking to apologise, or saying sorry in the
// telling ("sorry i missed his birthday"), or to make it up to them.
var sorryAsked = regexp.MustCompile(`\b(?:apologi[sz]\w*|apology|say (?:i'?m |i am )?sorry|(?:^|[.,;!?] *|\bso |\breally |\bi'?m |\bim |\bi am )sorry (?:i|for|about|that)\b|make (?:it )?up (?:to|for)|make amends|grovel\w*)`)

// lateWish is a late birthday wish asked for in so many words.
var lateWish = regexp.MustCompile(`\b(?:belated|late (?:one|birthday|bday|message|wish\w*|card|text|happy)|happy (?:late|belated))\b`)

// forgotBirthdaySorry reports a forgotten birthday the person wants to
// apologise for, rather than wish late.
func forgotBirthdaySorry(low string) bool {
	return lateBirthday.MatchString(low) && sorryAsked.MatchString(low) && !lateWish.MatchString(low)
}

// sorryLead is a sorry said before what it is for, in a detail typed on
// its own ("sorry i missed his birthday"): what follows is the wrong the
// apology names, and the sorry itself is what the draft's shape says.
var sorryLead = regexp.MustCompile(`(?i)^(?:i'?m |im )?(?:so |really |very |truly )?sorry,? (?:that )?((?:i|i'?ve|ive|i'?d)\s)`)

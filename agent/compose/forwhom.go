package compose

import (
	"regexp"
	"strings"
)

// A request may name whom a message is for and what it is for with the
// same word: "a thank you text for my sister Amara for her speech", "a
// congrats card for Leo on his new job". The first "for" says whom, so it
// reads as "to", and what follows the second is what the message is for.

// forWhomThenWhat is a message "for" someone, then "for", "on" or "about"
// what: the someone is a name, or a relation word after "my" or "our".
var forWhomThenWhat = regexp.MustCompile(`(?i)\b(text|note|message|msg|card|email|letter|words|something|wishes) for ((?:my|our) (?:[\w'-]+ ){0,2}?)?([A-Z][\w'-]+|mum|mom|dad|nan|nana|gran|grandma|grandad|grandpa|sis|bro|sister|brother|aunt|auntie|uncle|cousin|friend|mate|boss|neighbour|neighbor|teacher|colleague)( (?:for|on|about)\b)`)

// whomAsTo is text with the first "for" of such a request said as "to".
func whomAsTo(text string) string {
	return forWhomThenWhat.ReplaceAllString(text, "$1 to $2$3$4")
}

// A courtesy said straight to someone ("quick thanks to dave for the
// lift", "a sorry to tomas for snapping at him") is the message asked for:
// whom it is to is the recipient, and what follows is what it is for, read
// as "thanks for the lift".

// courtesyTo is a thanks, a sorry or congratulations "to" someone, then
// "for", "on" or "about" what.
var courtesyTo = regexp.MustCompile(`(?i)\b(?:(?:a|an|just|quick|little|big|huge|massive|special|proper|heartfelt|belated|short) )*(thanks|thank you|thank-you|cheers|sorry|apologies|an apology|congrats|congratulations|well done) to ((?:my|our) (?:[\w'-]+ ){0,2}?)?([\w'-]+)( (?:for|on|about)\b)`)

// courtesyToName is text with such a courtesy's "to name" left out when
// the name is the recipient's.
func courtesyToName(text, name string) string {
	first := firstName(name)
	if first == "" {
		return text
	}
	out := courtesyTo.ReplaceAllStringFunc(text, func(m string) string {
		sm := courtesyTo.FindStringSubmatch(m)
		if !strings.EqualFold(sm[3], first) {
			return m
		}
		word := courtesyWord[strings.ToLower(sm[1])]
		if word == "congratulations" {
			// "well done to sami for passing": congratulations on it.
			return "congratulations on" + strings.TrimPrefix(strings.TrimPrefix(sm[4], " for"), " on")
		}
		return word + sm[4]
	})
	// "i want to say sorry to my mum for…": said once.
	return strings.ReplaceAll(out, "say say sorry", "say sorry")
}

// courtesyWord is the plain word for each courtesy, which the rest of
// Parse reads: "cheers for" is "thank you for".
var courtesyWord = map[string]string{"thanks": "thank you", "thank you": "thank you", "thank-you": "thank you", "cheers": "thank you",
	"sorry": "say sorry", "apologies": "say sorry", "an apology": "say sorry", "congrats": "congratulations", "congratulations": "congratulations",
	"well done": "congratulations"}

// courtesyOccasion is the occasion a courtesy said to someone names: "" when
// text opens with none.
func courtesyOccasion(text string) Occasion {
	m := courtesyTo.FindStringSubmatchIndex(text)
	if m == nil || strings.TrimSpace(leadFiller.ReplaceAllString(text[:m[0]], "")) != "" {
		return ""
	}
	switch strings.ToLower(text[m[2]:m[3]]) {
	case "sorry", "apologies", "an apology":
		return Apology
	case "congrats", "congratulations", "well done":
		return Congrats
	}
	return Thanks
}

package compose

import "regexp"

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

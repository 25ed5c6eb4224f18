package compose

import (
	"regexp"
	"strings"
)

var (
	// styleThenSay is how the message should sound, then what it should
	// say: "just short and say i'll be there", "keep it light but
	// mention the party".
	styleThenSay = regexp.MustCompile(`(?i)^(?:(?:ok(?:ay)?|no|yes|yeah|fine|sure|right|and|so|just|keep it|make it|something|maybe|pretty|quite|really|nice and)[,.!]*\s+)*(?:short|brief|simple|casual|warm|light|quick|gentle|friendly|sweet|chill|formal|polite|kind|upbeat)(?: and sweet)?,?\s+(?:and|but)\s+(?:also\s+|just\s+|maybe\s+)?((?:say|tell|mention|add|ask|let|include|put in|remind)\b.+)$`)
	// wantKnow is the writer wanting them to know something: said as
	// "let her know", which the request reading already takes apart.
	wantKnow = regexp.MustCompile(`(?i)^(?:(?:and|but|so|also|just)\s+)*(?:i\s+)?(?:just\s+|really\s+|also\s+)?(?:want|wanted|need|'d like|would like|wanna)\s+(her|him|them)\s+to\s+know\b`)
	// canOffer is an offer the writer can make: "i can offer to do a
	// food shop", "i could offer to drive".
	canOffer = regexp.MustCompile(`(?i)^(?:(?:and|but|so|also|maybe)\s+)*i\s+(?:can|could|'d|would|will|'ll|might)\s+(?:like to\s+|love to\s+|also\s+|always\s+)?offer\s+to\s+`)
)

// sayLead rewrites a clause whose first words say how to write it, so
// that what it asks to be said is read as the message's content.
func sayLead(raw string) string {
	t := strings.TrimSpace(raw)
	if m := frontedScene.FindStringSubmatch(t); m != nil {
		// "in the client meeting i took credit for his slides": what
		// happened first, where after it.
		return m[2] + " " + strings.ToLower(m[1])
	}
	if m := styleThenSay.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	if loc := wantKnow.FindStringSubmatchIndex(t); loc != nil {
		if rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t[loc[1]:]), "that ")); !firstPersonStart.MatchString(rest) {
			// "there's ice cream in the freezer": said as it is; "i'm
			// still around" is already read as the writer's own.
			return "let " + t[loc[2]:loc[3]] + " know " + rest
		}
	}
	if m := cantVisitTill.FindStringSubmatch(t); m != nil {
		// "i cant visit till the week after": said as when the writer
		// will come, not as what they cannot do.
		return "I'll come and see you " + m[3]
	}
	if m := hopeTheyreWell.FindStringSubmatch(t); m != nil {
		// "just want to say hope shes well": the hope, said to them.
		return "I hope you're " + strings.ToLower(m[1])
	}
	if m := barePlan.FindStringSubmatch(t); m != nil {
		// "dinner at our fave ramen place when im back": a plan said
		// without its verb.
		return "how about " + m[1]
	}
	if loc := canOffer.FindStringIndex(t); loc != nil {
		return "offer to " + t[loc[1]:]
	}
	if m := bareThat.FindStringSubmatch(t); m != nil {
		// "just that it meant a lot": what to say, with no verb of
		// saying left before it.
		return m[1]
	}
	return raw
}

// bareThat is what to say given as a "that" clause alone, its verb of
// saying left out: "just that it meant a lot", "and that we miss her".
var bareThat = regexp.MustCompile(`(?i)^(?:(?:and|but|so|also|just|only|mostly|basically)\s+)*that\s+((?:it|it's|its|there|we|we're|you)\b.+)$`)

// firstPersonStart is a clause the writer says of themselves.
var firstPersonStart = regexp.MustCompile(`(?i)^(?:i|im|i'm|i've|ive|i'll|ill|i'd|we|we're|were)\b`)

// frontedScene is where or when something happened, put before it: "in
// the meeting yesterday, i…", "at the party on saturday we…".
var frontedScene = regexp.MustCompile(`(?i)^((?:in|at|during|after) (?:the|our|a|this|that|last|today's|yesterday's) (?:[\w'-]+ ){0,3}?(?:meeting|call|standup|stand-up|presentation|review|party|dinner|class|lesson|match|game|session|interview|pitch|wedding|barbecue|bbq|do|drinks)(?: (?:yesterday|today|last night|this morning|earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?),? ((?:i|we)\b.+)$`)

// cantVisitTill is a visit put off: "i can't visit till the week after".
var cantVisitTill = regexp.MustCompile(`(?i)^(?:(?:and|but|so)\s+)?i (?:can'?t|cant|cannot|won'?t be able to|wont be able to) (?:visit|come(?: over| round| down| up| home| back| out)?|get (?:there|over|out|home|back)|fly (?:over|out|home|back|in)|fly|travel(?: over| out| home| back)?|make it(?: over| out| home| back)?|see (her|him|them))(?: (her|him|them))? (?:until|till|til|before) (.+)$`)

// hopeTheyreWell is a wish for them to be well, said of them.
var hopeTheyreWell = regexp.MustCompile(`(?i)^(?:(?:and|but|so|just)\s+)*(?:i\s+)?(?:just\s+)?(?:(?:want|wanted|'d like|would like|wanna)\s+to\s+)?(?:say\s+|tell\s+(?:her|him|them)\s+|let\s+(?:her|him|them)\s+know\s+)?(?:that\s+)?(?:i\s+)?hope\s+(?:she|he|they)(?:'s|s|\s+is|'re|\s+are)\s+((?:doing\s+)?(?:well|ok|okay|good|happy|alright|all right))$`)

// barePlan is a plan named with no verb: "dinner at our place when I'm
// back", "drinks on friday".
var barePlan = regexp.MustCompile(`(?i)^(?:(?:and|maybe|then|plus)\s+)*((?:dinner|lunch|drinks|a drink|coffee|brunch|a meal|a pint|a takeaway|a walk|a picnic|a day out|a weekend away)\s+(?:at|in|on|to|out|together)\b.{3,60}?)$`)

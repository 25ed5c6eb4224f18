package agent

import (
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/people"
)

// ComposeDraft writes a message from d without any language model. The
// occasion shapes it (a condolence opens quietly and says sorry, a
// thank-you says what for, a group is greeted as a group); what the person
// told about the message is rewritten to speak to the recipient, and what
// is only background for the companion stays out. Variant picks among
// several ways of writing it and wraps around.
func ComposeDraft(d DraftDetails, variant int) string {
	return shortAsAsked(notPasted(compose.Write(composeSpec(d, variant)), d), d)
}

// composeSpec turns what the flow knows into what the composer needs.
func composeSpec(d DraftDetails, variant int) compose.Spec {
	occ := compose.Occasion(d.Occasion)
	name := compose.Titled(strings.TrimSpace(strings.ToValidUTF8(d.Recipient, "")), d.Relationship)
	rel := d.Relationship + " " + strings.Join(d.Said, " ")
	tie := compose.TieOf(d.Relationship)
	// A family or partner word given as the relationship outranks work
	// words said about them ("my brother, who's doing his PhD").
	// A group word said about someone named ("Esther from my support
	// group") says where they are from; the message is still to them.
	if t := compose.TieOf(rel); tie == compose.TieFriend && (t != compose.TieGroup || name == "") || t == compose.TieGroup && name == "" || t == compose.TieWork && tie != compose.TieFamily && tie != compose.TiePartner {
		tie = t
	}
	switch {
	case occ == OccasionGroup || tie == compose.TieGroup && occ != OccasionThanks && occ != OccasionApology && occ != OccasionWin:
		occ, tie, name = OccasionGroup, compose.TieGroup, ""
	case tie == compose.TieGroup:
		// A thank-you, an apology, congratulations to several people:
		// that message, greeting them all.
		name = ""
	}
	if tie == compose.TieWork && (occ == "" || occ == OccasionSilence || occ == OccasionThinking) {
		occ = OccasionProfessional
	}
	if occ == OccasionProfessional && thanksWished(d.Said) {
		// "a professional message", then "i want to thank him": a
		// thank-you, in the register asked for.
		occ = OccasionThanks
		d.Formality = max(d.Formality, 1)
	}
	if occ == OccasionGroup {
		// To a group, what was said is read as said to a group: "gran
		// turns 85" is the cousins' shared news, not a birthday to wish.
		d.Occasion = OccasionGroup
	}
	return compose.Spec{
		Occasion: occ, Name: name, Tie: tie, Since: strings.ToValidUTF8(d.Since, ""), Tone: d.Tone,
		Length: d.Length, Warmth: d.Warmth, Formality: d.Formality, Medium: d.Medium,
		Details: draftDetails(d), Variant: variant,
	}
}

// thanksWished reports a wish to thank said among what the person told:
// "i want to thank him", "i'd like to say thank you to her".
func thanksWished(said []string) bool {
	for _, s := range said {
		if wishToThank.MatchString(foldText(s)) {
			return true
		}
	}
	return false
}

// wishToThank is the wish to thank the one written to.
var wishToThank = mustPattern(`\b(?:i|i'?d|id|i would|i really|i just)? ?(?:want|wanted|would like|'d like|d like|like|need|wanna|mean) to (?:properly |really |just |also )?(?:thank|say thank you|say thanks)\b`)

// draftDetails are the usable details in everything the person said about
// the message, rewritten, in the order they were given.
func draftDetails(d DraftDetails) []compose.Detail {
	occ := compose.Occasion(d.Occasion)
	var out []compose.Detail
	noExcuses := false
	// After a death, read as one story, so that what a later step says
	// ("she always made the best rice") is understood after what an
	// earlier one told ("my uncle's wife died"); otherwise each message on
	// its own, so that someone who died in the writer's family is not
	// taken for the "she" of the next message.
	said := make([]string, 0, len(d.Said))
	for _, s := range nameSpokenOf(d.Said, d.Recipient) {
		s = strings.TrimSpace(strings.ToValidUTF8(s, ""))
		if s == "" {
			continue
		}
		if !strings.ContainsAny(s[len(s)-1:], ".!?") {
			s += "."
		}
		if d.Relationship != "" && occ != OccasionGroup && !namesRecipient(s, d.Recipient) {
			// "my brother just lost his job", to the brother: he is the
			// "you" of the news, whether or not his name was given.
			s = compose.AsRecipient(s, d.Relationship)
		}
		said = append(said, s)
		noExcuses = noExcuses || compose.NoExcuses(s)
	}
	if occ == OccasionCondolence {
		out = append(out, compose.Parse(strings.Join(said, "\n"), d.Recipient, occ)...)
	} else {
		for _, s := range said {
			out = append(out, compose.Parse(s, d.Recipient, occ)...)
		}
	}
	// "…, not his birthday": what a later message took back stays out.
	out = compose.DropCorrected(out, said)
	if noExcuses && (occ == OccasionApology || occ == OccasionMend) {
		// "don't make excuses": why it happened stays out, said at any step.
		out = compose.DropReasons(out)
	}
	for _, m := range d.Mentions {
		ds := compose.Parse(strings.ToValidUTF8(m, ""), d.Recipient, occ)
		if len(ds) == 0 {
			// A bare phrase asked for by name ("her dog Biscuit") is kept.
			ds = []compose.Detail{{Kind: compose.Memory, Text: strings.ToValidUTF8(m, "")}}
		}
		out = append(out, ds...)
	}
	return out
}

// hasDetails reports whether something usable beyond the occasion itself
// has been said for the draft (a death, or how close they once were, still
// leaves room to ask for a memory).
func hasDetails(d DraftDetails) bool {
	for _, x := range draftDetails(d) {
		if !compose.Slight(x) {
			return true
		}
	}
	return false
}

// draftRequestRe is a request to write to someone that the intent parser
// may take for a question: "msg to ben, its been years".
var draftRequestRe = mustPattern(`\b(?:msg|message|text|txt|write|draft|send|note|card|drop a line|say (?:hi|hello|thanks|thank you|sorry|happy birthday)|thank|thanks|suggest|suggesting|apologi[sz]e|apology|congratulate|congrats|wish|reach out|check on|nudge|follow up|revive|wake up|get back in touch|tell|ask|share|short one|quick one|something (?:casual|short|warm|nice|kind|simple|sweet|funny|formal|polite|respectful|supportive|gentle|thoughtful|heartfelt)|post (?:in|on|to)|(?:a|little|quick) (?:hello|hi|note|line)|cheer (?:her|him|them) up)\b`)

var guideQuestionRe = mustPattern(`^(?:how|hows|what|whats|wat|why|should|is it|is that|when|do you think|can i|am i|any tips|tips)\b`)

// draftOverrides are the readings of a message that a plain request to
// write to someone named in it takes precedence over.
var draftOverrides = map[string]bool{IntentAsk: true, IntentFeeling: true, IntentThanks: true, IntentGreeting: true,
	IntentNone: true}

// lostOne is a death in the recipient's family: "Marcus's dad died", "his
// mum passed away" (the person's own loss is not a request to write).
var lostOne = mustPattern(`(?:'s|\bhis|\bher|\btheir) (?:\w+ )?(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|brother|sister|husband|wife|partner|son|daughter|dog|cat) (?:\w+ )?(?:died|passed away|passed)\b|\blost (?:his|her|their) (?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|brother|sister|husband|wife|dog|cat)\b|\b(?:put|have) (?:his|her|their) (?:\w+ ){1,2}(?:put )?down\b`)

// toPronoun is a request to write to someone named earlier: "message him".
var toPronoun = mustPattern(`\b(?:msg|message|text|write|send|tell|ask|thank|email)(?: to)? (?:him|her|them)\b`)

// reToldYou is the person telling the companion itself: "i'm pleased to
// tell you that…", "just wanted to let you know", "had to share it with
// you". Those words of telling are said to it, and ask for no message.
var reToldYou = mustPattern(`\b(?:tell|telling|told|let|letting|share|sharing|show|showing)(?: (?:it|this))?(?: with)? you(?: guys| all)?(?: know)?(?: that)?\b`)

// withoutToldYou is folded text with the words telling the companion
// itself left out.
func withoutToldYou(folded string) string {
	return reToldYou.ReplaceAllString(folded, " ")
}

// DraftRequest reports whether free text asks for a message to someone
// named in it, so that it starts a draft instead of a guide answer.
func DraftRequest(text string) bool {
	f := foldText(text)
	if guideQuestionRe.MatchString(f) || !draftRequestRe.MatchString(withoutLonging(withoutToldYou(foldText(withoutHabits(text))))) && !lostOne.MatchString(f) {
		return false
	}
	p := people.Find(text)
	return p.Found() || strings.Contains(f, "group") || toPronoun.MatchString(f)
}

// modelDetails is what a model is told about the draft: the occasion as
// read, and each usable detail already rewritten ("you got promoted",
// "sorry about your dad"), so the model works from the same sentences the
// templates would use and never sees the background left out.
func modelDetails(d DraftDetails) DraftDetails {
	spec := composeSpec(d, 0)
	d.Occasion = string(spec.Occasion)
	d.Recipient = spec.Name
	if spec.Tie == compose.TieGroup {
		d.Recipient = ""
	}
	var ms []string
	for _, x := range spec.Details {
		if s := compose.Describe(x); s != "" && !containsFold(ms, s) {
			ms = append(ms, s)
		}
	}
	d.Mentions, d.Said = ms, nil
	return d
}

// closesWithQuestion reports the occasions whose draft ends on a question;
// a condolence, a thank-you or an apology need not.
func closesWithQuestion(occasion string) bool {
	return occasion == "" || occasion == OccasionSilence || occasion == OccasionThinking
}

var (
	cheerfulStart = mustPattern(`^(?:hi|hey|hiya|hello|yo)\b[^.?\n]*!`)
	missYou       = mustPattern(`\bmiss(?:ed)? you\b`)
)

// draftOccasionRules are what a draft must not do for its occasion and
// relationship, whoever wrote it: no cheerful opening or exclamation mark
// in the first sentence of a sombre message, no "I miss you" to a weak or
// professional tie.
func draftOccasionRules(s string, d DraftDetails) error {
	spec := composeSpec(d, 0)
	first, _, _ := strings.Cut(s, "\n")
	if i := strings.IndexAny(first, ".?"); i >= 0 {
		first = first[:i+1]
	}
	if compose.Sombre(spec.Occasion) && (strings.Contains(first, "!") || cheerfulStart.MatchString(strings.ToLower(first))) {
		return errCheerful
	}
	if (spec.Tie == compose.TieWeak || spec.Tie == compose.TieWork) && missYou.MatchString(strings.ToLower(s)) {
		return errTooClose
	}
	return nil
}

// namesRecipient reports whether s names the recipient by the first word
// of their name.
func namesRecipient(s, name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w == f[0] {
			return true
		}
	}
	return false
}

package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Some points come up again and again in reflection answers: a worry of
// being a bother, a long gap since the last real talk, one way of being in
// touch feeling easier than another, a life too full, a fear of no reply.
// Said back word for word they read as a parrot ("You always think they're
// too busy for you — that would mean a lot to hear"); a friend names the
// point in their own words instead, and sums it up the same way.

// ownPoint is one such point: what shows it, the acknowledgements that name
// it, and how the summary says it ("" to leave the summary to the answer).
type ownPoint struct {
	name  string
	re    pattern
	acks  []string
	heard func(folded string, q Question, names []string) string
	// timed points answer only a question asking when.
	timed bool
	// plain points answer only an answer of one clause that compares
	// nothing: "big group calls wipe me out", not "discord drains me, in
	// person is better".
	plain bool
}

// reMakesFeelBurden is making others feel a burden, or not: about them.
var reMakesFeelBurden = mustPattern(`\b(?:make|makes|made|making|let) (?:them|people|anyone|others|him|her|someone|nobody|no one) (?:\w+ )?feel (?:like )?(?:a |they're a |theyre a )?(?:burden|bother|nuisance)`)

// reCompares sets one thing against another in an answer.
var reCompares = mustPattern(`\b(?:but|better|prefer|rather|whereas|while|though|than)\b`)

// asksWhen reports whether q asks when something last happened.
func asksWhen(q Question) bool {
	t := strings.ToLower(q.Text)
	return strings.HasPrefix(t, "when did") || strings.Contains(t, "how long since") || strings.Contains(t, "when was the last")
}

// ownPoints are tried in order; the first whose words an answer holds
// answers it.
var ownPoints = []ownPoint{
	{
		name:  "worn out",
		plain: true,
		re:    mustPattern(`\b(?:wipes? me out|wiped out|drains? me|draining|knackers? me|knackered|exhaust(?:s|ed|ing) me|(?:i'm|im|i am) (?:so |just |completely )?(?:exhausted|drained|wiped)|takes it out of me|too much for me)\b`),
		acks: []string{
			"Knowing what drains you is useful: it tells you where to spend the energy you have.",
			"That's good to know about yourself; there's no prize for doing what drains you.",
			"Some things cost more energy than others, and it's fine to choose the ones that don't empty you.",
		},
		heard: func(string, Question, []string) string { return "" },
	},
	{
		name: "it depends",
		re:   mustPattern(`^(?:(?:both|honestly|tbh|idk|hmm|um|i guess|kinda|kind of|it|its|it's|that|really|mostly|probably)\s+)*(?:depends|it depends|depending)\b`),
		acks: []string{
			"It changing with your mood and energy from day to day is an honest answer, and a useful one to know.",
			"Fair enough: what you have the energy for changes with the day, and that's fine.",
			"That makes sense; most people's needs shift with their mood and energy.",
		},
		heard: func(string, Question, []string) string { return "" },
	},
	{
		name: "bother",
		re:   mustPattern(`\b(?:too busy (?:for|to)|(?:they're|theyre|they are|he's|hes|she's|shes|everyone's|everyones|everyone is) (?:always |so |too |just )?busy|bother(?:ing)? (?:them|him|her|people)|(?:a |being a )(?:burden|bother|nuisance|pain)|annoy(?:ing)? (?:them|him|her)|(?:intrud\w*|imposing)|(?:no|any|little) (?:time|room|space) for me|(?:won't|wont|don't|dont|wouldn't|wouldnt|doesn't|doesnt) (?:want|care) to hear from me|(?:don't|dont) (?:want|wanna) to (?:bother|annoy|disturb))\b`),
		acks: []string{
			"Worrying that you'd be a bother holds a lot of people back, and most people are glad to be thought of, however full their week is.",
			"It's easy to assume people have no room for you; far more often they're pleased that someone thought of them.",
			"That fear of taking up someone's time is very common, and a short hello rarely lands as a burden.",
		},
		heard: func(folded string, _ Question, _ []string) string {
			if strings.Contains(folded, "busy") {
				return "You tend to assume they're too busy for you."
			}
			return "You worry about being a bother to them."
		},
	},
	{
		name: "no reply",
		re:   mustPattern(`\b(?:what if (?:they|he|she) (?:just |simply |really )?(?:don't|dont|doesn't|doesnt|won't|wont|never) (?:reply|answer|respond|text back|write back)|(?:scared|afraid|worried|nervous|worry|terrified) (?:that )?(?:they|he|she)(?:'ll| will| might| would|ll)? (?:not|won't|wont|never|ignore)|(?:get|being|getting) ignored|left on read)\b`),
		acks: []string{
			"Fearing there'll be no reply is very human; a light hello that asks nothing back takes most of that risk away.",
			"Not knowing how it will land is the hard part, and a message that needs no answer makes it much smaller.",
			"Lots of people hold back for fear of silence; a short, easy message keeps that risk small.",
		},
		heard: func(string, Question, []string) string { return "You worry they might not reply." },
	},
	{
		name: "easier way",
		re:   mustPattern(`\b(?:texting|texts?|messages?|messaging|voice ?(?:notes?|messages?)|calls?|calling|phone calls?|video calls?|facetime|meeting up|emails?|writing)\b (?:is|are|feels?|seems?|just feels?) (?:much |way |a lot |so |far )?(?:easier|less scary|less awkward|simpler|less pressure|more my thing|better for me)\b`),
		acks: []string{
			"Going with the way that feels easiest is wise: it's the one you'll actually do.",
			"Then that's the way to go; the easy way is the one that happens.",
			"Knowing what feels easy for you is half of keeping in touch.",
		},
		heard: func(folded string, _ Question, _ []string) string {
			m := reEasierWay.FindStringSubmatch(folded)
			if m == nil {
				return ""
			}
			a, b := wayWord(m[1]), wayWord(m[2])
			if a == "" {
				return ""
			}
			if b == "" || b == a {
				return upFirst(a) + " feels easier to you."
			}
			return upFirst(a) + " feels easier to you than " + b + "."
		},
	},
	{
		name: "long gap",
		re:   mustPattern(`\b(?:(?:a|one|two|three|four|five|six|a couple(?: of)?|a few|several|many|\d+) (?:years?|yrs?|months?) ago|years ago|ages ago|months ago|forever ago|(?:a )?long time ago|(?:maybe|about|like|around|almost|nearly|over|more than) (?:a|one|two|three|four|five|six|\d+) (?:years?|yrs?)|ages|last (?:year|summer|winter|spring|autumn|christmas|easter)|since (?:19|20)\d\d|(?:can't|cant|cannot) (?:even )?remember|not (?:in|for) (?:years|ages|months)|^(?:years|yrs|months|decades|yonks))\b`),
		acks: []string{
			"That's a while, and gaps like that open up quietly, without anyone deciding it.",
			"A long stretch, and a very common one; it doesn't take much to close it.",
			"That's some time ago, which is how it goes for most people; one message is enough to start closing the gap.",
		},
		heard: lastTalkHeard,
		timed: true,
	},
	{
		name: "recent",
		re:   mustPattern(`\b(?:yesterday|last (?:night|week|weekend)|this (?:week|weekend|morning)|the other day|a (?:few|couple(?: of)?) (?:days|weeks) ago|recently|today)\b`),
		acks: []string{
			"That's recent, which helps: there's a thread still there to pick up.",
			"Not long ago, then; the door is still open.",
			"That's fresh enough that a follow-up will feel natural.",
		},
		heard: lastTalkHeard,
		timed: true,
	},
	{
		name: "full life",
		re:   mustPattern(`\b(?:(?:two|2|three|3) jobs|a second job|(?:i'm|im|i am|i've been|ive been|been|life's|lifes|life is|work's|works|work is|always|too|just) (?:just |so |really |super |way too |too |very |crazy )?(?:busy|swamped|slammed|stretched|overloaded)|(?:no|never (?:have|got) (?:the )?|not enough) time|swamped|snowed under|run off my feet|(?:work|my job|uni|school|the kids|childcare) (?:eats?|takes?|swallows?) (?:up )?(?:all )?(?:of )?my (?:time|evenings|weekends|energy)|life gets in the way|life got in the way)\b`),
		acks: []string{
			"A full life with little time left over is the most common reason people drift, and it says nothing about how much they matter to you.",
			"When the days are that full and time is that short, small and regular beats big and rare.",
			"Time is the usual thing in the way; a two-minute message still counts.",
		},
		heard: func(string, Question, []string) string { return "Your own full days get in the way." },
	},
}

// reEasierWay reads "texting is easier than calling": the easier way and
// the harder one.
var reEasierWay = mustPattern(`\b(texting|texts?|messages?|messaging|voice ?(?:notes?|messages?)|calls?|calling|phone calls?|video calls?|facetime|meeting up|emails?|writing)\b (?:is|are|feels?|seems?|just feels?) (?:much |way |a lot |so |far )?(?:easier|less scary|less awkward|simpler|less pressure|more my thing|better for me)\b(?: (?:than|then) (texting|texts?|messages?|messaging|voice ?(?:notes?|messages?)|calls?|calling|phone calls?|video calls?|facetime|meeting up|emails?|writing))?`)

// wayWord is a way of being in touch, said as the summary says it.
func wayWord(w string) string {
	switch {
	case w == "":
		return ""
	case strings.HasPrefix(w, "text") || strings.HasPrefix(w, "messag"):
		return "texting"
	case strings.HasPrefix(w, "voice"):
		return "a voice note"
	case strings.HasPrefix(w, "video") || w == "facetime":
		return "a video call"
	case strings.HasPrefix(w, "call") || strings.HasPrefix(w, "phone"):
		return "calling"
	case strings.HasPrefix(w, "email") || w == "writing":
		return "writing"
	case w == "meeting up":
		return "meeting up"
	}
	return ""
}

// ownWordsAck names the point of answer in the companion's own words when it
// is one of ownPoints, or "".
func ownWordsAck(q Question, answer string, names []string, v int) string {
	folded := foldText(answer)
	for _, p := range ownPoints {
		if p.timed && !asksWhen(q) {
			// "cant remember the last time i felt understood" is no gap
			// between two people.
			continue
		}
		if p.plain && (strings.ContainsAny(answer, ",.;") || reCompares.MatchString(folded)) {
			continue
		}
		if p.name == "bother" && reMakesFeelBurden.MatchString(folded) {
			// "that i dont make them feel like a burden" is a care for
			// them, not a worry of being one.
			continue
		}
		if p.re.MatchString(folded) {
			if p.name == "long gap" || p.name == "recent" {
				if ev := sharedEvent(answer, names); ev != "" {
					return eventAck(p.name, ev, v)
				}
				if who := talkedWith(answer, names); who != "" {
					// "me and dilnoza on the balcony, 6 yrs ago": the
					// gap is with her.
					return "With " + who + ": " + lowerFirst(pickAck(p.acks, v))
				}
			}
			return pickAck(p.acks, v)
		}
	}
	return ""
}

// talkedWith is the one person an answer about the last real talk names
// by name ("rhiannon called me crying…"), or "" when it names none or
// several.
func talkedWith(answer string, names []string) string {
	var who string
	for _, m := range listen.Mentions(answer, append(names, answerNames(answer)...)) {
		if !m.Named || m.Ref != m.Who {
			// "your dad" stays for the summary; a name is what the
			// acknowledgement was missing.
			continue
		}
		if who != "" && who != m.Who {
			return ""
		}
		who = m.Who
	}
	return who
}

// ownWordsHeard is the summary's sentence for an answer whose point is one
// of ownPoints, or "".
func ownWordsHeard(q Question, answer string, names []string) string {
	folded := foldText(answer)
	if !fewPoints(answer) {
		return ""
	}
	for _, p := range ownPoints {
		if p.timed && !asksWhen(q) {
			continue
		}
		if p.name == "bother" && reMakesFeelBurden.MatchString(folded) {
			continue
		}
		if p.re.MatchString(folded) {
			if p.heard == nil {
				return ""
			}
			return p.heard(folded, q, append(names, answerNames(answer)...))
		}
	}
	return ""
}

// eventAck names a shared occasion and how long ago it was: "A wedding is a
// good memory to build on…".
func eventAck(point, event string, v int) string {
	if point == "recent" {
		return pickAck([]string{
			"That's recent, and " + event + " gives you something easy to pick up from.",
			"Not long ago, then; " + event + " is a natural thing to follow up on.",
		}, v)
	}
	return pickAck([]string{
		upFirst(event) + " is a good memory to build on, and a gap like that is easy to close with one message.",
		"That's a while, but " + event + " is a warm place to start from.",
		"Some time ago, then; bringing up " + event + " would be a natural way back in.",
	}, v)
}

// reWhenPhrase is how long ago something was, with a hedge before it.
var reWhenPhrase = mustPattern(`\b((?:probably |maybe |about |around |like |roughly |nearly |almost |over |at least )?(?:(?:a|one|two|three|four|five|six|a couple(?: of)?|a few|several|many|\d+) (?:years?|yrs?|months?|weeks?|days?) ago|years ago|ages ago|months ago|a long time ago|last (?:year|month|week|weekend|night|summer|winter|spring|autumn|christmas)|yesterday|the other day|recently|this week|since (?:19|20)\d\d))\b`)

// reBareStretch opens an answer on a stretch of time with no "ago":
// "years", "months tbh".
var reBareStretch = mustPattern(`^(?:(?:honestly|probably|maybe|oh|um|hmm|god|gosh) )*(years|yrs|months|decades|ages|yonks)\b`)

// reSinceWhat is what the time is counted from: "since the funeral",
// "since sunil moved to glasgow".
var reSinceWhat = mustPattern(`\bsince (?:[a-z']+ ?){1,6}$`)

// reEvent is a shared occasion: "at leilas wedding", "at the christmas party".
var reEvent = mustPattern(`\b(?:at|on|during|for|after) (?:(my|our|his|her|their|the|a|that) )?(?:own )?(?:([a-z]+?)(?:'s|s) )?((?:(?:christmas|new year|work|office|birthday|engagement|leaving|retirement) )?(?:wedding|funeral|party|birthday|christmas|graduation|reunion|barbecue|bbq|dinner|festival|gig|concert|hen do|stag do|leaving do|holiday|trip|baby shower|drinks))\b`)

// sharedEvent is the shared occasion answer speaks of, in the companion's
// words ("Leila's wedding", "the party"), or "".
func sharedEvent(answer string, names []string) string {
	m := reEvent.FindStringSubmatch(foldText(answer))
	if m == nil {
		return ""
	}
	event := m[3]
	switch {
	case m[2] != "":
		for _, n := range names {
			if strings.EqualFold(n, m[2]) {
				return n + "'s " + event
			}
		}
		if roleWords[m[2]] != "" {
			// "at my brothers graduation": whose, in the second person.
			owner := "your"
			if m[1] == "his" || m[1] == "her" || m[1] == "their" {
				owner = m[1]
			}
			return owner + " " + m[2] + "'s " + event
		}
		return "the " + event
	case m[1] == "my" || m[1] == "our":
		return "your " + event
	case m[1] == "his" || m[1] == "her" || m[1] == "their":
		return m[1] + " " + event
	}
	return "the " + event
}

// lastTalkHeard sums up an answer to "when did you last…": "Your last real
// conversation was a couple of years ago, at Leila's wedding." It is "" for
// any other question.
func lastTalkHeard(folded string, q Question, names []string) string {
	if !asksWhen(q) {
		return ""
	}
	m := reWhenPhrase.FindStringSubmatch(folded)
	if m == nil {
		// "years. since he moved away": a bare stretch of time is that
		// long ago, with what it has been since.
		b := reBareStretch.FindStringSubmatch(folded)
		if b == nil {
			return ""
		}
		line := "Your last real conversation was " + strings.NewReplacer("yrs", "years", "yonks", "ages").Replace(b[1]) + " ago"
		if since := reSinceWhat.FindString(folded); since != "" && len(strings.Fields(since)) <= 8 {
			line += ", " + listen.Proper(listen.Clean(since), names)
		}
		return line + "."
	}
	when := strings.Replace(m[1], "a couple years", "a couple of years", 1)
	when = strings.Replace(when, "like ", "", 1)
	when = strings.NewReplacer("christmas", "Christmas", "easter", "Easter").Replace(when)
	line := "Your last real conversation was " + when
	for _, n := range names {
		if reWordIn(folded, strings.ToLower(n)) {
			// "ana, last weekend": with whom.
			line = "Your last real conversation with " + n + " was " + when
			break
		}
	}
	if ev := sharedEvent(folded, names); ev != "" {
		line += ", at " + ev
	}
	return line + "."
}

// whoHeard sums up an answer that only names people, to a question asking
// whom the person would like to feel closer to, as a whole sentence: "You'd
// like to feel closer to your cousin Leila and your old flatmate Josh." It
// is "" for any other answer or question.
func whoHeard(q Question, answer string, names []string) string {
	if questionKind(q.Text) != qkWho || !strings.Contains(strings.ToLower(q.Text), "closer") {
		return ""
	}
	people := listen.Mentions(reAside.ReplaceAllString(answer, ""), names)
	if len(people) == 0 || len(people) > 3 || len(strings.Fields(foldText(answer))) > 5*len(people) {
		return ""
	}
	list := strings.TrimRight(listen.Proper(listen.Clean(reAside.ReplaceAllString(answer, "")), names), ".!?;, ")
	if list == "" || strings.ContainsAny(list, ".!?;") {
		return ""
	}
	if first, _, _ := strings.Cut(list, " "); !slices.ContainsFunc(names, func(n string) bool { return n == first }) &&
		!slices.ContainsFunc(people, func(m listen.Mention) bool { return m.Named && m.Who == strings.TrimRight(first, ",") }) {
		// Capitalised only because it opened the answer; a name the
		// answer's people hold ("Irene, Malik and…") keeps its capital.
		list = strings.ToLower(list[:1]) + list[1:]
	}
	return "You'd like to feel closer to " + list + "."
}

// onePoint reports whether answer makes one point only, so that naming it
// says all of it: one short sentence, with no news, loss or missing in it,
// which are answered first.
func onePoint(answer string, names []string) bool {
	clean := listen.Clean(answer)
	return len(listen.Sentences(clean)) <= 1 && len(strings.Fields(clean)) <= 14 &&
		listen.Lost(answer, names) == "" && !reWeightier.MatchString(foldText(answer))
}

// reWeightier is news or a feeling that matters more than a point beside
// it: an illness, a death, a baby, a breakup, missing someone.
var reWeightier = mustPattern(`\b(?:surgery|operation|diagnos\w*|cancer|sick|ill|illness|hospital|died|dying|death|passed|funeral|baby|pregnan\w*|divorc\w*|split up|broke up|breakup|miss (?:her|him|them|you)|lonely|depress\w*|anxiety|panic)\b`)

// fewPoints reports whether answer is short enough, and light enough, for
// its point named in other words to stand for it: two sentences at most,
// nothing weightier beside it.
func fewPoints(answer string) bool {
	return len(listen.Sentences(listen.Clean(answer))) <= 2 && !reWeightier.MatchString(foldText(answer)) &&
		!reWorrySaid.MatchString(foldText(answer))
}

// reWorrySaid is a worry about them said beside the point: "im a bit
// worried hes not ok".
var reWorrySaid = mustPattern(`\b(?:worried|worry|worrying) (?:about )?(?:he|she|they|him|her|them|hes|shes|theyre|he's|she's|they're)\b`)

// reWordIn reports whether word is a whole word of folded.
func reWordIn(folded, word string) bool {
	return slices.Contains(strings.Fields(folded), word)
}

// reKnowLead opens an answer to what they should know: "that", "just
// that", "how much".
var reKnowLead = mustPattern(`(?i)^(?:(?:just|mostly|honestly|probably|maybe|i guess|i think|i'd say|id say) )*(?:that )?`)

// reToldFeeling is a feeling for them, worth telling them: missing,
// loving, thanking, being proud of them.
var reToldFeeling = mustPattern(`\b(?:miss|love|grateful|thankful|proud|appreciate|care about|think of|think about|mean|means|matter|matters|glad)\b`)

// meaningHeard sums up an answer to what the person would like them to
// know as a whole sentence: "that i miss tom's jokes" gives "You'd like
// them to know you miss Tom's jokes." It is "" for any other question, or
// an answer that does not read as something to tell them.
func meaningHeard(q Question, answer string, names []string, room int) string {
	if questionKind(q.Text) != qkMeaning {
		return ""
	}
	clause := echoClause(softenEcho(listen.Proper(listen.Clean(answer), names)), names, room)
	said := strings.HasPrefix(strings.ToLower(strings.TrimSpace(clause)), "how much ") ||
		strings.HasPrefix(strings.ToLower(strings.TrimSpace(reKnowLead.FindString(clause))), "that") ||
		strings.HasSuffix(strings.ToLower(strings.TrimSpace(reKnowLead.FindString(clause))), "that")
	clause = strings.TrimSpace(reKnowLead.ReplaceAllString(clause, ""))
	low := strings.ToLower(clause)
	if !said && !reToldFeeling.MatchString(low) {
		// "we just drifted", "i want to stop cancelling": no message
		// for them.
		return ""
	}
	whom := "them"
	switch first, _, _ := strings.Cut(low, " "); first {
	case "she", "she's", "she'd":
		// "that she made uni bearable": for her to know.
		whom = "her"
	case "he", "he's", "he'd":
		whom = "him"
	default:
		if !strings.HasPrefix(low, "you ") && !strings.HasPrefix(low, "you'") && !strings.HasPrefix(low, "how ") &&
			!strings.HasPrefix(low, "they ") && !strings.HasPrefix(low, "they'") {
			return ""
		}
		// "you're proud of her even when you fight": one person, and
		// it is for her to know.
		whom = oneWhom(low)
	}
	return "You'd like " + whom + " to know " + strings.TrimRight(clause, ".!?;, ") + "."
}

// oneWhom is who a clause told to someone is about, when its pronouns
// name one person only: "her" for "you're proud of her", "him" for "you
// miss his laugh", else "them".
func oneWhom(low string) string {
	f := " " + strings.Trim(low, ".!?;, ") + " "
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(f, " "+w+" ") || strings.Contains(f, " "+w+",") {
				return true
			}
		}
		return false
	}
	plural := has("they", "them", "their", "they're", "theyre", "both", "all")
	switch her, him := has("she", "her", "she's", "shes"), has("he", "him", "his", "he's", "hes"); {
	case plural || her == him:
		return "them"
	case her:
		return "her"
	default:
		return "him"
	}
}

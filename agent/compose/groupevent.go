package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// A message to a group chat is often about one get-together: what it is,
// when and where ("end of year picnic, saturday the 21st at the park"), a
// booking made for it ("new pitch booked, sunday 10am"), someone's do that
// everyone is asked to ("amara's having a housewarming on the 8th"), what
// to bring. groupEvent reads these from one clause, in whatever order the
// person types them, and says them as the plan put to the group.

// eventWord is a get-together, with the words that may come before it.
const eventWord = `(?:(?:end[- ]of[- ](?:the[- ])?(?:year|term|season|summer)|summer|winter|christmas|xmas|new year'?s?|birthday|leaving|surprise|pub|film|movie|games|board ?game|quiz|karaoke|bbq|big|little|family|group|team|class|monthly|weekly|proper|sunday|saturday|friday|thursday|casual|cosy|low[- ]key|potluck|bring[- ]a[- ]dish|catch[- ]up|reunion|climbing|bouldering|football|five[- ]a[- ]side|5[- ]a[- ]side|running|swimming|cycling|walking|coffee|cinema|beach|camping|wine|cocktail|christmas|karaoke|dance|gig|reading)\s+)*` +
	`(?:picnic|housewarming|house ?warming|party|bbq|barbecue|barbie|meet-?up|get[- ]together|kickabout|kick-about|pub quiz|quiz night|quiz|drinks|dinner|lunch|brunch|potluck|walk|hike|reunion|karaoke(?: night)?|night out|film night|movie night|games night|game night|play ?date|sleepover|weekend away|camping trip|day out|gathering|celebration|meal|curry|session|game|match|meeting|meet)`

var (
	// eventOnly is a clause that names a get-together and, perhaps, its
	// when and where: "end of year picnic idea", "a bbq at mine on the 3rd".
	eventOnly = regexp.MustCompile(`(?i)^(?:(?:how about|what about|maybe|thinking|thought|idea:?|so)\s+)*(?:(?:an?|the|our|my|another)\s+)?(` + eventWord + `)(?:\s+(?:idea|plan|thing))?((?:\s+(?:on|at|in|this|next|by|after|before|sometime|around|from|for)\b.*|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b.*)?)$`)
	// theirEvent is someone of the group holding a get-together.
	theirEvent = regexp.MustCompile(`(?i)^([A-Za-z][\w-]*)(?:'s| is| has)\s+(?:having|hosting|throwing|doing|got)\s+(?:a|an|her|his|their)\s+(` + eventWord + `)((?:\s+(?:on|at|in|this|next|by|after|before|around|for)\b.*|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b.*)?)$`)
	// bookedThing is a place booked for the get-together, said either
	// way round: "new pitch booked", "i booked the astro at 7".
	bookedThing = regexp.MustCompile(`(?i)^(?:(?:(?:new|the|a)\s+)?((?:[\w-]+\s+)?(?:pitch|astro|court|courts|table|room|venue|hall|field|lane|lanes|cabin|barn|space))\s+(?:is\s+|has been\s+|now\s+|all\s+)?(?:booked|sorted|reserved)|(?:i\s+|i've\s+|ive\s+|we\s+|we've\s+)?(?:have\s+)?(?:booked|reserved)\s+((?:the|a|an)\s+(?:[\w-]+\s+)?(?:pitch|astro|court|courts|table|room|venue|hall|field|lane|lanes|cabin|barn|space)))((?:\s+(?:anyway|already))?(?:\s+(?:on|at|in|this|next|for|from)\b.*|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b.*)?)$`)
	// whenWhere is a clause that only says when or where: "saturday the
	// 21st at the park by the lake", "sunday 10am at riverside".
	whenWhere = regexp.MustCompile(`(?i)^(?:on\s+|this\s+|next\s+|at\s+|in\s+|by\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)|tonight|tomorrow|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+\w+|(?:january|february|march|april|may|june|july|august|september|october|november|december)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*)\b`)
	// bringWhat asks everyone to bring something: "everyone bring a dish".
	bringWhat = regexp.MustCompile(`(?i)^(?:and\s+)?(?:everyone|everybody|people|each family|each of us|we can all|all|you can all)\s+(?:can\s+|could\s+|should\s+|to\s+)?brings?\s+((?:a|an|some|their own|your own|one)\s+[\w' -]{2,30})$`)
	// kidsTurning is the children the group shares turning an age.
	kidsTurning = regexp.MustCompile(`(?i)^(?:and\s+|now\s+|so\s+)*(?:the|our)\s+(kids|babies|little ones|children|boys|girls|twins)\s+(?:are|will be|turn|are turning|all turn|are all turning|all)\s+(?:turning\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(.*)$`)
	// groupLead is how a thing to say is introduced: "ok say", "maybe
	// suggest that".
	groupLead = regexp.MustCompile(`(?i)^(?:(?:ok|okay|so|and|then|also|oh)\s+)*(?:(?:say|tell (?:them|everyone)|mention|add|suggest|put)\s+(?:that\s+)?)`)
	// weMeet is when the group would meet: "we meet end of jan".
	weMeet = regexp.MustCompile(`(?i)^(?:and\s+)?(?:we|let'?s)\s+(?:could\s+|can\s+|should\s+|all\s+)?(meet|meet up|get together|go|do it)\s+((?:on\s+|at\s+|in\s+|this\s+|next\s+|around\s+)?(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)|end|start|beginning|middle|week|weekend|month|january|february|march|april|may|june|july|august|september|october|november|december)\b.*)$`)
	// nextBook is what a book club reads next: "the next one is the
	// remains of the day".
	nextBook = regexp.MustCompile(`(?i)^(?:(?:maybe|and|so)\s+)*(?:the\s+)?next\s+(?:one|book|read|pick)\s+(?:is|will be|could be|should be|is going to be)\s+(.{3,60})$`)
)

// groupEvent reads one clause said to a group. ok is false when it is none
// of the things above; when says the clause is only a when or a where, to
// be joined to the plan before it.
func groupEvent(c string) (d Detail, when string, ok bool) {
	c = strings.TrimRight(strings.TrimSpace(c), ".!")
	c = groupLead.ReplaceAllString(c, "")
	if m := weMeet.FindStringSubmatch(c); m != nil {
		// "we meet end of jan": when they would meet, put to them.
		return Detail{Kind: Plan, Text: "we " + strings.ToLower(m[1]) + spaced(whenText(m[2]))}, "", true
	}
	switch m := theirEvent.FindStringSubmatch(c); {
	case m != nil && !subjects[strings.ToLower(m[1])]:
		// "Amara's having a housewarming on the 8th": everyone asked to it.
		return Detail{Kind: Plan, Text: "going:" + upFirst(strings.ToLower(m[1])) + "'s " + strings.ToLower(m[2]) + spaced(whenText(m[3]))}, "", true
	}
	if m := bookedThing.FindStringSubmatch(c); m != nil {
		thing := strings.ToLower(m[1])
		if thing != "" {
			thing = "a " + thing
			if strings.HasPrefix(strings.ToLower(c), "new ") {
				thing = "a new " + strings.ToLower(m[1])
			}
		} else {
			thing = strings.ToLower(m[2])
		}
		when := bookedFor(whenText(m[3]))
		return Detail{Kind: Plan, Text: "booked:" + thing + spaced(when)}, "", true
	}
	if m := eventOnly.FindStringSubmatch(c); m != nil {
		np := strings.ToLower(m[1])
		art := "a "
		if strings.HasSuffix(np, "drinks") || strings.HasSuffix(np, "games") {
			art = ""
		} else if strings.ContainsAny(np[:1], "aeiou") {
			art = "an "
		}
		return Detail{Kind: Plan, Text: art + np + spaced(whenText(m[2]))}, "", true
	}
	if m := bringWhat.FindStringSubmatch(c); m != nil {
		// Said after the plan it is for, as a plan of its own.
		return Detail{Kind: Plan, Text: "say:Everyone bring " + strings.ToLower(strings.TrimSpace(m[1])) + " if you can"}, "", true
	}
	if m := kidsTurning.FindStringSubmatch(c); m != nil {
		return Detail{Kind: Feeling, Text: "I can't believe the " + strings.ToLower(m[1]) + " are turning " + strings.ToLower(m[2]) + " already"}, "", true
	}
	if m := nextBook.FindStringSubmatch(c); m != nil {
		return Detail{Kind: Feeling, Text: "Next up is " + bookTitle(m[1])}, "", true
	}
	if m := atOurs.FindStringSubmatch(c); m != nil {
		// "perhaps at my house": where, offered, joined to the plan.
		return Detail{}, strings.ToLower(m[1]), true
	}
	if whenWhere.MatchString(c) && !hasVerb(strings.ToLower(c)) && len(strings.Fields(c)) <= 10 {
		return Detail{}, whenText(" " + c), true
	}
	return Detail{}, "", false
}

// spaced puts a space before s when there is anything to say.
func spaced(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return ""
	}
	return " " + s
}

// weekdayFirst is a day said bare at the start of a when: "sunday 10am".
var weekdayFirst = regexp.MustCompile(`(?i)^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d{1,2}(?:st|nd|rd|th))\b`)

// timeBare is a time said bare after a day: "sunday 10am" is "at 10am".
var timeBare = regexp.MustCompile(`(?i)\b((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d(?:st|nd|rd|th))),?\s+(\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm))\b`)

// whenLeadFiller and whenFiller are words around a when that say nothing
// of it: "anyway saturday", "sunday lol".
var (
	whenLeadFiller = regexp.MustCompile(`(?i)^(?:anyway|already)\b`)
	whenFiller     = regexp.MustCompile(`(?i)\s+(?:anyway|lol|haha|maybe|i guess|or so|ish)\b`)
)

// whenText tidies a when and a where: days and months capitalised, "on"
// before a bare day, "at" before a bare time, fillers left out.
func whenText(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(whenLeadFiller.ReplaceAllString(s, ""))
	s = whenFiller.ReplaceAllString(s, "")
	if s == "" {
		return ""
	}
	s = timeBare.ReplaceAllString(s, "$1 at $2")
	if weekdayFirst.MatchString(s) {
		s = "on " + s
	}
	if m := whenThenPlace.FindStringSubmatch(s); m != nil {
		// Where first, then when: "at the park on Saturday the 21st".
		s = strings.TrimSpace(m[2]) + " " + strings.TrimSpace(m[1])
	}
	// "end of jan" is at the end of it.
	s = partOf.ReplaceAllString(s, "at the $1 of")
	// "at riverside": a place named by one word is a name.
	s = barePlace.ReplaceAllStringFunc(s, func(x string) string {
		w := x[3:]
		if commonPlace[strings.ToLower(w)] {
			return x
		}
		return "at " + upFirst(w)
	})
	var out []string
	for i, w := range strings.Fields(s) {
		if p, ok := spelled[strings.ToLower(w)]; ok && p != "" && strings.ToUpper(p[:1]) == p[:1] {
			w = p
		}
		if full, ok := monthShort[strings.ToLower(w)]; ok && i > 0 && (monthBefore[strings.ToLower(out[i-1])] || dayNumber.MatchString(out[i-1])) {
			// "end of jan", "15 feb": a month said short after a word
			// or a day that takes one.
			w = full
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// minorWord stays in lower case inside a title.
var minorWord = wordset.Of(`a an the of and in on at to for with by from or but`)

// bookTitle writes a title typed in lower case in title case: "the remains
// of the day" is "The Remains of the Day".
func bookTitle(s string) string {
	s = strings.TrimSpace(strings.TrimRight(s, ".!?"))
	if s != strings.ToLower(s) {
		return s
	}
	f := strings.Fields(s)
	for i, w := range f {
		if i == 0 || !minorWord[w] {
			f[i] = upFirst(w)
		}
	}
	return strings.Join(f, " ")
}

// monthShort are months as typed short; monthBefore the words after which
// such a word is a month ("of jan", not "jan" the name).
var (
	monthShort = map[string]string{"jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
		"aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November", "dec": "December"}
	monthBefore = wordset.Of(`of in early late mid end start`)
	dayNumber   = regexp.MustCompile(`(?i)^\d{1,2}(?:st|nd|rd|th)?$`)
)

// whenThenPlace is a when followed by a place (not a time): "on
// saturday the 21st at the park by the lake".
var whenThenPlace = regexp.MustCompile(`(?i)^((?:on|for|this|next)\s.*?)\s(at\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?[a-z][\w' -]*)$`)

// partOf is a part of a span said bare; barePlace a place after "at" with
// no article; commonPlace the places after "at" that are no names.
var (
	partOf      = regexp.MustCompile(`(?i)^(?:the\s+)?(end|start|beginning|middle)\s+of\b`)
	barePlace   = regexp.MustCompile(`\bat [a-z][a-z'-]+\b`)
	commonPlace = wordset.Of(`mine ours yours his hers theirs home work school uni college church night noon lunch dinner lunchtime midday midnight
		least last first once all some half the a an my our your their his her`)
)

// joinWhen adds a when or a where said on its own to the plan before it;
// a booking is for a day, not on it.
func joinWhen(plan, when string) string {
	if strings.HasPrefix(plan, "booked:") && !strings.Contains(plan, " for ") {
		when = bookedFor(when)
	}
	return plan + " " + when
}

// onDay is a day a thing is on.
var onDay = regexp.MustCompile(`\bon ((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the \d)\b)`)

// bookedFor says a booking is for a day, not on it.
func bookedFor(when string) string {
	return onDay.ReplaceAllString(when, "for $1")
}

// joinWhens joins a when or a where typed in a message of its own to the
// plan before it; with no plan before it, to the plan that follows ("a
// kickabout and a curry after, saturday the 18th" is read day first), and
// with no plan at all it says nothing and goes.
func joinWhens(ds []Detail) []Detail {
	var out []Detail
	pending := ""
	for _, d := range ds {
		when, ok := strings.CutPrefix(d.Text, "when:")
		if !ok || d.Kind != Plan {
			if d.Kind == Plan && pending != "" && !strings.Contains(d.Text, ":") {
				d.Text = joinWhen(d.Text, pending)
				pending = ""
			}
			out = append(out, d)
			continue
		}
		if i := lastOf(out, Plan); i >= 0 {
			out[i].Text = joinWhen(out[i].Text, when)
		} else if pending == "" && plainDay.MatchString(when) {
			// Only a day said plainly waits for the plan: "Sunday
			// league lads chat" is no day.
			pending = when
		}
	}
	return out
}

// plainDay is a when that is only a day: "on Saturday the 18th", "on the
// 3rd", "next Friday".
var plainDay = regexp.MustCompile(`(?i)^(?:on |this |next )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: the \d+(?:st|nd|rd|th)?)?|the \d+(?:st|nd|rd|th)?)(?: (?:morning|afternoon|evening|night))?$`)

// atOurs is only where the writer offers to have the group, said on its
// own: "perhaps at my house", "maybe at ours".
var atOurs = regexp.MustCompile(`(?i)^(?:(?:perhaps|maybe|possibly|probably|ideally|or)\s+)*(at (?:(?:my|our) (?:house|place|flat|home|garden)|mine|ours))$`)

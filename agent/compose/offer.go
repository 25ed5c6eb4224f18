package compose

import (
	"regexp"
	"strings"
)

// An offer is practical help the writer puts forward, or a visit they
// promise, told in the first person: "if she needs a lift i can drive",
// "i can feed the cat while he's away", "say i'll come down next month".
// It is said to them as the writer's own words, in the second person:
// "If you need a lift, I can drive." It is read by its shape — an optional
// condition on them, then "I can", "I could", "I'm happy to" or "I'll" and
// what the writer will do — so any wording of an offer is kept.

var (
	// offerShape is an offer, perhaps after a condition on them.
	offerShape = regexp.MustCompile(`(?i)^(?:it meant (?:that )?|so (?:that )?)?(?:(?:and |so |but |maybe |also |just |pls |please )*(?:say |tell (?:her|him|them) |let (?:her|him|them) know )(?:that )?)?` +
		`(?:(if (?:she|he|they|you) (?:ever )?(?:needs?|wants?|fancies|fancy|would like)(?: to)? [^,]+?),? )?` +
		`(i can|i could|i'?m happy to|im happy to|happy to|i'?d be (?:happy|glad) to|i'?ll|ill|i will|i'?m going to|im going to|i'?m gonna|im gonna) ` +
		`((?:(?:come|pop|drop|drive|bring|cook|cover|swap|take|grab|pick|walk|feed|water|help|sit|mind|look|run|do|sort|ring|call|visit|fly|head|be|stay|make|get|send|lend|babysit|check|collect|put|pay|buy|host|give|keep|clean|watch|handle|meet|join|listen|phone|wait|fix|move|carry|shop|lift|ferry|house|store)\b)[^.!?]*)$`)

	// vagueTail is what leaves an offer open without saying more: "or
	// anything", "or whatever".
	vagueTail = regexp.MustCompile(`(?i),?\s+(?:or|and) (?:anything|whatever|something|stuff|that|so on)(?: (?:like that|else))?\b`)

	// offerLead is how an offer reads in the draft.
	offerLeads = map[string]string{"i can": "I can", "i could": "I could", "happy to": "I'm happy to", "i'm happy to": "I'm happy to",
		"im happy to": "I'm happy to", "i'll": "I'll", "ill": "I'll", "i will": "I'll", "i'm going to": "I'll",
		"im going to": "I'll", "i'm gonna": "I'll", "im gonna": "I'll"}
)

// writerOffer reads clause c as an offer or a promised visit, said to
// them; false when it is none. An apology's amends and a request for
// support are read elsewhere (see amends.go, relay.go).
func writerOffer(c, name, src string, o Occasion) (Detail, bool) {
	if o == Apology || o == Mend || o == Support || o == Group {
		return Detail{}, false
	}
	c = strings.TrimRight(strings.TrimSpace(c), ".!?")
	if i := strings.LastIndex(c, " + "); i >= 0 {
		// "something encouraging + say i'll come up after": what to
		// say, after how to say it.
		c = c[i+3:]
	}
	m := offerShape.FindStringSubmatch(c)
	if m == nil {
		return Detail{}, false
	}
	lead := strings.ToLower(m[2])
	if strings.HasPrefix(lead, "i'd be") {
		lead = "happy to"
	}
	said, ok := offerLeads[strings.ReplaceAll(lead, "’", "'")]
	if !ok {
		said = "I can"
	}
	what := strings.TrimSpace(vagueTail.ReplaceAllString(trimTail(m[3]), ""))
	cond := strings.TrimSpace(vagueTail.ReplaceAllString(m[1], ""))
	if len(strings.Fields(what)) < 2 && (cond == "" || vagueNeed.MatchString(cond)) {
		// "i can help": the occasion's own lines offer that already;
		// "if he needs a swap i can cover" says what with its condition,
		// "if she needs anything i can help" does not.
		return Detail{}, false
	}
	if said == "I can" && cond == "" {
		// Offered outright, it reads as gladly given, and in words of
		// the draft's own: "I'd be glad to bring round dinner".
		said = "I'd be glad to"
	}
	t := said + " " + secondPerson(what, name, false)
	if cond != "" {
		t = upFirst(secondPerson(cond, name, false)) + ", " + t
		t = youVerb.Replace(t)
	}
	if t = avoidCopy(t, src, 8); t == "" {
		return Detail{}, false
	}
	return Detail{Kind: Feeling, Text: t}, true
}

// youVerb puts a condition on them in the second person's verb: "if you
// needs" is "if you need".
var youVerb = strings.NewReplacer("you needs", "you need", "you wants", "you want", "you fancies", "you fancy", "You needs", "You need", "You wants", "You want")

// vagueNeed is a condition that names nothing: "if he needs anything".
var vagueNeed = regexp.MustCompile(`(?i)\b(?:anything|something|help|a hand|me|us)\s*$`)

package revise

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

var dropRe = regexp.MustCompile(`^(?:remove|delete|drop|cut out|cut|take out|take away|take off|leave out|lose|skip|get rid of|ditch|nix|scrap|forget|don't mention|do not mention|don't bring up|do not bring up|don't say|do not say|don't talk about|stop mentioning|no need to mention|no need for|no mention of|no more|without|no|kill|i don't want) (?:the |that |any )?`)

// dropTake matches "take the bit about work out".
// cutDown is "cut (it) down", a wish for fewer words.
var cutDown = regexp.MustCompile(`^cut (?:it |this |that |the message |the draft )?down\b`)

var dropTake = regexp.MustCompile(`^(?:take|cut|leave|rip) (.+) out$`)

// partWords name a stretch of the draft rather than its content.
var partLead = regexp.MustCompile(`^(?:the |that |this |any |all the )?(?:(?:bit|part|line|sentence|stuff|thing|mention|mentions|sentences|lines|parts|bits)s? )?(?:about |on |of |where |with |that says |saying |mentioning |that mentions |re )?(?:the fact that |how |that )?`)

var partTail = regexp.MustCompile(`(?: (?:bit|part|line|sentence|stuff|thing|bits|parts|lines|please|pls|thing))+$`)

// positions are Drop details that name where, not what.
var positions = map[string]string{
	"question": PartQuestion, "question at the end": PartQuestion, "questions": PartQuestion,
	"last question": PartQuestion, "end question": PartQuestion, "ending question": PartQuestion,
	"question mark": PartQuestion, "closing question": PartQuestion,
	"last": PartLast, "final": PartLast, "first": PartFirst, "opening": PartFirst,
	"last sentence": PartLast, "last line": PartLast, "last bit": PartLast, "end": PartLast,
	"ending": PartLast, "last part": PartLast, "final sentence": PartLast, "final line": PartLast,
	"first sentence": PartFirst, "first line": PartFirst, "opening line": PartFirst, "first bit": PartFirst,
	"first part": PartFirst, "opener": PartFirst,
	"greeting": PartGreeting, "hi": PartGreeting, "hello": PartGreeting, "hey": PartGreeting,
	"sign off": PartSignoff, "signoff": PartSignoff, "sign-off": PartSignoff, "closing": PartSignoff,
	"kisses": PartSignoff, "xx": PartSignoff, "x": PartSignoff,
}

func parseDrop(toks []token, norm string) (Request, bool) {
	if cutDown.MatchString(norm) {
		// "cut it down to two lines" shortens; it drops no part.
		return Request{}, false
	}
	var i int
	if m := dropTake.FindStringSubmatchIndex(norm); m != nil {
		i = tokenAt(toks, m[2])
		toks = toks[:len(toks)-1]
	} else if m := dropRe.FindStringIndex(norm); m != nil {
		i = tokenAt(toks, m[1])
	} else {
		return Request{}, false
	}
	if i >= len(toks) {
		return Request{}, false
	}
	rest := joinNorm(toks[i:])
	lead := partLead.FindStringIndex(rest)
	j := i
	if lead != nil && lead[1] > 0 {
		j = tokenAt(toks[i:], lead[1]) + i
	}
	if j >= len(toks) {
		j = i
	}
	detailNorm := partTail.ReplaceAllString(joinNorm(toks[j:]), "")
	if p, ok := positions[strings.TrimPrefix(detailNorm, "the ")]; ok {
		return Request{Kind: Drop, Detail: p}, true
	}
	if styleOnly(detailNorm) {
		return Request{}, false
	}
	// "no pressure", "without the gushing": a weak verb before a style word
	// asks for a style.
	if verb := strings.Fields(norm)[0]; verb == "no" || verb == "without" {
		if _, ok := styleKind(detailNorm); ok {
			return Request{}, false
		}
	}
	d := origFrom(toks, j)
	// Trim the part words again, on the person's own spelling.
	for {
		w := strings.Fields(d)
		if len(w) < 2 || !partTail.MatchString(" "+strings.ToLower(w[len(w)-1])) {
			break
		}
		d = strings.Join(w[:len(w)-1], " ")
	}
	return Request{Kind: Drop, Detail: d}, true
}

var sayRe = regexp.MustCompile(`^(?:say|add|mention|include|put in|put|work in|throw in|write|note|add in|tell (?:her|him|them|you)|let (?:her|him|them) know|say to (?:her|him|them)|tell)(?: (?:something|a line|a bit|a sentence|a note|a bit|in))?(?: (?:about|that|in that|how|on|to say))? `)

func parseSay(toks []token, norm string) (Request, bool) {
	m := sayRe.FindStringIndex(norm)
	if m == nil {
		return Request{}, false
	}
	i := tokenAt(toks, m[1])
	if i >= len(toks) {
		return Request{}, false
	}
	rest := joinNorm(toks[i:])
	if another.MatchString("say " + rest) {
		return Request{Kind: Another}, true
	}
	if k, ok := styleKind(rest); ok && k == LessStiff && strings.HasPrefix(rest, "it ") {
		// "write it like something i'd send" asks how, not what.
		return Request{}, false
	}
	if styleOnly(rest) {
		return Request{}, false
	}
	d := origFrom(toks, i)
	if d == "" {
		return Request{}, false
	}
	return Request{Kind: Say, Detail: d}, true
}

// styleFiller are words that may stand around a style word in a detail
// that is really a style request ("add a bit more warmth").
var styleFiller = wordset.Of(`a an the bit little some more less it its it's to of touch lot few couple words word
detail details length text emotion feeling feelings personal personality please stuff tone down up this that
warmth colour color life spice oomph heart character fluff waffle filler padding`)

// styleLead open a short detail that is a style request ("it down", "some
// emotion", "more feeling").
var styleLead = wordset.Of(`it its it's a an some more less the bit little`)

// styleOnly reports whether a detail is a style request in disguise ("a
// bit more", "some warmth", "it down") rather than something to say.
func styleOnly(detail string) bool {
	ws := strings.Fields(detail)
	if len(ws) == 0 {
		return true
	}
	for _, w := range ws {
		if !styleFiller[w] {
			_, ok := styleKind(detail)
			return ok && len(ws) <= 3 && styleLead[ws[0]]
		}
	}
	return true
}

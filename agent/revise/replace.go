package revise

import (
	"regexp"
	"strings"
)

// Two more kinds of change: one word or phrase of the draft swapped for
// another ("change it to september", "swap august for september", "friday
// not saturday", "don't give a month, just say soon"), and a joke or a
// light memory taken out when it does not fit ("not funny, it's too soon").
const (
	// Replace puts Detail where Old stands. Old names words of the draft,
	// or a kind of word ("@month", "@day", "@time", "@date"); empty, it is
	// the last word of the draft of the same kind as Detail.
	Replace Kind = "replace"
	// Serious drops the jokes and light memories.
	Serious Kind = "serious"
)

// The kinds of word a swap can find by kind alone.
const (
	partMonth = "@month"
	partDay   = "@day"
	partTime  = "@time"
	partDate  = "@date"
)

const swapLead = `^(?:(?:actually|no|nah|wait|sorry|oh|oops|hmm|ok|okay|um|erm|so|and|but|can you|could you|pls|please) )*`

var (
	// swapIt: "change it to september", "make that friday instead" (the
	// polite "make" is gone by now: "that friday instead").
	swapIt     = regexp.MustCompile(swapLead + `(?:change|make|switch|swap|set|move|put|update) (?:it|that|this|the (?:date|day|month|time)) (?:to |for |into )?(.+?)(?: instead)?$`)
	swapItBare = regexp.MustCompile(swapLead + `(?:(?:it|that|this) (?:to |for |into )?)?(.+?) instead$`)
	// swapInto: "7pm into 8pm", "friday to saturday" (the polite "make"
	// gone), both of one kind.
	swapInto = regexp.MustCompile(swapLead + `(\S+(?: \S+)?) (?:into|to|for) (\S+(?: \S+)?)$`)
	// swapFor: "swap august for september", "change saturday to friday".
	swapFor = regexp.MustCompile(swapLead + `(?:change|swap|switch|replace|make) (.+?) (?:to|for|with|into) (.+?)(?: instead)?$`)
	// swapNot: "september not august", "make it friday not saturday".
	swapNot = regexp.MustCompile(swapLead + `(?:(?:make it|its|it is|it should be|say) )?(.+?),? (?:not|instead of|rather than) (.+?)$`)
	// noKind: "don't give a month", "no exact date", "without the time",
	// then, maybe, what to say instead ("just say soon").
	noKind = regexp.MustCompile(swapLead + `(?:don'?t|do not|no|without|not|never|leave out|take out|drop|lose|skip) (?:give |say |mention |put |name |use |include |specify |add |set )?(?:a |the |any |an )?(?:exact |specific |particular |actual )?(month|date|day|time|year|weekday)s?\b(?:,? (?:just |instead |only )*(?:say|put|write|make it) (.+?))?$`)
	// swapDont: "dont say summer, just sometime this year".
	swapDont = regexp.MustCompile(swapLead + `(?:don'?t|do not|dont|not|no) (?:say|mention|put|write|use) (.+?),? (?:just|instead|but|rather) (?:say |put |write |make it |use )?(.+?)$`)
	// seriousRe: the message is too light for what it is about.
	seriousRe = regexp.MustCompile(`\b(?:not funny|too soon|no jokes?|less jok\w*|without the jokes?|not the time for jokes?|no humou?r|too (?:light|lighthearted|jokey|jokie|flippant|cheerful|cheery|happy|silly)|more respectful|less silly|inappropriate|disrespectful|insensitive)\b`)
)

// askingRe opens a question ("how soon is too soon to visit"), which is
// no request to change the draft.
var askingRe = regexp.MustCompile(`^(?:how|what|when|why|where|who|is|are|should|shall|do|does|would|will|could)\b`)

var kindWords = map[string]string{"month": partMonth, "date": partDate, "day": partDay, "weekday": partDay, "time": partTime, "year": partDate}

// parseReplace reads a swap or a request to take the jokes out.
func parseReplace(toks []token, norm string) (Request, bool) {
	if seriousRe.MatchString(norm) && !askingRe.MatchString(norm) {
		return Request{Kind: Serious}, true
	}
	if m := noKind.FindStringSubmatch(norm); m != nil {
		return Request{Kind: Replace, Old: kindWords[m[1]], Detail: origTail(toks, m[2])}, true
	}
	if m := swapDont.FindStringSubmatch(norm); m != nil && swappable(m[2]) && len(strings.Fields(m[1])) <= 4 {
		if k := kindWords[strings.TrimPrefix(strings.TrimPrefix(m[1], "a "), "the ")]; k != "" {
			return Request{Kind: Replace, Old: k, Detail: origTail(toks, m[2])}, true
		}
		return Request{Kind: Replace, Old: m[1], Detail: origTail(toks, m[2])}, true
	}
	if m := swapIt.FindStringSubmatch(norm); m != nil && swappable(m[1]) {
		return Request{Kind: Replace, Detail: origTail(toks, m[1])}, true
	}
	if m := swapItBare.FindStringSubmatch(norm); m != nil && wordKind(m[1]) != "" {
		return Request{Kind: Replace, Detail: origTail(toks, m[1])}, true
	}
	if m := swapInto.FindStringSubmatch(norm); m != nil && wordKind(m[1]) != "" && wordKind(m[1]) == wordKind(m[2]) {
		return Request{Kind: Replace, Old: m[1], Detail: origTail(toks, m[2])}, true
	}
	if m := swapFor.FindStringSubmatch(norm); m != nil && swappable(m[2]) && len(strings.Fields(m[1])) <= 4 && !strings.HasPrefix(m[1], "it ") && m[1] != "it" {
		return Request{Kind: Replace, Old: m[1], Detail: origTail(toks, m[2])}, true
	}
	if m := swapNot.FindStringSubmatch(norm); m != nil && wordKind(m[1]) != "" && wordKind(m[1]) == wordKind(m[2]) {
		return Request{Kind: Replace, Old: m[2], Detail: origTail(toks, m[1])}, true
	}
	return Request{}, false
}

// swappable reports a new value a swap can put in: a few words, no style
// ("change it to formal" is a style).
func swappable(v string) bool {
	n := len(strings.Fields(v))
	if _, style := styleKind(v); style || n == 0 || n > 5 {
		return false
	}
	return !styleOnly(v) && !another.MatchString("say "+v)
}

// origTail is the words of the request, as typed, whose folded form is
// want (the last place they stand): what to say keeps the person's own
// capitals.
func origTail(toks []token, want string) string {
	ws := strings.Fields(want)
	n := len(ws)
	if n == 0 || n > len(toks) {
		return want
	}
	for i := len(toks) - n; i >= 0; i-- {
		same := true
		for j, w := range ws {
			if toks[i+j].norm != w {
				same = false
				break
			}
		}
		if same {
			var out []string
			for _, t := range toks[i : i+n] {
				out = append(out, strings.Trim(t.orig, ",.!?"))
			}
			return strings.Join(out, " ")
		}
	}
	return want
}

var (
	monthWord = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`
	dayWord   = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?`
	timeWord  = `(?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)|\d{1,2}[:.]\d{2}|noon|midday|midnight)`
	isMonth   = regexp.MustCompile(`^` + monthWord + `$`)
	isDay     = regexp.MustCompile(`^(?:(?:on|this|next) )?` + dayWord + `$`)
	isTime    = regexp.MustCompile(`^(?:(?:at|around|about) )?` + timeWord + `$`)
	// The phrases a kind stands for in a draft, with the little word
	// before them that goes when they go.
	monthPhrase = regexp.MustCompile(`(?i)\s*\b(?:(?:in|by|this|next|early|mid|late|the end of|the start of|before|after|around) )?(?:(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?)?` + monthWord + `\b(?: (?:the )?\d{1,2}(?:st|nd|rd|th)?\b)?`)
	dayPhrase   = regexp.MustCompile(`(?i)\s*\b(?:(?:on|this|next|by|before|after) )?` + dayWord + `\b`)
	timePhrase  = regexp.MustCompile(`(?i)\s*\b(?:(?:at|around|about|by|before|after) )?` + timeWord + `(?:\b|$)`)
	monthOnly   = regexp.MustCompile(`(?i)\b` + monthWord + `\b`)
	dayOnly     = regexp.MustCompile(`(?i)\b` + dayWord + `\b`)
	timeOnly    = regexp.MustCompile(`(?i)\b` + timeWord + `(?:\b|$)`)
)

// adverbial starts a time said with its own little word: "soon",
// "sometime this year", "in spring".
var adverbial = regexp.MustCompile(`^(?:soon|sometime|some time|later|whenever|this|next|one day|at|in|on|before|after|early|around)\b`)

// wordKind is the kind of a short value: "@month", "@day", "@time", or "".
func wordKind(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	switch {
	case isMonth.MatchString(v):
		return partMonth
	case isDay.MatchString(v):
		return partDay
	case isTime.MatchString(v):
		return partTime
	}
	return ""
}

// replace swaps what r names for r.Detail.
func (d *draft) replace(r Request) error {
	switch {
	case strings.HasPrefix(r.Old, PartNamed):
		return d.replaceNamed(strings.TrimPrefix(r.Old, PartNamed), r.Detail)
	case strings.HasPrefix(r.Old, "@"):
		return d.replacePhrase(r.Old, r.Detail)
	case r.Old != "":
		lead := ""
		if adverbial.MatchString(strings.ToLower(r.Detail)) {
			// "in the summer" → "sometime this year", not "in the
			// sometime this year".
			lead = `(?:(?:in|on|at|by|over|during|this|next)(?: the)? )?`
		}
		re := regexp.MustCompile(`(?i)\b` + lead + regexp.QuoteMeta(r.Old) + `\b`)
		return d.replaceLast(re, r.Detail)
	}
	var re *regexp.Regexp
	switch wordKind(r.Detail) {
	case partMonth:
		re = monthOnly
	case partDay:
		re = dayOnly
	case partTime:
		re = timeOnly
	default:
		return ErrNotFound
	}
	return d.replaceLast(re, strings.TrimPrefix(strings.TrimPrefix(r.Detail, "at "), "on "))
}

// replaceLast puts with where re last matches in the body.
func (d *draft) replaceLast(re *regexp.Regexp, with string) error {
	for i := len(d.body) - 1; i >= 0; i-- {
		locs := re.FindAllStringIndex(d.body[i], -1)
		if len(locs) == 0 {
			continue
		}
		l := locs[len(locs)-1]
		d.body[i] = d.body[i][:l[0]] + capitalLike(with, d.body[i][l[0]:l[1]]) + d.body[i][l[1]:]
		return nil
	}
	return ErrNotFound
}

// replacePhrase puts with (or nothing) where a phrase of the kind stands,
// with its little word: "I'll visit in August." becomes "I'll visit
// soon.".
func (d *draft) replacePhrase(kind, with string) error {
	var res []*regexp.Regexp
	switch kind {
	case partMonth:
		res = []*regexp.Regexp{monthPhrase}
	case partDay:
		res = []*regexp.Regexp{dayPhrase}
	case partTime:
		res = []*regexp.Regexp{timePhrase}
	default:
		res = []*regexp.Regexp{monthPhrase, dayPhrase, timePhrase}
	}
	found := false
	for i := range d.body {
		for _, re := range res {
			s := d.body[i]
			if !re.MatchString(s) {
				continue
			}
			rep := ""
			if with != "" {
				rep = " " + with
			}
			s = re.ReplaceAllString(s, rep)
			s = strings.TrimSpace(strings.NewReplacer(" .", ".", " ,", ",", " !", "!", " ?", "?", "  ", " ").Replace(s))
			d.body[i], found = upperFirst(s), true
		}
	}
	if !found {
		return ErrNotFound
	}
	return nil
}

// capitalLike writes with in the case of was: "September" for "August".
func capitalLike(with, was string) string {
	if was != "" && was[0] >= 'A' && was[0] <= 'Z' {
		return upperFirst(with)
	}
	if strings.ToLower(with) == with && (monthOnly.MatchString(with) || dayOnly.MatchString(with)) {
		return upperFirst(with)
	}
	return with
}

// lightRe marks a sentence as a joke or a light memory.
var lightRe = regexp.MustCompile(`(?i)\b(?:remember(?:ing)?|still laugh\w*|still smile|cracks? me up|funny|hilarious|jokes?|joking|lol|haha\w*|lmao|the time (?:we|you|he|she)|that time)\b|[😂🤣😆😄😅😜😝🙃]`)

// serious drops the sentences that joke or reminisce, and the
// exclamation marks.
func (d *draft) serious() error {
	var kept []string
	for _, s := range d.body {
		if !lightRe.MatchString(s) {
			kept = append(kept, s)
		}
	}
	if len(kept) == 0 {
		return ErrUnchanged
	}
	changed := len(kept) < len(d.body)
	d.body = kept
	for i, b := range d.body {
		// Calmer marks in the sentences; the greeting keeps its own.
		if c := strings.ReplaceAll(strings.ReplaceAll(b, "!!", "!"), "!", "."); c != b {
			d.body[i], changed = c, true
		}
	}
	if !changed {
		return ErrUnchanged
	}
	return nil
}

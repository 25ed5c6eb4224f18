package revise

import (
	"regexp"
	"slices"
	"strings"
)

// Context is what Apply may know about the draft beyond its text.
type Context struct {
	// Recipient is the name the draft is written to; "say I'll visit
	// Hannah" then becomes "I'll visit you", and a formal greeting can
	// name them.
	Recipient string
	// Seed picks among wordings, so that the same change asked twice in a
	// conversation need not read the same.
	Seed int
	// Keep are sentences the person asked for; "shorter" never drops them.
	Keep []string
	// KeepWords are the words of the details the person gave ("Leeds",
	// "job"); "shorter" keeps the sentences that carry them.
	KeepWords []string
	// Distant is set when the recipient is not close (a colleague, a
	// mentor, someone met once): added lines then stay polite, never "I've
	// missed you".
	Distant bool
}

// Apply returns text changed as r asks. It works on any draft text, a
// template's or a model's. It returns ErrUnchanged when the text already
// reads as asked (or r is Another, which needs a new draft, not a change)
// and ErrNotFound when the part to drop is not in the text; the text comes
// back as it was with either.
func Apply(text string, r Request, c Context) (string, error) {
	d := parse(text, c.Recipient)
	greeting, first := d.greeting, ""
	if len(d.body) > 0 {
		first = d.body[0]
	}
	var err error
	switch r.Kind {
	case Shorter:
		if len(r.Detail) == 1 && r.Detail[0] >= '1' && r.Detail[0] <= '3' {
			err = d.shorterTo(c, int(r.Detail[0]-'0'))
			break
		}
		err = d.shorter(c)
	case Longer:
		err = d.add(pick(longerLines, d, c))
	case Warmer:
		err = d.add(pick(warmerLines, d, c))
	case Cooler:
		err = d.cooler(c)
	case LessNeedy:
		err = d.lessNeedy()
	case LessStiff:
		err = d.lessStiff()
	case Casual:
		err = d.casual()
	case Formal:
		err = d.formal(c)
	case Playful:
		err = d.playful(c)
	case NoExclaim:
		err = d.noExclaim()
	case Emoji:
		err = d.emoji(r.Detail)
	case NoEmoji:
		err = d.noEmoji()
	case Say:
		err = d.say(r.Detail, c)
	case Drop:
		err = d.drop(r.Detail)
	case StartWith:
		err = d.startWith(r.Detail, c)
	case Replace:
		err = d.replace(r)
	case Serious:
		err = d.serious()
	default:
		err = ErrUnchanged
	}
	if d.greeting != greeting || len(d.body) > 0 && d.body[0] != first {
		d.tidyStart()
	}
	out := d.String()
	if err == nil && out == strings.TrimSpace(text) {
		err = ErrUnchanged
	}
	if err != nil {
		return text, err
	}
	return out, nil
}

// tidyStart gives the first sentence the case its opening calls for:
// lower after "Hi Sam," on the same line, capital otherwise.
func (d *draft) tidyStart() {
	if len(d.body) == 0 {
		return
	}
	if strings.HasSuffix(d.greeting, ",") && d.greetSep == " " {
		d.body[0] = lowerCommon(d.body[0])
		return
	}
	d.body[0] = upperFirst(d.body[0])
}

// add puts one more sentence before the closing question.
func (d *draft) add(s string) error {
	if s == "" {
		return ErrUnchanged
	}
	d.insertBeforeQuestion(s)
	return nil
}

// shorter drops the sentences that carry least, keeping the greeting, the
// sentence with the most detail and the closing question; when nothing can
// go, it trims clauses and filler words.
func (d *draft) shorter(c Context) error {
	keep := func(s string) bool { return kept(s, c.Keep) || len(c.KeepWords) > 0 && sharesKey(s, c.KeepWords) }
	before := len(d.String())
	q := lastQuestion(d.body)
	key := keySentence(d.body, q)
	// A second sentence with a real detail stays too ("the garden in
	// bloom" next to "I can't be there this year").
	second := -1
	for i, s := range d.body {
		if i != q && i != key && info(s) >= 2 && (second < 0 || info(s) > info(d.body[second])) {
			second = i
		}
	}
	var cands []int
	for i, s := range d.body {
		if i != q && i != key && i != second && !keep(s) {
			cands = append(cands, i)
		}
	}
	slices.SortStableFunc(cands, func(a, b int) int { return info(d.body[a]) - info(d.body[b]) })
	drop := map[int]bool{}
	for _, i := range cands {
		drop[i] = true
		if len(d.String())-removedLen(d.body, drop) <= before*3/5 {
			break
		}
	}
	if len(drop) > 0 {
		d.body = keepExcept(d.body, drop)
		return nil
	}
	trimmed := false
	for i, s := range d.body {
		t := trimSentence(s, i == q)
		if t != s {
			d.body[i], trimmed = t, true
		}
	}
	switch {
	case trimmed:
		return nil
	case second >= 0 && !keep(d.body[second]):
		d.body = keepExcept(d.body, map[int]bool{second: true})
		return nil
	case key >= 0 && !keep(d.body[key]) && info(d.body[key]) <= 1 && (wordCount(d.greeting) >= 2 || len(d.body) >= 2):
		// Nothing but a pleasantry next to a greeting that says it all:
		// "Happy birthday, Mum!" is shorter than with "I hope you have a
		// lovely day."
		d.body = keepExcept(d.body, map[int]bool{key: true})
		return nil
	}
	return ErrUnchanged
}

// shorterTo makes the draft shorter but leaves n sentences when it had
// more: "like two lines" is two, not one. The sentences that carry least
// go first; the closing question and the one with the most detail stay.
func (d *draft) shorterTo(c Context, n int) error {
	if len(d.body) <= n {
		return d.shorter(c)
	}
	q := lastQuestion(d.body)
	key := keySentence(d.body, q)
	var cands []int
	for i := range d.body {
		if i != q && i != key {
			cands = append(cands, i)
		}
	}
	slices.SortStableFunc(cands, func(a, b int) int {
		ka, kb := kept(d.body[a], c.Keep), kept(d.body[b], c.Keep)
		switch {
		case ka && !kb:
			return 1
		case kb && !ka:
			return -1
		}
		return info(d.body[a]) - info(d.body[b])
	})
	drop := map[int]bool{}
	for _, i := range cands {
		if len(d.body)-len(drop) <= n {
			break
		}
		drop[i] = true
	}
	if len(d.body)-len(drop) > n && q >= 0 && key >= 0 && n == 1 {
		// One line: the detail rather than the question.
		drop[q] = true
	}
	d.body = keepExcept(d.body, drop)
	return nil
}

// kept reports whether s is one of the sentences to keep.
func kept(s string, keep []string) bool {
	f := fold(s)
	for _, k := range keep {
		if fk := fold(k); fk != "" && strings.Contains(f, fk) {
			return true
		}
	}
	return false
}

func removedLen(body []string, drop map[int]bool) int {
	n := 0
	for i := range drop {
		n += len(body[i]) + 1
	}
	return n
}

func keepExcept(body []string, drop map[int]bool) []string {
	var out []string
	for i, s := range body {
		if !drop[i] {
			out = append(out, s)
		}
	}
	return out
}

// keySentence is the sentence, other than the closing question, that
// carries the most detail; -1 when there is none.
func keySentence(body []string, q int) int {
	best, bestInfo := -1, -1
	for i, s := range body {
		if i == q {
			continue
		}
		if n := info(s); n > bestInfo {
			best, bestInfo = i, n
		}
	}
	return best
}

// info scores how much a sentence says beyond greeting-card words: words
// outside the stock vocabulary, and more for names, numbers and dates.
func info(s string) int {
	n := 0
	for i, w := range strings.Fields(s) {
		core, _ := splitPunct(strings.Trim(w, `"'“”(`))
		low := strings.ToLower(core)
		if low == "" || stockWords[low] {
			continue
		}
		n++
		if i > 0 && isName(core) || strings.ContainsAny(low, "0123456789") || calendar[low] != "" {
			n += 2
		}
		if occasionWords.MatchString(low) {
			n += 3
		}
	}
	return n
}

// occasionWords say what a message is for; the sentence holding them is
// the one to keep.
var occasionWords = regexp.MustCompile(`^(?:hard|loss|passed|died|funeral|congrat\w*|birthday|job|moved|baby|engaged|wedding|apolog\w*|missed|hospital|promotion|graduat\w*|struggling)$`)

// clauseCut finds where a second clause starts inside a sentence.
var clauseCut = regexp.MustCompile(`(?:, and |, but |, so |; | — | - |, which |, because )`)

var fillerWordsRe = regexp.MustCompile(`(?i)\b(?:really|just|actually|honestly|truly|so much|very|totally|absolutely|the other day|these days|lately|today|a bit|quite|all)\s`)

// trimSentence shortens one sentence: the second clause goes, or, for a
// question or a sentence with one clause, the filler words.
// occasionWord is what says a message's occasion, which a shorter
// version keeps: "— congratulations!", "and I'm so sorry".
var occasionWord = regexp.MustCompile(`(?i)\b(?:congrat\w*|sorry|thank\w*|happy birthday|condolence\w*|well done)\b`)

func trimSentence(s string, question bool) string {
	if loc := clauseCut.FindStringIndex(s); loc != nil && !question && loc[0] > 12 && !occasionWord.MatchString(s[loc[0]:]) {
		end := s[len(strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(".!?… ", r) || isEmojiRune(r) || r == '\ufe0f' })):]
		if end == "" {
			end = "."
		}
		return s[:loc[0]] + end
	}
	t := fillerWordsRe.ReplaceAllString(s, "")
	if t != s && len(strings.Fields(t)) >= 2 {
		return upperFirst(t)
	}
	return s
}

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
		if r.Detail == PartPlain {
			// Cheesy is stock as much as sweet: plainer words too.
			before := d.String()
			if d.plainWords(); d.String() != before {
				err = nil
			}
		}
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

// shorter drops what is secondary and keeps what the message is: the
// opening, the heart of the occasion, the close (a caring last line or the
// closing question) and every sentence the person asked for. Stock lines
// go first, then details such as a memory; when nothing is left to drop,
// it trims clauses and filler words.
func (d *draft) shorter(c Context) error {
	before := len(d.String())
	r := rolesOf(*d)
	asked := func(i int) bool { return kept(d.body[i], c.Keep) }
	detail := func(i int) bool {
		return len(c.KeepWords) > 0 && sharesKey(d.body[i], c.KeepWords) || info(d.body[i]) >= 2
	}
	var cands []int
	for i := range d.body {
		if !r.kept(i) && !asked(i) {
			cands = append(cands, i)
		}
	}
	// Stock lines first, then side details, then lines that say the
	// occasion again or care for them; among each the one saying least.
	rank := func(i int) int {
		switch {
		case heartRe.MatchString(d.body[i]) || caringClose.MatchString(d.body[i]) || closingLine.MatchString(fold(d.body[i])):
			return 2
		case detail(i):
			return 1
		}
		return 0
	}
	slices.SortStableFunc(cands, func(a, b int) int {
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		return info(d.body[a]) - info(d.body[b])
	})
	drop := map[int]bool{}
	said := false // a line that says something has gone
	for _, i := range cands {
		left := len(d.String()) - removedLen(d.body, drop)
		if rank(i) > 0 && len(drop) > 0 && (said || left <= before*4/5) {
			// Shorter already, and what is left says something: one
			// such line at a time.
			break
		}
		said = said || rank(i) > 0
		drop[i] = true
		if left-len(d.body[i])-1 <= before*3/5 {
			break
		}
	}
	if len(drop) > 0 {
		d.body = keepExcept(d.body, drop)
		return nil
	}
	q := lastQuestion(d.body)
	trimmed := false
	for i, s := range d.body {
		t := trimSentence(s, i == q)
		if t != s {
			d.body[i], trimmed = t, true
		}
	}
	if trimmed {
		return nil
	}
	// All that is left is opening, heart and close: a plain line that
	// only repeats what an occasion's greeting says can go ("Happy
	// birthday, Mum!" is shorter than with "I hope you have a lovely
	// day."), and with two closing lines the one before the last.
	for i, s := range d.body {
		if i != q && !asked(i) && i != r.heart && info(s) <= 1 && (occasionGreeting(d.greeting) || len(d.body) >= 2 && i != len(d.body)-1) {
			d.body = keepExcept(d.body, map[int]bool{i: true})
			return nil
		}
	}
	return ErrUnchanged
}

// roles are the sentences of a draft that say what it is: the opening
// after the greeting, the heart of the occasion, and the close. -1 where
// there is none.
type roles struct {
	opening, heart, close, question int
}

// kept reports whether sentence i is one of the roles; the close is the
// run of closing lines at the end, from r.close on.
func (r roles) kept(i int) bool {
	return i == r.opening || i == r.heart || r.close >= 0 && i >= r.close || i == r.question
}

// rolesOf finds the opening, heart and close of d. The heart is the
// sentence that says the occasion ("I'm so sorry about your dad",
// "congratulations on the new job"), unless the greeting says it already
// ("Happy birthday, Gran!"); with no occasion word it is the sentence that
// says most. The close is the last sentence when it asks after them or
// cares for them ("No need to reply, I'm thinking of you.").
func rolesOf(d draft) roles {
	r := roles{opening: -1, heart: -1, close: -1, question: lastQuestion(d.body)}
	n := len(d.body)
	if n == 0 {
		return r
	}
	for i := n - 1; i >= 1 || i == 0 && n == 1; i-- {
		if s := d.body[i]; !isQuestion(s) && !closingLine.MatchString(fold(s)) && !caringClose.MatchString(s) {
			break
		}
		r.close = i
	}
	inClose := func(i int) bool { return r.close >= 0 && i >= r.close }
	greeted := occasionGreeting(d.greeting)
	if !greeted {
		for i, s := range d.body {
			if !inClose(i) && i != r.question && heartRe.MatchString(s) && (r.heart < 0 || info(s) > info(d.body[r.heart])) {
				r.heart = i
			}
		}
		if r.heart < 0 {
			r.heart = keySentence(d.body, r.question)
			if inClose(r.heart) {
				r.heart = -1
			}
		}
	}
	if greeted || heartRe.MatchString(d.body[0]) {
		// The line that opens on the occasion, or carries on the wish
		// of a "Happy birthday" greeting.
		r.opening = 0
	}
	return r
}

// occasionGreeting reports a greeting that says the occasion itself.
func occasionGreeting(g string) bool { return occasionGreetingRe.MatchString(g) }

var occasionGreetingRe = regexp.MustCompile(`(?i)\b(?:birthday|congrat\w*|well done|happy)\b`)

// heartRe is a sentence that says what a message is for.
var heartRe = regexp.MustCompile(`(?i)\b(?:congrat\w*|sorry|apologi[sz]e|condolence\w*|thank\w*|grateful|birthday|passed away|died|loss|funeral|hospital|diagnos\w*|surgery|operation|treatment|chemo|cancer|ill|illness|sick|dealing with|laid off|redundan\w*|break ?up|divorce|going through|hard time|tough time|rough|struggling|proud of you|well done|been (?:a while|ages|too long|forever)|it's been \d+|since we (?:last )?(?:talked|spoke)|moved|new job|engaged|engagement|wedding|baby|graduat\w*|promotion|missed)\b`)

// caringClose is a last line that cares for the reader rather than says
// something: "no need to reply", "I'm here for you", "thinking of you".
var caringClose = regexp.MustCompile(`(?i)\b(?:no need to reply|no pressure|here (?:for you|if you|whenever)|thinking of you|take care|love you|sending (?:love|hugs)|talk soon|speak soon|see you soon)\b`)

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

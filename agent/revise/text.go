package revise

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// draft is a message cut into the parts revisions work on.
type draft struct {
	greeting string   // "Hi Hannah!", "Dear Mr Lee,", or ""
	greetSep string   // what followed the greeting: " " or a line break
	body     []string // the sentences, each with its closing mark
	signSep  string   // what came before the sign-off
	signoff  string   // "Love,\nMaya", "Best wishes", "xx", or ""
}

var greetRe = regexp.MustCompile(`(?i)^(?:(?:hi|hey|hello|hiya|heya|hey there|hi there|dear|good (?:morning|afternoon|evening)|morning|evening|yo|howdy|greetings|happy birthday|congratulations|congrats)\b[^.!?,\n—:]{0,40}?(?:[,!.:]+(?: (?-i:\p{Lu})[\p{L}'-]*[!,]+)?|\n)|(?-i:\p{Lu})[\p{L}'-]*(?: (?-i:\p{Lu})[\p{L}'-]*)?!+)(?:\s*[\p{So}\x{FE0F}\x{200D}]+)?`)

var (
	signRe = regexp.MustCompile(`(?i)(?:^|[.!?…\n]\s*)((?:lots of love|all my love|much love|with love|love|best wishes|best regards|kind regards|warm(?:est)? (?:regards|wishes)|best|regards|yours sincerely|sincerely|yours|warmly|cheers|take care|all the best|speak soon|talk soon|hugs)(?:[,.!]*(?:\s*\n?\s*(?-i:\p{Lu})[\p{L}'-]*)?)?[,.!]*(?:\s*x+)?\s*[\p{So}\x{FE0F}]*)$`)
	kissRe = regexp.MustCompile(`(?i)\s(x+)$`)
)

// parse cuts text into greeting, sentences and sign-off. recipient, when
// known, is a greeting on its own too ("Marcus, I'm so sorry").
func parse(text, recipient string) draft {
	text = strings.TrimSpace(strings.ToValidUTF8(text, ""))
	var d draft
	m := greetRe.FindStringIndex(text)
	if m == nil && recipient != "" && len(text) > len(recipient)+1 && strings.EqualFold(text[:len(recipient)], recipient) &&
		strings.ContainsRune(",!", rune(text[len(recipient)])) {
		m = []int{0, len(recipient) + 1}
	}
	if m != nil && m[1] < len(text) && wordCount(text[:m[1]]) <= 5 {
		g := strings.TrimRight(text[:m[1]], " \n")
		rest := text[len(g):]
		d.greeting = g
		trimmed := strings.TrimLeft(rest, " \n")
		d.greetSep = rest[:len(rest)-len(trimmed)]
		if d.greetSep == "" {
			d.greetSep = " "
		}
		text = trimmed
	}
	m = signRe.FindStringSubmatchIndex(text)
	if m == nil {
		m = kissRe.FindStringSubmatchIndex(text)
	}
	if m != nil && m[2] > 0 && wordCount(text[m[2]:]) <= 4 {
		before := strings.TrimRight(text[:m[2]], " \n")
		if before != "" {
			d.signoff = strings.TrimSpace(text[m[2]:])
			d.signSep = text[len(before):m[2]]
			if d.signSep == "" {
				d.signSep = " "
			}
			text = before
		}
	}
	d.body = splitSentences(text)
	return d
}

// String puts the draft back together.
func (d draft) String() string {
	var b strings.Builder
	body := strings.Join(d.body, " ")
	if d.greeting != "" {
		b.WriteString(d.greeting)
		if body != "" || d.signoff != "" {
			b.WriteString(d.greetSep)
		}
	}
	b.WriteString(body)
	if d.signoff != "" {
		if body != "" {
			b.WriteString(d.signSep)
		}
		b.WriteString(d.signoff)
	}
	return strings.TrimSpace(b.String())
}

// splitSentences cuts text after ".", "!", "?" or "…" (and any emoji
// after them) where a new sentence starts.
func splitSentences(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	pos := 0 // byte offset of rs[i]
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		size := utf8.RuneLen(r)
		if r == '.' || r == '!' || r == '?' || r == '…' || r == '\n' {
			j, end := i, pos+size
			for j+1 < len(rs) && (strings.ContainsRune(".!?…\"”)", rs[j+1]) || isEmojiRune(rs[j+1]) || rs[j+1] == '\ufe0f' || rs[j+1] == '\u200d' || (rs[j+1] == ' ' && j+2 < len(rs) && (isEmojiRune(rs[j+2])))) {
				j++
				end += utf8.RuneLen(rs[j])
			}
			if j+1 >= len(rs) || unicode.IsSpace(rs[j+1]) {
				if r == '.' && abbreviation(text[start:pos]) {
					pos += size
					continue
				}
				if s := strings.TrimSpace(text[start:end]); s != "" {
					out = append(out, s)
				}
				start = end
			}
			for i < j {
				i++
				pos += utf8.RuneLen(rs[i])
			}
			pos += size
			continue
		}
		pos += size
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func abbreviation(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "mr", "mrs", "ms", "dr", "st", "prof", "e.g", "i.e", "etc", "vs":
		return true
	}
	return false
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// isQuestion reports a sentence that asks something.
func isQuestion(s string) bool {
	return strings.Contains(strings.TrimRightFunc(s, func(r rune) bool { return isEmojiRune(r) || unicode.IsSpace(r) || r == '\ufe0f' }), "?")
}

// lastQuestion is the index of the last question in body, or -1.
func lastQuestion(body []string) int {
	for i := len(body) - 1; i >= 0; i-- {
		if isQuestion(body[i]) {
			return i
		}
	}
	return -1
}

// fold lowercases s and keeps letters, digits and apostrophes.
func fold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range s {
		if r == '’' {
			r = '\''
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
		if !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			return s
		}
	}
	return s
}

// endSentence gives s a closing mark if it has none.
func endSentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	trim := strings.TrimRightFunc(s, func(r rune) bool { return isEmojiRune(r) || r == '\ufe0f' || r == ' ' })
	if trim == "" {
		return s
	}
	last, _ := utf8.DecodeLastRuneInString(trim)
	if strings.ContainsRune(".!?…", last) {
		return s
	}
	return trim + "." + s[len(trim):]
}

// containsSentence reports whether body already says s, give or take case
// and punctuation.
func containsSentence(body []string, s string) bool {
	f := fold(s)
	for _, b := range body {
		fb := fold(b)
		if fb == f || strings.Contains(fb, f) || wordCount(fb) >= 3 && strings.Contains(f, fb) {
			return true
		}
	}
	return false
}

// insertBeforeQuestion puts s before the draft's close: the closing
// question and the wishes and sign-off lines at its end ("I hope you're
// keeping well.", "No need to reply."), or at the end when it has none.
func (d *draft) insertBeforeQuestion(s string) {
	i := len(d.body)
	for i > 0 && (isQuestion(d.body[i-1]) || closingLine.MatchString(fold(d.body[i-1]))) {
		i--
	}
	if i == len(d.body) && i >= 2 && closesMessage(d.body[i-1]) {
		// "I'd love to hear all about it.": the last line closes the
		// message though it asks nothing (see signoff.go).
		i--
	}
	if i == 0 && d.greeting == "" {
		// All close and no greeting: after the opening line at least.
		i = min(1, len(d.body))
	}
	d.body = append(d.body[:i], append([]string{s}, d.body[i:]...)...)
}

// closingLine is a folded sentence that closes a message rather than
// says something in it.
var closingLine = regexp.MustCompile(`^(?:(?:i )?hope (?:you|you're|youre|all|things|everything|this finds)|take care|look after yourself|no (?:need|pressure|rush)|(?:talk|speak|chat|see you|catch up) soon|all the best|best wishes|warm(?:est)? (?:wishes|regards)|kind regards|lots of love|love you|cheers|thanks again|looking forward|(?:just )?let me know if|(?:i'm|im) here (?:if|whenever|for you)|sending (?:love|hugs)|no worries|wish(?:ing)? you (?:every|all the|the very|a (?:happy|lovely|great|wonderful))|(?:it's|its|it is) (?:very |so |thoroughly |truly )?(?:well )?deserved|enjoy (?:it|every|your|the)|have (?:a|an) (?:great|lovely|good|wonderful|brilliant)|(?:congratulations|congrats|well done|happy birthday) again|(?:give|send) my love|(?:big )?hugs\b)`)

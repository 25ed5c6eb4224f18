package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small models wrap the text they were asked for: they announce it ("Sure
// thing! Here's a warmer version:"), give it a subject line, put it in
// quotes, sign it, and offer to change it. Cleaning removes that wrapping
// before the checks, so that only the answer itself is judged and shown. It
// never rewrites the answer: a part it cannot tell apart from the answer
// stays, and the checks judge it.

// metaWords are the words of lines and sentences that talk about the answer
// instead of being part of it.
var metaWords = wordset.Of(`sure thing course certainly absolutely okay ok alright great question happy
	glad help here's heres draft drafts message messages version versions text note option rewrite
	rewritten revised revision updated update another take try attempt based provided according guide
	guide's section sections information context answer reply response below following check-in checkin check
	says said
	quick short shorter brief longer warmer cooler casual casually friendlier friendly playful simple
	simpler formal tone little bit slightly request asked per sounds lovely idea got problem worries
	go something might may hope helps write wrote written lines suggestion suggestions possible
	adjusted personal touch tweak tweaked summary recap overview reflection send sending use copy
	paste share say could warm heartfelt sweet`)

// announceWords name the thing announced; a line ending in a colon counts
// as an announcement only with one of them.
var announceWords = wordset.Of(`draft drafts message version versions text option here's heres rewrite
	rewritten revised revision update updated take attempt answer reply response suggestion check-in checkin
	summary recap overview note`)

// closingWords make up sign-offs ("Lots of love x", "Cheers!", "Talk soon").
var closingWords = wordset.Of(`cheers love lots best warmly warm wishes regards kind take care talk speak
	soon later xx xxx x xo xoxo hugs big hug yours always thanks thank you again sincerely fondly
	miss ciao bye`)

// offerRE finds sentences that offer changes or comment on the answer.
var offerRE = regexp.MustCompile(`(?i)\b(let me know|feel free|hope (this|that|it) (helps|works|does the trick|fits|is (what|ok|okay|alright|right|better))|you (can|could|may|might) (adjust|tweak|change|edit|personali[sz]e|add|swap|modify)|want me to|would you like (me to|another|a different|a shorter|a longer|it)|if you('d| would) like|i can (also|make|adjust|write|help)|i could (also|make)|happy to (help|adjust|change)|adjust (it|the|as)|tweak (it|as)|any other questions|anything else)\b`)

// editNoteRE finds a note on how the answer was written or changed ("I cut
// it down but kept Biscuit in", "This version drops the joke").
var editNoteRE = regexp.MustCompile(`^\W*(?:(?:i|i've|ive|i have|i’ve) (?:just |also |only )?(?:cut|kept|made|added|removed|changed|shortened|trimmed|swapped|softened|dropped|included|went|tried|used|left|took|toned|tweaked|focused|rewrote|reworded|simplified|lengthened|expanded|warmed|cooled|replaced|moved|put) (?:with |for |out |in )?(?:(?:it|this|that|things)\b|(?:a|an|the|your) (?:\w+ )?(?:message|draft|text|tone|wording|length|note|version|bit|part|line|mention|details?|question|greeting|opening|ending|emoji))\b|(?:this|that|the) (?:version|one|draft|message|rewrite|text) (?:keeps|drops|cuts|adds|feels|sounds|leaves|uses|focuses|mentions|skips)\b)`)

// subjectRE finds a subject or title line.
var subjectRE = regexp.MustCompile(`(?i)^\W*(subject( line)?|re|title|topic|heading)\s*:`)

// separatorRE finds a line that only separates parts.
var separatorRE = regexp.MustCompile(`^\s*([-*_=~]\s*){3,}$`)

// unwrapDraft removes the wrapping around a draft message: what unwrapHead
// removes, and after the closing question sign-offs, signatures, offers and
// notes.
func unwrapDraft(s string, d DraftDetails) string {
	about := draftAbout(d)
	s = unwrapHead(normaliseNewlines(s), d.Recipient, about)
	for {
		t := stripQuotes(dropDraftTail(s))
		if t == s {
			return s
		}
		s = unwrapHead(t, d.Recipient, about)
	}
}

// draftAbout returns the words an announcement of this draft may use
// besides words about messages: "Here's a birthday message for Leo:".
func draftAbout(d DraftDetails) string {
	return strings.Join([]string{d.Recipient, d.Relationship, d.Occasion, occasionMeaning[d.Occasion], d.Tone, d.Length, d.Medium}, " ")
}

// unwrapProse removes the wrapping around an answer, an acknowledgement or
// a summary: what unwrapHead removes, and trailing offers.
func unwrapProse(s string) string {
	s = unwrapHead(normaliseNewlines(s), "", "")
	for {
		t := stripQuotes(dropOffers(s))
		if t == s {
			return s
		}
		s = unwrapHead(t, "", "")
	}
}

func normaliseNewlines(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

// unwrapHead removes, for as long as there is one, a leading subject line,
// a leading line that announces the answer and ends in a colon, and leading
// sentences made only of words about the answer ("Sure thing!"). A
// sentence naming the recipient is never removed; an announcing line may
// name them, and use the words of about.
func unwrapHead(s, recipient, about string) string {
	for {
		s = stripQuotes(strings.TrimSpace(s))
		first, rest, _ := strings.Cut(s, "\n")
		if subjectRE.MatchString(first) {
			s = rest
			continue
		}
		label := strings.TrimSpace(strings.Trim(strings.TrimSpace(first), "*_#"))
		if strings.HasSuffix(label, ":") && utf8.RuneCountInString(label) <= 100 && isMeta(withoutWords(label, about), true) {
			s = rest
			continue
		}
		if head, tail, ok := firstSentence(s); ok && !(recipient != "" && containsName(head, recipient)) && isMeta(head, strings.HasSuffix(head, ":")) {
			s = tail
			continue
		}
		return s
	}
}

// withoutWords returns s without the words of about.
func withoutWords(s, about string) string {
	if about == "" {
		return s
	}
	drop := foldSet(about)
	var keep []string
	for _, w := range words(strings.ToLower(s)) {
		if _, ok := drop[foldWord(w)]; !ok {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// firstSentence splits s after its first sentence: at ".", "!", "?" or a
// colon followed by space, or at the end of the first line.
func firstSentence(s string) (head, tail string, ok bool) {
	for i, r := range s {
		end := r == '\n'
		if r == '.' || r == '!' || r == '?' || r == ':' || r == '…' {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			end = next == ' ' || next == '\n' || next == utf8.RuneError
		}
		if end {
			j := i + utf8.RuneLen(r)
			for j < len(s) && strings.ContainsRune(".!?", rune(s[j])) {
				j++
			}
			return s[:j], strings.TrimSpace(s[j:]), true
		}
	}
	return "", "", false
}

// isMeta reports whether every content word of s talks about the answer and
// at least one does; with announce, one of them must also name the thing
// announced.
func isMeta(s string, announce bool) bool {
	ws := keyWords(strings.ReplaceAll(s, "’", "'"))
	if len(ws) == 0 || len(ws) > 14 {
		return false
	}
	named := false
	for _, w := range ws {
		// "here's" is a word of its own; "versions" is "version".
		if _, ok := metaWords[w]; !ok {
			w = strings.TrimSuffix(w, "s")
		}
		if _, ok := metaWords[w]; !ok && !isSmallContraction(w) && !isMetaPlural(w) {
			return false
		}
		if _, ok := announceWords[w]; ok {
			named = true
		}
	}
	return !announce || named
}

// dropDraftTail removes what follows a draft's closing question when all
// of it is sign-offs, signatures, separators, offers or notes: whole lines
// from the end, then the rest of the line after the last question. A line
// of message text after the question stays, and the closing-question check
// judges it.
func dropDraftTail(s string) string {
	lines := strings.Split(s, "\n")
	for len(lines) > 1 && droppableTail(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	s = strings.TrimSpace(strings.Join(lines, "\n"))
	q := strings.LastIndex(s, "?")
	if q < 0 {
		return dropOffers(s)
	}
	// Keep whatever closes the question: quotes, brackets, emoji.
	end := q + 1
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if r == '\n' || !(isQuote(r) || r == ')' || r == ' ' || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || r == '\u200d' || r == '\ufe0f') {
			break
		}
		end += n
	}
	// A placeholder on the question's own line is part of the message, not
	// a signature under it: the checks reject it.
	if tail := s[end:]; !strings.Contains(tail, "\n") && !placeholderRE.MatchString(tail) && droppableTail(tail) {
		return strings.TrimSpace(s[:end])
	}
	return s
}

// droppableTail reports whether a piece after a draft's closing question is
// wrapping: blank, a separator, a signature placeholder, a sign-off made of
// closing words and at most one name, an offer or a note.
func droppableTail(part string) bool {
	p := strings.TrimSpace(part)
	if p == "" || separatorRE.MatchString(p) || placeholderRE.MatchString(p) && utf8.RuneCountInString(p) <= 40 {
		return true
	}
	low := strings.ToLower(p)
	if offerRE.MatchString(low) || editNoteRE.MatchString(low) || strings.HasPrefix(low, "note:") || strings.HasPrefix(low, "(note") || strings.HasPrefix(low, "(feel free") {
		return true
	}
	ws := words(strings.ReplaceAll(low, "’", "'"))
	if len(ws) == 0 {
		return true
	}
	if len(ws) > 5 {
		return false
	}
	other := 0
	for _, w := range ws {
		if _, ok := closingWords[w]; !ok {
			if _, small := stopWords[w]; !small {
				other++
			}
		}
	}
	// "Love, Sam", "— Jo" or a name alone sign the message.
	return other == 0 || other == 1 && len(ws) <= 3
}

func isMetaPlural(w string) bool {
	_, ok := metaWords[w+"s"]
	return ok
}

// dropOffers removes trailing sentences that offer more help or changes.
func dropOffers(s string) string {
	for {
		i := lastSentenceStart(s)
		if i <= 0 {
			return s
		}
		last := strings.TrimSpace(s[i:])
		if !offerRE.MatchString(last) && !strings.HasPrefix(strings.ToLower(last), "note:") {
			return s
		}
		s = strings.TrimSpace(s[:i])
	}
}

// lastSentenceStart returns where the last sentence of s begins: after the
// last sentence end or line break before its final sentence.
func lastSentenceStart(s string) int {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".!?…)\"'”’", r) || unicode.Is(unicode.So, r)
	})
	return strings.LastIndexFunc(t, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' || r == '…' }) + 1
}

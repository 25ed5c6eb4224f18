package agent

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkError says why a model's output was not used. Its reason goes to the
// log; the output itself never does.
type checkError struct{ reason string }

func (e *checkError) Error() string { return "model output rejected: " + e.reason }

// Why a model call fell back to the template. The check errors are returned by
// the output checks below; the others by modelHooks.run.
var (
	errModelOff     = errors.New("no model configured")
	errStreamClosed = errors.New("stream closed")
	errModelPanic   = errors.New("model panicked")
	errOverBudget   = errors.New("hourly model budget used up")

	errEmpty        = &checkError{"empty"}
	errTruncated    = &checkError{"truncated at the token limit"}
	errCut          = &checkError{"stream cut before the end"}
	errStalled      = &checkError{"stream stalled"}
	errInvalidUTF8  = &checkError{"invalid utf-8"}
	errGarbage      = &checkError{"garbage"}
	errLanguage     = &checkError{"not english"}
	errTooLong      = &checkError{"too long"}
	errLeak         = &checkError{"prompt leak"}
	errPlaceholder  = &checkError{"placeholder"}
	errMarkup       = &checkError{"markup"}
	errIncomplete   = &checkError{"incomplete sentence"}
	errNoRecipient  = &checkError{"recipient missing"}
	errNoMention    = &checkError{"mention missing"}
	errNoQuestion   = &checkError{"no closing question"}
	errStock        = &checkError{"stock phrase"}
	errInvented     = &checkError{"invented name"}
	errUnchanged    = &checkError{"revision unchanged"}
	errNotShorter   = &checkError{"revision not shorter"}
	errNotLonger    = &checkError{"revision not longer"}
	errNoCitation   = &checkError{"no section cited"}
	errUngrounded   = &checkError{"not grounded"}
	errQuestion     = &checkError{"asks a question"}
	errNotSpecific  = &checkError{"not specific"}
	errTooManyLines = &checkError{"too many sentences"}
	errBadJSON      = &checkError{"bad json"}
	errBadField     = &checkError{"bad field"}
	errOptions      = &checkError{"several options"}
	errInventedFact = &checkError{"invented fact"}
	errClinical     = &checkError{"clinical label"}
	errJudging      = &checkError{"judges someone"}
	errCheerful     = &checkError{"cheerful opening on a sombre occasion"}
	errTooClose     = &checkError{"too close for the relationship"}
	errNotHonoured  = &checkError{"change asked for not made"}
	errShownBefore  = &checkError{"a version shown before"}
)

// Length caps, in characters.
const (
	maxShortDraft  = 160
	maxMediumDraft = 400
	maxLongDraft   = 700
	maxAnswer      = 700
	maxAck         = 160
	maxSummary     = 600
)

// draftCap returns the length cap for a draft of length l.
func draftCap(l string) int {
	switch l {
	case LengthShort:
		return maxShortDraft
	case LengthLong:
		return maxLongDraft
	}
	return maxMediumDraft
}

// leakMarkers are things a reply to a person never contains but a model
// parroting its instructions does. Delimiter tag names are included.
var leakMarkers = []string{
	"system:", "system prompt", "as an ai", "as a language model", "i am an ai", "i'm an ai",
	"<|", "|>", "[inst]", "<<sys>>",
}

// placeholderRE finds template holes: [Name], {name}, <name>, ___ and the like.
var placeholderRE = regexp.MustCompile(`(?i)\[[^\]\n]{0,40}\]|\{[^}\n]{0,40}\}|<[^>\n]{0,40}>|_{3,}|\b(?:your name|their name|recipient'?s name|insert (?:name|date|memory|detail))\b`)

// stockPhrases sound like a form letter and are never used in a check-in.
var stockPhrases = []string{
	"hope this message finds you well", "hope this finds you well", "i hope this email finds you",
	"dear sir", "to whom it may concern",
}

// cleanText applies the checks every prose answer must pass and returns it
// without surrounding whitespace and quotes. Invalid UTF-8 is rejected, not
// repaired.
func cleanText(s string, maxChars int) (string, error) {
	if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) {
		return "", errInvalidUTF8
	}
	s = unwrapHead(normaliseNewlines(s), "", "")
	if s == "" {
		return "", errEmpty
	}
	if err := commonChecks(s, maxChars); err != nil {
		return "", err
	}
	if err := looksLikeEnglish(s); err != nil {
		return "", err
	}
	if !endsSentence(s) && !endsInEmoji(s) {
		return "", errIncomplete
	}
	return s, nil
}

// commonChecks are the checks that hold for a prefix as well as for the
// whole text.
func commonChecks(s string, maxChars int) error {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return errGarbage
		}
	}
	if leaks(s) {
		return errLeak
	}
	if placeholderRE.MatchString(s) {
		return errPlaceholder
	}
	if strings.Contains(s, "```") {
		return errMarkup
	}
	if utf8.RuneCountInString(s) > maxChars {
		return errTooLong
	}
	return nil
}

// leaks reports whether s repeats the instructions: a marker, a delimiter
// tag name, or a run of eight words from any system prefix.
func leaks(s string) bool {
	low := strings.ToLower(s)
	for _, m := range leakMarkers {
		if strings.Contains(low, m) {
			return true
		}
	}
	for _, t := range delimiterTags {
		if strings.Contains(low, t) {
			return true
		}
	}
	return hasAnyRun(promptShingles, words(low), shingleWords)
}

// shingleWords is how many words in a row from a system prefix count as a leak.
const shingleWords = 8

// promptShingles holds every run of shingleWords words of every system prefix.
var promptShingles = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range systemPrefixes() {
		addRuns(m, words(strings.ToLower(p)), shingleWords)
	}
	return m
}()

// looksLikeEnglish rejects text that is mostly not letters, not Latin
// script, or free of the small words every English sentence has.
func looksLikeEnglish(s string) error {
	var letters, latin, other int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		case unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsDigit(r):
		default:
			other++
		}
	}
	if letters == 0 || letters < 2*other {
		return errGarbage
	}
	if latin*10 < letters*9 {
		return errLanguage
	}
	ws := words(strings.ToLower(s))
	if len(ws) >= 6 {
		common := 0
		for _, w := range ws {
			if _, ok := stopWords[w]; ok {
				common++
			}
		}
		if common*10 < len(ws) {
			return errLanguage
		}
	}
	run := 1
	seen := map[string]struct{}{}
	for i, w := range ws {
		seen[w] = struct{}{}
		if i > 0 && w == ws[i-1] {
			if run++; run >= 3 {
				return errGarbage
			}
		} else {
			run = 1
		}
	}
	if len(ws) >= 12 && len(seen)*3 < len(ws) {
		return errGarbage
	}
	return nil
}

// endsSentence reports whether s ends like a finished sentence, allowing
// closing quotes, brackets and emoji after the punctuation.
func endsSentence(s string) bool {
	r := lastSignificant(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// endsInEmoji reports whether s ends with a symbol such as an emoji, which
// models put where a full stop would go; a text cut short at the token
// limit is caught by its stop reason, not here.
func endsInEmoji(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u200d' || r == '\ufe0f' || unicode.Is(unicode.Sk, r)
	}))
	return unicode.Is(unicode.So, r)
}

// lastSignificant returns the last rune of s that is not space, a closing
// quote or bracket, or a symbol such as an emoji.
func lastSignificant(s string) rune {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || isQuote(r) || r == ')' || unicode.Is(unicode.So, r) ||
			unicode.Is(unicode.Sk, r) || r == '\u200d' || r == '\ufe0f'
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '`':
		return true
	}
	return false
}

// stripQuotes removes quotes wrapped around the whole text, as models like
// to do with a draft.
func stripQuotes(s string) string {
	pairs := map[rune]rune{'"': '"', '“': '”', '\'': '\'', '‘': '’', '«': '»', '`': '`'}
	for {
		first, n := utf8.DecodeRuneInString(s)
		last, m := utf8.DecodeLastRuneInString(s)
		closing, ok := pairs[first]
		if !ok || last != closing || len(s) < n+m {
			return s
		}
		inner := s[n : len(s)-m]
		// Keep quotes that open and close different things: “a” and “b”.
		if strings.ContainsRune(inner, closing) {
			return s
		}
		s = strings.TrimSpace(inner)
	}
}

// words splits s into words of letters and digits; apostrophes inside a word
// are kept.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// stem folds a lower-case word to a crude stem so that "trips", "trip" and
// "tripped" meet.
func stem(w string) string {
	w = strings.Trim(strings.ReplaceAll(w, "’", "'"), "'")
	w = strings.TrimSuffix(w, "'s")
	for _, suf := range []string{"ing", "ies", "ed", "es", "s", "y", "e"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-len(suf) >= 3 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// keyWords returns the words of s that carry meaning: three letters or
// more and not a common small word.
func keyWords(s string) []string {
	var out []string
	for _, w := range words(strings.ToLower(s)) {
		w = strings.Trim(w, "'’")
		if _, ok := stopWords[w]; ok || utf8.RuneCountInString(w) < 3 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// stems returns the set of stems of the words in s.
func stems(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range words(strings.ToLower(s)) {
		m[stem(w)] = struct{}{}
	}
	return m
}

// containsName reports whether name occurs in s as whole words, ignoring case.
func containsName(s, name string) bool {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return false
	}
	low := strings.ToLower(s)
	for i := 0; ; {
		j := strings.Index(low[i:], name)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(name)
		before, _ := utf8.DecodeLastRuneInString(low[:start])
		after, _ := utf8.DecodeRuneInString(low[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(low) || !isWordRune(after)) {
			return true
		}
		i = start + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// stopWords are the small words of English; they carry no detail.
var stopWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(`a about after again all also am an and any are as at be because been
		before being but by can could did do does doing don't for from had has have having he her here hers him his
		how i i'd i'll i'm i've if in into is it it's its just let's like me more most my myself no not now of
		off on once one only or other our ours out over own really same she should so some such than that that's
		the their theirs them then there these they this those through to too under until up us very was we
		were what when where which while who whom why will with would you you'd you'll you're you've your yours
		yourself hi hey hello dear`) {
		m[w] = struct{}{}
	}
	return m
}()

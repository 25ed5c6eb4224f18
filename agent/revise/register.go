package revise

import (
	"regexp"
	"strings"
	"sync"
)

// contractions pairs the whole form with its contraction, most specific
// first. Both directions use it: casual contracts, formal expands.
var contractions = [][2]string{
	{"I am", "I'm"}, {"I have", "I've"}, {"I will", "I'll"}, {"I would", "I'd"},
	{"you are", "you're"}, {"you have", "you've"}, {"you will", "you'll"}, {"you would", "you'd"},
	{"we are", "we're"}, {"we have", "we've"}, {"we will", "we'll"}, {"they are", "they're"},
	{"it is", "it's"}, {"that is", "that's"}, {"there is", "there's"}, {"what is", "what's"},
	{"do not", "don't"}, {"does not", "doesn't"}, {"did not", "didn't"}, {"cannot", "can't"},
	{"will not", "won't"}, {"would not", "wouldn't"}, {"could not", "couldn't"}, {"should not", "shouldn't"},
	{"is not", "isn't"}, {"are not", "aren't"}, {"was not", "wasn't"}, {"have not", "haven't"},
	{"has not", "hasn't"}, {"had not", "hadn't"}, {"let us", "let's"}, {"how have", "how've"},
}

// noContract are whole forms that must stay whole: "I have a cat" is not
// "I've a cat", "it is what it is" ends a clause.
var noContractNext = regexp.MustCompile(`^(?:a|an|the|some|no|to|my|your|his|her|our|their|any|one|two|lots|\d)\b`)

// contractAll writes the common whole forms as contractions.
func contractAll(s string) string {
	for _, c := range contractions {
		if c[0] == "let us" || c[0] == "how have" && !strings.Contains(strings.ToLower(s), "how have you been") {
			continue
		}
		s = replaceWord(s, c[0], func(rest string) (string, bool) {
			next := strings.TrimLeft(rest, " ")
			ends := next == "" || strings.ContainsAny(next[:1], ".,!?;:—")
			switch {
			case strings.HasPrefix(c[0], "how"):
			case strings.HasSuffix(c[0], " have") && (ends || noContractNext.MatchString(next)):
				return "", false
			case (strings.HasSuffix(c[0], " is") || strings.HasSuffix(c[0], " are")) && ends:
				return "", false
			}
			return c[1], true
		})
	}
	return s
}

// expandAll writes contractions out in full.
func expandAll(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	s = hasBeenRe.ReplaceAllString(s, "$1 has $2")
	for _, c := range contractions {
		s = replaceWord(s, c[1], func(string) (string, bool) { return c[0], true })
	}
	for _, c := range [][2]string{{"won't", "will not"}, {"can't", "cannot"}, {"it'll", "it will"},
		{"that'll", "that will"}, {"she's", "she is"}, {"he's", "he is"}, {"who's", "who is"},
		{"where's", "where is"}, {"here's", "here is"}, {"we'd", "we would"}, {"they've", "they have"},
		{"they'll", "they will"}, {"you'd", "you would"}, {"it'd", "it would"}, {"weren't", "were not"},
		{"y'all", "you all"}, {"gonna", "going to"}, {"wanna", "want to"}, {"gotta", "have to"},
		{"kinda", "rather"}, {"yeah", "yes"}, {"ok", "all right"}, {"okay", "all right"}} {
		s = replaceWord(s, c[0], func(string) (string, bool) { return c[1], true })
	}
	return s
}

// hasBeenRe finds "it's been", where 's is "has", not "is".
var hasBeenRe = regexp.MustCompile(`(?i)\b(it|that|there|she|he|what|who)'s (been|got|gotten|had)\b`)

// replaceWord replaces whole-word, case-insensitive occurrences of old,
// keeping a capital first letter. with sees the text after the match and
// may refuse.
func replaceWord(s, old string, with func(rest string) (string, bool)) string {
	re := wordPattern(old)
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		repl, ok := with(s[m[1]:])
		if !ok {
			continue
		}
		b.WriteString(s[last:m[0]])
		orig := s[m[0]:m[1]]
		if orig[0] >= 'A' && orig[0] <= 'Z' {
			repl = upperFirst(repl)
		} else if !strings.HasPrefix(repl, "I") || strings.HasPrefix(repl, "It") {
			repl = strings.ToLower(repl[:1]) + repl[1:]
		}
		b.WriteString(repl)
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// patterns caches the compiled word patterns; it is shared by every call.
var patterns sync.Map

func wordPattern(w string) *regexp.Regexp {
	if re, ok := patterns.Load(w); ok {
		return re.(*regexp.Regexp)
	}
	q := regexp.QuoteMeta(w)
	q = strings.ReplaceAll(q, "'", "['’]")
	re := regexp.MustCompile(`(?i)\b` + q + `\b`)
	patterns.Store(w, re)
	return re
}

// contracted counts the contractions in s, a measure of how casual it is.
func contracted(s string) int {
	n := 0
	for _, c := range contractions {
		n += len(wordPattern(c[1]).FindAllStringIndex(s, -1))
	}
	return n
}

// wholeForms counts the whole forms that could be contracted.
func wholeForms(s string) int {
	n := 0
	for _, c := range contractions {
		n += len(wordPattern(c[0]).FindAllStringIndex(s, -1))
	}
	return n
}

// looksFormal reports a draft in a formal register: "Dear", a formal
// sign-off, or whole forms and no contractions.
func looksFormal(d draft) bool {
	g := strings.ToLower(d.greeting)
	if strings.HasPrefix(g, "dear") || strings.HasPrefix(g, "good morning") || strings.HasPrefix(g, "good afternoon") {
		return true
	}
	sl := strings.ToLower(d.signoff)
	if strings.Contains(sl, "regards") || strings.Contains(sl, "sincerely") || strings.Contains(sl, "best wishes") {
		return true
	}
	body := strings.Join(d.body, " ")
	return contracted(body) == 0 && wholeForms(body) >= 2 && !strings.Contains(body, "!")
}

// chatMarks are the marks of a message written the way people chat: a
// "hey" to open, a sentence that leaves out its "I" ("Was just thinking
// of you"), a contraction beyond the common ones, words of talk.
var chatMarks = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^\s*(?:hey|heya|hiya|yo|oi)\b`),
	regexp.MustCompile(`(?i)(?:^|[.!?]\s+|^\s*\S+[!,]\s+)(?:was|been|just|thinking|saw|got|heard|miss(?:ed)?|can['’]t wait|no worries)\b`),
	regexp.MustCompile(`(?i)\b(?:how|who|where|when)['’]s\b`),
	regexp.MustCompile(`(?i)\b(?:gonna|wanna|gotta|kinda|sorta|haha+|lol|btw|tbh|yeah|yep|nope|cheers|mate|ages)\b`),
}

// casualness is how casual s reads: its contractions and chat marks, less
// the whole forms that could have been contracted. A change asked to be
// more casual is made when the new version scores at least the old one;
// more formal, at most.
func casualness(s string) int {
	n := contracted(s) - wholeForms(s)
	for _, re := range chatMarks {
		n += len(re.FindAllStringIndex(s, -1))
	}
	return n
}

package revise

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"slices"
	"strings"
)

// say adds what the person wants said, in the recipient's person, before
// the closing question.
func (d *draft) say(detail string, c Context) error {
	s := Sentence(detail, c.Recipient, looksFormal(*d))
	if s == "" || containsSentence(d.body, s) {
		return ErrUnchanged
	}
	d.insertBeforeQuestion(s)
	return nil
}

// drop removes the part detail names: a position, or the sentences (or
// clauses) that share a word with it.
func (d *draft) drop(detail string) error {
	switch detail {
	case PartGreeting:
		if d.greeting == "" {
			return ErrNotFound
		}
		d.greeting = ""
		if len(d.body) > 0 {
			d.body[0] = upperFirst(d.body[0])
		}
		return nil
	case PartSignoff:
		if d.signoff == "" {
			return ErrNotFound
		}
		d.signoff = ""
		return nil
	case PartExcuse:
		return d.dropMatching(excuseRe, excuseClause)
	case PartPity:
		return d.noPity()
	case PartQuestion, PartLast, PartFirst:
		i := map[string]int{PartQuestion: lastQuestion(d.body), PartLast: len(d.body) - 1, PartFirst: 0}[detail]
		if i < 0 || i >= len(d.body) {
			return ErrNotFound
		}
		d.body = keepExcept(d.body, map[int]bool{i: true})
		return nil
	}
	keys := keyWords(detail)
	if len(keys) == 0 {
		return ErrNotFound
	}
	match := func(s string) bool { return sharesKey(s, keys) }
	found, heartGone := false, false
	heart := rolesOf(*d).heart
	var out []string
	for i, s := range d.body {
		if !match(s) {
			out = append(out, s)
			continue
		}
		found = true
		kept := keepClauses(s, func(c string) bool { return !match(c) })
		if kept == "" {
			heartGone = heartGone || i == heart || heartRe.MatchString(s) || celebrateRe.MatchString(s)
			continue
		}
		if isQuestion(s) && !isQuestion(kept) {
			kept = strings.TrimRight(kept, ".") + "?"
		}
		out = append(out, kept)
	}
	if !found {
		return ErrNotFound
	}
	if heartGone {
		out = dropEchoes(out)
	}
	d.body = out
	return nil
}

// echoLine is a sentence that only reacts to news said before it: "I'm so
// happy for you!", "You deserve it.", "That's amazing."; echoQuestion a
// question about that news: "How are you feeling about it?", "How are you
// celebrating?".
var (
	echoLine     = regexp.MustCompile(`(?i)^(?:i'?m|i am) (?:so |really |very |just )?(?:happy|glad|thrilled|proud|excited) for you\b|^(?:you (?:really |totally |so )?deserve (?:it|this)|(?:that'?s|what) (?:amazing|great|brilliant|fantastic|wonderful|huge|big) (?:news)?|well done|so well deserved|(?:it'?s|it is) (?:so )?well deserved)[.!]*$`)
	echoQuestion = regexp.MustCompile(`(?i)\b(?:about it|celebrating|celebrate|how did it go|how is it going|how's it going|when do you start|how does it feel)\b`)
)

// dropEchoes takes out what only answered a part just dropped: a reaction
// to its news goes, and a question about it asks after them instead.
func dropEchoes(body []string) []string {
	var out []string
	for _, s := range body {
		switch {
		case echoLine.MatchString(strings.TrimSpace(stripEmoji(s))):
			continue
		case isQuestion(s) && echoQuestion.MatchString(s):
			if containsSentence(out, "How are you doing?") {
				continue
			}
			// Any emoji at its end stays at the end.
			s = "How are you doing?" + s[len(strings.TrimRightFunc(s, func(r rune) bool { return isEmojiRune(r) || r == '\ufe0f' || r == ' ' })):]
		}
		out = append(out, s)
	}
	return out
}

// dropStop are words too common to say which part is meant.
var dropStop = wordset.Of(`the a an my his her their our your about bit part line sentence that this it its it's
of on in to for and or with where when how i me you him them us we she he they thing stuff mention mentions
bits parts lines sentences any all some`)

// keySynonyms widen a key to the words drafts use for the same thing.
var keySynonyms = map[string][]string{
	"work": {"job", "office", "boss", "colleague", "career"}, "job": {"work", "career"},
	"sorry": {"apolog"}, "apology": {"sorry", "apolog"}, "missing": {"miss"}, "miss": {"missing"},
	"move": {"moving", "moved"}, "news": {"news"}, "mum": {"mom", "mother"}, "mom": {"mum", "mother"},
	"dad": {"father"}, "party": {"celebration"}, "meeting": {"meet"}, "visit": {"visiting", "coming"},
}

func keyWords(detail string) []string {
	var out []string
	for _, w := range strings.Fields(fold(detail)) {
		if dropStop[w] || len(w) < 3 {
			continue
		}
		out = append(out, w)
		out = append(out, keySynonyms[w]...)
	}
	return out
}

// sharesKey reports whether a word of s starts like a key or the key
// starts like it ("missing" and "miss", "moved" and "move").
func sharesKey(s string, keys []string) bool {
	for _, w := range strings.Fields(fold(s)) {
		w = stem(strings.TrimSuffix(w, "'s"))
		for _, k := range keys {
			if w == stem(k) {
				return true
			}
		}
	}
	return false
}

// stem strips the endings that make "moved", "moving" and "move", or
// "missing" and "miss", one word.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if strings.HasSuffix(w, "e") && len(w) > 3 {
		w = w[:len(w)-1]
	}
	return w
}

// startWith opens the message with the person's words: a greeting
// replaces the greeting, anything else becomes the first sentence.
func (d *draft) startWith(detail string, c Context) error {
	detail = strings.TrimSpace(strings.Trim(detail, `"'“”‘’`))
	if detail == "" {
		return ErrUnchanged
	}
	name := greetingName(d.greeting)
	if name == "" {
		name = c.Recipient
	}
	opening := upperFirst(strings.TrimRight(detail, " ,.!"))
	low := strings.ToLower(opening)
	hasName := name != "" && strings.Contains(low, strings.ToLower(name))
	mark := "!"
	if strings.HasSuffix(d.greeting, ",") || !strings.Contains(d.String(), "!") {
		mark = ","
	}
	greeting := greetWord.MatchString(opening) || strings.HasPrefix(low, "happy ") || strings.HasPrefix(low, "congrat")
	if strings.HasPrefix(low, "dear ") {
		d.greeting = titleWords(opening) + ","
		d.keepGreetSep()
		return nil
	}
	if greeting {
		if !hasName && name != "" && wordCount(opening) <= 3 {
			sep := ", "
			if w := strings.ToLower(greetWord.FindString(opening)); (w == "hi" || w == "hey" || w == "hello") && wordCount(opening) == 1 {
				sep = " "
			}
			opening += sep + name
		}
		d.greeting = opening + mark
		d.keepGreetSep()
		d.body = dropRepeat(d.body, opening)
		return nil
	}
	sentence := opening
	if !hasName && name != "" && wordCount(opening) <= 8 && !strings.HasSuffix(detail, "?") {
		sentence += ", " + name
	}
	if strings.HasSuffix(detail, "?") {
		sentence += "?"
	}
	d.greeting = ""
	d.body = append([]string{endSentence(sentence)}, d.body...)
	return nil
}

// keepGreetSep keeps a line break after a new greeting where the old one
// had one.
func (d *draft) keepGreetSep() {
	if !strings.Contains(d.greetSep, "\n") {
		d.greetSep = " "
	}
}

// dropRepeat removes a sentence that only repeats the new opening
// ("Happy birthday!" after opening with "Happy birthday, Sam!").
func dropRepeat(body []string, opening string) []string {
	o := fold(opening)
	var out []string
	for _, s := range body {
		if f := fold(s); f != "" && strings.HasPrefix(o, f) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// titleWords capitalises every word: "dear aunt mary" → "Dear Aunt Mary".
func titleWords(s string) string {
	w := strings.Fields(s)
	for i := range w {
		w[i] = upperFirst(w[i])
	}
	return strings.Join(w, " ")
}

// Keywords are the words of a detail that say which part of a draft is
// about it, as Apply matches them: "she moved to Leeds for a new job" →
// "moved", "leeds", "new", "job" and the words drafts use for a job.
func Keywords(detail string) []string {
	return slices.DeleteFunc(keyWords(detail), func(w string) bool { return stockWords[w] || w == "new" })
}

// excuseRe is a sentence that gives the writer's reason for letting
// someone down: "Honestly, I was tired.", "Work has been crazy."
var excuseRe = regexp.MustCompile(`(?i)^(?:(?:honestly|to be honest|the truth is|truth is|in my defen[cs]e|i guess),? )?(?:i was (?:just |really |so |a bit |too |completely |totally )?(?:tired|exhausted|busy|swamped|stressed|overwhelmed|knackered|sick|ill|unwell|distracted|caught up|run down|snowed under|not feeling (?:great|well))|i had (?:a lot|so much|loads|too much) (?:going on|on my plate|on)|work (?:was|has been|got|had been) (?:crazy|mad|busy|hectic|insane|a lot|full on)|it'?s been (?:a )?(?:crazy|mad|hectic|busy|full on)|things (?:have been|were|got) (?:crazy|mad|hectic|busy|a lot))\b`)

// excuseClause is a reason tacked onto a sorry: "… because I was tired".
var excuseClause = regexp.MustCompile(`(?i),? (?:because|cos|cause|since|as) (?:i was|i'd been|i had|work|things|it was)\b[^.!?]*`)

// dropMatching drops the sentences re matches and cuts the clauses clause
// matches from the others; ErrNotFound when there are none.
func (d *draft) dropMatching(re, clause *regexp.Regexp) error {
	var out []string
	found := false
	for _, s := range d.body {
		if re.MatchString(s) {
			found = true
			continue
		}
		if t := clause.ReplaceAllString(s, ""); t != s {
			found = true
			s = strings.TrimSpace(t)
			if !strings.ContainsAny(s[len(s)-1:], ".!?") {
				s += "."
			}
		}
		out = append(out, s)
	}
	if !found {
		return ErrNotFound
	}
	d.body = out
	return nil
}

// pitySorry is sorry-for-you said about their news: "I'm so sorry to hear
// you got laid off."; pityLine a sentence that only pities.
var (
	pitySorry = regexp.MustCompile(`(?i)^(?:i'?m|i am) (?:so |really |very |truly )?sorry to hear (?:that |about )?(.+)$`)
	pityLine  = regexp.MustCompile(`(?i)^(?:(?:that|it) (?:must be|must have been|sounds) (?:so |really |incredibly )?(?:hard|tough|awful|horrible|rough|difficult|terrible)|my heart (?:goes out|breaks)|poor you|i feel (?:so |really )?(?:bad|awful|terrible) for you|you poor thing)\b`)
)

// noPity says their news plainly, without sorry-for-you: "I heard you got
// laid off." ErrNotFound when nothing in the draft pities.
func (d *draft) noPity() error {
	var out []string
	found := false
	for _, s := range d.body {
		if pityLine.MatchString(s) {
			found = true
			continue
		}
		if m := pitySorry.FindStringSubmatch(s); m != nil {
			found = true
			what := strings.TrimRight(m[1], ".!")
			if strings.HasPrefix(what, "you ") || strings.HasPrefix(what, "your ") && strings.Contains(what, " is ") {
				s = "I heard " + what + "."
			} else {
				s = "I heard about " + what + "."
			}
		}
		out = append(out, s)
	}
	if !found {
		return ErrNotFound
	}
	d.body = out
	return nil
}

package agent

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Output token caps per hook, below the configured maximum.
const (
	draftTokens   = 300
	answerTokens  = 300
	ackTokens     = 80
	extractTokens = 200
	summaryTokens = 250
)

// draft writes or revises a check-in message. It returns template unless the
// model's draft greets d.Recipient, works in every mention, ends with a
// question, fits d.Length and passes the common checks. Drafts are never
// streamed: they are short, the person copies them, and a draft shown while
// it is written could be replaced by the template a moment later. accept,
// when not nil, is the caller's own last check (the changes asked for are
// in it, it is no version shown before): a draft it refuses counts, logs
// and is reported as a fallback, like one the checks here refuse.
func (h *modelHooks) draft(ctx context.Context, d DraftDetails, previous string, revision string, template string, accept func(string) error) string {
	if !h.enabled() {
		return template
	}
	d = modelDetails(d)
	c := call{
		hook:      "draft",
		system:    draftSystem,
		user:      draftPrompt(d, previous, revision),
		maxTokens: draftTokens,
		final: func(s string) (string, error) {
			s, err := checkDraft(s, d, previous, revision)
			if err == nil && accept != nil {
				err = accept(s)
			}
			return s, err
		},
	}
	out, err := h.run(ctx, c)
	if err != nil {
		return template
	}
	return out
}

// draftSlack is the length a draft may reach: the prompt asks for ten
// characters under the cap, and a draft a little over it is still short.
func draftSlack(l string) int { return draftCap(l) * 11 / 10 }

// checkDraft is the whole-output check for draft. It returns the draft
// without the wrapping models put around it.
func checkDraft(s string, d DraftDetails, previous, revision string) (string, error) {
	if severalOptions(s) {
		return "", errOptions
	}
	s, err := cleanText(unwrapDraft(s, d), draftSlack(d.Length))
	if err != nil {
		return "", err
	}
	if hasMarkup(s) {
		return "", errMarkup
	}
	if otherLanguage(s) {
		return "", errLanguage
	}
	low := strings.ToLower(s)
	for _, p := range stockPhrases {
		if strings.Contains(low, p) {
			return "", errStock
		}
	}
	if d.Recipient != "" && !containsName(s, d.Recipient) {
		return "", errNoRecipient
	}
	for _, m := range d.Mentions {
		if !mentionCovered(m, s) {
			return "", errNoMention
		}
	}
	if err := draftOccasionRules(s, d); err != nil {
		return "", err
	}
	if lastSignificant(s) != '?' && closesWithQuestion(d.Occasion) {
		return "", errNoQuestion
	}
	if err := draftFacts(s, d, previous, revision); err != nil {
		return "", err
	}
	if previous != "" && revision != "" {
		if strings.EqualFold(strings.TrimSpace(previous), s) {
			return "", errUnchanged
		}
		n, p := utf8.RuneCountInString(s), utf8.RuneCountInString(previous)
		switch strings.ToLower(revision) {
		case "shorter":
			if n >= p {
				return "", errNotShorter
			}
		case "longer":
			if n <= p {
				return "", errNotLonger
			}
		}
	}
	return s, nil
}

// draftFacts rejects a draft that brings in a name, a number, a date, a
// life event or plan, or a clinical word that the details do not have.
func draftFacts(s string, d DraftDetails, previous, revision string) error {
	known := strings.Join(append([]string{d.Recipient, d.Relationship, d.Occasion, occasionMeaning[d.Occasion],
		d.Since, d.Medium, previous, revision}, d.Mentions...), "\n")
	switch {
	case inventedName(s, known) != "":
		return errInvented
	case unknownNumber(s, known) != "", newInText(s, known, dateWords) != "", newInText(s, known, eventWords) != "":
		return errInventedFact
	case newInText(s, known, clinicalWords) != "":
		return errClinical
	}
	return nil
}

// hasMarkup reports whether s has Markdown a plain-text message must not
// have: bold, headings, quotes or bullets.
func hasMarkup(s string) bool {
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		return true
	}
	for line := range strings.SplitSeq(s, "\n") {
		l := strings.TrimLeft(line, " \t")
		for _, p := range []string{"#", ">", "- ", "* ", "• "} {
			if strings.HasPrefix(l, p) {
				return true
			}
		}
	}
	return false
}

// answer answers a question from the given guide sections. It returns
// template unless the model's answer cites one of the sections by its title
// in curly quotes, adds no numbers or links the sections and question do not
// have, fits the length cap and passes the common checks.
func (h *modelHooks) answer(ctx context.Context, question string, sections []Section, template string, partial func(string)) string {
	if !h.enabled() || len(sections) == 0 {
		return template
	}
	c := call{
		hook:      "answer",
		system:    answerSystem,
		user:      answerPrompt(question, sections),
		maxTokens: answerTokens,
		prefix:    func(s string) (string, error) { return answerPrefix(s, question, sections) },
		final:     func(s string) (string, error) { return checkAnswer(s, question, sections) },
		partial:   partial,
	}
	out, err := h.run(ctx, c)
	if err != nil {
		return template
	}
	return out
}

// answerPrefix checks a streamed answer sentence by sentence: only whole
// sentences are shown, and only when the text up to them passes the whole
// answer's checks, cleaning included. Nothing is shown before a section is
// cited, since an answer without a citation is not used; a sentence that
// breaks a check abandons the stream before any of it is seen.
func answerPrefix(s, question string, sections []Section) (string, error) {
	whole := wholeSentences(s)
	if whole == "" {
		return "", nil
	}
	show, err := checkAnswer(whole, question, sections)
	if err == nil {
		return show, nil
	}
	// A preamble alone, no citation yet, or too few of the guide's words
	// so far: later sentences may still make a good answer, so wait.
	// Anything else is in the text for good.
	if errors.Is(err, errEmpty) || errors.Is(err, errNoCitation) ||
		errors.Is(err, errUngrounded) && sourced(whole, sectionSource(question, sections)) == nil {
		return "", nil
	}
	return "", err
}

// wholeSentences returns s up to the end of its last finished sentence: a
// ".", "!", "?" or "…" (with any closing quotes or brackets) followed by
// white space, or a line break.
func wholeSentences(s string) string {
	end := 0
	for i, r := range s {
		switch r {
		case '\n':
			end = i
		case '.', '!', '?', '…':
			j := i + utf8.RuneLen(r)
			for j < len(s) {
				c, n := utf8.DecodeRuneInString(s[j:])
				if !isQuote(c) && c != ')' && c != '.' && c != '!' && c != '?' {
					break
				}
				j += n
			}
			if j < len(s) {
				if c, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsSpace(c) {
					end = j
				}
			}
		}
	}
	return strings.TrimSpace(s[:end])
}

// Answers must take most of their words from the sections or the
// question: an answer that brings in more of its own gives advice the
// guide does not.
const (
	minGroundedShare = 0.6
	minGroundedWords = 6
)

// checkAnswer is the whole-output check for answer. It returns the answer
// without its wrapping, its citation written with the exact title.
func checkAnswer(s, question string, sections []Section) (string, error) {
	s, err := cleanText(mdReplacer.Replace(unwrapProse(s)), maxAnswer)
	if err != nil {
		return "", err
	}
	if hasMarkup(s) {
		return "", errMarkup
	}
	s, cited := citeTitles(s, sections)
	if !cited && !notCoveredRE.MatchString(s) {
		return "", errNoCitation
	}
	source := sectionSource(question, sections)
	if err := sourced(s, source); err != nil {
		return "", err
	}
	if share, n := groundedShare(s, source); n >= minGroundedWords && share < minGroundedShare {
		return "", errUngrounded
	}
	return s, nil
}

// sectionSource is what an answer may draw on: the question and the
// sections' titles and texts.
func sectionSource(question string, sections []Section) string {
	var source strings.Builder
	source.WriteString(question)
	for _, sec := range sections {
		source.WriteString("\n" + sec.Title + "\n" + sec.Body)
	}
	return source.String()
}

// sourced rejects prose that brings in a name, a number, a link, a date, a
// clinical label or a judgement of someone that source does not have, or
// that is in another language.
func sourced(s, source string) error {
	switch {
	case otherLanguage(s):
		return errLanguage
	case !grounded(s, source) || unknownNumber(s, source) != "":
		return errUngrounded
	case inventedName(s, source) != "":
		return errInvented
	case newInText(s, source, dateWords) != "":
		return errInventedFact
	case newInText(s, source, clinicalWords) != "":
		return errClinical
	case newInText(s, source, judgingWords) != "":
		return errJudging
	}
	return nil
}

// factRE finds links, which a grounded answer may only repeat.
var factRE = regexp.MustCompile(`(?i)https?://\S+|www\.\S+`)

// grounded reports whether every link in s also occurs in source.
func grounded(s, source string) bool {
	for _, f := range factRE.FindAllString(s, -1) {
		f = strings.TrimRight(f, ".,;:!?)”\"'")
		if !strings.Contains(source, f) {
			return false
		}
	}
	return true
}

// acknowledge writes one short sentence that shows the person's answer to a
// reflection question was heard. It never streams.
func (h *modelHooks) acknowledge(ctx context.Context, q Question, answer string, template string) string {
	if !h.enabled() || strings.TrimSpace(answer) == "" {
		return template
	}
	c := call{
		hook:      "acknowledge",
		system:    ackSystem,
		user:      ackPrompt(q, answer),
		maxTokens: ackTokens,
		final:     func(s string) (string, error) { return checkAck(s, q, answer) },
	}
	out, err := h.run(ctx, c)
	if err != nil {
		return template
	}
	return out
}

// checkAck is the whole-output check for acknowledge.
func checkAck(s string, q Question, answer string) (string, error) {
	s, err := cleanText(unwrapProse(s), maxAck)
	if err != nil {
		return "", err
	}
	if strings.Contains(s, "?") {
		return "", errQuestion
	}
	if strings.Count(s, ". ")+strings.Count(s, "! ")+strings.Count(s, "\n") > 1 {
		return "", errTooManyLines
	}
	if kws := keyWords(answer); len(kws) > 0 {
		have := foldSet(s)
		specific := false
		for _, w := range kws {
			if _, ok := have[foldWord(w)]; ok {
				specific = true
				break
			}
		}
		if !specific {
			return "", errNotSpecific
		}
	}
	if err := sourced(s, answer+"\n"+q.Text); err != nil {
		return "", err
	}
	return s, nil
}

// summarize sums up a finished reflection from its answers only.
func (h *modelHooks) summarize(ctx context.Context, j Journey, answers []string, template string) string {
	if !h.enabled() || !anyAnswer(answers) {
		return template
	}
	c := call{
		hook:      "summarize",
		system:    summarySystem,
		user:      summaryPrompt(j, answers),
		maxTokens: summaryTokens,
		final:     func(s string) (string, error) { return checkSummary(s, j, answers) },
	}
	out, err := h.run(ctx, c)
	if err != nil {
		return template
	}
	return out
}

func anyAnswer(answers []string) bool {
	for _, a := range answers {
		if strings.TrimSpace(a) != "" && !isSkip(a) {
			return true
		}
	}
	return false
}

// checkSummary is the whole-output check for summarize.
func checkSummary(s string, j Journey, answers []string) (string, error) {
	s, err := cleanText(unwrapProse(s), maxSummary)
	if err != nil {
		return "", err
	}
	all := strings.Join(answers, "\n")
	// The summary rules ask for a step to take this week.
	known := j.Title + "\nthis week\n" + all
	for _, q := range j.Questions {
		known += "\n" + q.Text
	}
	// A summary may count what the answers list ("2 people") without the
	// answers stating the number.
	if err := sourced(withoutCounts(s), known); err != nil {
		return "", err
	}
	have := foldSet(s)
	for _, w := range keyWords(all) {
		if _, ok := have[foldWord(w)]; ok {
			return s, nil
		}
	}
	return "", errNotSpecific
}

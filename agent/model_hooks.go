package agent

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
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
// question, fits d.Length and passes the common checks. partial, when not
// nil, receives checked text while the draft is being written.
func (h *modelHooks) draft(ctx context.Context, d DraftDetails, previous string, revision string, template string, partial func(string)) string {
	if !h.enabled() {
		return template
	}
	limit := draftCap(d.Length)
	c := call{
		hook:      "draft",
		system:    draftSystem,
		user:      draftPrompt(d, previous, revision),
		maxTokens: draftTokens,
		final:     func(s string) (string, error) { return checkDraft(s, d, previous, revision) },
		partial:   partial,
	}
	c.prefix = func(s string) (string, error) {
		show, err := checkPrefixNoMarkup(s, limit)
		// Nothing is shown before the greeting names the recipient: a
		// stream that does not is not going to be used.
		if err != nil || (d.Recipient != "" && !containsName(show, d.Recipient)) {
			return "", err
		}
		return show, nil
	}
	out, err := h.run(ctx, c)
	if err != nil {
		return template
	}
	return out
}

// checkDraft is the whole-output check for draft.
func checkDraft(s string, d DraftDetails, previous, revision string) (string, error) {
	s, err := cleanText(s, draftCap(d.Length))
	if err != nil {
		return "", err
	}
	if hasMarkup(s) {
		return "", errMarkup
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
	have := stems(s)
	for _, m := range d.Mentions {
		for _, w := range keyWords(m) {
			if _, ok := have[stem(w)]; !ok {
				return "", errNoMention
			}
		}
	}
	if lastSignificant(s) != '?' {
		return "", errNoQuestion
	}
	known := strings.Join(append([]string{d.Recipient, d.Relationship, d.Since, d.Medium, previous}, d.Mentions...), " ")
	if inventedName(s, known) != "" {
		return "", errInvented
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

// checkPrefixNoMarkup is checkPrefix for plain-text drafts.
func checkPrefixNoMarkup(s string, limit int) (string, error) {
	show, err := checkPrefix(s, limit)
	if err != nil {
		return "", err
	}
	if hasMarkup(show) {
		return "", errMarkup
	}
	return show, nil
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
		prefix:    func(s string) (string, error) { return answerPrefix(s, sections) },
		final:     func(s string) (string, error) { return checkAnswer(s, question, sections) },
		partial:   partial,
	}
	out, err := h.run(ctx, c)
	if err != nil {
		return template
	}
	return out
}

// answerPrefix checks a streamed answer; nothing is shown before a section
// has been cited, since an answer without a citation is not used.
func answerPrefix(s string, sections []Section) (string, error) {
	show, err := checkPrefix(s, maxAnswer)
	if err != nil {
		return "", err
	}
	for _, sec := range sections {
		t := strings.TrimSpace(sec.Title)
		if t != "" && (strings.Contains(show, "“"+t+"”") || strings.Contains(show, `"`+t+`"`)) {
			return strings.ReplaceAll(show, `"`+t+`"`, "“"+t+"”"), nil
		}
	}
	return "", nil
}

// checkAnswer is the whole-output check for answer.
func checkAnswer(s, question string, sections []Section) (string, error) {
	s, err := cleanText(s, maxAnswer)
	if err != nil {
		return "", err
	}
	cited := false
	var source strings.Builder
	source.WriteString(question)
	for _, sec := range sections {
		source.WriteString("\n" + sec.Title + "\n" + sec.Body)
		t := strings.TrimSpace(sec.Title)
		if t == "" {
			continue
		}
		// Straight quotes are accepted and made curly, as the companion writes them.
		s = strings.ReplaceAll(s, `"`+t+`"`, "“"+t+"”")
		if strings.Contains(s, "“"+t+"”") {
			cited = true
		}
	}
	if !cited {
		return "", errNoCitation
	}
	if !grounded(s, source.String()) {
		return "", errUngrounded
	}
	return s, nil
}

// factRE finds numbers and links, which a grounded answer may only repeat.
var factRE = regexp.MustCompile(`(?i)https?://\S+|www\.\S+|\d+(?:[.,]\d+)?`)

// grounded reports whether every number and link in s also occurs in source.
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
	s, err := cleanText(s, maxAck)
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
		have := stems(s)
		specific := false
		for _, w := range kws {
			if _, ok := have[stem(w)]; ok {
				specific = true
				break
			}
		}
		if !specific {
			return "", errNotSpecific
		}
	}
	if inventedName(s, answer+" "+q.Text) != "" {
		return "", errInvented
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
	s, err := cleanText(s, maxSummary)
	if err != nil {
		return "", err
	}
	all := strings.Join(answers, "\n")
	known := j.Title + "\n" + all
	for _, q := range j.Questions {
		known += "\n" + q.Text
	}
	if !grounded(s, all) {
		return "", errUngrounded
	}
	if inventedName(s, known) != "" {
		return "", errInvented
	}
	have := stems(s)
	for _, w := range keyWords(all) {
		if _, ok := have[stem(w)]; ok {
			return s, nil
		}
	}
	return "", errNotSpecific
}

// extract reads draft details from free text with the model. It fills only
// the fields that are empty in rules and returns rules unchanged when the
// model's JSON is malformed, names a value outside the known sets, or names
// a recipient that does not occur in text.
func (h *modelHooks) extract(ctx context.Context, text string, rules DraftDetails) DraftDetails {
	if !h.enabled() || strings.TrimSpace(text) == "" {
		return rules
	}
	var got DraftDetails
	c := call{
		hook:      "extract",
		system:    extractSystem,
		user:      extractPrompt(text),
		maxTokens: extractTokens,
		json:      true,
		final: func(s string) (string, error) {
			d, err := parseExtraction(s, text)
			got = d
			return "", err
		},
	}
	if _, err := h.run(ctx, c); err != nil {
		return rules
	}
	return mergeDetails(rules, got)
}

// extraction is the JSON the extract hook asks for.
type extraction struct {
	Recipient    string   `json:"recipient"`
	Relationship string   `json:"relationship"`
	Occasion     string   `json:"occasion"`
	Tone         string   `json:"tone"`
	Length       string   `json:"length"`
	Mentions     []string `json:"mentions"`
}

// parseExtraction validates the model's JSON against the person's text.
func parseExtraction(s, text string) (DraftDetails, error) {
	if !utf8.ValidString(s) {
		return DraftDetails{}, errInvalidUTF8
	}
	s = strings.TrimSpace(s)
	i, j := strings.Index(s, "{"), strings.LastIndex(s, "}")
	if i < 0 || j < i {
		return DraftDetails{}, errBadJSON
	}
	var e extraction
	if err := json.Unmarshal([]byte(s[i:j+1]), &e); err != nil {
		return DraftDetails{}, errBadJSON
	}
	d := DraftDetails{
		Recipient:    blankUnknown(e.Recipient),
		Relationship: blankUnknown(e.Relationship),
		Occasion:     strings.ToLower(blankUnknown(e.Occasion)),
		Tone:         strings.ToLower(blankUnknown(e.Tone)),
		Length:       strings.ToLower(blankUnknown(e.Length)),
	}
	if !oneOf(d.Occasion, "", OccasionSilence, OccasionHardTime, OccasionWin, OccasionBirthday,
		OccasionThinking, OccasionFollowUp, OccasionThanks, OccasionApology, OccasionMend) ||
		!oneOf(d.Tone, "", ToneWarm, ToneCasual, TonePlayful, ToneSimple, ToneFormal) ||
		!oneOf(d.Length, "", LengthShort, LengthMedium, LengthLong) {
		return DraftDetails{}, errBadField
	}
	if d.Recipient != "" && (!plainField(d.Recipient, 40) || !containsName(text, d.Recipient)) {
		return DraftDetails{}, errBadField
	}
	// Free-text fields must come from the person's words; anything else is dropped.
	if d.Relationship != "" && (!plainField(d.Relationship, 60) || !fromText(d.Relationship, text)) {
		d.Relationship = ""
	}
	for _, m := range e.Mentions {
		if m = blankUnknown(m); m != "" && plainField(m, 120) && fromText(m, text) && len(d.Mentions) < 3 {
			d.Mentions = append(d.Mentions, m)
		}
	}
	if d.Recipient == "" && d.Relationship == "" && d.Occasion == "" && d.Tone == "" && d.Length == "" && len(d.Mentions) == 0 {
		return DraftDetails{}, errEmpty
	}
	return d, nil
}

// blankUnknown trims s and turns the ways models say "nothing" into "".
func blankUnknown(s string) string {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "none", "null", "unknown", "n/a", "-":
		return ""
	}
	return s
}

func oneOf(s string, set ...string) bool {
	for _, v := range set {
		if s == v {
			return true
		}
	}
	return false
}

// plainField reports whether s is a short single line with no placeholder
// or tag in it.
func plainField(s string, maxChars int) bool {
	return utf8.RuneCountInString(s) <= maxChars && !strings.ContainsAny(s, "\n\r") &&
		!placeholderRE.MatchString(s) && !leaks(s)
}

// fromText reports whether every key word of s occurs in text.
func fromText(s, text string) bool {
	have := stems(text)
	kws := keyWords(s)
	for _, w := range kws {
		if _, ok := have[stem(w)]; !ok {
			return false
		}
	}
	return len(kws) > 0 || containsName(text, s)
}

// mergeDetails fills the fields empty in rules from got.
func mergeDetails(rules, got DraftDetails) DraftDetails {
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&rules.Recipient, got.Recipient)
	fill(&rules.Relationship, got.Relationship)
	fill(&rules.Occasion, got.Occasion)
	fill(&rules.Tone, got.Tone)
	fill(&rules.Length, got.Length)
	if len(rules.Mentions) == 0 && len(got.Mentions) > 0 {
		rules.Mentions = append([]string(nil), got.Mentions...)
	}
	return rules
}

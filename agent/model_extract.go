package agent

import (
	"context"
	"encoding/json"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
	"unicode/utf8"
)

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

// parseExtraction validates the model's JSON against the person's text,
// field by field: a field with a value outside its set, of the wrong type,
// or not taken from the person's words is dropped and the others are kept.
// A recipient must be a name that occurs in text, not a description ("my
// friend from work"). Only JSON that cannot be read, or that leaves nothing,
// is rejected whole.
func parseExtraction(s, text string) (DraftDetails, error) {
	if !utf8.ValidString(s) {
		return DraftDetails{}, errInvalidUTF8
	}
	s = strings.TrimSpace(s)
	i, j := strings.Index(s, "{"), strings.LastIndex(s, "}")
	if i < 0 || j < i {
		return DraftDetails{}, errBadJSON
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s[i:j+1]), &fields); err != nil {
		return DraftDetails{}, errBadJSON
	}
	str := func(key string) string {
		var v string
		if json.Unmarshal(fields[key], &v) != nil {
			return ""
		}
		return blankUnknown(v)
	}
	d := DraftDetails{
		Recipient:    str("recipient"),
		Relationship: str("relationship"),
		Occasion:     normaliseChoice(str("occasion"), occasionWords),
		Tone:         normaliseChoice(str("tone"), toneWords),
		Length:       normaliseChoice(str("length"), lengthWords),
	}
	if d.Recipient != "" && (!plainField(d.Recipient, 40) || !containsName(text, d.Recipient) || describes(d.Recipient)) {
		d.Recipient = ""
	}
	// Free-text fields must come from the person's words; anything else is dropped.
	if d.Relationship != "" && (!plainField(d.Relationship, 60) || !fromText(d.Relationship, text)) {
		d.Relationship = ""
	}
	for _, m := range mentionList(fields["mentions"]) {
		if m = blankUnknown(m); m != "" && plainField(m, 120) && fromText(m, text) && len(d.Mentions) < 3 {
			d.Mentions = append(d.Mentions, m)
		}
	}
	if d.Recipient == "" && d.Relationship == "" && d.Occasion == "" && d.Tone == "" && d.Length == "" && len(d.Mentions) == 0 {
		return DraftDetails{}, errEmpty
	}
	return d, nil
}

// mentionList reads the mentions field as a list of strings, or as one
// string, which some models write instead ("" is no mention).
func mentionList(raw json.RawMessage) []string {
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var one string
	if json.Unmarshal(raw, &one) == nil && strings.TrimSpace(one) != "" {
		return strings.Split(one, ";")
	}
	return nil
}

// The values each choice field takes, with the words models use for them.
var (
	occasionWords = map[string]string{
		OccasionSilence: "", OccasionHardTime: "", OccasionWin: "", OccasionBirthday: "", OccasionThinking: "",
		OccasionFollowUp: "", OccasionThanks: "", OccasionApology: "", OccasionMend: "",
		"reconnect": OccasionSilence, "reconnecting": OccasionSilence, "catch-up": OccasionSilence,
		"catch up": OccasionSilence, "long time": OccasionSilence, "hard time": OccasionHardTime,
		"support": OccasionHardTime, "sympathy": OccasionHardTime, "condolences": OccasionHardTime,
		"get well": OccasionHardTime, "congratulations": OccasionWin, "congrats": OccasionWin,
		"celebration": OccasionWin, "good news": OccasionWin, "bday": OccasionBirthday,
		"thinking of you": OccasionThinking, "check-in": OccasionThinking, "follow up": OccasionFollowUp,
		"followup": OccasionFollowUp, "thank you": OccasionThanks, "gratitude": OccasionThanks,
		"sorry": OccasionApology, "apologise": OccasionApology, "apologize": OccasionApology,
	}
	toneWords = map[string]string{
		ToneWarm: "", ToneCasual: "", TonePlayful: "", ToneSimple: "", ToneFormal: "",
		"friendly": ToneWarm, "kind": ToneWarm, "heartfelt": ToneWarm, "caring": ToneWarm, "sweet": ToneWarm,
		"affectionate": ToneWarm, "gentle": ToneWarm, "relaxed": ToneCasual, "informal": ToneCasual,
		"chill": ToneCasual, "laid-back": ToneCasual, "fun": TonePlayful, "funny": TonePlayful,
		"humorous": TonePlayful, "lighthearted": TonePlayful, "light-hearted": TonePlayful, "cheeky": TonePlayful,
		"plain": ToneSimple, "straightforward": ToneSimple, "direct": ToneSimple, "polite": ToneFormal,
		"professional": ToneFormal,
	}
	lengthWords = map[string]string{
		LengthShort: "", LengthMedium: "", LengthLong: "", "brief": LengthShort, "very short": LengthShort,
		"normal": LengthMedium, "detailed": LengthLong,
	}
)

// normaliseChoice returns the value v stands for in set, or "" when v is
// none of them.
func normaliseChoice(v string, set map[string]string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	to, ok := set[v]
	switch {
	case !ok:
		return ""
	case to == "":
		return v
	}
	return to
}

// describes reports whether a recipient reads as a description of someone
// rather than a name: "my friend from book club", "the neighbour". A form of
// address ("Mum", "Aunt Jo") is a name.
func describes(recipient string) bool {
	for _, w := range words(strings.ToLower(recipient)) {
		if _, ok := capitalWords[w]; ok {
			continue
		}
		if _, small := stopWords[w]; small || describingWords[w] {
			return true
		}
	}
	return false
}

// describingWords say who someone is, not what they are called.
var describingWords = wordset.Of(`friend friends colleague colleagues coworker co-worker boss manager
	neighbour neighbor roommate flatmate housemate classmate teammate partner club group team work
	school college uni guy girl lady man woman person someone somebody people cousin sister brother
	son daughter wife husband boyfriend girlfriend ex`)

// blankUnknown trims s and turns the ways models say "nothing" into "".
func blankUnknown(s string) string {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "none", "null", "unknown", "n/a", "-":
		return ""
	}
	return s
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

package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/revise"
)

// A length asked for in the request ("keep it short", "just a quick text",
// "short one pls") is honoured in the first draft, as the revision
// "shorter" honours it afterwards: a short message is a greeting and at
// most three sentences. The lines that go first are the stock ones, which
// carry none of the person's details and do not say what the message is
// for; every detail the person gave stays.

// shortSentences is the most sentences a short draft has after its
// greeting.
const shortSentences = 3

// draftSentence is one sentence of a draft, with the space after it.
var draftSentence = regexp.MustCompile(`[^.!?\n]+(?:[.!?]+|$)[ \t]*`)

// occasionMarker is a sentence saying what the message is for, which a
// short draft keeps.
var occasionMarker = regexp.MustCompile(`(?i)congrat|sorry|apolog|thank|birthday|condolence|sympathy|thinking (?:of|about) you|thought of you|on my mind|miss you|here (?:for|if) you|welcome|good luck|proud of you`)

// shortAsAsked trims text, written for d, to a short message when d asks
// for one and the composed text is longer.
func shortAsAsked(text string, d DraftDetails) string {
	if d.Length != LengthShort {
		return text
	}
	body := bodySentences(text)
	if body <= shortSentences {
		return text
	}
	spans := draftSentence.FindAllStringIndex(text, -1)
	first := len(spans) - body
	keys := map[string]bool{}
	for _, x := range draftDetails(d) {
		if x.Kind != compose.Background {
			for _, k := range revise.Keywords(x.Text) {
				keys[k] = true
			}
		}
	}
	drop := map[int]bool{}
	// From the line before the closing back to the second body line: the
	// opening line and the closing stay.
	for i := len(spans) - 2; i > first && body > shortSentences; i-- {
		s := text[spans[i][0]:spans[i][1]]
		if occasionMarker.MatchString(s) || strings.Contains(s, "?") || carriesKey(s, keys) {
			continue
		}
		drop[i] = true
		body--
	}
	if len(drop) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for i, sp := range spans {
		if drop[i] {
			b.WriteString(text[last:sp[0]])
			last = sp[1]
		}
	}
	b.WriteString(text[last:])
	return strings.TrimSpace(b.String())
}

// bodySentences counts the sentences of a draft, not counting a greeting
// said on its own ("Hi Tom!").
func bodySentences(text string) int {
	spans := draftSentence.FindAllStringIndex(text, -1)
	if len(spans) > 0 && greetingOnly(text[spans[0][0]:spans[0][1]]) {
		return len(spans) - 1
	}
	return len(spans)
}

// carriesKey reports whether sentence s says one of the words of the
// person's details.
func carriesKey(s string, keys map[string]bool) bool {
	for _, k := range revise.Keywords(s) {
		if keys[k] {
			return true
		}
	}
	return false
}

// greetingOnly reports a sentence that only greets: "Hi Tom!", "Dear Ms
// Osei,".
func greetingOnly(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len(f) <= 3 && greetWord[strings.ToLower(strings.Trim(f[0], ",!."))]
}

// greetWord opens a greeting.
var greetWord = map[string]bool{"hi": true, "hey": true, "hello": true, "hiya": true, "dear": true, "morning": true, "evening": true}

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

// occasionMarker is a sentence saying what the message is for, which a
// short draft keeps.
var occasionMarker = regexp.MustCompile(`(?i)congrat|sorry|apolog|thank|birthday|condolence|sympathy|thinking (?:of|about) you|thought of you|on my mind|miss you|here (?:for|if) you|welcome|good luck|proud of you`)

// shortAsAsked trims text, written for d, to a short message when d asks
// for one and the composed text is longer.
func shortAsAsked(text string, d DraftDetails) string {
	if d.Length != LengthShort {
		return text
	}
	parts := revise.Cut(text, d.Recipient)
	body := parts.Sentences()
	if len(body) <= shortSentences {
		return text
	}
	keys := map[string]bool{}
	for _, x := range draftDetails(d) {
		if x.Kind != compose.Background {
			for _, k := range revise.Keywords(x.Text) {
				keys[k] = true
			}
		}
	}
	drop := map[int]bool{}
	left := len(body)
	// From the sentence before the closing back to the second: the opening
	// sentence and the closing stay.
	for i := len(body) - 2; i > 0 && left > shortSentences; i-- {
		s := body[i]
		if occasionMarker.MatchString(s) || strings.Contains(s, "?") || carriesKey(s, keys) {
			continue
		}
		drop[i] = true
		left--
	}
	if len(drop) == 0 {
		return text
	}
	return parts.Without(drop)
}

// bodySentences counts the sentences of a draft, not counting a greeting
// or a sign-off said on their own ("Hi Tom!", "Love, Maya").
func bodySentences(text string) int {
	return len(revise.Cut(text, "").Sentences())
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

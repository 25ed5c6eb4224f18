package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/compose"
)

// A message typed at a step can answer the step and tell something for
// the draft at once: "keep it light, the first frost took me back to our
// camping trip", "nothing specific, the cold snap reminded me of our ski
// week". The answer goes to the step, and what it tells is kept for the
// draft, whatever step it was typed at.

// noOccasionLead answers "what's the occasion?" with none: "nothing
// specific", "nothing in particular". It opens no instruction, unlike
// "nothing too long".
var noOccasionLead = regexp.MustCompile(`^(?:(?:oh|um|umm|hmm|well|honestly|tbh|so|and) )*(?:nothing (?:specific|special|in particular|much|really|big|major)|no (?:real |particular )?(?:reason|occasion)|not really an occasion|none really)\b`)

// clauseBreak is where one clause of a step message ends and the next
// begins.
var clauseBreak = regexp.MustCompile(`\s*(?:[,;.!?]+|\s[-–—]\s)\s*`)

// toldKinds are the details that tell something for the draft, rather
// than how it should sound or why.
var toldKinds = map[compose.Kind]bool{compose.Memory: true, compose.TheirNews: true, compose.MyNews: true,
	compose.Plan: true, compose.Noticed: true}

// tasteWords are what someone likes or can't stand: "she hates a fuss"
// after "keep it short" says why it should be short, not news.
var tasteWords = regexp.MustCompile(`(?i)\b(?:like|likes|love|loves|hate|hates|mind|minds|prefer|prefers|enjoy|enjoys|can't stand|cannot stand|into|fan of)\b`)

// stepDetailAfter returns what text tells for the draft after the
// instruction it opens with ("keep it light, the frost took me back to
// our camping trip" tells the trip), or "" when what follows tells
// nothing of the kind ("keep it short, he hates fuss" only says why).
func stepDetailAfter(text string, d DraftDetails) string {
	loc := clauseBreak.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	var kept []string
	for _, c := range clauseBreak.Split(text[loc[1]:], -1) {
		c = strings.TrimSpace(c)
		if c == "" || instructionLed.MatchString(foldText(c)) || draftTone(foldText(c)) != "" && len(strings.Fields(c)) <= 3 {
			continue
		}
		kept = append(kept, c)
	}
	rest := strings.Join(kept, ", ")
	if len(strings.Fields(rest)) < 3 {
		return ""
	}
	for _, x := range compose.Parse(rest, d.Recipient, compose.Occasion(d.Occasion)) {
		if toldKinds[x.Kind] && !(x.Kind == compose.TheirNews && tasteWords.MatchString(x.Text)) {
			return rest
		}
	}
	return ""
}

package compose

import (
	"regexp"
	"strings"
)

// A draft says once that the writer thought of them. When something
// brought them to mind ("…, which made me think of you"), a line of the
// shape's own that says the writer has been thinking of them says it a
// second time, and is left out.

var (
	// broughtToMind is a line telling what brought them to mind.
	broughtToMind = regexp.MustCompile(`(?i)\b(?:made me think (?:of|about) you|you came (?:straight |right )?to mind|reminded me (?:of|about) you|thought of you straight away|had to think of you|couldn'?t help (?:but )?think(?:ing)? of you)\b`)
	// thinkingOfYou is a line saying the writer thinks of them.
	thinkingOfYou = regexp.MustCompile(`(?i)\b(?:thinking|thought) (?:of|about) you\b`)
)

// oneThought leaves out the shape's own lines (marked "~") that say again
// that the writer thought of them, when another line says what brought
// them to mind.
func oneThought(parts []string) []string {
	brought := false
	for _, p := range parts {
		if !strings.HasPrefix(p, "~") && broughtToMind.MatchString(p) {
			brought = true
		}
	}
	if !brought {
		return parts
	}
	out := parts[:0:0]
	dropped := false
	for _, p := range parts {
		if strings.HasPrefix(p, "~") && thinkingOfYou.MatchString(p) && !broughtToMind.MatchString(p) {
			dropped = true
			continue
		}
		out = append(out, p)
	}
	if dropped {
		// The thought of them is said once, where it came from, in
		// words that say it was a thought of them.
		for i, p := range out {
			if r := madeMeThink.ReplaceAllString(p, ", which had me thinking of you"); r != p {
				out[i] = r
				break
			}
		}
	}
	return out
}

// madeMeThink is what brought them to mind, said after it.
var madeMeThink = regexp.MustCompile(`,? which made me think (?:of|about) you`)

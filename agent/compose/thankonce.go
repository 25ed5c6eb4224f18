package compose

import (
	"regexp"
	"strings"
)

// A thank-you says "thank you" once in full. Details of what someone did
// are each thanked for, and an occasion's closing thanks again; said one
// after another they read as a form letter ("Thank you so much for… Thank
// you so much for… Thank you again for everything."). After the first
// thanks, a later one carries on from it, and a closing that only thanks
// once more says how grateful the writer is instead.

// thanksOpen is a sentence that opens by thanking: "Thank you so much for
// the flowers.", "I can't thank you enough for…", "Thanks for…".
var thanksOpen = regexp.MustCompile(`^(~?)(?:and )?(?:thank you(?: so much| so very much| again)?|thanks(?: so much| again)?|many thanks|i can'?t thank you enough|i can’t thank you enough)\b`)

// thanksFor is a thanks for something named: its thing is group 2.
var thanksFor = regexp.MustCompile(`^(~?)(?:And )?(?:Thank you(?: so much| so very much)?|Thanks(?: so much)?|Many thanks|I can'?t thank you enough|I can’t thank you enough) for (.+?)(?: — it meant a lot)?\.$`)

// thanksOnly thanks again and says nothing else.
var thanksOnly = regexp.MustCompile(`(?i)^~?(?:thank you|thanks)(?: so much| again)?(?: for everything| again)?(?:, it really meant a lot to me)?[.!]$`)

// thanksSaid is a sentence that thanks inside it: "I wanted to say a
// proper thank you", "a big thanks from all of us".
var thanksSaid = regexp.MustCompile(`(?i)\b(?:thank you|thanks|thank-you)\b`)

// firstThanks is the first sentence of parts that thanks, "" when none
// does.
func firstThanks(parts []string) string {
	for _, p := range parts {
		if thanksSaid.MatchString(p) {
			return p
		}
	}
	return ""
}

// thankOnce rewrites the thank-yous after the first in parts; formal says
// whether the message is a formal one.
func thankOnce(parts []string, formal bool) []string {
	thanked := 0
	var out []string
	for _, p := range parts {
		if !thanksOpen.MatchString(strings.ToLower(p)) {
			if thanksSaid.MatchString(p) {
				// "I wanted to say a proper thank you.": thanked all
				// the same.
				thanked++
			}
			out = append(out, p)
			continue
		}
		thanked++
		if thanked == 1 {
			out = append(out, p)
			continue
		}
		if m := thanksFor.FindStringSubmatch(p); m != nil {
			switch {
			case formal:
				p = m[1] + "I am also very grateful for " + m[2] + "."
			case thanked == 2:
				p = m[1] + "And thank you for " + m[2] + "."
			default:
				p = m[1] + "I'm grateful for " + m[2] + " too."
			}
			out = append(out, p)
			continue
		}
		if thanksOnly.MatchString(p) {
			if thanked > 2 || strings.HasPrefix(p, "~") || thanked == 2 && !thanksOpen.MatchString(strings.ToLower(firstThanks(out))) {
				p = strings.TrimPrefix(p, "~")
				out = append(out, "I'm truly grateful.")
			} else {
				out = append(out, p)
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// notThat is a correction typed after the fact: "it was his gig I
// missed, not his birthday", "the gig, not the party".
var notThat = regexp.MustCompile(`(?i)(?:^|[,.;!]\s*|\s-\s*)(?:and |but |oh |no,? )?not (?:the |his |her |their |your |my |our |a |an )?((?:[\w'-]+ ){0,2}[\w'-]+)\s*(?:[.,;!]|$)`)

// DropCorrected leaves out the details a later message took back: after
// "it was his band's gig I missed, not his birthday", no detail says the
// birthday. said are the person's messages about the draft.
func DropCorrected(ds []Detail, said []string) []Detail {
	var gone []string
	for _, s := range said {
		for _, m := range notThat.FindAllStringSubmatch(s, -1) {
			f := strings.Fields(strings.ToLower(m[1]))
			if w := strings.Join(f, " "); len(w) > 3 && !notCorrection[f[0]] && !notCorrection[f[len(f)-1]] {
				gone = append(gone, w)
			}
		}
	}
	if len(gone) == 0 {
		return ds
	}
	for i, w := range gone {
		gone[i] = regexp.QuoteMeta(w)
	}
	taken := regexp.MustCompile(`(?i)\b(?:` + strings.Join(gone, "|") + `)\b`)
	var out []Detail
	for _, d := range ds {
		if !taken.MatchString(d.Text) {
			out = append(out, d)
		}
	}
	return out
}

// notCorrection are words after "not" that take nothing back: "not sure",
// "not really", "not too long".
var notCorrection = wordset.Of(`sure really much long that this what well good great okay fine there here very quite even anymore since
	yet again ever something anything needy pushy formal cheesy soppy heavy`)

// cleft is a detail said as "it was X I did": "it was his band's gig I
// missed" is "I missed his band's gig".
var cleft = regexp.MustCompile(`(?i)^(?:(?:oh|no|nope|sorry|wait|actually|oops|ah|my bad|correction|i mean)[,!]? )*it (?:was|were) (?:actually |really |only )?((?:his|her|their|your|my|our|the|a|an) .+?) (?:that |which )?(I|we) (\w+)$`)

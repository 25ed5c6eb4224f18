package compose

import "regexp"

// noExcuse is the person asking for the apology to give no reason: "dont
// make excuses", "no excuses".
var noExcuse = regexp.MustCompile(`(?i)\b(?:no (?:real )?excuses?|(?:don'?t|do not|dont|without|never|not) (?:(?:make|making|give|giving|offer|offering|list|listing)(?: any| an?)? |any )?(?:excuses?|reasons?|justif\w+)|not (?:an? )?excuses?|(?:sound|sounding|come across|read|seem) like (?:an? |(?:i'?m|im|i am) (?:making|giving) )?excuses?|(?:didn'?t|didnt|did not|don'?t|dont|do not) (?:really )?have (?:a |an |any )?(?:good |real |proper |decent |valid )?(?:excuse|reason))\b`)

// NoExcuses reports whether the person asked the apology to give no
// reason for what happened.
func NoExcuses(text string) bool { return noExcuse.MatchString(text) }

// DropReasons leaves out the writer's own reasons from an apology's
// details: what they are sorry for stays, and so does what they had
// promised ("I was supposed to help you move"); why it happened, told
// after it, goes.
func DropReasons(ds []Detail) []Detail {
	var out []Detail
	sorry := false
	for _, d := range ds {
		sorry = sorry || d.Kind == Sorry
		if sorry && (d.Kind == MyNews || d.Kind == Struggle) && !promised.MatchString(d.Text) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// promised is what the writer had said they would do.
var promised = regexp.MustCompile(`(?i)\b(?:supposed to|meant to|promised|said I'd|said I would|was going to)\b`)

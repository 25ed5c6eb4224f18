package safety

import (
	"fmt"
	"strings"
)

// A second crisis message while the companion is still with the person
// after the first ("idk i just feel like a weight on everyone") is met as
// the same conversation going on, not as a stranger: repeating the whole
// first reply word for word reads as a machine. ComposeAgain keeps what
// must be there every time — that the companion is not a crisis service,
// and the emergency number — after a short word that it is still here;
// the helplines stay one tap away on the reply's button. A medical
// emergency is always answered in full.

// againLeads are the English openings of a reply to a further crisis
// message, by situation; turn picks one so that they vary.
var againLeads = map[Situation][]string{
	Self: {
		"That's a lot of pain to carry, and I'm still right here with you.",
		"Thank you for telling me more. I'm staying right here.",
		"I hear you. It makes sense you'd feel that way when things are this heavy, and you don't have to hold it alone.",
	},
	Abuse: {
		"I'm still here with you. None of this is your fault, and you don't deserve it.",
		"Thank you for telling me more. You deserve to be safe.",
	},
	Other: {
		"It's a lot to hold when someone you care about is in danger. I'm still here with you.",
		"Thank you for telling me more. You're doing the right thing by taking it seriously.",
	},
}

// ComposeAgain is the reply to a further crisis message of the same
// situation and language while care goes on; turn counts the replies so
// far, to vary the words. It is Compose for a medical emergency.
func ComposeAgain(r Result, country string, d *Directory, note string, turn int) Reply {
	if r.Situation == Medical || r.Situation == None {
		return Compose(r, country, d, note)
	}
	lang, w, e := replyWords(r, country, d, note)
	var parts []string
	if lang == "en" {
		leads := againLeads[r.Situation]
		parts = append(parts, leads[((turn%len(leads))+len(leads))%len(leads)])
	}
	switch r.Situation {
	case Abuse:
		parts = append(parts, w.NotService+" "+fmt.Sprintf(w.EmergencyAbuse, e)+" "+w.SafePlace)
	case Other:
		parts = append(parts, w.NotServiceOther+" "+fmt.Sprintf(w.EmergencyOther, e))
	default:
		parts = append(parts, w.NotService+" "+fmt.Sprintf(w.EmergencySelf, e))
	}
	if r.Young {
		parts = append(parts, youthSentence(lang, country, d))
	}
	if lang != "en" {
		parts = append(parts, w.Stay)
	}
	return Reply{Text: strings.Join(parts, "\n"), Lang: lang, ShowHelplines: w.ShowHelplines, ContinueLater: w.ContinueLater}
}

package agent

import "strings"

// "Honestly i cant remember. maybe christmas", "idk, probably my mum":
// an answer that opens by not knowing and then answers anyway. What it
// says after the hedge is the answer; said back, "You can't remember" would
// miss it. afterUnsure takes the opening off when an answer follows it.

// reUnsureLead is an opening that says the person does not know or
// remember, fillers and all.
var reUnsureLead = mustPattern(`^(?:(?:honestly|tbh|to be honest|lol|haha|hmm+|um+|uh+|well|oh|ok|okay|god|gosh|wow|good question|i mean|ugh)\s+)*(?:i (?:honestly |really |genuinely |actually )?(?:can'?t|cant|cannot|don'?t|dont|do not) (?:really |even |honestly )?(?:remember|recall|know|say|tell|think)|idk|i dunno|dunno|no idea|not sure|i'?m not sure|im not sure|hard to say|who knows|good question|not a clue|no clue)(?:\s+(?:tbh|honestly|lol|haha|really|tho|though|to be honest|exactly|off the top of my head|if i'?m honest))*$`)

// afterUnsure is answer without an opening that only says the person does
// not know, when more follows it; answer as it is otherwise.
func afterUnsure(answer string) string {
	cut := strings.IndexAny(answer, ".,;!?")
	for cut >= 0 {
		head, rest := answer[:cut], strings.TrimLeft(answer[cut:], ".,;!? ")
		if rest == "" {
			return answer
		}
		if reUnsureLead.MatchString(foldText(head)) {
			if f := foldText(rest); !lowContent(f) && len(strings.Fields(f)) >= 1 {
				return rest
			}
			return answer
		}
		next := strings.IndexAny(answer[cut+1:], ".,;!?")
		if next < 0 {
			break
		}
		cut += 1 + next
	}
	return answer
}

// "cant think of one tbh", "no not really", "nah, none that i can think
// of": an answer made only of not knowing, saying no and fillers, in any
// order, is as empty as "idk" alone. unsureRun finds such an answer by
// splitting its words into runs each of which is an unsure answer by
// itself, fillers left out.

// unsureFillers are words that add nothing to an unsure answer.
var unsureFillers = map[string]bool{"tbh": true, "honestly": true, "lol": true, "haha": true, "lmao": true, "ngl": true,
	"tho": true, "though": true, "so": true, "um": true, "uh": true, "uhh": true, "hm": true, "hmm": true, "well": true,
	"sorry": true, "now": true, "atm": true, "tbf": true, "yet": true, "rn": true, "still": true,
	"either": true, "anyway": true, "anyways": true}

// unsureRunMax is the most words an answer made of unsure runs can have.
const unsureRunMax = 9

// unsureRun reports whether folded, fillers left out, is one unsure answer
// after another ("no" + "not really").
func unsureRun(folded string) bool {
	var ws []string
	for _, w := range strings.Fields(folded) {
		if !unsureFillers[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 || len(ws) > unsureRunMax {
		// Fillers alone ("haha") are a reaction, left to what reads those.
		return false
	}
	// ok[i]: ws[:i] splits into unsure runs.
	ok := make([]bool, len(ws)+1)
	ok[0] = true
	for i := 1; i <= len(ws); i++ {
		for j := 0; j < i && !ok[i]; j++ {
			ok[i] = ok[j] && unsureRe.MatchString(strings.Join(ws[j:i], " "))
		}
	}
	return ok[len(ws)]
}

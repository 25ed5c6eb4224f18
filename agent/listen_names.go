package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// nameSure is the people finder's confidence from which a lowercase word
// is taken for a name in a reflection answer ("my friend kai", "i texted
// ravi"); below it a word like "politics" or "heart" could pass for one.
const nameSure = 0.7

// answerNames returns the personal names in texts, in order, once each:
// the capitalised ones ExtractNames finds and the ones people type in
// lowercase that the people finder is sure of. A name said in an earlier
// answer ("my friend kai from work") is how a later one is read ("thank
// kai properly"), so callers pass every answer so far.
func answerNames(texts ...string) []string {
	return answerNamesAt(nameSure, texts...)
}

// whoNameSure is the people finder's confidence from which a lowercase
// word is taken for a name in answer to a question that asks who: there,
// "i messaged soren" names someone more surely than anywhere else.
const whoNameSure = 0.55

// answerNamesAt is answerNames with sure as the finder's confidence
// needed for a name typed in lowercase.
func answerNamesAt(sure float64, texts ...string) []string {
	var out []string
	add := func(n string) {
		if n != "" && !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, n) }) {
			out = append(out, n)
		}
	}
	for _, t := range texts {
		for _, n := range ExtractNames(t) {
			add(n)
		}
		for _, p := range people.FindAll(t) {
			if p.Name == "" || p.Group || p.Confidence < sure {
				continue
			}
			// "Jules and Priya", "Mrs Okafor": each name said back with
			// its capital.
			for _, n := range strings.Fields(p.Name) {
				low := strings.ToLower(n)
				if !notNamesLower[low] && !nameJoins[low] && roleWords[low] == "" && !kinNames[low] && !lyAdverb(n, t) {
					add(n)
				}
			}
		}
	}
	return out
}

// nameJoins join the names of a pair the people finder reads as one.
var nameJoins = wordset.Of(`and & or`)

// kinNames are family words the finder may give as a name ("Leo and Mum"):
// the relation is read as such, not as a name.
var kinNames = wordset.Of(`mum mom mam mama dad papa nan nana gran granny grandma grandad grandpa auntie aunty`)

// notNamesLower are lowercase words the finder may take for a name after a
// relation ("my oldest mate hasnt messaged") that never are one.
var notNamesLower = wordset.Of(`hasnt havent isnt wasnt arent werent dont doesnt didnt cant couldnt wont wouldnt shouldnt
aint just really still never always finally literally actually basically totally also even only`)

// lyAdverb reports a word typed in lowercase that reads as an adverb
// ("briefly", "honestly"), not a name: long, ending in -ly, and nowhere
// written with a capital.
func lyAdverb(word, text string) bool {
	low := strings.ToLower(word)
	return len(low) >= 7 && strings.HasSuffix(low, "ly") && !strings.Contains(text, upFirst(low))
}

// stepNames is answerNames for an answer naming a step: there a lowercase
// word the finder is less sure of is still a name where a person goes,
// right after "to", "with" or a verb of getting in touch ("reply to jakob
// properly", "ring oma"); "reply faster" names no one.
func stepNames(texts ...string) []string {
	out := answerNames(texts...)
	for _, t := range texts {
		words := strings.Fields(foldText(t))
		for _, p := range people.FindAll(t) {
			if p.Name == "" || p.Group || p.Confidence < whoNameSure || strings.Contains(p.Name, " ") {
				continue
			}
			low := strings.ToLower(p.Name)
			i := slices.Index(words, low)
			if i <= 0 || !stepPersonLeads[words[i-1]] || stepManner[low] || notNamesLower[low] || kinNames[low] || roleWords[low] != "" {
				continue
			}
			if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, p.Name) }) {
				out = append(out, p.Name)
			}
		}
	}
	return out
}

// stepManner say how or when a step is done, after its verb: "call
// sooner", "reply faster".
var stepManner = wordset.Of(`sooner later faster quicker slower earlier more less again back first properly often
soon quick quickly`)

// stepPersonLeads come right before the person a step is with or for.
var stepPersonLeads = wordset.Of(`to with for text call ring phone message dm ping email visit invite ask tell thank
see meet hug`)

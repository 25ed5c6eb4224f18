package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// Good news is the person's own only when they are its subject: "we got
// engaged", "i got the job", or a clause with no subject at all ("got the
// job!!"). When a news clause has someone else as its subject ("my best
// mate dara got engaged to niamh", "tom and jess got married"), the glad
// reply is for them, never "well done" to the person.

// othersGladNews reports good news whose news clause has someone other
// than the person as its subject.
func othersGladNews(text string) bool {
	for _, c := range newsNameClauses(text) {
		if newsKindOf(" "+strings.ReplaceAll(c, "'", "")+" ") == newsNone {
			continue
		}
		f := strings.Fields(c)
		k := 0
		for k < len(f) && leadFiller[f[k]] {
			k++
		}
		if k < len(f) && ownSubjects[f[k]] {
			return false
		}
		if k+1 < len(f) && (f[k] == "my" || f[k] == "our") && (ownThings[f[k+1]] || k+2 < len(f) && ownThingWords[f[k+1]] && ownThings[f[k+2]]) {
			// "my article got picked up": the person's own work.
			return false
		}
		if subj, pred := gerundPredicate(f[k:]); len(subj) > 0 && pred != "" {
			return true
		}
	}
	return false
}

// othersGladLine is glad for whoever the good news is about, naming it
// when it can be said back.
func othersGladLine(text string) string {
	if p := newsPhrase(text, ""); p != "" {
		return pick(text, []string{
			"That's lovely news about " + p + " — good for them!",
			"Oh, how brilliant — " + p + "! That's really good news for them.",
		})
	}
	return pick(text, []string{"Oh, how wonderful for them! That's really good news.", "That's great news for them!"})
}

// othersGladOffer answers someone else's good news told as chat, glad for
// them, with the offer to write to them that their news gets elsewhere.
// It reports false, saying nothing, when text is not that or names no one
// to write to.
func (t *turn) othersGladOffer() bool {
	if t.m.Group || !goodNews(t.text) || !othersGladNews(t.text) {
		return false
	}
	p := people.Find(t.text)
	who := p.Mention()
	if !p.Found() || p.Group || who == "" {
		return false
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.carriedRequest(t.text), Recipient: who, Listening: true}
	t.say(othersGladLine(t.text)+" Want to send "+who+" a few words?",
		Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
	return true
}

package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/safety"
)

// crisis answers a message that safety.Detect found to be a crisis: words
// for its situation (a risk to the person, abuse at home, someone else at
// risk, a medical emergency), in the message's language where the
// companion has the words, with the lines of the person's country. The
// words are templates: no model writes them, and the turn ends here, so
// the message never reaches a model either.
func (t *turn) crisis(r safety.Result) {
	if t.p.Flow.Name != "" {
		f := t.p.Flow
		f.Paused, f.Choices = nil, nil
		t.p.Flow = Flow{Paused: &f, Updated: t.now, Care: t.p.Flow.Care}
	}
	t.p.Flow.Offer = nil
	if t.riskGoesOn(r) {
		return
	}
	rep := safety.Compose(r, t.country(), t.a.directory, t.a.safety.EmergencyNote)
	if c := t.p.Flow.Care; t.careActive() && c.Situation == r.Situation.String() && c.Lang == rep.Lang {
		// The same conversation going on: a shorter reply that still
		// says what must be said, never the first one again word for word.
		rep = safety.ComposeAgain(r, t.country(), t.a.directory, t.a.safety.EmergencyNote, c.Turns)
		c.Turns++
	}
	switch r.Situation {
	case safety.Other:
		rep = t.fitOther(r, rep, t.text)
	case safety.Medical:
		rep = fitMedical(rep, t.text)
	}
	choices := []Choice{helplinesChoice(rep.Lang)}
	if back, ok := crisisBack(t.p.Flow.Paused, rep.Lang); ok {
		// What was on the go, by name; nothing when nothing was.
		choices = append(choices, back)
	}
	t.say(rep.Text, choices...)
	t.enterCare(r.Situation.String(), rep.Lang)
}

// country is the person's country as their time zone tells it; "" when
// unknown.
func (t *turn) country() string { return safety.CountryOfZone(t.p.Profile.Timezone) }

// crisisChoice answers the crisis reply's choices: "helplines[:lang]" lists
// the lines, "later[:lang]" goes back to what the crisis put aside (or,
// with nothing held, says the companion is there when wanted).
func (t *turn) crisisChoice(arg string) {
	what, lang, _ := strings.Cut(arg, ":")
	if what == "helplines" {
		t.say(safety.HelplineList(lang, t.country(), t.a.directory, t.a.safety.EmergencyNote))
		return
	}
	if t.crisisGoBack() {
		return
	}
	w, _ := safety.WordsFor(lang)
	t.say(w.Later)
}

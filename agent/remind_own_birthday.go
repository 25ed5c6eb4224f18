package agent

import "fmt"

// The person's own birthday ("my bday is march 3 btw") is kept as a fact
// about them: no reminder of it is set, and no contact is made for it.

// keepOwnBirthday keeps d as the person's birthday and says so.
func (t *turn) keepOwnBirthday(d YearlyDate) {
	d.What = "birthday"
	t.p.Profile.Birthday = &d
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.say(fmt.Sprintf("Noted — your birthday is %s. I won't remind you of your own birthday 🙂", dateLabel(d)), menuChoices()...)
}

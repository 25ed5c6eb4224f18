package agent

import "strings"

// A birthday of someone else told in the middle of a draft ("my mum's bday
// is the 9th", said while writing to Ana) is about them, not the message:
// the date is kept (or its month asked for) and the draft comes back
// after, untouched.

// birthdayAside keeps a yearly date told mid-draft about someone other
// than the draft's recipient; false when the message is not that.
func (t *turn) birthdayAside() bool {
	ds := t.p.Flow.Draft
	folded := calendarWords(foldText(t.text))
	if ds == nil || !reYearlyIs.MatchString(folded) || reBirthdayWish.MatchString(folded) || eventDayOnly(folded) || len(strings.Fields(folded)) > 14 {
		return false
	}
	p := reminderPerson(t.text)
	if !p.Found() || p.Group || strings.EqualFold(contactName(p), ds.Details.Recipient) {
		return false
	}
	_, full := ParseYearly(t.text)
	if !full && reDayNoMonth.FindStringSubmatch(folded) == nil {
		return false
	}
	f := t.p.Flow
	f.Paused, f.Aside = nil, false
	f.Draft.BackAfter = true
	t.p.Flow = Flow{Paused: &f, Updated: t.now}
	if full {
		t.remindRequest(t.text)
	} else if !t.birthdaySaid() {
		f.Draft.BackAfter = false
		t.p.Flow = f
		return false
	}
	if g := t.p.Flow; g.Name != "" && g.Paused != nil && len(t.replies) > 0 {
		// The month is asked first: say the draft comes after.
		last := &t.replies[len(t.replies)-1]
		last.Text += "\n\n(Then we'll go back to " + waitingLabel(*g.Paused) + ".)"
	}
	return true
}

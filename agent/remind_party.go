package agent

// A party for a birthday or an anniversary falls on a day of its own:
// "his birthday party saturday" says when the party is, not when he was
// born. A weekday said of the party is never kept as the yearly date.

// reOccasionEvent is a yearly occasion's party or outing, named by it.
var reOccasionEvent = mustPattern(`\b(?:birthday|bday|b-day|anniversary|\d{1,3}(?:st|nd|rd|th)) (?:party|parties|do|drinks|dinner|meal|bbq|barbecue|celebration|bash|night out|lunch|brunch|picnic|get together|gathering)\b`)

// eventDayOnly reports a folded message whose only day is its party's.
func eventDayOnly(folded string) bool {
	return reOccasionEvent.MatchString(folded)
}

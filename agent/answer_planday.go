package agent

import (
	"slices"
	"strings"
)

// A question about one day of the 7-day plan ("what am i meant to do on
// day 5") shares its words with every part of the plan, and a number counts
// for little in the search: the part first found may be about other days.
// The part whose title holds the day asked about answers it, unless the
// day was missed: then what the plan says of missed days does.

// reGuidePlanDay names a day of the plan by its number in a question.
var reGuidePlanDay = mustPattern(`\bday (?:number )?([1-7]|one|two|three|four|five|six|seven)\b`)

// reWholePlan asks for the plan as a whole, its length said before the
// word day: "a 7 day plan", "the seven-day challenge", "a week long plan".
var reWholePlan = mustPattern(`\b(?:7|seven)[ -]?days? (?:plan|challenge|programme|program|thing)\b|\bweek ?-?long (?:plan|challenge)\b|\b(?:whole|full|entire) plan\b`)

// rePlanDayOrdinal names a day of the plan by its place: "the first
// day", "the first couple of days", "the last day".
var rePlanDayOrdinal = mustPattern(`\b(?:first|second|third|fourth|fifth|sixth|seventh|last|final|next) (?:couple of |few |two |2 )?days?\b`)

// dayNumbers spells the plan's days as digits.
var dayNumbers = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7"}

// planDayHit returns the hit to answer from when the one picked is a part
// of the plan and the question names a day: the part of the plan among the
// hits whose heading holds that day, or pick when there is none.
func planDayHit(q string, hits []Section, pick int) int {
	if pick < 0 || hits[pick].ID != planDoc && !strings.HasPrefix(hits[pick].ID, planDoc+"/") {
		return pick
	}
	f := foldText(q)
	m := reGuidePlanDay.FindStringSubmatch(f)
	if m == nil && reWholePlan.MatchString(f) && !rePlanDayOrdinal.MatchString(f) {
		// "give me a 7 day plan": the plan as a whole, not its seventh day.
		if i := slices.IndexFunc(hits, func(h Section) bool { return h.ID == planDoc && h.Passage != "" }); i >= 0 {
			return i
		}
		return pick
	}
	if m == nil || rePlanMissed.MatchString(f) {
		// A day missed asks about the plan as a whole, not that day.
		return pick
	}
	day := m[1]
	if d, ok := dayNumbers[day]; ok {
		day = d
	}
	for i, h := range hits {
		doc, slug, ok := strings.Cut(h.ID, "/")
		if ok && doc == planDoc && h.Passage != "" && slices.Contains(strings.Split(slug, "-"), day) {
			return i
		}
	}
	return pick
}

// planDoc is the guide's document on the 7-day plan.
const planDoc = "seven-day-plan"

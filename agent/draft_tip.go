package agent

import "time"

// The tip given with a finished draft fits what the message is for: no
// "say they matter to you" under a condolence or a thank-you. It is given
// with the first draft of a sitting only; a second draft soon after goes
// without one, so the same advice never trails every message.

// tipQuiet is how long after one finished draft the next goes without a tip.
const tipQuiet = 3 * time.Hour

// draftTip is the tip for a draft for occasion, or "" when a draft was
// finished a moment before this one.
func (t *turn) draftTip(occasion string) string {
	if n := len(t.p.Drafts); n >= 2 && t.p.Drafts[n-1].At.Sub(t.p.Drafts[n-2].At) < tipQuiet {
		return ""
	}
	if tip, ok := occasionTips[occasion]; ok {
		return tip
	}
	ids := []string{"specific", "warm", "open-question"}
	if id, ok := occasionPrinciple[occasion]; ok {
		ids = []string{id}
	}
	id := ids[len(t.p.Drafts)%len(ids)]
	for _, p := range t.a.guide.Principles() {
		if p.ID == id {
			return p.Tip
		}
	}
	return "A message like this, with no pressure to reply, is a lovely way back in."
}

// occasionPrinciple is the one principle of a good message that speaks to
// each occasion.
var occasionPrinciple = map[string]string{
	OccasionSilence: "honest-gap", OccasionFollowUp: "no-pressure", OccasionHardTime: "no-pressure",
	OccasionProfessional: "their-time", OccasionGroup: "one-step", OccasionBirthday: "warm", OccasionMend: "one-step",
}

// occasionTips are the occasions whose tip is their own.
var occasionTips = map[string]string{
	OccasionCondolence: "With a loss, short and sincere is enough: there are no perfect words, and saying no reply is needed takes the weight off them.",
	OccasionThanks:     "Naming exactly what they did, as this does, is what makes a thank-you land.",
	OccasionApology:    "An apology lands best when it names what happened and asks for nothing back straight away.",
	OccasionSupport:    "Asking for support takes courage. People who care about you usually want to know, and one honest line is enough to start.",
	OccasionWin:        "Being glad for someone out loud, soon after their news, means more than the exact words.",
}

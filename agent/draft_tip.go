package agent

import (
	"regexp"
	"strings"
	"time"
)

// The tip given with a finished draft fits what the message is for: no
// "say they matter to you" under a condolence or a thank-you. It is given
// with the first draft of a sitting only; a second draft soon after goes
// without one, so the same advice never trails every message.

// tipQuiet is how long after one finished draft the next goes without a tip.
const tipQuiet = 3 * time.Hour

// draftTip is the tip for the finished draft final, written with d, or ""
// when a draft was finished a moment before this one. The tip never says
// what the draft contradicts: no "no rush to answer" under a message that
// asks for help, no "soon after their news" for news long past.
func (t *turn) draftTip(d DraftDetails, final string) string {
	if n := len(t.p.Drafts); n >= 2 && t.p.Drafts[n-1].At.Sub(t.p.Drafts[n-2].At) < tipQuiet {
		return ""
	}
	occasion := d.Occasion
	if occasion == OccasionWin && oldNews.MatchString(strings.ToLower(strings.Join(append(d.Said, d.Since), " "))) {
		return lateGladTip
	}
	if occasionPrinciple[occasion] == "no-pressure" && asksForHelp.MatchString(final) {
		// A message that leans on them is a request, whatever it began
		// as: "no rush to answer" would undo the ask.
		occasion = OccasionSupport
	}
	if tip, ok := occasionTips[occasion]; ok {
		return tip
	}
	ids := []string{"specific", "warm", "open-question"}
	if id, ok := occasionPrinciple[occasion]; ok {
		ids = []string{id}
	}
	id := ids[len(t.p.Drafts)%len(ids)]
	if tipClashes(id, final, d) {
		// The tip would say what the draft does not do, or undo what
		// it asks: another that fits.
		id = ""
		for _, alt := range []string{"warm", "sound-like-you", "specific"} {
			if !tipClashes(alt, final, d) {
				id = alt
				break
			}
		}
	}
	for _, p := range t.a.guide.Principles() {
		if p.ID == id {
			return p.Tip
		}
	}
	return "A message like this, in your own words, is a lovely way to reach out."
}

// tipClashes reports whether the tip of principle id would contradict the
// finished draft final: "no rush to answer" under a message that asks
// something with a day to it, an open question praised under a draft
// whose questions are all yes or no, "a quick call" offered to a group or
// under a draft that already suggests something, "short" under a long
// one, a shared memory under a draft with nothing particular in it.
func tipClashes(id, final string, d DraftDetails) bool {
	low := strings.ToLower(final)
	switch id {
	case "no-pressure":
		return asksForHelp.MatchString(final) || reAsksWithDay.MatchString(low)
	case "open-question":
		return !hasOpenQuestion(final)
	case "one-step":
		return d.Relationship == "group" || reSuggests.MatchString(low)
	case "their-time":
		return len(final) > 420
	case "specific":
		return len(d.Said) == 0 && d.Since == ""
	}
	return false
}

// reAsksWithDay is a draft that asks for an answer by a time: an
// invitation with a day, a "let me know by".
var reAsksWithDay = regexp.MustCompile(`\b(?:let me know (?:by|before|if)|are you free|would you (?:be up for|like to)|fancy|(?:could|can) you (?:make|come))\b`)

// reSuggests is a draft that already suggests a next thing to do together.
var reSuggests = regexp.MustCompile(`\b(?:a (?:quick )?call|coffee|a drink|dinner|lunch|catch up|meet up|grab|fancy|would you (?:be up for|like to)|shall we|we should)\b`)

// hasOpenQuestion reports whether final asks a question that cannot be
// answered with yes or no.
func hasOpenQuestion(final string) bool {
	for _, s := range reSentence.FindAllString(final, -1) {
		s = strings.TrimSpace(s)
		if !strings.HasSuffix(s, "?") {
			continue
		}
		if i := strings.LastIndexAny(s, ",;:"); i >= 0 {
			// "Anyway, how are you?": the question is after the comma.
			s = strings.TrimSpace(s[i+1:])
		}
		if reOpenWord.MatchString(strings.ToLower(s)) {
			return true
		}
	}
	return false
}

// reSentence is one sentence of a draft, with its closing mark.
var reSentence = regexp.MustCompile(`[^.!?\n]+[.!?]*`)

// reOpenWord opens a question that wants more than yes or no.
var reOpenWord = regexp.MustCompile(`^(?:how|what|what's|whats|when|where|which|who|why|tell me)\b`)

// occasionPrinciple is the one principle of a good message that speaks to
// each occasion.
var occasionPrinciple = map[string]string{
	OccasionSilence: "honest-gap", OccasionFollowUp: "no-pressure", OccasionHardTime: "no-pressure",
	OccasionProfessional: "their-time", OccasionBirthday: "warm", OccasionMend: "one-step",
}

// occasionTips are the occasions whose tip is their own.
var occasionTips = map[string]string{
	OccasionCondolence: "With a loss, short and sincere is enough: there are no perfect words, and saying no reply is needed takes the weight off them.",
	OccasionThanks:     "Naming exactly what they did, as this does, is what makes a thank-you land.",
	OccasionApology:    "An apology lands best when it names what happened and asks for nothing back straight away.",
	OccasionSupport:    "Asking for support takes courage. People who care about you usually want to know, and one honest line is enough to start.",
	OccasionWin:        "Being glad for someone out loud, soon after their news, means more than the exact words.",
	OccasionGroup:      "In a group, one easy thing to answer, like a day or a yes, gets more replies than a general hello.",
}

// lateGladTip is the tip for good news that is not new.
const lateGladTip = "Good news is still worth a word long after it happened; naming what you are glad about is the part they will keep."

// oldNews dates news to long ago: "she retired last year", "back in 2019".
var oldNews = regexp.MustCompile(`\b(?:last year|(?:a|one|two|three|four|five|several|a few|a couple(?: of)?|\d+) (?:years?|months?) (?:ago|back)|years ago|months ago|ages ago|a while (?:ago|back)|long ago|back in (?:\d{4}|the day)|in (?:19|20)\d\d)\b`)

// asksForHelp is a draft that leans on the recipient: a call asked for,
// a hand, a talk.
var asksForHelp = regexp.MustCompile(`(?i)\b(?:(?:could|can|would) you (?:help|give me a (?:hand|call|ring)|lend|call me|ring me|be there)|(?:could|can) we (?:talk|have a (?:proper )?(?:talk|chat))|i (?:could|can) (?:really )?use (?:a|some)|i need (?:you|someone|help|a hand|to talk))\b`)

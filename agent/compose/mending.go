package compose

import (
	"regexp"
	"strings"
)

// Coming home after an operation, an accident or an illness is glad news,
// but nothing won: the person is still mending. It is met with gladness
// and a wish for rest, never with congratulations, pride or a question
// about celebrating. An illness beaten (remission, an all-clear, a year
// sober) stays news to be proud of.

var (
	// homeAgain is a recovery that is a return from hospital or a
	// mending body: "home from hospital", "discharged", "walking again",
	// or recovered news that names the operation or illness it followed.
	homeAgain = regexp.MustCompile(`(?i)\b(?:home|out) (?:of|from) (?:the )?hospital\b|\bdischarged\b|\b(?:released|let out|sent home) from (?:the )?hospital\b|\bback on (?:her|his|their|your|my) feet\b|\b(?:walking|driving) again\b|\b(?:op|operation|surgery|transplant|bypass|replacement|fall|accident|crash|stroke|heart attack|pneumonia|infection|illness)\b`)
	// beatenIllness is recovery news that is an illness beaten.
	beatenIllness = regexp.MustCompile(`(?i)\b(?:beat|beaten|beating|kicked|survived)\b|\bremission\b|\bcancer[- ]free\b|\ball[- ]clear\b|\bclear scans?\b|\bresults?\b|\b(?:chemo|chemotherapy|radiotherapy|radiation|treatment)\b|\bsober\b|\bclean\b`)
)

// mendingNews reports recovery news that is a return home or a body
// mending rather than an illness beaten.
func mendingNews(t string) bool {
	return recoveredNews(t) && (homeAgain.MatchString(t) || homeAfterCare(t)) && !beatenIllness.MatchString(t)
}

// mending reports whether the writer's details carry mending news.
func (w *writer) mending() bool {
	for _, d := range w.by[TheirNews] {
		if mendingNews(d.Text) {
			return true
		}
	}
	return false
}

// mendingIn reports whether ds carry mending news: the greeting is then a
// quiet one.
func mendingIn(ds []Detail) bool {
	for _, d := range ds {
		if d.Kind == TheirNews && mendingNews(d.Text) {
			return true
		}
	}
	return false
}

var (
	// homecoming is being home again, told without a hospital: "back
	// home", "home now", "came home on friday", "sent home".
	homecoming = regexp.MustCompile(`(?i)(?:'re|'s|\bis|\bare|\bwas|\bwere) home\b|\b(?:back home|home (?:now|again|at last|finally)|(?:came|got|been sent|was sent|were sent|sent|allowed) home|(?:released|let out|sent home) from (?:the )?hospital|(?:home|out) (?:of|from) (?:the )?hospital|discharged)\b`)
	// careEvent is what put someone in care: an operation, an accident,
	// an illness.
	careEvent = regexp.MustCompile(`(?i)\b(?:op|ops|operation|surgery|procedure|transplant|bypass|(?:hip|knee|shoulder) replacement|appendix|fall|accident|crash|collision|stroke|heart attack|pneumonia|infection|sepsis|covid|illness|fracture|broken (?:hip|leg|arm|ankle|wrist)|gallbladder|tonsils|kidney stones?|hernia|(?:\w+ ){1,2}(?:removed|taken out|replaced|operated on))\b`)
	// eventHad is a care event told as something that happened to them:
	// "you had surgery on your knee", "you were in a car accident".
	eventHad = regexp.MustCompile(`(?i)^you (?:had|have had|'ve had|were in|have been in|'ve been in|got hit in|went in for|went into hospital for|were admitted (?:to hospital )?(?:for|after)) (?:(a|an|the|your|some) )?(.+)$`)
	// partDone is a part of the body seen to: "appendix out", "knee
	// done", "hip replaced".
	partDone = regexp.MustCompile(`(?i)^[\w' ]+? (?:out|removed|done|replaced|fixed|set|operated on)\b`)
	// homeNow is a homecoming with its "now" at the end, for joining an
	// event after it.
	homeNow = regexp.MustCompile(`(?i)\s+(?:now|at last|finally)$`)
)

// homeAfterCare reports a homecoming told beside what put them in care:
// "had surgery on his knee and is back home now", "home after a bad
// fall". It is mending news though no hospital is named.
func homeAfterCare(t string) bool {
	return homecoming.MatchString(t) && careEvent.MatchString(t)
}

// homeAfterCareRe finds the same in a whole message, for the occasion.
var homeAfterCareRe = regexp.MustCompile(`(?i)(?:` + homecoming.String()[4:] + `).*(?:` + careEvent.String()[4:] + `)|(?:` + careEvent.String()[4:] + `).*(?:` + homecoming.String()[4:] + `)`)

// foldHomecoming joins a homecoming told in a clause of its own ("you are
// back home now") with the care event before or after it ("you had
// surgery on your knee"), so the draft is glad they are home after it,
// and says the event kindly instead of being sorry for it.
func foldHomecoming(ds []Detail, o Occasion) []Detail {
	if Sombre(o) || o == Condolence {
		// Home but still weak, or home to a loss: what they went
		// through stays told as it was.
		return ds
	}
	home, event := -1, -1
	for i, d := range ds {
		if d.Kind != TheirNews {
			continue
		}
		switch {
		case homecoming.MatchString(d.Text) && !careEvent.MatchString(d.Text) && home < 0:
			home = i
		case careEvent.MatchString(d.Text) && !homecoming.MatchString(d.Text) && event < 0 && eventHad.MatchString(d.Text):
			event = i
		}
	}
	if home < 0 || event < 0 {
		return ds
	}
	m := eventHad.FindStringSubmatch(ds[event].Text)
	what := strings.TrimRight(m[2], ".!, ")
	switch {
	case partDone.MatchString(what):
		// "had her appendix out": having it out.
		what = "having " + strings.TrimSpace(m[1]+" "+what)
	case strings.EqualFold(m[1], "your"):
		what = "your " + what
	default:
		what = "the " + what
	}
	ds[home].Text = homeNow.ReplaceAllString(strings.TrimRight(ds[home].Text, ".!, "), "") + " after " + what
	return append(ds[:event], ds[event+1:]...)
}

// careEventOut is c without the care event when c tells a homecoming
// after it: "a car accident" alone is background the writer knows, but
// home after one is the news itself.
func careEventOut(c string) string {
	if !homeAfterCare(c) || notRecovered.MatchString(c) {
		return c
	}
	return careEvent.ReplaceAllString(c, "")
}

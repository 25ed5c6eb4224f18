package compose

import "regexp"

// Coming home after an operation, an accident or an illness is glad news,
// but nothing won: the person is still mending. It is met with gladness
// and a wish for rest, never with congratulations, pride or a question
// about celebrating. An illness beaten (remission, an all-clear, a year
// sober) stays news to be proud of.

var (
	// homeAgain is a recovery that is a return from hospital or a
	// mending body: "home from hospital", "discharged", "walking again",
	// or recovered news that names the operation or illness it followed.
	homeAgain = regexp.MustCompile(`(?i)\b(?:home|out) (?:of|from) (?:the )?hospital\b|\bdischarged\b|\bback on (?:her|his|their|your|my) feet\b|\b(?:walking|driving) again\b|\b(?:op|operation|surgery|transplant|bypass|replacement|fall|accident|crash|stroke|heart attack|pneumonia|infection|illness)\b`)
	// beatenIllness is recovery news that is an illness beaten.
	beatenIllness = regexp.MustCompile(`(?i)\b(?:beat|beaten|beating|kicked|survived)\b|\bremission\b|\bcancer[- ]free\b|\ball[- ]clear\b|\bclear scans?\b|\bresults?\b|\b(?:chemo|chemotherapy|radiotherapy|radiation|treatment)\b|\bsober\b|\bclean\b`)
)

// mendingNews reports recovery news that is a return home or a body
// mending rather than an illness beaten.
func mendingNews(t string) bool {
	return recoveredNews(t) && homeAgain.MatchString(t) && !beatenIllness.MatchString(t)
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

package compose

import (
	"regexp"
	"strings"
)

var (
	movedTo  = regexp.MustCompile(`^(?:you|You) moved to (\S+(?: [A-Z]\w+)?)`)
	youJust  = strings.NewReplacer("you just ", "you ", "you recently ", "you ", "you finally ", "you ")
	hardNews = regexp.MustCompile(`(?i)^you(?:'re| are| were|'ve been| have been)? (?:in hospital|ill|sick|having surgery|recovering|struggling|unwell|lost your job|laid off)\b`)
	stateRe  = regexp.MustCompile(`(?i)^you(?:'re| are) (?:stressed|anxious|down|going through|struggling|having|burnt|burned|exhausted|worried|overwhelmed|in )`)
)

// news is something that happened to them, said as the occasion needs.
func (w *writer) news(t string, v int) string {
	if g, ok := strings.CutPrefix(t, "on:"); ok {
		// "congratulate her on retiring": said as the person said it.
		return "Congratulations on " + g + "."
	}
	t = youJust.Replace(t)
	p := func(pool ...string) string { return pool[v%len(pool)] }
	if m := movedTo.FindStringSubmatch(t); m != nil && (w.s.Occasion == Reconnect || w.s.Occasion == Thinking || w.s.Occasion == Professional) {
		return "I hope " + upFirst(m[1]) + " is treating you well."
	}
	if strings.HasPrefix(t, "your ") && !hasVerb(strings.ToLower(t)) {
		switch w.s.Occasion {
		case Congrats, Birthday, Professional:
			return "Congratulations on " + t + "."
		case HardTime:
			return "I'm so sorry about " + t + "."
		}
		return "I've been thinking about " + t + "."
	}
	if (w.s.Occasion == Birthday || w.s.Occasion == Congrats || w.s.Occasion == Thinking || w.s.Occasion == Reconnect) && hardNews.MatchString(t) {
		return "I know " + t + ", and I'm thinking of you."
	}
	switch w.s.Occasion {
	case Congrats, Birthday, Professional:
		t = trimTail(t)
		if g, ok := gerund(strings.TrimPrefix(t, "you ")); ok && strings.HasPrefix(t, "you ") {
			// News told at length reads as it was typed after "I heard":
			// said around the changed verb instead.
			if w.formal || w.s.Occasion != Congrats {
				return "Congratulations on " + g + "."
			}
			if len(strings.Fields(t)) > 6 {
				return "Congratulations on " + g + "! I'm so happy for you!"
			}
			return p("I heard "+t+" — congratulations!", "Congratulations on "+g+"!", "I heard "+t+", and I'm so happy for you!")
		}
		switch w.s.Occasion {
		case Birthday:
			if len(strings.Fields(t)) > 6 {
				// Not an achievement and too long to pass on lightly.
				return ""
			}
			return "I hear " + t + "."
		case Professional:
			// "you work in renewables" is who they are, not an achievement.
			return "It was great to hear that " + t + "."
		}
		return "I heard " + t + " — congratulations!"
	case HardTime:
		if stateRe.MatchString(t) {
			return p("I know "+t+", and I'm thinking of you.", "I know "+t+", and I'm sorry it's so hard.")
		}
		// Nothing after the news, so that the news never runs on into
		// the words that followed it in the request; more news after the
		// first is only acknowledged.
		if v != w.v {
			return "I know " + t + "."
		}
		return p("I'm so sorry to hear "+t+".", "I was so sorry to hear "+t+".")
	case Thanks:
		if g, ok := gerund(strings.TrimPrefix(t, "you ")); ok {
			return w.thanksFor(g, v)
		}
	case Apology, Mend, Condolence:
		return "I know " + t + "."
	}
	return "I heard " + t + "."
}

// sombreDetail reports whether a detail calls for a quiet voice.
func sombreDetail(d Detail) bool {
	switch d.Kind {
	case Loss, Struggle, Sorry:
		return true
	case TheirNews:
		return hardNews.MatchString(d.Text) || stateRe.MatchString(d.Text)
	}
	return false
}

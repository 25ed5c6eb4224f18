package compose

import (
	"github.com/companion-dev/companion/agent/internal/count"
	"regexp"
	"strings"
)

// A death remembered rather than new (a year on, its anniversary, a
// birthday they did not live to see) is met as remembering them with the
// recipient: "thinking of you today", never the sorry said for news.
//
// Such a loss is a Loss detail whose text is "year:" followed by who died,
// what is being marked and the pronoun for them, joined by "|"; see
// rememberedLoss and remembered.

// wouldHaveBeen is a birthday or an anniversary someone did not live to
// see: "my uncle pete would have been 60 today", "her dad would've turned
// seventy on friday", "they would have been married 50 years".
var wouldHaveBeen = regexp.MustCompile(`(?i)^(?:and |but )?(.+?) would(?:'ve| have|ve| of) (been|turned|celebrated) ((?:\d+|[a-z]+(?:teen|ty)(?:[- ][a-z]+)?|(?:their|his|her|our) \w+ (?:birthday|anniversary)|married \w+ years)(?: years old)?)(?: ((?:today|tomorrow|yesterday|this week|this weekend|on \w+|next \w+)))?[.!]*$`)

// deathDay is the day a death is marked by: "tomorrow is the anniversary
// of sam's dad's death", "it's her mum's death anniversary on sunday".
var deathDay = regexp.MustCompile(`(?i)\banniversary of (?:the )?(.+?)(?:'s|s')? (?:death|passing|dying|funeral)\b|\b((?:his|her|their|my|our|[a-z]+'s) [\w' ]+?)(?:'s|s')? (?:death|passing) anniversary\b`)

// yearsSince is time counted since a death: "tomorrow marks three years
// since tom's wife passed away", "two years today since she lost her
// brother".
var yearsSince = regexp.MustCompile(`(?i)\b` + yearCount + ` years? (?:ago )?(?:today |tomorrow |this week |on \w+ )?since (.+)$`)

// rememberedDay reports whether the text marks a death remembered: its
// anniversary, or a birthday someone did not live to see.
func rememberedDay(text string) bool {
	if deathDay.MatchString(text) {
		return true
	}
	for _, c := range rememberedSplit.Split(text, -1) {
		if m := wouldHaveBeen.FindStringSubmatch(strings.TrimSpace(c)); m != nil && !pronounOnly(m[1]) {
			return true
		}
	}
	return false
}

// rememberedSplit is where a clause that may mark a death remembered
// ends.
var rememberedSplit = regexp.MustCompile(`[.;!?]|,\s+`)

// pronounOnly is a subject that is only "i", "you" or "we": the writer's
// own "would have been" is no one remembered.
func pronounOnly(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "i", "you", "we", "it", "that", "this", "there":
		return true
	}
	return false
}

// rememberedLoss reads clause c as a day marking a death; ok is false when
// it is none.
func rememberedLoss(c, name string) (Detail, bool) {
	if m := deathDay.FindStringSubmatch(c); m != nil {
		who := m[1] + m[2]
		if d, ok := lossDetail(who+" died", name, Condolence); ok && d.Kind == Loss && d.Text != "loss" {
			return rememberedDetail(d.Text, "", genderOf(d.Text, c)), true
		}
	}
	if m := yearsSince.FindStringSubmatch(c); m != nil && deathWords.MatchString(m[1]) {
		if d, ok := lossDetail(m[1], name, Condolence); ok && d.Kind == Loss && d.Text != "loss" {
			return yearLoss(lostOne(d.Text), "it's "+strings.TrimSpace(yearSpan.FindString(c))+" since "+m[1]), true
		}
	}
	m := wouldHaveBeen.FindStringSubmatch(c)
	if m == nil || pronounOnly(m[1]) {
		return Detail{}, false
	}
	d, ok := lossDetail(m[1]+" died", name, Condolence)
	if !ok || d.Kind != Loss || d.Text == "loss" {
		return Detail{}, false
	}
	who := d.Text
	said := who + " would have " + strings.ToLower(m[2]) + " " + m[3]
	if m[4] != "" {
		said += " " + strings.ToLower(m[4])
	}
	return rememberedDetail(who, said, genderOf(who, c)), true
}

// yearSpan is how long ago a remembered death was: "a year", "seven
// years".
var yearSpan = regexp.MustCompile(`(?i)\b(a|` + count.Words + `) (years?)\b`)

// yearLoss is the Loss detail for who, dead since the time clause c says.
func yearLoss(who, c string) Detail {
	said := ""
	if m := yearSpan.FindStringSubmatch(c); m != nil && yearOn.MatchString(c) {
		n := strings.ToLower(m[1])
		if n == "one" {
			n = "a"
		}
		said = "it's been " + n + " " + strings.ToLower(m[2]) + " since you lost " + who
	}
	return rememberedDetail(who, said, genderOf(who, c))
}

// genderOf is the pronoun for who, from a family word or else from clause
// c.
func genderOf(who, c string) string {
	if p := pronounFor(who); p != "them" {
		return p
	}
	switch {
	case hasGender(c, "m") && !hasGender(c, "f"):
		return "him"
	case hasGender(c, "f") && !hasGender(c, "m"):
		return "her"
	}
	return "them"
}

// rememberedDetail is the Loss detail for a death remembered, which
// remembered reads back.
func rememberedDetail(who, said, pron string) Detail {
	return Detail{Kind: Loss, Text: "year:" + who + "|" + said + "|" + pron}
}

// remembered splits a remembered loss's text into who died, what is being
// marked ("" when only the day is) and their pronoun; ok is false for a
// loss that is news.
func remembered(t string) (who, said, pron string, ok bool) {
	rest, ok := strings.CutPrefix(t, "year:")
	if !ok {
		return "", "", "", false
	}
	who, rest, _ = strings.Cut(rest, "|")
	said, pron, _ = strings.Cut(rest, "|")
	if pron == "" {
		pron = pronounFor(who)
	}
	return who, said, pron, true
}

// lostOne is who a Loss detail's text names: for a death remembered, who
// died.
func lostOne(t string) string {
	if who, _, _, ok := remembered(t); ok {
		return who
	}
	return t
}

// rememberLine says a remembered death to the one who lost them.
func (w *writer) rememberLine(who, said, pron string) string {
	if said == "" {
		return "I know this is a hard time of year, and I'm remembering " + who + " with you."
	}
	if strings.Contains(said, " on ") || strings.HasSuffix(said, "today") || strings.HasSuffix(said, "tomorrow") {
		// The day is said already.
		return "I know " + said + ", and I'm remembering " + pron + " with you."
	}
	return "I know " + said + ", and I'm remembering " + pron + " with you today."
}

// onlyRemembered reports whether every loss in ls is remembered, and there
// is at least one.
func onlyRemembered(ls []Detail) bool {
	some := false
	for _, l := range ls {
		_, _, _, ok := remembered(l.Text)
		if !ok && l.Text != "loss" {
			return false
		}
		some = some || ok
	}
	return some
}

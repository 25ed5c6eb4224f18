package compose

import (
	"regexp"
	"strings"
)

// elaboration is a clause that only says more about a thing named just
// before: "its about urban gardening", "the one at the hospital", "in
// marine biology", "it was for the data team". Group 1 is the preposition,
// group 2 what it names.
var elaboration = regexp.MustCompile(`(?i)^(?:(?:and |but )?(?:it'?s|its|it is|it was|they'?re|which is|which was|that'?s|thats) (?:all |mostly |basically |actually )?|(?:it was |its |it'?s )?the one )?(about|on|at|in|for|with|from|of)\s+((?:the |a |an |my |his |her |their |our )?[\p{L}0-9'][\p{L}0-9' -]*)$`)

// elaboratedHead are the things such a clause says more about: what was
// made, won, got or studied.
var elaboratedHead = regexp.MustCompile(`(?i)\b(job|role|position|post|offer|promotion|book|novel|album|song|film|show|play|exhibition|course|degree|phd|masters|master's|doctorate|thesis|dissertation|place|house|flat|business|shop|company|startup|app|award|prize|race|marathon|match|final|talk|speech|paper|article|interview|scholarship|apprenticeship|internship|project|gig|concert|trip|move|visit|party|lunch|dinner|card|invite|invitation)\b`)

// elaborate says the clause with the thing it is about, and reports
// whether it did: "you published your first book" and "its about urban
// gardening" become "you published your first book about urban
// gardening". Nothing is changed when no thing before it fits, so that a
// where or when is never stuck onto the wrong words.
func elaborate(out []Detail, c, text string) bool {
	m := elaboration.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(c), ".!?"))
	if m == nil || len(strings.Fields(m[2])) > 6 || hasVerb(strings.ToLower(m[2])) {
		return false
	}
	before := make([]Detail, len(out))
	copy(before, out)
	if !attach(out, strings.ToLower(m[1]), secondPerson(strings.TrimSpace(m[2]), "", false)) {
		return false
	}
	for i := range out {
		if out[i].Text != before[i].Text && sharesRun(out[i].Text, text, 8) {
			// Said with the thing, it would be the person's words
			// pasted: the thing stays as it was.
			out[i] = before[i]
		}
	}
	return true
}

// laterMore is the same clause typed as a message of its own, after what
// it is about: "say it's for a project manager job at the council". The
// "it" makes it plain that it says more about something told before.
var laterMore = regexp.MustCompile(`(?i)^(?:(?:ok(?:ay)?|no|yes|yeah|fine|so|and|oh)[,.!]*\s+)*(?:say |tell (?:her|him|them) |mention (?:that )?)?(?:it'?s|its|it is|it was|that'?s|thats) (?:all |mostly |actually )?(about|for|at|with) ((?:the |a |an |my |our )[\p{L}0-9'][\p{L}0-9' -]*)$`)

// more is that clause, kept until the draft is written (see attachMore).
func more(c string) (Detail, bool) {
	m := laterMore.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(c), ".!?"))
	if m == nil || len(strings.Fields(m[2])) > 7 || hasVerb(strings.ToLower(m[2])) {
		return Detail{}, false
	}
	return Detail{Kind: Fact, Text: "more:" + strings.ToLower(m[1]) + " " + secondPerson(strings.TrimSpace(m[2]), "", false)}, true
}

// attachMore says each clause kept by more with the detail before it
// that it is about, and leaves it out when there is none.
func attachMore(ds []Detail) []Detail {
	var out []Detail
	for _, d := range ds {
		if rest, ok := strings.CutPrefix(d.Text, "more:"); ok && d.Kind == Fact {
			prep, what, _ := strings.Cut(rest, " ")
			if !attach(out, prep, what) {
				attachLast(out, prep, what)
			}
			continue
		}
		out = append(out, d)
	}
	return out
}

// attachLast puts it after an ask or a follow-up that names no thing of
// its own: "be a referee" for "a project manager job".
func attachLast(out []Detail, prep, what string) {
	if f := strings.Fields(what); len(f) >= 6 {
		if loc := phraseEnd.FindStringIndex(what); loc != nil && loc[0] > 0 {
			what = what[:loc[0]]
		}
	}
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].Kind == Ask || out[i].Kind == Topic {
			t := strings.TrimRight(out[i].Text, "?.")
			out[i].Text = t + " " + prep + " " + what + out[i].Text[len(t):]
			return
		}
	}
}

// attach says what after the last thing in out it can be about.
func attach(out []Detail, prep, what string) bool {
	if f := strings.Fields(what); len(f) >= 6 {
		// "a project manager job at the council": long enough to read
		// as the person's words pasted; the thing without its where.
		if loc := phraseEnd.FindStringIndex(what); loc != nil && loc[0] > 0 {
			what = what[:loc[0]]
		}
	}
	for i := len(out) - 1; i >= 0 && i >= len(out)-3; i-- {
		switch out[i].Kind {
		case TheirNews, MyNews, ThanksFor, Topic, Plan, Feeling, Memory, Sorry:
		default:
			continue
		}
		loc := elaboratedHead.FindAllStringIndex(out[i].Text, -1)
		if len(loc) == 0 {
			continue
		}
		end := loc[len(loc)-1][1]
		if strings.Contains(strings.ToLower(out[i].Text), strings.ToLower(what)) {
			return true
		}
		if out[i].Kind == Topic && elaboratedHead.MatchString(what) && (prep == "about" || prep == "for") {
			// "a job" then "it was about the backend role": the role is
			// the thing followed up.
			out[i].Text = what
			return true
		}
		if m := phraseTail.FindStringIndex(out[i].Text[end:]); m != nil {
			// "a place at uni", then "in edinburgh": after the whole
			// phrase.
			end += m[1]
		}
		out[i].Text = out[i].Text[:end] + " " + prep + " " + what + out[i].Text[end:]
		return true
	}
	return false
}

// phraseTail is a where or with that already follows the thing: "at uni".
var phraseTail = regexp.MustCompile(`^ (?:at|in|on|with|from|of) (?:the |a |an |my |your |our )?[\p{L}0-9'-]+`)

// phraseEnd is a where that ends a phrase: " at the council".
var phraseEnd = regexp.MustCompile(` (?:at|in|on|with|from|near) (?:the |a |an |my |your |our )?[\p{L}0-9' -]+$`)

// lastTwo are the two phrases that end a clause: "for two years", "in
// Leeds".
var lastTwo = regexp.MustCompile(`^(.*?\S)( (?:for|during|over|every|each) [^,]+?)( (?:in|at|near|on) (?:the |a |our |my )?[\p{L}][\p{L}'-]*(?: [\p{L}][\p{L}'-]*){0,2})$`)

// swapTail says the last two phrases of a clause the other way round:
// "shared a flat for two years in Leeds" is "shared a flat in Leeds for
// two years".
func swapTail(s string) string {
	if m := lastTwo.FindStringSubmatch(s); m != nil {
		return m[1] + m[3] + m[2]
	}
	return s
}

package agent

import (
	"strings"
)

// A question asked while a draft waits for its first answers ("what do you
// even say to someone who just had a miscarriage", typed at "who would you
// like to write to?") is answered from the guide, and it also tells what
// the message is about. Once the person says who it is for, the draft
// starts from that situation, said of them ("Jen just had a
// miscarriage"), rather than asking the occasion as if nothing was said.

// askedSituation is the situation a question about what to say to someone
// describes, as words that follow the person it is about: "just had a
// miscarriage", "'s mum died last week". "" when the question names none.
func askedSituation(text string) string {
	f := foldText(text)
	m := reAskedWho.FindStringSubmatchIndex(f)
	if m == nil {
		return ""
	}
	rest := strings.TrimSpace(f[m[1]:])
	if i := strings.IndexAny(rest, "?.!"); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(strings.TrimSuffix(rest, " lol"))
	if len(strings.Fields(rest)) < 2 {
		return ""
	}
	if f[m[2]:m[3]] == "whose" {
		return "'s " + rest
	}
	return rest
}

// reAskedWho is a question about what to say or do for someone, up to the
// words that start what is happening to them.
var reAskedWho = mustPattern(`\b(?:say|write|text|send|tell|do|help|support|comfort|message|cheer up|reach out|be there)\b(?: \w+){0,3}? (?:(?:to|for|with) )?(?:someone|somebody|(?:a|my) (?:friend|mate|colleague|coworker|co worker|person|relative|neighbour|neighbor|family member|cousin|sibling)|people|a loved one) (who|whose|that) `)

// keepAskedSituation remembers the situation of a question asked at a
// draft step before the occasion is known, for draftWithAsked.
func (t *turn) keepAskedSituation() {
	if t.p.Flow.Name == flowDraft {
		noteAsked(t.p.Flow.Draft, t.text)
	}
}

// askedWhileWaiting keeps what a draft waiting on the side will start
// from current: another question or request since the one it remembers
// ("is it weird to text an old friend out of nowhere?") replaces it, so
// the draft never starts from a question the person has moved on from.
// Picking the draft back up keeps it.
func (t *turn) askedWhileWaiting() {
	p := t.p.Flow.Paused
	if t.p.Flow.Name != "" || p == nil || p.Name != flowDraft || p.Draft == nil || isResumeRequest(t.text) {
		return
	}
	p.Draft.AskedAbout = ""
	noteAsked(p.Draft, t.text)
}

// noteAsked sets what ds starts from when text asks what to say to
// someone in a situation that settles an occasion.
func noteAsked(ds *DraftState, text string) {
	if ds == nil || ds.Details.Occasion != "" || len(ds.History) > 0 {
		return
	}
	s := askedSituation(text)
	if s == "" {
		return
	}
	bare := strings.TrimPrefix(s, "'s ")
	if draftOccasion("they "+bare) != "" || draftOccasion("their "+bare) != "" {
		ds.AskedAbout = s
	}
}

// draftWithAsked puts a situation asked about into the draft once it has
// someone to be about: it joins what was said, and the occasion comes from
// it. It reports whether it did.
func draftWithAsked(ds *DraftState) bool {
	d := &ds.Details
	if ds.AskedAbout == "" || d.Occasion != "" || d.Recipient == "" && d.Relationship == "" {
		return false
	}
	who := d.Recipient
	if who == "" {
		who = "my " + d.Relationship
	}
	told := who + " " + ds.AskedAbout
	if strings.HasPrefix(ds.AskedAbout, "'s ") {
		told = who + ds.AskedAbout
	}
	ds.AskedAbout = ""
	occ := draftOccasion(told)
	if occ == "" {
		return false
	}
	d.Occasion = occ
	d.Said = append(d.Said, told)
	return true
}

package agent

import "strings"

// revisionChoices offers the revisions that still make sense.
func revisionChoices(d DraftDetails) []Choice {
	var cs []Choice
	if d.Length != LengthShort {
		cs = append(cs, Choice{ID: "rev:shorter", Label: "Shorter"})
	} else {
		cs = append(cs, Choice{ID: "rev:longer", Label: "Longer"})
	}
	if d.Warmth < 2 {
		cs = append(cs, Choice{ID: "rev:warmer", Label: "Warmer"})
	}
	if d.Tone != ToneCasual && d.Formality > -2 {
		cs = append(cs, Choice{ID: "rev:casual", Label: "More casual"})
	}
	return append(cs, Choice{ID: "rev:another", Label: "Another one"}, Choice{ID: "draft:done", Label: "Done"})
}

// review handles the person's reaction to a draft.
func (t *turn) review(in Intent) {
	ds := t.p.Flow.Draft
	if t.choice == "draft:done" || in.Kind == IntentDone || (in.Kind == IntentYes && t.choice == "") {
		t.finishDraft()
		return
	}
	rev, ok := revisionFromChoice(t.choice)
	if !ok {
		rev, ok = ParseRevision(t.text)
	}
	if !ok {
		if in.Kind == IntentBack && len(ds.History) > 1 {
			ds.History = ds.History[:len(ds.History)-1]
			prev := ds.History[len(ds.History)-1]
			t.sayDraft("Here's the previous version:\n\n"+quote(prev), revisionChoices(ds.Details)...)
			return
		}
		if in.Kind == IntentAsk && looksLikeQuestion(t.text) {
			t.ask(t.text)
			t.say("Your draft to "+ds.Details.Recipient+" is still here — tell me how to change it, or say “done”.", revisionChoices(ds.Details)...)
			return
		}
		t.say("I can make it shorter, warmer, more casual or more formal, mention something, or try another one. Or say “done” if it's right.",
			revisionChoices(ds.Details)...)
		return
	}
	prev := ""
	if n := len(ds.History); n > 0 {
		prev = ds.History[n-1]
	}
	if rev.Kind == "another" {
		ds.Variant++
	} else {
		ds.Details = ApplyRevision(ds.Details, rev)
	}
	// A revision must show something new; try further variants if not.
	for i := 0; i < 4 && ComposeDraft(ds.Details, ds.Variant) == prev; i++ {
		ds.Variant++
	}
	t.showDraft("", rev.Kind)
}

func revisionFromChoice(id string) (Revision, bool) {
	kind, ok := strings.CutPrefix(id, "rev:")
	if !ok {
		return Revision{}, false
	}
	return Revision{Kind: map[string]string{"shorter": "shorter", "longer": "longer", "warmer": "warmer",
		"casual": "casual", "formal": "formal", "another": "another"}[kind]}, kind != ""
}

// finishDraft gives the final copy-ready text.
func (t *turn) finishDraft() {
	ds := t.p.Flow.Draft
	final := ComposeDraft(ds.Details, ds.Variant)
	if n := len(ds.History); n > 0 {
		final = ds.History[n-1]
	}
	name := ds.Details.Recipient
	t.p.Drafts = append(t.p.Drafts, SavedDraft{Recipient: name, Text: final, At: t.now})
	if len(t.p.Drafts) > 20 {
		t.p.Drafts = t.p.Drafts[len(t.p.Drafts)-20:]
	}
	t.p.Flow = Flow{Updated: t.now}
	tip := "A message like this, with no pressure to reply, is a lovely way back in."
	if ps := t.a.guide.Principles(); len(ps) > 0 {
		tip = ps[len(t.p.Drafts)%len(ps)].Tip
	}
	t.sayDraft("Here it is to copy:\n\n" + quote(final))
	if q, choices := t.offerRemindAfterDraft(name); q != "" {
		t.say(tip+"\n\nI hope "+name+" is glad to hear from you. "+q, choices...)
		return
	}
	t.say(tip+"\n\nI hope "+name+" is glad to hear from you.", menuChoices()...)
}

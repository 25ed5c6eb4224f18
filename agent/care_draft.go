package agent

import "strings"

// The message care mode helps write asks someone the person trusts for
// support. It says the person is struggling and asks for a call or a talk;
// it never asks the recipient how they are, and it never says more than the
// person has said.

// careDraft shows a first message asking for support, after lead.
func (t *turn) careDraft(d *CareDraft, lead string) {
	c := t.p.Flow.Care
	c.Step, c.Draft, c.Offered = careStepDraft, d, ""
	c.Turns++
	lead += "A few honest lines are plenty — here's something you could send"
	if d.Reach {
		lead = strings.TrimSuffix(lead, "A few honest lines are plenty — here's something you could send") +
			"Short and plain is best: that you're there, a direct question, and an offer to talk. Here's something you could send"
	}
	if to := careTo(d); to != "" {
		lead += " " + to
	}
	t.sayDraft(lead+":\n\n"+quote(composeCareDraft(*d)), t.careDraftChoices(d)...)
}

// careTo says whom the draft is for, from the person's side: "to Sam", "to
// your brother".
func careTo(d *CareDraft) string {
	switch {
	case d.Name != "":
		return "to " + d.Name
	case d.Relationship != "":
		return "to your " + d.Relationship
	}
	return ""
}

// careDraftChoices offers the revisions not made yet.
func (t *turn) careDraftChoices(d *CareDraft) []Choice {
	var cs []Choice
	if !d.Softer {
		cs = append(cs, Choice{ID: "care:softer", Label: "Softer"})
	}
	if !d.Shorter {
		cs = append(cs, Choice{ID: "care:shorter", Label: "Shorter"})
	}
	return append(cs, Choice{ID: "care:done", Label: "Done"}, t.careHelplines())
}

// careDraftReply handles a message while the draft is on screen: a
// revision, or done. It returns false for anything else.
func (t *turn) careDraftReply(kind careKind) bool {
	switch kind {
	case careYes, careThanks, careOkay:
		t.careFinish()
		return true
	}
	if kind != careShare {
		return false
	}
	if careSaysDone(t.text) {
		// "that's nice actually. done"
		t.careFinish()
		return true
	}
	f := foldText(t.text)
	if soft, short := reCareSoften.MatchString(f), reCareShort.MatchString(f); soft || short {
		// "i don't want to scare her", "just something short, nothing
		// dramatic": how it lands, so gentler, or fewer words.
		d := t.p.Flow.Care.Draft
		switch {
		case soft && short:
			d.Shorter = true
			t.careRevise("softer")
		case short:
			t.careRevise("shorter")
		case d.Softer:
			t.careRevise("another")
		default:
			t.careRevise("softer")
		}
		return true
	}
	rev, ok := ParseRevision(t.text)
	if !ok {
		return false
	}
	switch rev.Kind {
	case "shorter":
		t.careRevise("shorter")
	case "another", "longer", "formal", "casual":
		t.careRevise("another")
	default:
		t.careRevise("softer")
	}
	return true
}

// careRevise makes the draft softer, shorter, or worded another way.
func (t *turn) careRevise(how string) {
	c := t.p.Flow.Care
	d := c.Draft
	switch how {
	case "softer":
		d.Softer = true
	case "shorter":
		d.Shorter = true
	default:
		d.Variant++
	}
	c.Turns++
	t.sayDraft(quote(composeCareDraft(*d)), t.careDraftChoices(d)...)
}

// careFinish gives the draft to copy and stays in care mode.
func (t *turn) careFinish() {
	c := t.p.Flow.Care
	d := c.Draft
	text := composeCareDraft(*d)
	who := d.Name
	if who == "" {
		who = d.Relationship
	}
	t.p.Drafts = append(t.p.Drafts, SavedDraft{Recipient: who, Text: text, At: t.now})
	if len(t.p.Drafts) > 20 {
		t.p.Drafts = t.p.Drafts[len(t.p.Drafts)-20:]
	}
	c.Step, c.Draft, c.Offered = "", nil, ""
	c.Turns++
	t.sayDraft("Here it is to copy:\n\n" + quote(text))
	t.say("Reaching out like this takes courage. I'll be here while you wait to hear back — and the helplines are there too.",
		t.careHelplines(), Choice{ID: "care:talk", Label: "Just talk"})
}

// careDraftTexts are the message bodies: [variant][softer][shorter]. Each
// says the person is struggling and asks for contact; none asks how the
// recipient is.
var careDraftTexts = [2][2][2]string{
	{
		{
			"I've been going through a really rough patch and I'm not coping very well. Could you give me a call when you have a moment?",
			"I'm having a really hard time. Could you call me when you can?",
		},
		{
			"this isn't easy to say, but things have been really hard for me lately. You don't need to fix anything — I'd just like to talk. Could you call me when you get a chance?",
			"things are hard for me right now. Could we talk soon?",
		},
	},
	{
		{
			"I haven't been okay lately and I could really use someone to talk to. Are you free for a call sometime soon?",
			"I'm struggling a bit. Are you free to talk soon?",
		},
		{
			"I've been finding things really hard, and I'd feel better hearing your voice. No need to have the right words — could we talk when you're free?",
			"I'm finding things hard. Could we talk when you're free?",
		},
	},
}

// careReachTexts are the bodies of a message to someone the person is
// worried about, in the same order: each says the writer is there and
// cares, asks plainly whether they are safe or thinking of ending their
// life, and offers a call or company.
var careReachTexts = [2][2][2]string{
	{
		{
			"I've been thinking about you and I'm worried. I'm here, and I'm not going anywhere. Are you thinking about ending your life? Whatever the answer, I want to hear it. Can I call you, or come over?",
			"I'm here for you. Are you safe right now? Can I call you?",
		},
		{
			"I care about you and I want to understand how things are for you. Are you having thoughts of ending your life? Can we talk now, on the phone or in person?",
			"I care about you and I'm here. Can we talk now?",
		},
	},
	{
		{
			"You matter to me, and I'm worried about you. Are you safe right now? I'd like to call, or come round if you'd like company.",
			"You matter to me. Are you safe right now? Can I call?",
		},
		{
			"no need to say anything big. I just want you to know I'm here and I care. Are you thinking of hurting yourself? Can I call you, or come and sit with you?",
			"I'm here and I care. Can I call you?",
		},
	},
}

// composeCareDraft writes the message for d.
func composeCareDraft(d CareDraft) string {
	body := careDraftTexts[d.Variant%2][b2i(d.Softer)][b2i(d.Shorter)]
	if d.Reach {
		body = careReachTexts[d.Variant%2][b2i(d.Softer)][b2i(d.Shorter)]
	}
	greet := "Hey,"
	if d.Name != "" {
		greet = "Hey " + d.Name + ","
	}
	return greet + " " + body
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// reCareSoften is a worry about how the message will land: "i don't want to
// scare her", "it sounds too heavy", "he'll panic".
var reCareSoften = mustPattern(`\b(?:(?:don'?t|dont|do not|doesn'?t|wouldn'?t|not) (?:want (?:to|it to)|wanna) (?:scare|worry|frighten|alarm|freak (?:\w+ )?out|upset|stress|panic|burden|overwhelm)|(?:too|so|very|a bit|kind of|kinda) (?:heavy|scary|dramatic|much|intense|serious|alarming|dark|blunt)|(?:will|would|might|could|gonna|going to|she'?ll|he'?ll|they'?ll) (?:panic|freak out|worry|be scared|be worried|be upset|overreact)|less (?:scary|heavy|dramatic|intense|serious|alarming|worrying)|nothing (?:too |very |so )?(?:dramatic|heavy|serious|intense|big|scary|deep|much)|keep it (?:light|low key|lowkey|casual|chill|simple))\b`)

// reCareShort asks for fewer words: "just something short", "a quick one".
var reCareShort = mustPattern(`\b(?:short|shorter|brief|briefer|quick|quicker|a few words|one line|a line or two|not (?:too )?long|less (?:long|wordy)|fewer words)\b`)

// careSaysDone reports a message one of whose parts says the draft is done:
// "that's nice actually. done", "perfect, thanks, done".
func careSaysDone(text string) bool {
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(".,;!", r) }) {
		if k, ok := controlIntent(foldText(c)); ok && k == IntentDone {
			return true
		}
	}
	return false
}

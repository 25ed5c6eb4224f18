package agent

import "strings"

// A person says in words how drafts should sound by default ("i want
// drafts more formal, it's mostly for work") or how the companion should
// talk to them ("be gentler with me"). The first is the tone setting; the
// second is not something a setting changes, and the reply says so and
// what can be changed instead.

// reDraftsInGeneral speaks of drafts or messages in general, not of the
// one being written: "my drafts", "the messages you write", "drafts".
var reDraftsInGeneral = mustPattern(`\b(?:drafts|(?:my|the|your|all) (?:drafts|messages|texts|wording)|(?:messages|texts) (?:you|u) (?:write|draft|make|suggest))\b`)

// reToneWish asks for a change of how something sounds.
var reToneWish = mustPattern(`\b(?:more|less|to be|be|sound|sounding|a bit|a little|tone)\b`)

// reBeWithMe asks the companion itself to talk differently: "be gentler
// with me", "can you talk softer", "please be less blunt".
var reBeWithMe = mustPattern(`^(?:(?:ok|okay|hey|hi|also|and|but|so|btw|please|pls|plz|oh|just|actually|um|hmm)[ ,]+)*(?:(?:can|could|would|will) (?:you|u) (?:please |pls |try to |just )?|please |pls |i want you to |i'?d like you to |id like you to |i need you to |try to )?(?:be|talk|speak|sound|write to me|answer)(?: a (?:bit|little|lil|tad))?(?: (?:more|less))? (?:gentle|gentler|gently|soft|softer|softly|kind|kinder|kindly|nice|nicer|warm|warmer|calm|calmer|slower|blunt|harsh|direct|robotic|formal|casual|chill|chiller|serious|cheerful|upbeat|friendly|friendlier|polite|politer|relaxed|careful)\b`)

// toneTold sets the default tone of drafts said in words, or answers a
// wish for the companion to talk differently; false for anything else.
func (t *turn) toneTold() bool {
	if t.p.Flow.Name != "" || t.m.Group {
		return false
	}
	folded := foldText(t.text)
	if reBeWithMe.MatchString(folded) {
		t.p.Flow = Flow{Name: flowSettings, Step: "tone-offer", Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("Of course — I'm sorry if anything I said came across hard. The way I talk here isn't a setting I can change, "+
			"but I'll keep it gentle, and you can always tell me to slow down or stop. What I can set is the tone your drafts start with:",
			toneChoices()...)
		return true
	}
	if !reDraftsInGeneral.MatchString(folded) || !reToneWish.MatchString(folded) || len(strings.Fields(folded)) > 20 {
		return false
	}
	tone := toneAsked(t.text)
	if tone == "" {
		return false
	}
	t.p.Profile.Tone = tone
	t.say("Drafts will start "+tone+" from now on. You can still change the tone of any one draft, "+
		"and this default any time in /settings.", menuChoices()...)
	return true
}

// toneOfferAnswer takes a tone picked after the companion offered the
// draft tone in place of its own voice; anything else leaves the offer and
// is answered as if it had not been made.
func (t *turn) toneOfferAnswer(in Intent) {
	tone, picked := strings.CutPrefix(t.choice, "settings:tone:")
	if !picked && t.choice == "" {
		tone = ExtractDraftDetails(t.text).Tone
		picked = tone != "" && len(strings.Fields(t.text)) <= 3
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	if !picked {
		t.freeText(t.ctx, in)
		return
	}
	t.p.Profile.Tone = tone
	if tone == "" {
		t.say("Okay — I'll ask about tone each time.", menuChoices()...)
		return
	}
	t.say("Drafts will start "+tone+".", menuChoices()...)
}

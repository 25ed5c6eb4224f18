package agent

import (
	"fmt"
	"strings"
)

// What a crisis put aside. A crisis reply in the middle of something (a
// message being written, a reflection, the plan) holds it: the reply's
// second button names it ("Back to the message to Sam"), so that pressing
// it is a plain request to go back, and there is no second button when
// nothing was on the go. Asked what they were doing before ("what were we
// doing?"), care mode says what was put aside and asks how the person is,
// without going back to it until they ask.

// crisisBack is the button that goes back to the flow the crisis put
// aside, in lang; ok is false when nothing is held.
func crisisBack(paused *Flow, lang string) (Choice, bool) {
	if paused == nil || paused.Name == "" {
		return Choice{}, false
	}
	w, ok := backWords[lang]
	if !ok {
		lang, w = "en", backWords["en"]
	}
	label := w.Other
	switch paused.Name {
	case flowDraft:
		label = w.Message
		if to := heldRecipient(paused); to != "" {
			label = fmt.Sprintf(w.MessageTo, to)
		}
	case flowReflect:
		label = w.Reflection
	case flowPlan:
		label = w.Plan
	}
	id := "crisis:later"
	if lang != "en" {
		id += ":" + lang
	}
	return Choice{ID: id, Label: clip(label, 40)}, true
}

// heldRecipient is the name a held draft greets, or "" (the button then
// says "Back to the message").
func heldRecipient(f *Flow) string {
	if f.Draft == nil {
		return ""
	}
	return f.Draft.Details.Recipient
}

// backWords label the button back to what was put aside, by language.
// MessageTo takes the recipient's name.
var backWords = map[string]struct{ MessageTo, Message, Reflection, Plan, Other string }{
	"en": {"Back to the message to %s", "Back to the message", "Back to the reflection", "Back to the plan", "Back to what we were doing"},
	"es": {"Volver al mensaje para %s", "Volver al mensaje", "Volver a la reflexión", "Volver al plan", "Volver a lo que hacíamos"},
	"de": {"Zurück zur Nachricht an %s", "Zurück zur Nachricht", "Zurück zur Reflexion", "Zurück zum Plan", "Zurück zu dem, was wir gemacht haben"},
	"fr": {"Revenir au message pour %s", "Revenir au message", "Revenir à la réflexion", "Revenir au plan", "Revenir à ce qu'on faisait"},
	"pt": {"Voltar à mensagem para %s", "Voltar à mensagem", "Voltar à reflexão", "Voltar ao plano", "Voltar ao que estávamos fazendo"},
	"it": {"Torna al messaggio per %s", "Torna al messaggio", "Torna alla riflessione", "Torna al piano", "Torna a quello che facevamo"},
	"nl": {"Terug naar het bericht aan %s", "Terug naar het bericht", "Terug naar de reflectie", "Terug naar het plan", "Terug naar waar we mee bezig waren"},
	"pl": {"Wróć do wiadomości (%s)", "Wróć do wiadomości", "Wróć do refleksji", "Wróć do planu", "Wróć do tego, co robiliśmy"},
	"tr": {"%s için mesaja dön", "Mesaja dön", "Düşünme sorularına dön", "Plana dön", "Yaptığımız şeye dön"},
	"ja": {"%sへのメッセージに戻る", "メッセージに戻る", "ふりかえりに戻る", "プランに戻る", "さっきの続きに戻る"},
}

// crisisGoBack answers the button back to what the crisis put aside: care
// mode ends and the held flow comes back where it stood. It reports false
// when nothing is held any more.
func (t *turn) crisisGoBack() bool {
	paused := t.p.Flow.Paused
	if paused == nil || paused.Name == "" {
		return false
	}
	t.endCare()
	paused.Held = false
	t.resume()
	return true
}

// careWhatBefore asks what the person and the companion were doing before
// the crisis reply: "ok what were we doing before", "where were we".
var careWhatBefore = mustPattern(`\b(?:what (?:were|was|are) (?:we|i|you and i) (?:doing|on|up to|working on|talking about|writing|in the middle of)|where (?:were we|was i)|what did (?:we|i) (?:start|begin|leave)|what had we (?:started|been doing))\b`)

// careSaysBefore answers a question about what was going on before: what
// was put aside, in plain words, that it will keep, and how the person is.
// The flow stays held; the button back to it is there if they want it.
func (t *turn) careSaysBefore() {
	c := t.p.Flow.Care
	c.Turns++
	c.Step, c.Draft, c.Offered = "", nil, ""
	paused := t.p.Flow.Paused
	if paused == nil || paused.Name == "" {
		t.say("We weren't in the middle of anything — you'd just told me how things are, and that matters more. How are you doing right now?",
			t.careHelplines())
		return
	}
	text := "We'd started " + heldLabel(paused) + "; I've put it aside for now, and it will keep. How are you doing right now?"
	back, _ := crisisBack(paused, "en")
	t.say(text, t.careHelplines(), back)
}

// heldLabel names a held flow in a sentence: "a message to your ex", "a
// reflection", "the 7-day plan".
func heldLabel(f *Flow) string {
	if f.Name == flowDraft && f.Draft != nil {
		d := f.Draft.Details
		switch {
		case d.Recipient != "":
			return "a message to " + d.Recipient
		case d.Relationship != "":
			return "a message to your " + strings.TrimPrefix(d.Relationship, "my ")
		}
	}
	return flowLabel(f)
}

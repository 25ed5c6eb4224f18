package agent

import (
	"cmp"
	"context"
	"fmt"
	"strings"
)

func (t *turn) welcome() {
	name := t.displayName()
	text := msgWelcome
	if name != "" {
		text = strings.Replace(text, "Hi!", "Hi "+name+"!", 1)
	}
	t.say(text, menuChoices()...)
}

func (t *turn) help() { t.say(msgHelp, menuChoices()...) }

func (t *turn) greet() {
	if t.first {
		// Telegram opens a chat with /start, Matrix and the terminal with
		// whatever the person types: a first hello gets the introduction,
		// which says what the companion is and is not; where they are,
		// said with it ("hiya, im in cardiff"), is taken too.
		t.welcome()
		if reLiveIn.MatchString(foldText(t.text)) {
			t.placeStatement(t.text)
		}
		return
	}
	if folded := foldText(t.text); presenceCheck(folded) && !reRealPerson.MatchString(folded) {
		// "hey, you still there?": it is, and says so, with no menu.
		t.say(t.presenceText())
		return
	}
	if folded := foldText(t.text); howAreYou(folded) || reHowsYour.MatchString(folded) || reUpTo.MatchString(folded) {
		// "hiya how are you": asked after, and answered as small talk,
		// not with the menu.
		t.say(smalltalkText(t.text, folded))
		t.noteChatQuestion()
		return
	}
	if t.helloBack() {
		// "olá tudo bem? just saying hi": a wave, waved back at in a
		// line (greet_hello.go).
		return
	}
	if rest := afterGreeting(t.text); rest != "" {
		// "hiya, back from the beach": the hello is said back and the
		// rest answered in kind, with no menu.
		line := ""
		tone := dayTone(rest)
		if chatNews(rest) {
			line = smalltalkText(rest, foldText(rest))
		} else if tone != toneSad {
			line = toneReply(rest, tone)
		}
		if line == "" && tone != toneSad && !asksSomething(rest) && !reRequestShape.MatchString(foldText(rest)) {
			// "morning! slept terribly last night": a bit of the day
			// whose tone is unsure is still answered, never with the menu.
			line = smalltalkText(rest, foldText(rest))
			if hasAnyWord(foldText(rest), badWords) {
				line = toneReply(rest, toneGripe)
			}
		}
		if line != "" {
			t.say("Hi! " + line)
			return
		}
	}
	if t.helloAfterMenu(foldText(t.text)) {
		// "hi" just after the introduction, "good morning ☀️".
		return
	}
	if name := t.displayName(); name != "" {
		t.say(fmt.Sprintf("Hi %s! Good to hear from you. What would you like to do?", name), menuChoices()...)
		return
	}
	t.say("Hi! Good to hear from you. What would you like to do?", menuChoices()...)
}

// displayName is what to call the person.
func (t *turn) displayName() string {
	if t.p.Profile.Name != "" {
		return t.p.Profile.Name
	}
	return t.m.Name
}

func (t *turn) cancel() {
	if t.p.Flow.Name == "" && t.p.Flow.Paused == nil {
		t.say(msgNothingToStop, menuChoices()...)
		return
	}
	t.p.Flow = Flow{Updated: t.now}
	t.say(msgCancelled, menuChoices()...)
}

func (t *turn) unknownCommand() {
	_, list, _ := strings.Cut(msgHelp, "\n")
	t.say("I don't know that command. These are the ones I understand:\n"+list, menuChoices()...)
}

// resumeOrMenu answers a control word ("yes", "skip", "done") that arrived
// outside any flow.
func (t *turn) resumeOrMenu() {
	if t.p.Flow.Paused != nil {
		t.offerResume()
		return
	}
	t.say("We're not in the middle of anything right now. What would you like to do?", menuChoices()...)
}

func (t *turn) offerResume() {
	t.p.Flow.Paused.Aside = true // an answer typed instead of "pick it up" picks it up
	t.say("We'd paused "+flowLabel(t.p.Flow.Paused)+". Would you like to pick it up again?",
		Choice{ID: "resume:yes", Label: "Pick it up"}, Choice{ID: "resume:no", Label: "Start something else"})
}

func flowLabel(f *Flow) string {
	switch f.Name {
	case flowReflect:
		return "a reflection"
	case flowDraft:
		if f.Draft != nil && f.Draft.Details.Recipient != "" {
			return "a message to " + f.Draft.Details.Recipient
		}
		return "a message draft"
	case flowPlan:
		return "the 7-day plan"
	}
	return "what we were doing"
}

// resume brings back the paused flow and repeats where it stood.
func (t *turn) resume() {
	paused := t.p.Flow.Paused
	if paused == nil {
		t.say("There's nothing paused. What would you like to do?", menuChoices()...)
		return
	}
	t.p.Flow = *paused
	t.p.Flow.Paused, t.p.Flow.Aside = nil, false
	t.p.Flow.Updated = t.now
	t.askAgain("Welcome back. ")
}

// pause puts the running flow aside.
func (t *turn) pause(note string) {
	f := t.p.Flow
	f.Paused, f.Aside = nil, false
	f.Choices = nil
	t.p.Flow = Flow{Paused: &f, Updated: t.now}
	t.say(note, menuChoices()...)
}

func (t *turn) export(ctx context.Context) {
	data, err := t.a.store.ExportPerson(ctx, t.p.ID)
	if err != nil {
		t.a.log.Error("export failed", "channel", t.m.Channel, "err", err)
		t.say("Sorry — I couldn't put your data together just now. Please try /export again in a moment.")
		return
	}
	t.say("Here's everything I keep about you (as it stood before this message):")
	t.say(quote(string(data)))
}

func (t *turn) askForget() {
	t.p.Flow = Flow{Name: flowForget, Updated: t.now, Paused: t.p.Flow.Paused}
	t.say("This erases everything I keep about you — reflections, drafts, plan progress and settings — for good. Are you sure?",
		Choice{ID: "forget:yes", Label: "Yes, erase everything"},
		Choice{ID: "forget:no", Label: "No, keep it"})
}

func (t *turn) forgetAnswer(in Intent) {
	switch {
	case t.choice == "forget:yes" || in.Kind == IntentYes:
		t.forget = true
		t.p = Person{ID: t.p.ID}
		t.say("Done — everything I kept about you is erased. If you ever want to start again, just say hi.")
	default:
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("Okay, nothing was erased.", menuChoices()...)
	}
}

// answerOffer handles yes or no to the last offer made outside a flow.
func (t *turn) answerOffer(yes bool) {
	o := t.p.Flow.Offer
	t.p.Flow.Offer = nil
	if !yes {
		if o.Kind == "restart" {
			t.say("Okay — your progress stays as it is.", Choice{ID: "menu:plan", Label: "Show today's step"})
			return
		}
		t.say("No problem. I'm here whenever you want.", menuChoices()...)
		return
	}
	switch o.Kind {
	case "draft":
		if o.Listening && o.Felt != "" && t.choice == "" {
			// "yes" to a listening reply that asked "do you want to talk
			// about it?" and offered to write only "when you're ready":
			// the question asked last is the one answered. The offer to
			// write stays open.
			o.Heard++
			t.p.Flow.Offer = o
			t.say("I'm listening. Take your time — what's been going on?",
				Choice{ID: "offer:yes", Label: clip("Write to "+cmp.Or(o.Recipient, "them"), 40)})
			return
		}
		if o.Request != "" {
			t.startDraft(o.Request, false)
			return
		}
		t.startDraftFor(o.Recipient)
	case "reflect":
		t.startReflect("")
	case "section":
		t.moreOn(o.Section)
	case "remind":
		t.remindAfterDraft(o.Recipient)
	case "yearly":
		t.takeDatedOffer(o, false)
	case "cadence":
		t.remindRequest(o.Request)
	case "restart":
		t.planRestart(true)
	case "talk":
		// Still listening: what comes next is heard as more of it.
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		t.say("I'm listening. What's been going on?")
	default:
		t.say("What would you like to do?", menuChoices()...)
	}
}

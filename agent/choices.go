package agent

import (
	"context"
	"strings"
)

// handleChoice acts on a picked choice. It returns false when the choice
// should be treated as text by the running flow instead.
func (t *turn) handleChoice(ctx context.Context) bool {
	id := t.choice
	kind, arg, _ := strings.Cut(id, ":")
	if t.m.Group && !groupChoice(id) {
		t.say(msgGroupPrivate)
		return true
	}
	switch kind {
	case "menu":
		t.menu(ctx, arg)
	case "journey":
		t.startReflect(arg)
	case "section":
		t.moreOn(arg)
	case "draftfor":
		t.startDraftFor(arg)
	case "remind":
		t.remindChoice(arg)
	case "crisis":
		t.crisisChoice(arg)
	case "resume":
		if arg == "yes" {
			t.resume()
		} else {
			t.p.Flow.Paused = nil
			t.say("Okay, we'll leave that. What would you like to do?", menuChoices()...)
		}
	case "prompt":
		t.promptChoice(ctx, arg)
	case "offer":
		if t.p.Flow.Offer == nil {
			t.say(msgStale, menuChoices()...)
			return true
		}
		if o := t.p.Flow.Offer; arg == "write" && o.Kind == "yearly" {
			// The other half of a birthday told as news: write for it.
			t.p.Flow.Offer = nil
			t.takeDatedOffer(o, true)
			return true
		}
		t.answerOffer(arg == "yes")
	default:
		return t.flowChoice(kind)
	}
	return true
}

// flowChoice passes a choice that belongs to a flow to that flow, or says
// kindly that it is from an earlier conversation.
func (t *turn) flowChoice(kind string) bool {
	owner := map[string]string{
		"reflect": flowReflect, "occ": flowDraft, "tone": flowDraft, "rev": flowDraft, "draft": flowDraft,
		"slot": flowDraft, "plan": flowPlan, "settings": flowSettings, "forget": flowForget,
	}[kind]
	if kind == "plan" && t.p.Flow.Name != flowPlan {
		t.planChoice()
		return true
	}
	if kind == "settings" && t.p.Flow.Name == "" {
		t.p.Flow = Flow{Name: flowSettings, Updated: t.now, Paused: t.p.Flow.Paused}
	}
	if owner == "" || owner != t.p.Flow.Name {
		t.say(msgStale, menuChoices()...)
		return true
	}
	return false
}

func (t *turn) menu(ctx context.Context, what string) {
	switch what {
	case "reflect":
		t.startReflect("")
	case "draft":
		if request := t.offeredRequest(); request != "" {
			// "Write to your flatmate", offered after listening.
			t.p.Flow.Offer = nil
			t.startDraft(request, false)
			return
		}
		t.startDraft("", true)
	case "ask":
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("What would you like to know? Ask in your own words — for example “how do I deal with being left on read?” or “how can I make friends online if I'm shy?”")
	case "plan":
		t.plan()
	case "help":
		t.help()
	case "export":
		t.export(ctx)
	case "forget":
		t.askForget()
	case "privacy":
		t.say(msgPrivacy, Choice{ID: "menu:export", Label: "Show me everything"}, Choice{ID: "menu:forget", Label: "Erase everything"})
	default:
		t.say(msgStale, menuChoices()...)
	}
}

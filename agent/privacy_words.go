package agent

import (
	"context"
	"fmt"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/understand"
)

// Privacy in words: "do you send my messages anywhere", "can i see
// everything you have", "how do i delete my stuff". The phrase rules know
// a few fixed ways of asking (intent.go); the learned classifier reads
// the rest, and a sure reading is answered here rather than by the guide,
// which has nothing to say about what the companion keeps.

// privacyAsked answers free text the classifier surely reads as a
// question about what is kept: erasing asks to confirm (/forget), seeing
// it all shows it (/export), anything else says what is kept and where,
// with both one tap away. It reports false for anything else.
func (t *turn) privacyAsked(ctx context.Context) bool {
	r := classify(t.text)
	f := foldText(t.text)
	if asksRecallTold(f) {
		// "can you remember what i told you last week?": what is kept of
		// earlier talk, in a line.
		t.sayRecallTold()
		return true
	}
	if asksIfForgotten(f) && reAboutKept.MatchString(f) {
		// Whether things stay is a fact about the companion, however
		// the classifier reads the words around it.
		t.sayKeptUntilErased()
		return true
	}
	if !r.Sure() || r.Label != understand.Privacy || !reAboutKept.MatchString(f) {
		// "what about online stuff, like discord servers?" is about the
		// internet, not about what the companion keeps.
		return false
	}
	switch {
	case hasAnyWord(f, watchWords) && hasAnyWord(f, someoneWords) && !hasAnyWord(f, whoWords) && !reEraseWord.MatchString(f) && !reSeeAll.MatchString(f):
		// "does anyone actually read what i write here" asks whether a
		// person is on the other side, which the short honest answer
		// about the companion answers, not the list of what it keeps.
		t.say(botAnswer(f))
	case remembersMe(f):
		t.sayRemembersMe()
	case asksIfForgotten(f):
		t.sayKeptUntilErased()
	case reEraseWord.MatchString(f):
		t.askForget()
	case reSeeAll.MatchString(f):
		t.keptInWords()
	default:
		t.say(msgPrivacy, Choice{ID: "menu:export", Label: "Show me everything"}, Choice{ID: "menu:forget", Label: "Erase everything"})
	}
	return true
}

// someoneWords ask whether a person is on the other side; whoWords ask
// who has the data ("who else can read the stuff i tell you"), which the
// list of what is kept and where answers.
var (
	someoneWords = wordset.Of(`anyone anybody someone somebody person people human humans real`)
	whoWords     = wordset.Of(`who whom`)
)

// asksIfForgotten reports a question about whether what was said stays:
// "will you forget everything if i close the app", "do you remember what
// i told you last week", "what happens to my stuff when i quit". Asking
// for it to be erased ("forget everything", "can you delete my data") is
// not one.
func asksIfForgotten(folded string) bool {
	return reDoesItKeep.MatchString(folded) || reIfILeave.MatchString(folded)
}

var (
	// reDoesItKeep asks, by a question's word order, whether the
	// companion keeps or loses things.
	reDoesItKeep = mustPattern(`\b(?:do|does|would|will|is|are)(?:n'?t)? (?:you|u|it|this|the (?:app|bot|chat|program)) (?:\w+ ){0,2}(?:forget|forgets|forgetting|remember|remembers|keep|keeps|lose|loses|wipe|wiped|deleted|erased|cleared|saved)\b.*(?:\?|\bif\b|\bwhen\b|\bafter\b|\bonce\b)|\b(?:do|does|will|would)(?:n'?t)? (?:you|u|it) (?:still )?(?:remember|keep) (?:what|everything|anything|stuff|things|the (?:stuff|things)|our|any of|all of|my (?:data|messages?|chats?|stuff|history|drafts?|reflections?|answers|notes))\b`)
	// reIfILeave is what happens when the person closes or leaves.
	reIfILeave = mustPattern(`\b(?:if|when|once|after) i (?:close|quit|leave|exit|restart|shut|turn off|switch off|log out|log off|reinstall|close out of)\b|\bwhat happens (?:to (?:my|all|the|what) [\w ]{0,20})?(?:if|when|once|after)\b`)
)

// sayKeptUntilErased answers whether things are forgotten on their own:
// nothing is, until the person asks.
func (t *turn) sayKeptUntilErased() {
	t.say(msgKeptUntilErased, Choice{ID: "menu:export", Label: "Show me everything"}, Choice{ID: "menu:forget", Label: "Erase everything"})
}

var (
	// reAboutKept speaks of the companion or of what the person told it.
	reAboutKept = mustPattern(`\b(?:you|u|ya|ur|your|yours|this (?:app|bot|chat|thing|program|stuff|conversation)|any of this|all (?:of )?this|here|my (?:data|messages?|chats?|info|information|stuff|history|details|conversations?|drafts?|reflections?|answers|notes|reminders|people|contacts|settings)|what i (?:say|type|tell|write|said|told)|the (?:stuff|things) i (?:say|type|tell|told|write))\b`)
	// reExportWord asks for the data itself.
	reExportWord = mustPattern(`\b(?:export|download|json|copy|file|backup|back up)\b`)
	// reEraseWord asks for something to be gone.
	reEraseWord = mustPattern(`\b(?:delete|deleting|erase|erasing|wipe|wiping|remove|removing|forget|clear|get rid of)\b`)
	// reSeeAll asks to be shown or given what is kept.
	reSeeAll = mustPattern(`\b(?:see|show|view|look at|export|download|copy|get)\b.*\b(?:everything|all|data|info|information|stuff|what you (?:have|know|keep|store|saved?))\b`)
)

// keptInWords says in plain sentences what is kept about the person, with
// the whole of it, as data, one tap away (/export).
func (t *turn) keptInWords() {
	var b strings.Builder
	b.WriteString("Here's what I keep about you:\n")
	pr := t.p.Profile
	name := pr.Name
	if name == "" {
		name = "not set"
	}
	fmt.Fprintf(&b, "- the name I call you: %s\n", name)
	fmt.Fprintf(&b, "- your timezone: %s\n", zoneLabel(pr.Timezone))
	if pr.Birthday != nil {
		fmt.Fprintf(&b, "- your birthday: %s\n", dateLabel(*pr.Birthday))
	}
	if pr.Tone != "" {
		fmt.Fprintf(&b, "- the tone drafts start with: %s\n", pr.Tone)
	}
	if n := len(t.p.Contacts); n > 0 {
		var names []string
		for _, c := range t.p.Contacts {
			if c.Name == "" {
				// The person's own dates are kept under no name.
				n--
				continue
			}
			names = append(names, c.Name)
		}
		if n > 0 {
			fmt.Fprintf(&b, "- %s you keep in touch with: %s\n", plural(n, "person", "people"), strings.Join(names, ", "))
		}
	}
	if n := len(t.p.Reflections); n > 0 {
		fmt.Fprintf(&b, "- %s\n", plural(n, "reflection", "reflections"))
	}
	if n := len(t.p.Drafts); n > 0 {
		fmt.Fprintf(&b, "- %s you finished\n", plural(n, "draft", "drafts"))
	}
	if !t.p.Plan.Started.IsZero() {
		fmt.Fprintf(&b, "- the 7-day plan: %d of 7 days done\n", len(t.p.Plan.Done))
	}
	b.WriteString("\nAll of it stays on the machine I run on.")
	t.say(b.String(), Choice{ID: "menu:export", Label: "Show all of it as data"}, Choice{ID: "menu:forget", Label: "Erase everything"})
}

// plural counts n things: "1 draft", "3 drafts".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// listAsked shows the people and dates kept when the message asks what is
// stored of them ("what birthdays do you know about", "which dates have
// you got saved", "list my reminders"), which is a look at the list, not
// a question about privacy. It reports false for anything else.
func (t *turn) listAsked() bool {
	if !reListAsked.MatchString(foldText(t.text)) {
		return false
	}
	t.remind(Intent{Kind: IntentContacts})
	return true
}

// reListAsked asks to see the birthdays, dates, reminders or people kept.
var reListAsked = mustPattern(`^(?:(?:so|ok|okay|and|hey|hmm|um|remind me|quick question)\s+)*(?:(?:what|which|whose) (?:birthdays?|anniversar(?:y|ies)|dates?|reminders?|people|contacts|names)\b.*\b(?:know|have|got|saved|stored|kept|keep|remember|set|on file|there)\b|(?:list|show|tell) (?:me )?(?:all )?(?:my |the |your )?(?:birthdays?|anniversar(?:y|ies)|dates|reminders|contacts)\b|(?:what|who) (?:are|is) (?:my|the) (?:birthdays?|reminders|dates)\b)`)

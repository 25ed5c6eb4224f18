package agent

import "strings"

// Names of the flows kept in Flow.Name.
const (
	flowReflect  = "reflect"
	flowDraft    = "draft"
	flowPlan     = "plan"
	flowSettings = "settings"
	flowForget   = "forget"
)

const (
	msgWelcome = `Hi! I'm a companion for the people in your life. I can help you:
- reflect on the connections that matter to you,
- draft a message when you want to reach out but can't find the words,
- answer questions from a short guide on building real connection online,
- and keep you going with a 7-day plan and gentle reminders to stay in touch.

I'm not a therapist — if things ever feel heavy, I'll point you to people who can help.`

	msgHelp = `Here's what I can do — tap a choice, type a command, or just tell me in your own words:
- **/reflect** — think through what you look for in a connection, who matters, how you show up
- **/draft** — write a message to someone ("draft a check-in to Sam")
- **/ask** — a question for the guide ("what do I do if someone stops replying?")
- **/plan** — a 7-day plan to build the habit
- **/remind** — reminders to stay in touch ("remind me to call Mum every Sunday"); **/contacts** lists them
- **/settings** — your name, timezone and preferred tone
- **/privacy**, **/export**, **/forget** — what I keep, a copy of it, or erase it all
- **/cancel** — leave whatever we're doing`

	msgPrivacy = `What I keep, and where:
- Everything lives on the machine I run on — your answers, drafts, plan progress and settings. Nothing is sent anywhere else, and your messages are never written to logs.
- If a language model is set up, it is one the person running me chose (usually on the same machine), and it only sees what it needs for the current reply.
- **/export** shows you everything I keep about you.
- **/forget** erases all of it, for good.`

	// msgKeptUntilErased says that nothing is forgotten on its own.
	msgKeptUntilErased = "Nothing is forgotten on its own: closing the chat or the app, or the machine I run on restarting, " +
		"keeps everything you've told me — reflections, drafts, people, plan progress and settings — on that machine. " +
		"It's gone only when you ask: /forget erases all of it, /export shows you what there is, and /privacy says more."

	msgSlowDown      = "That's a lot of messages at once, and I couldn't take in the last one. Give me a minute, then send it again — everything before it is safe."
	msgFallback      = "I'm here. Tell me what's on your mind, or pick something to do together."
	msgEmpty         = "I didn't catch anything there. What would you like to do?"
	msgTooLong       = "That's more text than I can take in one go. Could you send it in a few shorter messages?"
	msgHarm          = "I can't help with that — I won't help pressure, frighten or hurt anyone. If someone has hurt you, I'm glad to help you think about boundaries or how to step back safely."
	msgGroupPrivate  = "That's a personal one — let's do it in a private chat. Message me directly and we'll start there."
	msgGroupNumber   = "That number doesn't match anything I offered here. In a group I can answer questions from the guide, or tell you what I can do; for your plan, reminders and anything personal, message me directly."
	msgThanks        = "You're welcome. I'm here whenever you want to pick this up again."
	msgCancelled     = "Okay, we've stopped there. Nothing else is in progress."
	msgNothingToStop = "There's nothing in progress — we're free to start anything."
	msgStale         = "That button belongs to a conversation we've already finished. Here's what we can do now:"
)

// menuChoices are the main things to do.
func menuChoices() []Choice {
	return []Choice{
		{ID: "menu:reflect", Label: "Reflect"},
		{ID: "menu:draft", Label: "Draft a message"},
		{ID: "menu:ask", Label: "Ask a question"},
		{ID: "menu:plan", Label: "7-day plan"},
	}
}

func nonTextReply(kind string) string {
	switch kind {
	case "sticker", "animation":
		return "Nice one! I can only read words, though — tell me what's on your mind."
	case "voice", "audio", "video_note", "video":
		return "I can't listen to recordings yet — could you type it out for me?"
	case "photo", "image":
		return "I can't see pictures, I'm afraid. If you tell me about it in words, I'm all ears."
	default:
		return "I can only read text messages — could you type it out for me?"
	}
}

// truncateWords shortens s to at most max bytes at a word boundary.
func truncateWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndex(s[:max], " ")
	if cut <= 0 {
		cut = max
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:-") + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// quote turns text into a "> " block.
func quote(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "> " + l
	}
	return strings.Join(lines, "\n")
}

// capitalize upper-cases the first letter.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

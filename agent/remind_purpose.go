package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// What a one-off reminder is for, kept in the person's words and said back
// to them: "remind me in 3 days to ask kofi how the interview went" comes
// back as "ask Kofi how the interview went", not as "get in touch with
// Kofi". A request that says no more than whom to be in touch with ("remind
// me to text jo tomorrow") keeps the plain words.

// reRemindTo is what follows "remind me … to": the task asked.
var reRemindTo = mustPattern(`\bremind (?:me|us)\b(?:.*?)\bto\s+(.+)$`)

// whenWords are the ways a time is said inside a task, taken out of it.
var whenWords = []pattern{
	reInSpan, reTomorrow, reTonight, reNextDay, reDayMonth, reMonthThenDay,
	mustPattern(`\b(?:on|this|by|coming|this coming) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`),
	mustPattern(`\b(?:at|around|by|@) ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?\b|\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b`),
	mustPattern(`\b(?:in the |this )?(?:morning|afternoon|evening)\b`),
}

// reTaskTail is what people end a request with that is no part of it.
var reTaskTail = mustPattern(`(?:[ ,]+(?:please|pls|plz|thanks|thank you|thx|ty|ok|okay|x|lol|if you can|for me|again))+$`)

// mereContact is a task that only says to be in touch: "text jo", "call
// my mum", "check in with sam".
var mereContact = mustPattern(`^(?:` + contactVerbAlt + `)(?: (?:in|up|back))?(?: (?:with|to|on))? (?:my |our )?\S+(?: \S+)?$`)

// contactVerbAlt are the verbs of being in touch.
const contactVerbAlt = `call|ring|phone|text|txt|message|msg|email|e-mail|dm|write to|check in|check up|catch up|reach out|get in touch|touch base|see|visit|contact|facetime|video call|ping`

// danglingWords cannot end a task: it goes on after them.
var danglingWords = map[string]bool{"about": true, "for": true, "after": true, "before": true, "since": true, "from": true,
	"of": true, "until": true, "till": true, "over": true, "during": true, "to": true, "with": true, "on": true, "at": true,
	"by": true, "and": true, "the": true, "a": true, "an": true, "re": true, "regarding": true}

// onceFor returns what a one-off reminder asked in text is for, turned to
// the person and with the name written as kept, or "" when it says no
// more than to be in touch, or says it in more words than a reminder
// should carry.
func onceFor(text, name string) string {
	m := reRemindTo.FindStringSubmatch(calendarWords(strings.ToLower(strings.TrimSpace(text))))
	if m == nil {
		return ""
	}
	task := m[1]
	for _, re := range whenWords {
		task = re.ReplaceAllString(task, " ")
	}
	task = strings.Trim(strings.Join(strings.Fields(task), " "), " .,!?")
	task = strings.Trim(reTaskTail.ReplaceAllString(task, ""), " .,!?")
	words := strings.Fields(task)
	if n := len(words); n > 1 && reDayAlone.MatchString(words[n-1]) && !danglingWords[words[n-2]] {
		// "… to call gran friday": the day is when, not what.
		words = words[:n-1]
		words[n-2] = strings.TrimRight(words[n-2], ".,!?;")
	}
	if len(words) < 2 || len(words) > 14 || danglingWords[words[len(words)-1]] || mereContact.MatchString(strings.Join(words, " ")) {
		// "tell her i'm sorry about" with its day taken out is no
		// sentence: the plain words serve better.
		return ""
	}
	lowName := strings.ToLower(name)
	said := slices.Clone(words)
	for i, w := range said {
		switch {
		case w == lowName, w == lowName+"'s":
			words[i] = name + strings.TrimPrefix(w, lowName)
		case w == "am" && i > 0 && said[i-1] == "i":
			words[i] = "are"
		case listen.YourWord(w) != "":
			words[i] = listen.YourWord(w)
		}
	}
	return strings.Join(words, " ")
}

// oncePurpose is what c's one-off reminder is for, as said after "to".
func oncePurpose(c *Contact) string {
	if c.OnceFor != "" {
		return c.OnceFor
	}
	return "get in touch with " + c.Name
}

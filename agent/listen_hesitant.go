package agent

import "strings"

// An unsure answer to a listening question. After "want to tell me more
// about it?", "idk, maybe" or "i guess" is neither a yes nor a no: the
// person is hesitant, and a nod ("Cool, I'm here") would close a door they
// left ajar. The reply takes the pressure off and makes the next step small.

// hesitantWords are the words of a hesitant answer, whole: everything in the
// message is one of them (or a filler) for it to count.
var hesitantWords = phrases(`idk | i dunno | dunno | i dont know | dont know | not sure | im not sure | maybe | maybe not |
i guess | guess so | i suppose | suppose so | perhaps | possibly | kinda | kind of | sort of | not really sure | hmm | hm |
i mean | could do | if you want | eh | ugh | honestly | tbh | idk really | maybe idk | idek | who knows`)

// hesitantFiller may come with them: "idk, maybe lol".
var hesitantFiller = map[string]bool{"lol": true, "haha": true, "ok": true, "okay": true, "yeah": true, "so": true,
	"just": true, "really": true, "like": true, "um": true, "umm": true, "well": true, "and": true, "i": true}

// hesitantAlone reports a message that says only that the person is unsure.
func hesitantAlone(text string) bool {
	folded := strings.ReplaceAll(foldText(text), "'", "")
	if folded == "" || len(strings.Fields(folded)) > 6 || strings.Contains(text, "?") {
		return false
	}
	rest := " " + strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune(",.!…-", r) {
			return ' '
		}
		return r
	}, folded)), " ") + " "
	found := false
	for changed := true; changed; {
		changed = false
		for _, p := range hesitantWords {
			if strings.Contains(rest, " "+p+" ") {
				rest = strings.Replace(rest, " "+p+" ", " ", 1)
				found, changed = true, true
			}
		}
	}
	return found && (strings.TrimSpace(rest) == "" || allWords(rest, hesitantFiller))
}

// hesitantLines answer it: no pressure, and one small way on.
var hesitantLines = []string{
	"That's okay — you don't need the right words, or any words at all. If it helps, start small: what's an ordinary evening like for you at the moment?",
	"No pressure. We can go slowly. Sometimes it's easier to say what a usual day looks like than how it feels — or I can help you send someone a short hello.",
	"That's fine, there's no rush. I'm still here if something comes to mind, even just one thing about your week.",
}

// hesitantAfterListening answers a hesitant reply to a listening question;
// false when nothing was asked, or the reply is not hesitant.
func (t *turn) hesitantAfterListening() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "talk" && !o.Listening || !hesitantAlone(t.text) {
		return false
	}
	heard := *o // the offer stays: what comes next is heard as more of it
	t.p.Flow.Offer = &heard
	write := Choice{ID: "menu:draft", Label: "Write to someone"}
	if o.Kind == "draft" && o.Recipient != "" {
		write = Choice{ID: "offer:yes", Label: clip("Write to "+o.Recipient, 40)}
	}
	t.say(pick(t.text, hesitantLines), Choice{ID: "journey:matter", Label: "Think about who matters"}, write)
	return true
}

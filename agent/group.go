package agent

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A group chat or room is public: whatever the companion says there, every
// member reads. So a group turn never works on the person as stored. It works
// on a view of them that holds nothing private (no name, settings, flows,
// contacts, reminders, plan progress, reflections or drafts), the view is
// thrown away at the end, and only the time the person was last seen is
// written back. Personal requests are sent to a private chat, the choices a
// group sees are the public ones, and every reply is checked once more for
// the name the person set in private before it is queued.

// enterGroup swaps the turn's person for the public view and keeps the
// person as stored aside. The view's choices are the group menu, so a number
// typed (or a keycap reaction) in the group picks from what the group was
// shown, never from what the person was offered in private.
func (t *turn) enterGroup() {
	stored := t.p
	t.stored = &stored
	t.p = Person{
		ID:      stored.ID,
		Profile: Profile{Created: stored.Profile.Created, LastSeen: stored.Profile.LastSeen},
		Flow:    Flow{Choices: groupMenu()},
	}
	t.due0 = nil
}

// groupMenu is what the group is offered wherever a private chat gets the
// main menu: the things that need nothing private.
func groupMenu() []Choice {
	return []Choice{
		{ID: "menu:ask", Label: "Ask a question"},
		{ID: "menu:help", Label: "What I can do"},
	}
}

// groupChoice reports whether a choice may act in a group: guide sections,
// the crisis signposting and the public menu entries. Every other choice
// reads or changes something private.
func groupChoice(id string) bool {
	kind, arg, _ := strings.Cut(id, ":")
	switch kind {
	case "section", "crisis":
		return true
	case "menu":
		return arg == "ask" || arg == "help"
	}
	return false
}

// personalIntent reports intents that belong in a private chat.
func personalIntent(kind string) bool {
	switch kind {
	case IntentReflect, IntentDraft, IntentPlan, IntentRemind, IntentContacts, IntentExport, IntentForget, IntentSettings, IntentFeeling:
		return true
	}
	return false
}

// groupAnswered answers, and reports true for, the messages a group turn
// treats apart: personal requests go to a private chat, and a number that
// picks nothing the group was offered (one from a private menu, say) is
// told what the group can pick.
func (t *turn) groupAnswered(in Intent) bool {
	switch {
	case t.groupPrivate(in):
		t.say(msgGroupPrivate)
	case isNumber(strings.TrimRight(t.text, ".)")):
		t.say(msgGroupNumber, groupMenu()...)
	default:
		return false
	}
	return true
}

// isNumber reports whether s is digits only.
func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// groupPrivate reports whether a message in a group asks for something
// personal: a personal intent, news of a contact ("I talked to Sam
// yesterday"), a reminder put as a cadence ("every 2 weeks for Sam") or a
// new name. The answer does not depend on anything stored, so it tells the
// group nothing about the person.
func (t *turn) groupPrivate(in Intent) bool {
	if personalIntent(in.Kind) {
		return true
	}
	if in.Command || in.Kind != IntentNone {
		return false
	}
	if reTalkedTo.MatchString(t.text) || callMe.MatchString(t.text) {
		return true
	}
	if len(strings.Fields(t.text)) <= 12 {
		if _, ok := ParseCadence(t.text, t.a.nudgeHour); ok {
			name, _ := reminderRecipient(t.text)
			return name != ""
		}
	}
	return false
}

// groupCommit is commit for a group turn: the replies, made public, and the
// person as stored with only LastSeen moved on. Someone the companion has
// never met in private is not stored at all; nothing is ever erased and the
// due-time index is left alone.
func (t *turn) groupCommit() Turn {
	out := Turn{UpdateID: t.m.ID}
	if s := t.stored; s != nil && !s.Profile.Created.IsZero() {
		p := *s
		p.Profile.LastSeen = t.now
		out.Person = &p
	}
	for _, r := range t.replies {
		out.Replies = append(out.Replies, Outgoing{Channel: t.m.Channel, ChatID: t.m.ChatID, Person: t.m.Person,
			ReplyTo: t.m.ReplyTo, Reply: t.groupReply(r)})
	}
	return out
}

// groupReply makes a reply fit for a group: only public choices (the main
// menu becomes the group menu), and a reply that would show the private
// name is held back.
func (t *turn) groupReply(r Reply) Reply {
	var keep []Choice
	menu := false
	for _, c := range r.Choices {
		switch {
		case strings.HasPrefix(c.ID, "menu:"):
			menu = true
		case groupChoice(c.ID):
			keep = append(keep, c)
		}
	}
	if menu {
		keep = append(keep, groupMenu()...)
	}
	r.Choices = keep
	if t.showsPrivateName(r) {
		t.a.log.Warn("group reply held back", "channel", t.m.Channel, "reason", "private name")
		return Reply{Text: msgGroupPrivate}
	}
	return r
}

// showsPrivateName reports whether r names the person by the name they set
// in private. A name that is public anyway (the platform's name for them,
// or one they typed in this message) does not count, nor do the fixed texts
// that happen to contain it ("draft a check-in to Sam").
func (t *turn) showsPrivateName(r Reply) bool {
	if t.stored == nil {
		return false
	}
	name := strings.TrimSpace(t.stored.Profile.Name)
	if name == "" || strings.EqualFold(name, strings.TrimSpace(t.m.Name)) || containsWord(t.m.Text, name) {
		return false
	}
	text := r.Text
	for _, fixed := range groupFixedTexts {
		text = strings.ReplaceAll(text, fixed, "")
	}
	if containsWord(text, name) {
		return true
	}
	for _, c := range r.Choices {
		if containsWord(c.Label, name) {
			return true
		}
	}
	return false
}

// groupFixedTexts are texts shipped with the companion that may name
// example people; they are the same for everyone.
var groupFixedTexts = []string{msgWelcome, msgHelp, helpList(), msgPrivacy}

// helpList is the list of commands, as the answer to an unknown command shows it.
func helpList() string {
	_, list, _ := strings.Cut(msgHelp, "\n")
	return list
}

// containsWord reports whether word occurs in s, in any case, not as part of
// a longer word.
func containsWord(s, word string) bool {
	if word == "" {
		return false
	}
	ls, lw := strings.ToLower(s), strings.ToLower(word)
	for from := 0; ; {
		i := strings.Index(ls[from:], lw)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(lw)
		before, _ := utf8.DecodeLastRuneInString(ls[:i])
		after, _ := utf8.DecodeRuneInString(ls[end:])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
		from = i + 1
	}
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

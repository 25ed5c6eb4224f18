package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A message about someone that asks for nothing ("my roomie is moving
// out", "she just beat cancer", "my best mate hasnt replied in a week and
// its eating me up") is listened to first: the news or the feeling named,
// glad or sorry about the right person, and then an offer that fits — a
// message to them, a reminder, a moment to think about who matters. A
// draft starts only when the person takes it up.

// listenAbout answers a message that tells news, a change or a feeling
// about someone, or about the person themselves, with a listening reply.
// who is the person as the caller found them ("Sam", "your sister"; ""
// lets it find them itself). It reports false, saying nothing, when the
// message tells none of these, or asks something: the caller goes on.
func (t *turn) listenAbout(who string) bool {
	if !tellsOf(t.text) {
		return false
	}
	n := readNews(t.text)
	if who != "" {
		n.writeTo = who
		if n.about == "" {
			n.about = who
		}
	}
	switch {
	case feelingAbout(t.text, n):
		t.feelingTo(n.writeTo)
	case n.self && (n.kind == newsIll || n.kind == newsDeath),
		!n.self && n.kind == newsDeath && n.about == n.writeTo:
		// Their own illness, or the death of someone of theirs: heard
		// as the feeling it is, never as someone's news.
		t.feeling()
	case n.kind == newsChange:
		t.changeReply(n)
	default:
		t.newsReply(n)
	}
	return true
}

// tellsOf reports whether text tells news, a change or a feeling, about
// someone or the person themselves, and asks nothing: what listenAbout
// answers.
func tellsOf(text string) bool {
	if asksSomething(text) || strings.TrimSpace(text) == "" {
		return false
	}
	if draftOccasion(text) == OccasionBirthday || thinkingOf.MatchString(foldText(text)) {
		// A birthday coming up, someone on their mind: what a message is
		// for, which the drafting flow offers at once.
		return false
	}
	if wishWords.MatchString(foldText(text)) {
		// "…and i never replied. help", "i don't want to nag": a wish,
		// which is the drafting flow's to hear.
		return false
	}
	n := readNews(text)
	return n.kind != newsNone || feelingAbout(text, n)
}

// listensFirst reports a message that tells of someone and that listening
// answers before the drafting flow has a say: a feeling about someone, a
// change of life, a recovery, the person's own news. Someone else's win,
// baby, illness, setback or loss the drafting flow answers with a draft
// to them, unless it hands the message over (listenAbout).
func listensFirst(text string) bool {
	if !tellsOf(text) {
		return false
	}
	n := readNews(text)
	return n.self || !theirsToDraft[n.kind]
}

// theirsToDraft are the kinds of someone else's news the drafting flow
// answers with a draft to them. A recovery is not among them: read as a
// hard time, it would get "sorry to hear" for good news.
var theirsToDraft = map[newsKind]bool{newsWin: true, newsBaby: true, newsIll: true, newsSetback: true, newsDeath: true}

// feelingAbout reports a low feeling about someone: its words name one,
// or the listener is sure of a heavy one, and a person is named in it.
// News said with a feeling ("my sister got diagnosed and i'm scared") is
// the news's, which is heard with its feeling.
func feelingAbout(text string, n newsReading) bool {
	if n.kind != newsNone || n.self || gripe(text) || !firstPerson.MatchString(foldText(text)) {
		// A gripe about someone ("my boss is driving me up the wall")
		// is answered lightly, in kind; "my mate is having a rough
		// time" is theirs, not the person's own feeling.
		return false
	}
	if n.writeTo == "" {
		// "the group chat goes quiet whenever i post": a low feeling
		// about people, no one to write to.
		return lowStatement(text, classify(text))
	}
	if k, ok := findLow(text); ok && k.name != "moved" && k.name != "moving away" {
		return true
	}
	f := listen.Feel(text)
	return f.Sure() && !goodFeelings[f.Label] && f.Label != listen.None
}

// newsReply is glad or sorry with the person, about whoever the news is
// about, and offers to write to them when it is someone else's.
func (t *turn) newsReply(n newsReading) {
	good := n.kind == newsRecovery || n.kind == newsWin || n.kind == newsBaby
	if n.self {
		t.say(ownNewsLine(t.text, n.kind))
		return
	}
	about := n.about
	if about == "" {
		about = "them"
	}
	var line string
	switch n.kind {
	case newsRecovery:
		line = pick(t.text, []string{
			"That's wonderful news about " + about + " — what a relief for everyone.",
			"Oh, what a relief! That's such good news about " + about + ".",
		})
	case newsBaby:
		line = pick(t.text, []string{
			"Congratulations to " + about + " — a new baby is such happy news!",
			"Oh, how lovely! A new baby in the family is wonderful news. Congratulations to " + about + ".",
		})
	case newsWin:
		line = pick(t.text, []string{
			"That's brilliant news — congratulations to " + about + "!",
			"Oh, how wonderful for " + about + "! That's really good news.",
		})
	case newsDeath:
		line = "I'm so sorry about " + about + ". That's such sad news."
	case newsIll:
		line = pick(t.text, []string{
			"I'm sorry to hear about " + about + ". That must be worrying. How are you doing with it?",
			"Oh no, I'm sorry — that's a lot for " + about + ", and worrying for you too. How are you holding up?",
		})
	default:
		line = pick(t.text, []string{
			"Oh no, that's rough on " + about + ". I'm sorry.",
			"I'm sorry, that's a real blow for " + about + ".",
		})
	}
	if n.writeTo == "" {
		t.say(line)
		return
	}
	offer := "A few words from you might mean a lot to " + n.writeTo + " right now; want help writing them?"
	if good {
		offer = "Want to send " + n.obj + " a few words?"
		if n.writeTo != n.about {
			offer = "Want to send " + n.writeTo + " a few words?"
		}
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: n.writeTo, Listening: true}
	t.say(line+" "+offer, Choice{ID: "offer:yes", Label: clip("Write to "+n.writeTo, 40)})
}

// ownNewsLine answers the person's own news: glad for a recovery or a
// win, sorry for a setback.
func ownNewsLine(text string, k newsKind) string {
	switch k {
	case newsRecovery:
		return pick(text, []string{
			"That's wonderful news — what a relief. I hope you can take a breath and enjoy it.",
			"Oh, what a relief! I'm so glad. That's really good news.",
		})
	case newsWin, newsBaby:
		return goodNewsReply(text)
	}
	return pick(text, []string{
		"Oh no, I'm sorry — that's disappointing, and it's fine to feel gutted about it. How are you doing?",
		"I'm sorry, that's a real blow. Be kind to yourself today. How are you feeling about it?",
	})
}

package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Someone who was there for the person through a hard time ("when my dad
// was in hospital my coworker sat with me", "my sister and i stayed up
// talking the night before mum died") is the point of such an answer as
// much as the hard time is: the acknowledgement is sorry or hopeful about
// the one who was ill or died, then names who was there and what they
// did, never thanks the person for being there themselves.

// careActs are what someone does for the person in a hard time, and how
// the companion says it of them.
var careActs = []struct {
	re  *regexp.Regexp
	act string
}{
	{regexp.MustCompile(`(?i)\b(?:asked|texted|messaged|called|rang) (?:me )?(?:how i|if i|whether i|after me)\b|\bchecked (?:in )?(?:on|with) me\b|\bkept checking\b`), "checked in on you"},
	{regexp.MustCompile(`(?i)\b(sat|stayed|stood|waited) (?:up )?with me\b`), "$1 with you"},
	{regexp.MustCompile(`(?i)\blet me (?:talk|vent|cry|rant|go on)\b|\b(?:just |actually )?listened\b`), "listened"},
	{regexp.MustCompile(`(?i)\b(?:was|were) there for me\b|\bshowed up for me\b|\bheld my hand\b|\bhugged me\b`), "was there for you"},
	{regexp.MustCompile(`(?i)\b(?:drove|came|flew|travelled|traveled) (?:\w+ ){0,3}(?:to see me|to be with me|to sit with me|to me)\b`), "came to be with you"},
}

// reTogether is the person and someone else side by side through it: "my
// sister and i stayed up", "me and my brother sat".
var reTogether = regexp.MustCompile(`(?i)\b(?:and i|and me|me and \w+(?: \w+)?) (?:\w+ )?(?:stayed|sat|talked|cried|spent|held|waited|sang|prayed|laughed)\b`)

// carerIn names who was there for the person in answer and what they did
// ("Tomasz", "stayed with you"), passing over whom the hard time was
// about (besides, as the companion names them). ok is false when the
// answer names no such act, or not exactly one person who could have
// done it.
func carerIn(answer, besides string, names []string) (who, act string, ok bool) {
	folded := strings.ToLower(answer)
	for _, c := range careActs {
		if m := c.re.FindStringSubmatchIndex(folded); m != nil {
			act = string(c.re.ExpandString(nil, c.act, folded, m))
			break
		}
	}
	if act == "" {
		if !reTogether.MatchString(folded) {
			return "", "", false
		}
		act = "with you"
	}
	var fit []string
	for _, m := range listen.Mentions(reAside.ReplaceAllString(answer, ""), names) {
		if strings.EqualFold(m.Ref, besides) || strings.EqualFold(m.Who, besides) || groupWords[strings.ToLower(lastWord(m.Ref))] {
			continue
		}
		fit = append(fit, m.Ref)
	}
	if len(fit) != 1 {
		return "", "", false
	}
	return fit[0], act, true
}

// carerLine is the sentence that names who was there: "It means a lot
// that Tomasz stayed with you." or, when the person and they were side by
// side, "I'm glad you had Ana with you then." "" when carerIn finds no one.
func carerLine(answer, besides string, names []string, v int) string {
	who, act, ok := carerIn(answer, besides, names)
	if !ok {
		return ""
	}
	if act == "with you" {
		return pickAck([]string{
			"I'm glad you had " + who + " with you then.",
			"It matters that " + who + " was there with you.",
		}, v)
	}
	return upFirst(pickAck([]string{
		"it means a lot that " + who + " " + act + ".",
		who + " " + act + " — care like that is worth remembering.",
	}, v))
}

// illCarerAck answers someone of the person's own being ill and someone
// else being there for them: "I hope your dad is doing okay. It means a
// lot that Tomasz stayed with you." "" when the answer tells no illness
// of one person and care from another.
func illCarerAck(answer string, names []string, v int) string {
	n := readNews(answer)
	ill := n.about
	if n.kind != newsIll || n.self {
		return ""
	}
	if who := illOwn(answer, names); who != "" {
		// "tomasz asked how i was after my dads surgery": the surgery
		// was her dad's, whoever the news reader took it to be about.
		ill = who
	}
	if ill == "" || !strings.HasPrefix(ill, "your ") {
		return ""
	}
	line := carerLine(answer, ill, names, v)
	if line == "" {
		return ""
	}
	return fitAck("I hope " + ill + " is doing okay. " + line)
}

// reIllOwn is someone of the person's own in hospital, after surgery or
// ill: "my dad was in hospital", "my dads surgery".
var reIllOwn = regexp.MustCompile(`(?i)\bmy ((?:\w+ )?\w+?)(?:'s|s)? (?:was |is |were |got |went |had )?(?:in (?:the )?hospital|in icu|surgery|operation|op\b|diagnosis|chemo|ill|sick|stroke|heart attack)`)

// illOwn is the relation of the person's own reIllOwn finds, as the
// companion names it ("your dad"), or "".
func illOwn(answer string, names []string) string {
	m := reIllOwn.FindStringSubmatch(answer)
	if m == nil {
		return ""
	}
	for _, p := range listen.Mentions("my "+m[1], names) {
		if strings.HasPrefix(p.Ref, "your ") {
			return p.Ref
		}
	}
	return ""
}

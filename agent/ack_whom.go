package agent

import (
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A feeling line on its own ("That worry is very common") could follow
// any answer. When the feeling is about one person ("i feel like im
// bothering him", after "my friend Yusuf"; "Grace texted twice and i left
// her on read"), the line names them, so that the person hears who was
// heard: whomAbout finds that one person, and feelingWith says the
// feeling with them in it.

// whomAbout is the one person an answer's feeling is about, as the
// companion names them ("Grace", "your dad"): the only person the answer
// names, or, when it names no one but speaks of "him" or "her", the only
// person of that kind the earlier answers named. "" when there is no one
// or more than one.
func whomAbout(answer string, earlier []string) string {
	names := answerNames(append(slices.Clone(earlier), answer)...)
	if ms := singles(answer, names); len(ms) > 0 {
		if len(ms) == 1 {
			return ms[0].Ref
		}
		return ""
	}
	var want byte
	switch low := strings.ToLower(answer); {
	case reHerWord.MatchString(low) && !reHimWord.MatchString(low):
		want = 'f'
	case reHimWord.MatchString(low) && !reHerWord.MatchString(low):
		want = 'm'
	default:
		return ""
	}
	var fit []listen.Mention
	for _, e := range earlier {
		for _, m := range singles(e, names) {
			if (m.Gender == want || m.Gender == 0) && !slices.ContainsFunc(fit, func(o listen.Mention) bool { return strings.EqualFold(o.Who, m.Who) }) {
				fit = append(fit, m)
			}
		}
	}
	if len(fit) != 1 {
		return ""
	}
	return fit[0].Ref
}

var (
	reHerWord = regexp.MustCompile(`\b(?:she|her|she's|shes|she'd)\b`)
	reHimWord = regexp.MustCompile(`\b(?:he|him|his|he's|hes|he'd)\b`)
)

// singles are the people text names one at a time: "my friends" and "the
// family" left out.
func singles(text string, names []string) []listen.Mention {
	var out []listen.Mention
	for _, m := range listen.Mentions(reAside.ReplaceAllString(text, ""), names) {
		last := strings.ToLower(lastWord(m.Ref))
		if groupWords[last] || strings.HasSuffix(last, "s") && !m.Named && !strings.HasSuffix(last, "ss") {
			continue
		}
		out = append(out, m)
	}
	return out
}

// withWhom are feeling lines that name the one person the feeling is
// about ({p}), by the listener's label.
var withWhom = map[string][]string{
	"worry": {
		"It's natural to worry about how you come across to {p}; it says the connection matters to you.",
		"That worry about {p} is very common, and most people are glad to be thought of.",
	},
	"guilt": {
		"It sounds like {p} has been on your mind, and the guilt shows how much they matter to you.",
		"Feeling bad about how things were left with {p} says you care, and it's rarely too late to pick them up again.",
	},
	"embarrassment": {
		"That sounds like it stung a bit with {p}. Feeling that way afterwards usually means you care how it landed.",
		"Oof, that sounds awkward with {p}. Moments like that stay with us far longer than with them.",
	},
	"bother": {
		"Worrying that you'd be a bother to {p} holds a lot of people back; most people are glad to be thought of.",
		"It's easy to assume {p} has no room for you; far more often people are pleased someone thought of them.",
	},
	"joy": {
		"Time like that with {p} sounds lovely. Here's to more moments like it.",
		"That sounds really good, with {p}. It's nice to hear.",
		"What a good moment with {p}. It shows what kind of time together fills you up.",
	},
	"gratitude": {
		"That sounds like it meant a lot, coming from {p}.",
		"It's lovely to have someone like {p}.",
		"That kind of care from {p} is worth holding on to.",
	},
	"hurt": {
		"That sounds like it hurt. It's okay that things with {p} stung.",
		"I'm sorry, that sounds hurtful. Of course it stung, with someone like {p}.",
	},
}

// botherWith is the worry of being a bother to who, named with them, when
// answer tells of that worry (named alone when who is ""); "" otherwise.
func botherWith(answer, who string, v int) string {
	folded := foldText(answer)
	for _, p := range ownPoints {
		if p.name != "bother" || !p.re.MatchString(folded) || reMakesFeelBurden.MatchString(folded) {
			continue
		}
		if who == "" {
			// "i feel like im bothering them": no one named, the worry
			// still is the one of being a bother, not any worry.
			return fitAck(pickAck(p.acks, v))
		}
		return fitAck(strings.ReplaceAll(pickAck(withWhom["bother"], v), "{p}", who))
	}
	return ""
}

// feelingWith is line said with who in it, when line is one of the
// listener's lines for a feeling, or of the points named in the
// companion's own words, that withWhom has a version of; line as it is
// otherwise.
func feelingWith(line, who string, v int) string {
	if who == "" {
		return line
	}
	for label, lines := range feelingLines {
		if len(withWhom[label]) > 0 && slices.Contains(lines, line) {
			return fitAck(strings.ReplaceAll(pickAck(withWhom[label], v), "{p}", who))
		}
	}
	for _, p := range ownPoints {
		if len(withWhom[p.name]) > 0 && slices.Contains(p.acks, line) {
			return fitAck(strings.ReplaceAll(pickAck(withWhom[p.name], v), "{p}", who))
		}
	}
	return line
}

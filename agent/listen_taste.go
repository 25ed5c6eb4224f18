package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// A question about the companion's tastes ("do you like pizza", "coffee
// or tea? im team tea", "whats your favourite film") is small talk, and a
// friend's answer names the thing asked about before handing the question
// back. Being a program, the companion has no tastes of its own and says
// so lightly; the thing named shows it listened.

var (
	// reTasteEither puts two things side by side at the start of a
	// message: "coffee or tea", "cats or dogs".
	reTasteEither = mustPattern(`^(?:(?:so|ok|okay|quick q|quick question|important question) )?([a-z]+) or ([a-z]+)\b`)
	// reTastePrefer asks which of two the companion prefers: "do you
	// prefer summer or winter", "would u rather have cake or pie".
	reTastePrefer = mustPattern(`\b(?:prefer|rather have|rather|pick|choose) ([a-z]+) or ([a-z]+)\b`)
	// reTasteTeam is the side the person takes: "im team tea".
	reTasteTeam = mustPattern(`\bteam ([a-z]+)\b`)
	// reTasteLike asks whether the companion likes something: "do you
	// like pizza", "would u eat sushi".
	reTasteLike = mustPattern(`\b(?:do|would|did|can) (?:you|u|ya) (?:even )?(?:like|love|enjoy|eat|drink|prefer|fancy|watch|play|listen to|read) ((?:[a-z]+ ){0,1}[a-z]+)`)
	// reTasteFavourite asks for the companion's favourite: "whats ur
	// favourite colour".
	reTasteFavourite = mustPattern(`\b(?:what'?s|what s|what is|what are|which is) (?:your|ur|you) (?:favourite|favorite|fave|fav|fav'?rite) ([a-z]+)`)
)

// tasteStops are words that end the thing asked about, or are no thing:
// "do you like it when", "do you like to".
var tasteStops = wordset.Of(`it that this them me my your ur to when if how what the a an any some and or but so
being having doing going with about there here people someone talking chatting helping now never sooner
later more less yes no text texting call calling ring message messaging email phone video voice
lol lmao haha hahaha tbh tho though rn honestly really ever at`)

// tasteThing trims the words of a thing asked about to the thing: the
// words before a stop word, "" when none are left.
func tasteThing(words string) string {
	var out []string
	for _, w := range strings.Fields(words) {
		if tasteStops[w] {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// tasteReply answers a question about the companion's tastes naming the
// thing asked about, or returns "" when folded asks none or names no thing.
func tasteReply(text, folded string) string {
	m := reTastePrefer.FindStringSubmatch(folded)
	if m == nil && len(strings.Fields(folded)) <= 8 &&
		(strings.Contains(text, "?") || reTasteTeam.MatchString(folded) || hasAnyWord(folded, preferWords)) {
		m = reTasteEither.FindStringSubmatch(folded)
	}
	if m != nil && !tasteStops[m[1]] && !tasteStops[m[2]] && m[1] != m[2] {
		if t := reTasteTeam.FindStringSubmatch(folded); t != nil && (t[1] == m[1] || t[1] == m[2]) {
			return "Team " + t[1] + ", noted! Being a program I don't get a vote between " + m[1] + " and " + m[2] + ", but I like hearing yours. What wins it for you?"
		}
		return strings.ToUpper(m[1][:1]) + m[1][1:] + " or " + m[2] + "? Being a program, I don't get a vote, sadly. Which way do you lean?"
	}
	if m := reTasteFavourite.FindStringSubmatch(folded); m != nil && !tasteStops[m[1]] {
		return pick(text, []string{
			"Being a program, I don't have a favourite " + m[1] + ", sadly. What's yours?",
			"Ha, a favourite " + m[1] + " is one thing a program misses out on. What's yours?",
		})
	}
	if m := reTasteLike.FindStringSubmatch(folded); m != nil {
		if thing := tasteThing(m[1]); thing != "" {
			return pick(text, []string{
				"Being a program, I miss out on " + thing + ", sadly. What about you — are you a fan?",
				"Ha, being a program, " + thing + " is wasted on me. Are you a fan?",
			})
		}
	}
	return ""
}

// preferWords ask which of two is preferred.
var preferWords = wordset.Of(`prefer preference better best favourite favorite fave fav`)

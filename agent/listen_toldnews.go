package agent

import "strings"

// News of the person's own told to someone close ("told my dad about the
// move", "finally told my mum about the promotion") is theirs, not the
// one told's, and not a mere chat with them: the reply names the news and
// the one told, and asks how they took it, or, when the message says how
// it went, is glad or sorry with them. A hard truth about oneself is
// answered by disclosedReply instead.

// ownNewsNouns are the news a person tells others about as "the …":
// "the move", "the new job", "the engagement".
var ownNewsNouns = map[string]bool{"move": true, "job": true, "promotion": true, "engagement": true, "pregnancy": true,
	"baby": true, "offer": true, "house": true, "flat": true, "place": true, "apartment": true, "wedding": true,
	"results": true, "result": true, "place at uni": true, "course": true, "degree": true, "car": true, "puppy": true,
	"kitten": true, "dog": true, "trip": true, "plans": true, "plan": true, "new job": true, "scholarship": true,
	"transfer": true, "visa": true, "acceptance": true, "interview": true, "raise": true, "pay rise": true, "business": true}

// toldOwnNewsThing reads own news told to someone: whom ("your dad"),
// their pronoun, the news as said back ("the move"), and how it was taken
// when the message says so ("well", "badly", "told" for any other way,
// or ""). ok is false for any
// other message.
func toldOwnNewsThing(folded string) (who, sub, news, taken string, ok bool) {
	if k, _, _ := disclosureKind(folded); k != "" || !toldOwnNews(folded) {
		return "", "", "", "", false
	}
	rel, rest, _ := toldSomeone(folded)
	taken, told := reception(rest)
	if taken == "told" && reTakenGlad.MatchString(rest) {
		taken = "well"
	}
	f := strings.Fields(told)
	if len(f) < 2 || f[0] != "the" && f[0] != "my" && f[0] != "our" {
		return "", "", "", "", false
	}
	end := 0
	for i := 1; i < len(f) && i <= 3; i++ {
		if ownNewsNouns[strings.Join(f[1:i+1], " ")] || ownNewsNouns[f[i]] {
			end = i
		}
	}
	if end == 0 {
		return "", "", "", "", false
	}
	news = "the " + strings.Join(f[1:end+1], " ")
	who = "your " + strings.ReplaceAll(rel, " and my ", " and your ")
	sub = subjectPronoun(relationPronoun(rel))
	if strings.HasSuffix(rel, "s") || toldGroups[rel] || strings.Contains(rel, " and ") {
		sub = "they"
	}
	return who, sub, news, taken, true
}

// reTakenGlad is glad news met gladly: "she was so happy", "they were
// over the moon".
var reTakenGlad = mustPattern(`\b(?:happy|thrilled|delighted|over the moon|excited|pleased|chuffed|made up|buzzing|ecstatic|screamed with joy|so proud|proud)\b`)

// toldOwnNewsReply answers own news told to someone close, reporting
// false, saying nothing, for any other message.
func (t *turn) toldOwnNewsReply() bool {
	who, sub, news, taken, ok := toldOwnNewsThing(foldText(t.text))
	if !ok || asksToWrite(t.text) {
		return false
	}
	var line string
	switch taken {
	case "well":
		line = "Oh, I'm so glad " + who + " took the news about " + news + " well. How does it feel now it's out there?"
	case "badly":
		line = "I'm sorry " + sub + " didn't take " + news + " the way you hoped. It's still your news, and a first reaction isn't always the last word. How are you doing?"
	case "told":
		// A reception told in words of its own ("he was weird about
		// it"): asked after, not guessed at.
		line = "Sharing " + news + " with " + who + " is a big moment. How are you feeling about how it went?"
	default:
		line = pick(t.text, []string{
			"Telling " + who + " about " + news + " makes it feel real, doesn't it? How did " + sub + " take it?",
			"That's big news to share with " + who + ". How did " + sub + " take the news?",
		})
	}
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(line)
	return true
}

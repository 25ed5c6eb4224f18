package agent

import "strings"

// News about a third person, told on to someone close ("told my mum
// about my sister's wedding", "finally told my dad that my brother lost
// his job"), is neither the person's own news nor a question for the
// guide: the reply names whose news it is and to whom it was told, and
// asks how it went and how the person feels about it, or, when the
// message says how it was taken, answers that.

// othersNewsNouns are news a person passes on about someone else:
// "my sister's wedding", "his diagnosis".
var othersNewsNouns = map[string]bool{"wedding": true, "engagement": true, "baby": true, "pregnancy": true, "job": true,
	"new job": true, "promotion": true, "divorce": true, "breakup": true, "break up": true, "split": true,
	"accident": true, "diagnosis": true, "illness": true, "operation": true, "surgery": true, "cancer": true,
	"death": true, "funeral": true, "passing": true, "news": true, "move": true, "results": true, "graduation": true,
	"retirement": true, "new boyfriend": true, "new girlfriend": true, "new partner": true, "boyfriend": true,
	"girlfriend": true, "partner": true, "fall": true, "arrest": true, "redundancy": true, "plans": true}

// toldOthersNews reads news about a third person told to someone of the
// person's: whom it was told to ("your mum") with their pronoun, the news
// as said back ("the news about your sister's wedding", "your brother's
// news"), and how it was taken ("well",
// "badly", "told", or ""). ok is false for any other message.
func toldOthersNews(folded string) (who, sub, news, taken string, ok bool) {
	if toldOwnNews(folded) {
		return "", "", "", "", false
	}
	rel, rest, found := toldSomeone(strings.ReplaceAll(folded, "'", ""))
	if !found {
		return "", "", "", "", false
	}
	if reTakenAlready.MatchString(rest) || reTakenBadly.MatchString(rest) {
		switch {
		case reTakenBadly.MatchString(rest):
			taken = "badly"
		case reTakenWell.MatchString(rest) || reTakenGlad.MatchString(rest):
			taken = "well"
		default:
			taken = "told"
		}
		rest = reTakenAlready.Split(rest, 2)[0]
	}
	if i := strings.IndexAny(rest, ",.;!"); i >= 0 {
		rest = rest[:i]
	}
	f := strings.Fields(rest)
	if len(f) < 3 || f[0] != "my" && f[0] != "our" {
		return "", "", "", "", false
	}
	owner := strings.TrimSuffix(f[1], "s")
	if !relWords[owner] && !relWords[f[1]] {
		return "", "", "", "", false
	}
	end := 0
	for i := 2; i < len(f) && i <= 3; i++ {
		if othersNewsNouns[strings.Join(f[2:i+1], " ")] {
			end = i
		}
	}
	switch {
	case end > 0:
		news = "the news about your " + owner + "'s " + strings.Join(f[2:end+1], " ")
	case relWords[f[1]] && len(f) > 2:
		// "told my mum that my sister is pregnant": a clause of news.
		news = "your " + f[1] + "'s news"
	default:
		return "", "", "", "", false
	}
	who = "your " + strings.ReplaceAll(rel, " and my ", " and your ")
	sub = subjectPronoun(relationPronoun(rel))
	if strings.HasSuffix(rel, "s") || toldGroups[rel] || strings.Contains(rel, " and ") {
		sub = "they"
	}
	return who, sub, news, taken, true
}

// toldOthersNewsReply answers news about a third person told on to
// someone close, reporting false, saying nothing, for any other message.
func (t *turn) toldOthersNewsReply() bool {
	if asksSomething(t.text) || asksToWrite(t.text) {
		return false
	}
	who, sub, news, taken, ok := toldOthersNews(foldText(t.text))
	if !ok {
		return false
	}
	var line string
	switch taken {
	case "well":
		line = "I'm glad " + who + " took " + news + " well. How are you feeling about it yourself?"
	case "badly":
		line = "I'm sorry it didn't land well with " + who + ". News about someone else in the family can stir up a lot. How are you doing with it?"
	case "told":
		line = "Passing on " + news + " to " + who + " is no small thing. How are you feeling about how it went?"
	default:
		line = pick(t.text, []string{
			"How did " + who + " take " + news + "? And how are you feeling about it yourself?",
			"So " + who + " has heard " + news + " now. How did " + sub + " take it, and how are you feeling about it?",
		})
	}
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(line)
	return true
}

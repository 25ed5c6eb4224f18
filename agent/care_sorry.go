package agent

import "strings"

// After a low moment or a crisis reply, people often put themselves down
// for having said it: "sorry for being dramatic", "sorry for overreacting",
// "ignore me, i'm being silly", "didn't mean to make a fuss". A friend
// tells them they were not, that saying it was right, and stays: no guide
// paragraph, no menu, the helplines still one tap away. A bare take-back
// after a crisis reply ("jk", "nvm", "forget it") is met the same way,
// warmly and without pressing: what was said still mattered.

// reSelfReproach is the person calling themselves dramatic, silly or too
// much for what they told, read on careNormalize's words (apostrophes
// dropped, "im" spelled out). Group 1 is the word they used.
var reSelfReproach = mustPattern(`\b(?:sorry|soz|sry|apologies|apologise|apologize)\b(?: \w+){0,4}? (?:for |about )?(?:being |getting |sounding |acting )?(?:so |such |a bit |a little |all |too )?(dramatic|overdramatic|a drama queen|drama|overreacting|over reacting|overreacted|silly|stupid|ridiculous|pathetic|a baby|a mess|too much|so much|extra|weird|emotional|oversharing|the drama|the rant|ranting|dumping (?:all )?(?:that|this)(?: on you)?|unloading|venting|all that|all of that|that outburst|the outburst|making a fuss|the fuss)\b` +
	`|\bi am (?:just |only |so |such |being |a bit |a little |totally |probably )*(?:being )?(dramatic|overdramatic|a drama queen|overreacting|over reacting|silly|stupid|ridiculous|pathetic|a baby|too much|extra)\b` +
	`|\bi (?:was|have been) (?:just |only |so |being )*(?:being )?(dramatic|overdramatic|overreacting|over reacting|silly|stupid|ridiculous|pathetic|a baby|too much|extra)\b` +
	`|\b(?:did not|didnt|do not|dont) mean to (make (?:a |such a )?(?:fuss|scene|big deal|drama)|be (?:so )?dramatic|worry (?:you|anyone)|scare (?:you|anyone)|dump (?:all )?(?:that|this) on you|unload (?:on you|all that))\b` +
	`|\b(?:ignore me|never mind me|dont mind me|do not mind me)\b` +
	`|\b(?:sorry|soz|sry|apologies)\b(?: \w+){0,3}? (?:for |to |about |if i )?((?:make|making|made|got|get|getting) (?:you )?(?:worry|worried|scared|concerned)|(?:worry|worrying|worried|scare|scaring|scared|bother|bothering|burden|burdening|upset|upsetting) (?:you|u))\b`)

// reproachWord is what the person called themselves, for the reply to
// say they were not: "being dramatic", "overreacting", "being silly",
// "too much".
func reproachWord(n string) (word string, ok bool) {
	ms := reSelfReproach.FindAllStringSubmatch(" "+n+" ", -1)
	if ms == nil {
		return "", false
	}
	said := ""
	for _, m := range ms {
		for _, g := range m[1:] {
			if g != "" && said == "" {
				said = g
			}
		}
	}
	switch {
	case strings.Contains(said, "worr") || strings.Contains(said, "scar") || strings.Contains(said, "concern") || strings.Contains(said, "bother") || strings.Contains(said, "burden") || strings.Contains(said, "upset"):
		return "worry", true
	case strings.Contains(said, "overreact") || strings.Contains(said, "over react"):
		return "overreacting", true
	case strings.Contains(said, "drama") || said == "extra" || said == "emotional":
		return "being dramatic", true
	case said == "silly" || said == "stupid" || said == "ridiculous" || said == "pathetic" || said == "a baby" || said == "weird":
		return "being " + said, true
	}
	return "too much", true
}

// reproachReply answers someone who put themselves down for what they
// told: they were not what they said, telling it was right, and the
// companion stays. okay adds gladness that it feels easier, when they
// said so too.
func reproachReply(n string, okay bool) string {
	word, _ := reproachWord(n)
	present := strings.Contains(n, "i am being") || strings.Contains(n, "ignore me") || strings.Contains(n, "mind me")
	var b strings.Builder
	switch {
	case word == "worry":
		// "sorry for making you worry": the worry is no wrong done.
		b.WriteString("There's nothing to be sorry for. You didn't do anything wrong by telling me — I'd always rather know. ")
	case present:
		b.WriteString("You're not " + word + " — not at all. What you're feeling is real, and telling me was exactly the right thing to do. There's nothing to apologise for. ")
	default:
		b.WriteString("You weren't " + word + " — not at all. What you were feeling is real, and telling me was exactly the right thing to do. There's nothing to apologise for. ")
	}
	if okay {
		b.WriteString("I'm really glad it feels a bit easier now. ")
	}
	b.WriteString("I'm still here whenever you want to talk, and the helplines are one tap away if it gets heavy again.")
	return b.String()
}

// reproached reports a message in which the person puts themselves down
// for what they told, and does not say they are not okay.
func reproached(n string) bool {
	padded := " " + n + " "
	return reSelfReproach.MatchString(padded) && !careNotOkay.MatchString(padded)
}

// reBareTakeBack is a whole message that takes back what was said with
// nothing else: "jk", "lol nvm", "never mind", "forget it", "forget i said
// anything", "nah im fine, forget it" (fine said to wave it away is no
// sign that things are easier).
var reBareTakeBack = mustPattern(`^ (?:(?:lol|lmao|haha|ha|ok|okay|oh|um|uh|sorry|anyway|nah|no|meh|(?:i am|it is|its) (?:fine|ok|okay|alright|all right|good)(?: now| really)?) )*(?:jk|j k|just kidding|kidding|only kidding|just joking|joking|nvm|nevermind|never mind|forget it|forget that|forget i said (?:anything|that|it)|forget what i said|ignore that|ignore it|it does not matter|doesnt matter|it doesnt matter|does not matter)(?: (?:lol|lmao|haha|ha|sorry|ok|okay))* $`)

// takeBackReply answers a bare take-back after a crisis reply.
const takeBackReply = "That's okay — you don't have to explain, or take anything back. What you said sounded really heavy, " +
	"so I'm staying right here. How are you doing, honestly? The helplines are one tap away whenever you want them."

// careTakenBack answers a bare take-back in care mode, with no care
// message being written; false for any other message.
func (t *turn) careTakenBack(n string) bool {
	c := t.p.Flow.Care
	if c.Draft != nil || !reBareTakeBack.MatchString(" "+n+" ") {
		return false
	}
	c.Last = t.now
	c.Turns++
	c.Step, c.Offered = "", ""
	t.say(takeBackReply, t.careHelplines())
	return true
}

// reVentSorry is an apology for the telling itself: a rant, venting,
// dumping it all.
var reVentSorry = mustPattern(`\b(?:rant|ranting|vent|venting|dumping|unloading|moaning|whinging|whining)\b`)

// lowReproached answers, outside care mode, someone who puts themselves
// down for a low moment they just told ("sorry for being dramatic" after
// "i'm so low today"); false for any other message.
func (t *turn) lowReproached(folded string) bool {
	o := t.p.Flow.Offer
	if o == nil || o.Felt == "" && o.Kind != "talk" && !o.Listening {
		return false
	}
	n := careNormalize(folded)
	if !reproached(n) || reVentSorry.MatchString(n) {
		// "sorry for the rant" after a low moment is venting owned up
		// to, heard as that (listen_doubt.go), not a put-down.
		return false
	}
	t.say(reproachReply(n, matchAny(careOkayRules, " "+n+" ")), helplinesChoice(""))
	t.p.Flow.Offer = &Offer{Kind: "talk", Felt: o.Felt}
	return true
}

package agent

import (
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// aboutAck names what a reflection answer is about (reflect_about.go) in
// the companion's own words, the way a friend sums up a point instead of
// quoting it: "So being listened to without anyone rushing to fix it is
// what makes the difference for you." Which kind of point it names first
// depends on the question: what a friend would say of the person wants a
// value offered, where energy comes from wants a place or an interest, how
// one reads a long message wants a habit, what is kept private wants a
// limit. It is "" when the answer holds nothing it recognises; the caller
// then says the answer back. Frames are picked by v, which the reflection
// moves on with each question.
func aboutAck(q Question, answer string, names []string, v int) string {
	return aboutAckOf(q, answer, names, v, false)
}

// aboutFeltAck is aboutAck for an answer that holds a feeling the
// listener would otherwise name: only the points whose lines carry the
// feeling themselves take its place — where energy comes from and goes,
// the circle wanted beside big groups or a mood, what gets in the way, a
// good moment with someone, and a value beside a good feeling.
func aboutFeltAck(q Question, answer string, names []string, v int) string {
	return aboutAckOf(q, answer, names, v, true)
}

// aboutAckOf is aboutAck, or aboutFeltAck when besideFeeling.
func aboutAckOf(q Question, answer string, names []string, v int, besideFeeling bool) string {
	a := aboutOf(answer)
	t := strings.ToLower(q.Text)
	cat := questionKind(q.Text)
	glad := besideFeeling && goodFeelings[listen.Feel(answer).Label]
	for _, kind := range aboutOrder(cat, t) {
		if besideFeeling && kind != "energy" && kind != "drain" && kind != "circle" && kind != "obstacle" && kind != "moment" &&
			!(kind == "value" && glad) {
			// A value named beside a good feeling ("she said she was
			// proud of me") carries it; beside a hard one it would not.
			continue
		}
		var line string
		switch kind {
		case "give":
			if a.give != "" {
				line = strings.ReplaceAll(pickAck(aboutGiveFrames, v), "{g}", a.give)
			}
		case "value":
			if a.value != "" {
				line = valueLine(a, answer, names, v)
				if i := slices.IndexFunc(a.places, func(p place) bool { return p.mood >= 0 }); i >= 0 && cat == qkGood && strings.Contains(t, "energy") {
					// "the discord for my game … people there get me": the
					// place, and what it gives.
					line = fillPlace(fillPlace(pickAck(aboutValueIn, v), "{s}", a.places[i].name), "{v}", a.value)
				}
			}
		case "interest":
			for _, p := range a.places {
				if p.interest {
					line = fillPlace(pickAck(aboutInterestFrames, v), "{i}", p.name)
					break
				}
			}
		case "energy", "drain":
			if i := slices.IndexFunc(a.places, func(p place) bool { return p.mood >= 0 }); kind == "energy" && a.value != "" && i >= 0 &&
				!slices.ContainsFunc(a.places, func(p place) bool { return p.mood < 0 }) {
				// "the discord for my band, people there just get me":
				// the place, and what it gives.
				line = fillPlace(fillPlace(pickAck(aboutValueIn, v), "{s}", a.places[i].name), "{v}", a.value)
				break
			}
			if reCompared.MatchString(answer) && !(slices.ContainsFunc(a.places, func(p place) bool { return p.mood > 0 }) &&
				slices.ContainsFunc(a.places, func(p place) bool { return p.mood < 0 })) {
				// "1:1 coffee > group chats": one side is not a place it
				// knows, and naming the other alone would turn it round.
				continue
			}
			line = energyLine(a.places, kind == "drain", worseFeeling(answer), v)
		case "moment":
			if reTheirHardNews.MatchString(foldText(answer)) {
				// "beers with connor. he told me his marriage is falling
				// apart": not a moment to call good.
				continue
			}
			if m := momentOf(answer, names); m != "" {
				line = momentLine(m, a.value, v)
			}
		case "circle":
			if !besideFeeling || circleBeside(answer) {
				// Beside a feeling, only one about big groups is the
				// circle's to name.
				line = circleLine(answer, v)
			}
			if ending := endingIn(answer); line != "" && ending != "" {
				// "after the divorce most of them picked his side": the
				// loss of a circle heard before the circle wanted.
				line = "I'm sorry " + ending + " cost you people too. " + line
			}
		case "online":
			line = timeOnlineLine(answer, v)
		case "obstacle":
			line = obstacleLine(answer, v)
		case "habit":
			if a.habit != "" {
				line = strings.ReplaceAll(pickAck(aboutHabitFrames, v), "{h}", a.habit)
				if ms := singles(answer, names); len(ms) == 1 && habitsThatWork[a.habit] {
					// "i ask! my best friend hates calls so we voice
					// note": the way, and whom it worked with.
					line = strings.NewReplacer("{h}", a.habit, "{p}", ms[0].Ref).Replace(pickAck(aboutHabitWith, v))
				}
			}
		case "limit":
			if a.limit != "" && a.limits == 1 {
				frames := aboutLimitTimeFrames
				if strings.Contains(t, "private") {
					frames = aboutLimitPrivateFrames
				}
				line = fillPlace(pickAck(frames, v), "{l}", a.limit)
				if who := postsAboutIt(answer, names); who != "" && strings.Contains(t, "private") {
					// "i dont want it on facebook but my mum keeps posting
					// about it": the line, and who crosses it.
					line = strings.NewReplacer("{l}", a.limit, "{p}", who).Replace(pickAck(aboutLimitCrossed, v))
				}
			}
		}
		if line == "" {
			continue
		}
		if !namesAll(line, answer, names) {
			// Someone the answer speaks of, left out of the line, would
			// go unheard: the answer is said back instead.
			return ""
		}
		return fitAck(line)
	}
	return ""
}

// habitsThatWork are the ways of finding out what others like that an
// answer beside someone it worked with tells of as working.
var habitsThatWork = map[string]bool{"you ask people outright": true, "you take your cue from how they reply": true}

// reTheirHardNews is hard news of someone else's told beside a moment
// with them.
var reTheirHardNews = mustPattern(`\b(?:falling apart|fell apart|going through (?:a lot|it|hell|a hard time|a rough time)|struggling|(?:his|her|their) (?:marriage|relationship) (?:is|was) (?:over|ending|falling)|lost (?:his|her|their) job|breaking up|getting divorced|in hospital|(?:is|was) (?:sick|ill))\b`)

// aboutOrder is the order in which the kinds of point are tried for a
// question of kind cat whose lowered text is t.
func aboutOrder(cat int, t string) []string {
	switch {
	case strings.Contains(t, "few people") || strings.Contains(t, "wider circle"):
		return []string{"circle"}
	case strings.Contains(t, "scrolling"):
		return []string{"online"}
	case strings.Contains(t, "in the way"):
		return []string{"obstacle"}
	case strings.Contains(t, "honest"):
		// "how honest are you": honesty is the question, not the point.
		return nil
	case cat == qkSelf:
		return []string{"give"}
	case strings.Contains(t, "how do you"):
		return []string{"habit"}
	case cat == qkLimit && strings.Contains(t, "worse"), cat == qkDrain:
		return []string{"drain"}
	case cat == qkLimit:
		return []string{"limit"}
	case cat == qkGood && strings.Contains(t, "energy"):
		return []string{"energy", "value"}
	case cat == qkGood:
		return []string{"moment", "value", "energy"}
	case cat == qkDefault:
		return []string{"value", "interest"}
	}
	return nil
}

// energyLine names where the person's energy comes from or goes: one
// place that gives and one that takes, side by side; else the first that
// takes (drain) or gives (not drain). A place the answer says nothing of
// counts as what the question asks about.
func energyLine(places []place, drain bool, feel string, v int) string {
	up := slices.IndexFunc(places, func(p place) bool { return p.mood > 0 })
	down := slices.IndexFunc(places, func(p place) bool { return p.mood < 0 })
	if up >= 0 && down >= 0 {
		return fillPlace(fillPlace(pickAck(aboutEnergyBoth, v), "{a}", places[up].name), "{b}", places[down].name)
	}
	// A place the answer says nothing of is what the question asks about.
	if drain && down < 0 {
		down = slices.IndexFunc(places, func(p place) bool { return p.mood == 0 })
	} else if !drain && up < 0 {
		up = slices.IndexFunc(places, func(p place) bool { return p.mood == 0 })
	}
	if up >= 0 && down >= 0 && up != down {
		return fillPlace(fillPlace(pickAck(aboutEnergyBoth, v), "{a}", places[up].name), "{b}", places[down].name)
	}
	i, frames := up, aboutSpaceLifts
	if drain || up < 0 {
		// Asked what gives energy, "twitter makes me feel awful" tells
		// what takes it.
		i, frames, drain = down, aboutSpaceDrains, true
	}
	if i < 0 {
		return ""
	}
	if places[i].interest && !drain {
		frames = aboutInterestLifts
	}
	return strings.ReplaceAll(fillPlace(pickAck(frames, v), "{s}", places[i].name), "{f}", feel)
}

// reVerbPair is a verb written for one place and for several, "gives/give",
// right after a slot.
var reVerbPair = regexp.MustCompile(`^ (\w+(?:'t)?)/(\w+(?:'t)?)`)

// fillPlace puts name in the slot of frame and makes the verb after it
// agree: "the book club gives", "group chats give".
func fillPlace(frame, slot, name string) string {
	i := strings.Index(frame, slot)
	if i < 0 {
		return frame
	}
	rest := frame[i+len(slot):]
	if m := reVerbPair.FindStringSubmatch(rest); m != nil {
		verb := m[1]
		if pluralPlace(name) {
			verb = m[2]
		}
		rest = " " + verb + rest[len(m[0]):]
	}
	return frame[:i] + name + rest
}

// pluralPlace reports whether a place's name is plural: "group chats",
// "pub quiz nights", not "the news" or "the gym class".
func pluralPlace(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	last := f[len(f)-1]
	if f[0] == "people" {
		// "people who share your interests"
		return true
	}
	switch last {
	case "news", "calisthenics":
		return false
	case "children", "people", "folk":
		return true
	}
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// reCompared sets one thing over another: "coffee > group chats", "calls
// over texting", "rather than", "instead of".
var reCompared = mustPattern(`>|\b(?:over|rather than|instead of|better than|more than|than)\b`)

// worseFeelings say how a place leaves someone, by the listener's label.
var worseFeelings = map[string]string{
	"anger": "angry", "worry": "anxious", "tiredness": "drained", "embarrassment": "cringing",
	"hurt": "hurt", "loneliness": "lonely", "guilt": "feeling bad about yourself",
}

// worseFeeling is how a place the answer speaks of leaves the person: the
// feeling the listener is sure of, else "feeling worse".
func worseFeeling(answer string) string {
	if f := listen.Feel(answer); f.Sure() && worseFeelings[f.Label] != "" {
		return worseFeelings[f.Label]
	}
	return "feeling worse"
}

// valueLine names a value: with who gave it, when the answer opens a
// sentence on someone ("my cousin leila just listened"), or with the
// interest where such a person might be found ("someone to drag me to the
// gym").
func valueLine(a answerAbout, answer string, names []string, v int) string {
	if who := subjectPerson(answer, names); who != "" {
		return strings.NewReplacer("{v}", a.value, "{p}", who).Replace(pickAck(aboutValueGiven, v))
	}
	if strings.HasPrefix(a.value, "someone ") || strings.HasPrefix(a.value, "people ") {
		for _, p := range a.places {
			if p.interest {
				return fillPlace(fillPlace(pickAck(aboutValueAt, v), "{v}", a.value), "{i}", p.name)
			}
		}
	}
	return fillPlace(pickAck(aboutValueFrames, v), "{v}", a.value)
}

// reHelperRole is someone who helps in a role rather than a relation: "my
// therapist", "my old coach".
var reHelperRole = mustPattern(`\byour (?:old |new )?(therapist|counsellor|counselor|coach|teacher|doctor|gp|nurse|tutor|mentor|vicar|pastor|priest|imam|rabbi|boss|manager)\b`)

// subjectPerson is who a sentence of answer opens on, as the companion
// names them ("Leila", "your old coach"), or "".
func subjectPerson(answer string, names []string) string {
	clean := listen.Proper(listen.Clean(reAside.ReplaceAllString(answer, "")), names)
	said := listen.Mentions(reAside.ReplaceAllString(answer, ""), names)
	for _, s := range listen.Sentences(clean) {
		f := strings.Fields(s)
		head := strings.Join(f[:min(len(f), 6)], " ")
		for _, m := range said {
			// "my grandma nani": read in the person's words, she is
			// Nani, whom the cleaned "your grandma nani" would lose.
			if m.Named && !strings.Contains(m.Who, " ") && namesIn(head, []string{m.Who}) {
				return m.Ref
			}
		}
		for _, m := range listen.Mentions(head, names) {
			if m.Named || strings.HasPrefix(m.Ref, "your ") {
				return m.Ref
			}
		}
		if m := reHelperRole.FindString(strings.ToLower(head)); m != "" {
			return m
		}
	}
	return ""
}

// reNotAName are fillers a name finder may take for a name: "i guess".
var reNotAName = mustPattern(`(?i)\bi (?:guess|think|mean)\b`)

// namesAll reports whether line names everyone answer speaks of, but for
// someone it is about ("i told my therapist about my dad": the dad is what
// was talked about, the therapist the one who listened).
func namesAll(line, answer string, names []string) bool {
	low := strings.ToLower(line)
	folded := foldText(answer)
	for _, m := range listen.Mentions(reNotAName.ReplaceAllString(reAside.ReplaceAllString(answer, ""), ""), names) {
		if own, ok := strings.CutPrefix(m.Ref, "your "); ok && strings.Contains(folded, "about my "+strings.ToLower(own)) {
			continue
		}
		if f := strings.Fields(strings.ToLower(m.Ref)); !m.Named && (groupWords[f[len(f)-1]] || strings.HasSuffix(f[len(f)-1], "s")) {
			// "none of my friends are into it": people in general, not
			// someone to name.
			continue
		}
		if !strings.Contains(low, strings.ToLower(m.Who)) {
			return false
		}
	}
	return true
}

// Frames, five of each so that the five questions of one reflection never
// meet the same one twice.
var (
	aboutValueFrames = []string{
		"So {v} is/are what makes the difference for you.",
		"{v} — that's what makes a connection feel real to you.",
		"It sounds like {v} matters/matter most to you.",
		"That says a lot: {v} is/are what you're looking for.",
		"{v} is/are a good thing to know you need.",
	}
	aboutValueGiven = []string{
		"So what made the difference with {p} was {v}, and that kind of thing stays with a person.",
		"With {p} it was {v} — no wonder it stayed with you.",
		"{v}, from {p}: that's a lot to be given.",
		"What {p} offered was something rare: {v}.",
		"It was {v} with {p}, and that's worth holding on to.",
	}
	aboutValueAt = []string{
		"{v}, then, and {i} is/are a natural way to find them.",
		"So {v} — and {i} gives/give you a ready place to look.",
		"{v} would make a real difference, and {i} is/are a good place to start looking.",
		"That makes sense: {v}, and {i} is/are where people like that already are.",
		"{v} is/are a clear thing to look for, and {i} is/are a good way to meet them.",
	}
	aboutValueIn = []string{
		"{v}: that's what {s} gives/give you, and it's worth keeping.",
		"{s} is/are where {v} comes easily — no wonder it leaves you with energy.",
		"{v} — {s} gives/give you that, and it's worth protecting.",
	}
	aboutEnergyBoth = []string{
		"{a} gives/give you energy and {b} takes/take it — good to know which is which.",
		"So {a} fills/fill you up while {b} wears/wear you down; that's useful to know.",
		"{a} leaves/leave you better off, {b} worse — worth planning your week around.",
		"Good to see it side by side: {a} gives/give and {b} takes/take.",
		"{a} works/work for you and {b} doesn't/don't; it's fine to choose the one that gives.",
	}
	aboutGiveFrames = []string{
		"{g} — a lovely thing to want to offer someone.",
		"Wanting to be known for {g} says a lot about the friend you are.",
		"{g} is a real gift in a friendship.",
		"That's a good thing to be known for: {g}.",
		"{g}: the people close to you are lucky to get that.",
	}
	aboutInterestFrames = []string{
		"Someone to share {i} with, then — doing something side by side is one of the easiest ways to get close.",
		"{i} gives/give you something to do together, which is how plenty of friendships start.",
		"A friend through {i} would make a real difference, by the sound of it.",
		"{i} is/are a good way in: people who already share it are easy to find.",
		"Sharing {i} with someone makes the friendship half built already.",
	}
	aboutInterestLifts = []string{
		"{s} leaves/leave you with energy — that's worth keeping in your week.",
		"So {s} fills/fill you up; good to know where your energy comes from.",
		"{s} sounds/sound like something you come away from better — worth protecting.",
		"That's a good sign: you come away from {s} with more than you brought.",
		"{s} clearly suits/suit you; worth making room for more of it.",
	}
	aboutSpaceDrains = []string{
		"So {s} leaves/leave you {f}, not better.",
		"{s} tends/tend to leave you {f} — worth noticing.",
		"It sounds like {s} leaves/leave you {f} — that's worth knowing.",
		"{s} leaves/leave you {f}, then; it's fine to step back from it.",
		"Good to spot it: {s} is/are one of the places that leaves you {f}.",
	}
	aboutSpaceLifts = []string{
		"{s} works/work for you — good to know where you come away with energy.",
		"So {s} suits/suit you; that's worth knowing when you make plans.",
		"{s} gives/give you energy rather than taking it, which is worth protecting.",
		"Good to know: {s} is/are where you come away feeling better.",
		"{s} clearly suits/suit you; worth making room for more of it.",
	}
	aboutHabitFrames = []string{
		"So {h} — an honest picture, and a useful one.",
		"Fair enough: {h}. Knowing your own way of doing it helps.",
		"That's good to know about yourself: {h}.",
		"So {h}. There's no one right way, and it helps to see your own.",
		"Thanks for being honest: {h}.",
	}
	aboutHabitWith = []string{
		"So {h}, and with {p} that's clearly paid off.",
		"That's a good way to do it: {h}, and it's clearly worked with {p}.",
	}
	aboutLimitTimeFrames = []string{
		"Keeping {l} for yourself is a fair line to draw.",
		"Protecting {l} makes sense; saying so early saves hurt feelings later.",
		"{l} kept clear for you — that's a healthy limit.",
		"A limit around {l} is worth holding, and most people respect it once they know.",
		"It's fair to keep {l} as your own time.",
	}
	aboutLimitCrossed = []string{
		"{l} is yours to share or not, and it's fair to ask {p} not to post about it.",
		"Keeping {l} offline is your call, even when {p} means well by posting; it's fair to say so.",
		"It's fair to want {l} kept offline, and to ask {p} to check with you before posting.",
	}
	aboutLimitPrivateFrames = []string{
		"{l} is/are worth keeping offline, and it's your call what goes up.",
		"It makes sense to want {l} kept to yourself online.",
		"Drawing the line at {l} online is fair.",
		"A clear line around {l} online is worth having.",
		"Holding {l} back from the internet is a fair line to draw.",
	}
)

// givesAndTakesAck names, at a question about what gives energy, one
// place the answer says gives it and one it says takes it, side by side;
// "" when the answer does not name both.
func givesAndTakesAck(q Question, answer string, names []string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "energy") {
		return ""
	}
	places := aboutOf(answer).places
	if !slices.ContainsFunc(places, func(p place) bool { return p.mood < 0 }) {
		return ""
	}
	if !slices.ContainsFunc(places, func(p place) bool { return p.mood > 0 }) && !namedApart(answer) {
		return ""
	}
	// The people in each place ("my uncle", "my cousins") stay with the
	// place they belong to: which place gives is the point.
	return fitAck(energyLine(places, false, worseFeeling(answer), v))
}

// namedApart reports whether an answer names a place in a sentence of its
// own, with nothing said of it, and a place that drains in another: asked
// what gives energy, "voice calls with my sister. group chats drain me"
// names the first as the answer, the second beside it. A list in one
// sentence ("group chats, discord, insta all drain me") is no such pair.
func namedApart(answer string) bool {
	plain, drains := false, false
	for _, s := range listen.Sentences(answer) {
		ps := placesIn(s)
		switch {
		case len(ps) == 0:
		case slices.ContainsFunc(ps, func(p place) bool { return p.mood < 0 }):
			drains = true
		case !slices.ContainsFunc(ps, func(p place) bool { return p.mood != 0 }) && !drains:
			plain = true
		}
	}
	return plain && drains
}

// reOthersPost is someone else posting or sharing about the person: "my
// mum keeps posting about my hospital stays", "my sister always shares".
var reOthersPost = mustPattern(`\b(?:my|our) ((?:\w+ )?\w+) (?:keeps?|kept|always|still|will|would) (?:on )?(?:posting|post|posts|sharing|shares|share|putting|puts|tagging|tags)\b`)

// postsAboutIt is who, in the companion's words, the answer says keeps
// posting about the person ("your mum"), or "".
func postsAboutIt(answer string, names []string) string {
	m := reOthersPost.FindStringSubmatch(foldText(answer))
	if m == nil {
		return ""
	}
	if ms := listen.Mentions("my "+m[1], names); len(ms) == 1 {
		return ms[0].Ref
	}
	return ""
}

// limitCrossedAck names a subject kept offline that someone else keeps
// posting, at the question about what is kept private; "" otherwise.
func limitCrossedAck(q Question, answer string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "private") {
		return ""
	}
	a := aboutOf(answer)
	who := postsAboutIt(answer, answerNames(answer))
	if a.limit == "" || a.limits != 1 || who == "" {
		return ""
	}
	return fitAck(strings.NewReplacer("{l}", a.limit, "{p}", who).Replace(pickAck(aboutLimitCrossed, v)))
}

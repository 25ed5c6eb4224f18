package agent

import (
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// The gist of an answer that nothing more particular recognised, read by
// its class: something the person would like someone to know, a limit
// asked of someone, a plan, being more open with one person than another,
// a kind thing someone did, something someone said. Each class has its own
// frames, and the answer's words fill only their slots (who, what, when),
// in the second person; the answer said back in italics is left for what
// fits none of them. gistAck is tried before that echo; gistPoint gives
// the few words a feeling line is said after ("So replies tend to wait
// until you have the energy for them — that sounds tiring").

// gistMax is the longest part of an answer a gist frame takes in.
const gistMax = 90

// gistAck names the gist of answer, heard at a question of kind cat, or "".
func gistAck(answer string, names []string, cat, v int) string {
	clean := softenEcho(listen.Proper(listen.Clean(reAside.ReplaceAllString(answer, "")), names))
	clause := strings.TrimRight(trimPoint(listen.Clause(clean, gistMax)), ".!?;, ")
	if clause == "" {
		return ""
	}
	for _, read := range []func(gistInput) string{toldGist, limitGist, keepsDoingGist, timesGist, privateGist, planGist, contrastGist,
		aloneGist, deepTalkGist, heardFromGist, kindActGist} {
		if line := read(gistInput{answer: answer, clean: clean, clause: clause, names: names, cat: cat, v: v}); line != "" {
			line = reDayName.ReplaceAllStringFunc(line, upFirst)
			if lost := lossIn(answer, names); lost != "" && cat == qkLimit {
				// "left alone the week of my dad's anniversary, the day he
				// died": the loss first.
				line = "I'm so sorry about " + lost + ". " + line
			}
			if len(line) > ackMax {
				continue
			}
			return fitAck(line)
		}
	}
	return ""
}

// reDeathSaid tells of a death; "passed" only where it says one, never a
// test passed.
var reDeathSaid = mustPattern(`\b(?:died|passed (?:away|on|last|yesterday|peacefully|suddenly|in (?:her|his|their) sleep)|(?:has|had|just|sadly|recently) passed|death|funeral|lost (?:my|our))\b`)

// lossIn is who the answer says died, as the companion names them ("your
// dad"), or "".
func lossIn(answer string, names []string) string {
	if lost := listen.Lost(answer, names); lost != "" {
		return lost
	}
	if !reDeathSaid.MatchString(reTimePassed.ReplaceAllString(foldText(answer), " ")) {
		return ""
	}
	if ms := listen.Mentions(answer, names); len(ms) == 1 {
		return ms[0].Ref
	}
	return ""
}

// reDayName is a day of the week, written in lowercase.
var reDayName = regexp.MustCompile(`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b`)

// gistInput is an answer as the gist readers take it: raw, cleaned into
// the second person, and its first clause.
type gistInput struct {
	answer, clean, clause string
	names                 []string
	cat, v                int
	// who is the one person earlier answers say the answer is about,
	// when it names no one itself.
	who string
}

// reThatLead opens a message for someone: "that", "just that", "maybe
// that", "how".
var reThatLead = regexp.MustCompile(`(?i)^(?:(?:just|mostly|honestly|probably|maybe|really|i guess|i think)\s+)*(?:that\s+)`)

// pronounForms are the subject and object forms of who a clause opens on.
var pronounForms = map[string][2]string{
	"she": {"she", "her"}, "she's": {"she", "her"}, "she'd": {"she", "her"}, "she'll": {"she", "her"},
	"he": {"he", "him"}, "he's": {"he", "him"}, "he'd": {"he", "him"}, "he'll": {"he", "him"},
	"they": {"they", "them"}, "they're": {"they", "them"}, "they'd": {"they", "them"}, "they've": {"they", "them"},
	"they'll": {"they", "them"},
}

// toldGist answers what the person would like someone to know by framing
// it as something to tell them: "Telling her you'd be lost without her
// would mean a lot."
func toldGist(in gistInput) string {
	if in.cat != qkMeaning {
		return ""
	}
	c := in.clause
	lead := reThatLead.FindString(c)
	c = strings.TrimSpace(c[len(lead):])
	low := strings.ToLower(c)
	if lead == "" && !strings.HasPrefix(low, "how ") && !(strings.HasPrefix(low, "you") && reToldFeeling.MatchString(low)) {
		// "we just drifted", "i want to stop cancelling on people": no
		// message for them.
		return ""
	}
	if len(c) > 75 || len(strings.Fields(c)) < 3 {
		return ""
	}
	first := strings.Fields(low)[0]
	subj, obj := "they", "them"
	if f, ok := pronounForms[first]; ok {
		subj, obj = f[0], f[1]
	} else if strings.HasPrefix(first, "you") || first == "how" {
		// Whom it is for is the one the clause speaks of: "lost without
		// her".
		for _, w := range strings.Fields(low)[1:] {
			w = strings.Trim(w, ".,!?")
			if f, ok := pronounForms[w]; ok || w == "her" || w == "him" || w == "them" {
				if !ok {
					f = [2]string{map[string]string{"her": "she", "him": "he", "them": "they"}[w], w}
				}
				subj, obj = f[0], f[1]
				break
			}
		}
	} else {
		// "that nan raised me": the name opens it; it is said to them.
		ms := listen.Mentions(c, in.names)
		if len(ms) == 0 || !strings.HasPrefix(low, strings.ToLower(ms[0].Ref)) || ms[0].Gender == 0 {
			// A name alone says nothing sure of "she" or "he".
			return ""
		}
		pro := map[byte]string{'f': "she", 'm': "he", 0: "they"}[ms[0].Gender]
		subj, obj = ms[0].Ref, ms[0].Ref
		c = pro + c[len(ms[0].Ref):]
	}
	if o := pronounInAnswer(in.answer, obj, in.names); o != "" {
		// "that i love her … she's my mum": told to her mum, not to a
		// "her" the acknowledgement leaves unclear.
		subj, obj = o, o
	}
	frames := []string{
		"Telling {o} {c} would mean a lot.",
		"That's worth telling {o}, in your own words: {c}.",
		"{S} would be glad to hear it: {c}.",
	}
	return strings.NewReplacer("{o}", obj, "{S}", upFirst(subj), "{c}", c).Replace(pickAck(frames, in.v))
}

// Limits asked of someone, or said about oneself.
var (
	reStopAsk  = regexp.MustCompile(`(?i)^(?:maybe |just )?(?:that )?you (?:want|'d like|would like|wish|need) (.+?) to (?:stop|quit|not) (.+)$`)
	reOwnLimit = regexp.MustCompile(`(?i)^(?:maybe |just )?(?:that )?you ((?:need|can't|cannot|can no longer|don't like|don't want|won't|'d rather not|would rather not|go offline|don't do|can't do|'m not) .+)$`)
)

// reTimeLead is a time that opens a limit: "after night shifts", "on
// sundays".
var reTimeLead = regexp.MustCompile(`(?i)^((?:after|before|on|at|during|in) [^,]{2,30}?) you\b`)

// reYoud is "you'd", split so that "'d like" reads as a verb.
var reYoud = regexp.MustCompile(`(?i)\byou'd\b`)

// limitGist names a limit as fair to say, to whom the answer says:
// "It's fair to ask your mum to stop commenting on your weight", "It's
// fair to tell Kofi you can't lend money any more".
func limitGist(in gistInput) string {
	if in.cat != qkLimit {
		return ""
	}
	c, _, _ := strings.Cut(reYoud.ReplaceAllString(in.clause, "you 'd"), ",")
	if m := reStopAsk.FindStringSubmatch(c); m != nil {
		who := strings.TrimSpace(m[1])
		if !strings.HasPrefix(strings.ToLower(who), "your ") && !namesIn(who, in.names) || len(m[2]) > 60 {
			return ""
		}
		return strings.NewReplacer("{p}", who, "{x}", m[2]).Replace(pickAck([]string{
			"It's fair to ask {p} to stop {x}; a limit like that can be said kindly and still be clear.",
			"Asking {p} to stop {x} is a fair limit, and a kind, plain sentence is enough.",
			"It's fair to want {p} to stop {x}, and you're allowed to say so.",
		}, in.v))
	}
	lead := ""
	if t := reTimeLead.FindStringSubmatch(c); t != nil {
		lead, c = t[1], strings.TrimSpace(c[len(t[1]):])
	}
	m := reOwnLimit.FindStringSubmatch(c)
	if m == nil || len(m[1]) > 60 {
		return ""
	}
	what := m[1]
	if lead = strings.TrimSpace(lead); lead != "" {
		// "after night shifts i need the whole day": the time goes last.
		what += " " + strings.ToLower(lead[:1]) + lead[1:]
	}
	what = strings.TrimPrefix(strings.ReplaceAll("you "+what, "you 'd", "you'd"), "you ")
	to := "people"
	for _, p := range listen.Mentions(in.answer, in.names) {
		if !strings.Contains(strings.ToLower(what), strings.ToLower(p.Who)) {
			to = p.Ref
			break
		}
	}
	if reFeelsBad.MatchString(foldText(in.answer)) {
		// "… and i feel bad ignoring them": no need to.
		return strings.NewReplacer("{p}", to, "{x}", what).Replace(pickAck([]string{
			"You don't need to feel bad about it: it's fair to let {p} know you {x}.",
			"That's a fair need, and you don't have to feel bad: {p} can know you {x}.",
			"It's fair that you {x}, and fine to tell {p} so without feeling bad.",
		}, in.v))
	}
	return strings.NewReplacer("{p}", to, "{x}", what).Replace(pickAck([]string{
		"It's fair to let {p} know you {x}; said kindly, a limit like that is easy to respect.",
		"Letting {p} know you {x} is a fair limit to name.",
		"That's a fair thing for {p} to know: you {x}.",
	}, in.v))
}

// reIntentLead opens a plan said as a wish: "you want to", "you'd like
// to", "you should".
var reIntentLead = regexp.MustCompile(`(?i)^(?:(?:maybe|just|finally|probably|hopefully|definitely|honestly)\s+)*(?:you (?:want to|'d like to|would like to|need to|should|could|will|'ll|might|hope to|plan to|mean to|'m going to|are going to|try to)\s+)?(?:(?:maybe|just|finally|actually|properly|try to|try and)\s+)*`)

// gerundOf are verbs a plan may start with; the value is the -ing form
// when it is not made by the plain rule.
var gerundOf = map[string]string{
	"be": "being", "get": "getting", "stop": "stopping", "plan": "planning", "put": "putting", "text": "texting",
	"reply": "replying", "call": "calling", "ring": "ringing", "message": "messaging", "send": "sending",
	"invite": "inviting", "take": "taking", "make": "making", "ask": "asking", "tell": "telling", "visit": "visiting",
	"meet": "meeting", "see": "seeing", "check": "checking", "write": "writing", "book": "booking", "buy": "buying",
	"organise": "organising", "organize": "organising", "reach": "reaching", "answer": "answering", "thank": "thanking",
	"apologise": "apologising", "apologize": "apologising", "say": "saying", "show": "showing", "start": "starting",
	"keep": "keeping", "try": "trying", "go": "going", "have": "having", "cook": "cooking", "bake": "baking",
	"follow": "following", "catch": "catching", "set": "setting", "arrange": "arranging", "join": "joining",
	"listen": "listening", "spend": "spending", "pick": "picking", "return": "returning", "drop": "dropping",
	"respond": "responding", "share": "sharing", "remember": "remembering", "stay": "staying", "do": "doing",
	"let": "letting", "give": "giving", "host": "hosting", "schedule": "scheduling", "hug": "hugging",
}

// planGist says a plan back as a step, in the companion's frame: the step
// with whom and when ("Take your mum for lunch on Saturday: a clear,
// doable step"), or a wish to change as something to aim for ("Being less
// flaky is a good thing to aim for").
func planGist(in gistInput) string {
	if in.cat != qkStep && in.cat != qkIntent {
		return ""
	}
	first := strings.TrimSpace(reFirstBreak.Split(in.answer, 2)[0])
	if s, ok := listen.FindStep([]string{first}, in.names); ok && len(s.Phrase) <= gistMax {
		tails := planStepTails
		if reFeelsBad.MatchString(foldText(in.answer)) {
			// "finally reply to amara, i've been ignoring her and feel
			// awful": the guilt heard too.
			tails = planGuiltTails
		}
		return upFirst(invitation(s.Phrase)) + pickAck(tails, in.v)
	}
	rest := strings.TrimSpace(in.clause[len(reIntentLead.FindString(in.clause)):])
	f := strings.Fields(rest)
	if len(f) < 2 {
		return ""
	}
	ing, ok := gerundOf[strings.ToLower(f[0])]
	if !ok || len(rest) > 70 {
		return ""
	}
	if ing == "stopping" && len(f) > 2 && strings.HasSuffix(f[1], "ing") {
		// "stop cancelling on people" is cancelling on people less.
		ing, f = f[1], append([]string{""}, append(f[2:], "less")...)
	}
	if in.cat == qkStep && reStepTime.MatchString(strings.ToLower(rest)) {
		return upFirst(rest) + pickAck(planStepTails, in.v)
	}
	return strings.ReplaceAll(pickAck([]string{
		"{g} is a good thing to aim for, and small enough to start on.",
		"{g}: that's a real, doable step.",
		"{g} would make a difference, and it's within reach.",
	}, in.v), "{g}", upFirst(ing)+" "+strings.Join(f[1:], " "))
}

// reAskIfWants is a step that asks someone whether they want to do
// something: group 1 whom, group 3 what, a verb when group 2 says "to".
var reAskIfWants = regexp.MustCompile(`(?i)^(?:ask|asking|see if|check if|text|message) (\S+(?: \S+)?) (?:if|whether) (?:he|she|they|he'?s|she'?s|they'?re) (?:wants?|want|fancies|fancy|would like|'?d like|is up for|are up for|feels like|is free)( to)? (.+)$`)

// reSeeIfWants is the same step said as finding out: "see if your
// sister fancies a coffee".
var reSeeIfWants = regexp.MustCompile(`(?i)^(?:see|check|find out) (?:if|whether) (\S+(?: \S+)?) (?:wants|fancies|would like|is up for|feels like)( to)? (.+)$`)

// invitation says a step that asks someone whether they want to do
// something as the invitation it is, in the companion's words: "ask Sipho
// if he wants to go climbing" is inviting Sipho to go climbing.
func invitation(step string) string {
	m := reAskIfWants.FindStringSubmatch(step)
	if m == nil {
		m = reSeeIfWants.FindStringSubmatch(step)
	}
	if m == nil {
		return step
	}
	if m[2] != "" {
		return "Inviting " + m[1] + " to " + m[3]
	}
	return "Inviting " + m[1] + " for " + m[3]
}

// reFirstBreak ends the first clause of an answer.
var reFirstBreak = regexp.MustCompile(`[,.;!?]`)

// reStepTime is a time a plan names.
var reStepTime = regexp.MustCompile(`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|tonight|this week|next week|morning|evening)s?\b`)

var planGuiltTails = []string{
	": it's not too late, and feeling bad about it shows you care.",
	": a clear step, and late is still welcome.",
	": doable, and it will likely be a relief for you both.",
}

var planStepTails = []string{
	": small and doable, which is just right.",
	": a clear, doable step.",
	": that's very doable.",
}

// reLessWith is the second half of a contrast between people: "less with
// my family", "not at all with my mates", "my friends get the highlight
// reel".
var reLessWith = regexp.MustCompile(`(?i)\b(?:less|not (?:at all|really|much|so much|as much)|never|barely|hardly|nothing)\b|highlight reel|edited version|only the good`)

// reOpenWith is the first half: open, honest, telling everything.
var reOpenWith = regexp.MustCompile(`(?i)\b(?:honest|open|tell|tells|share|everything|real|hears? (?:it )?all|all of it|the lot|the whole story)\b`)

// reContrastSplit splits an answer where a contrast turns: "…, but…".
var reContrastSplit = regexp.MustCompile(`(?i),|;|\.|\bbut\b|\bwhereas\b|\bwhile\b`)

// contrastGist names a contrast between people the person is open with
// and people they hold back from: "More open with your partner than with
// your family".
func contrastGist(in gistInput) string {
	parts := reContrastSplit.Split(reAside.ReplaceAllString(in.answer, ""), 3)
	if len(parts) < 2 {
		return ""
	}
	a := withGroups(parts[0], in.names)
	b := withGroups(parts[1], in.names)
	if len(a) != 1 || len(b) != 1 || a[0].Who == b[0].Who || !reOpenWith.MatchString(parts[0]) || !reLessWith.MatchString(parts[1]) ||
		reLessWith.MatchString(parts[0]) {
		return ""
	}
	return strings.NewReplacer("{a}", a[0].Ref, "{b}", b[0].Ref).Replace(pickAck([]string{
		"More open with {a} than with {b}: most people keep different people at different distances, and it's worth noticing.",
		"So {a} gets the real picture and {b} less of it — that's common, and useful to see.",
		"Open with {a}, more guarded with {b}; knowing where you hold back is a good start.",
	}, in.v))
}

// reGroupOf is people spoken of as a group: "my mates", "my parents".
var reGroupOf = regexp.MustCompile(`(?i)\bmy ((?:old |work |uni |school )?(?:mates|friends|parents|family|colleagues|coworkers|kids|siblings|brothers|sisters|in-laws|aunts|uncles|grandparents|neighbours|neighbors|teammates|housemates|flatmates|team|cousins))\b`)

// withGroups is the people part speaks of, a group ("my mates") counted
// as one when no one else is named.
func withGroups(part string, names []string) []listen.Mention {
	ms := listen.Mentions(part, names)
	if len(ms) == 0 {
		if m := reGroupOf.FindStringSubmatch(part); m != nil {
			ms = append(ms, listen.Mention{Who: "your " + strings.ToLower(m[1]), Ref: "your " + strings.ToLower(m[1])})
		}
	}
	return ms
}

// reSaidToYou is someone saying something to the person: "she said you
// were her favourite person to talk to".
var reSaidToYou = regexp.MustCompile(`(?i)^(.+?) (?:said|told you|says|tells you|wrote|texted) (?:that )?(you(?:'re| are| were|'d| had| have| made| make| helped| matter)\b.+)$`)

// heardFromGist names hearing something good from someone.
func heardFromGist(in gistInput) string {
	if in.cat == qkHard || in.cat == qkLimit || in.cat == qkDrain || leansLow(in.answer) {
		return ""
	}
	m := reSaidToYou.FindStringSubmatch(in.clause)
	if m == nil || len(strings.Fields(m[1])) > 4 || len(m[2]) > 70 {
		return ""
	}
	who := strings.ToLower(m[1])
	from := ""
	if _, ok := pronounForms[who]; ok {
		from = pronounForms[who][1]
	} else if ms := listen.Mentions(m[1], in.names); len(ms) == 1 {
		from = ms[0].Ref
	} else {
		return ""
	}
	return strings.NewReplacer("{p}", from, "{x}", m[2]).Replace(pickAck([]string{
		"Hearing from {p} that {x} must have meant a lot.",
		"Being told {x} stays with a person, and from {p} it clearly landed.",
		"It means a lot to hear {x}, and from {p} especially.",
	}, in.v))
}

// reKindAct is someone doing something for the person: "made you a card",
// "called from uni just to chat", "remembered your poems".
var reKindAct = regexp.MustCompile(`(?i)^(?:when |the day |the time )?(.+?) (?:just |actually |finally |even )?(made|brought|baked|cooked|bought|got|sent|called|rang|texted|messaged|visited|remembered|surprised|invited|checked in on|checked on|picked|helped|wrote|came round|came over|dropped by|drove)\b(.*)$`)

// kindGerunds say the acts of reKindAct as a doing: "sending you a photo".
var kindGerunds = map[string]string{
	"made": "making", "brought": "bringing", "baked": "baking", "cooked": "cooking", "bought": "buying", "got": "getting",
	"sent": "sending", "called": "calling", "rang": "ringing", "texted": "texting", "messaged": "messaging",
	"visited": "visiting", "remembered": "remembering", "surprised": "surprising", "invited": "inviting",
	"checked in on": "checking in on", "checked on": "checking on", "picked": "picking", "helped": "helping",
	"wrote": "writing", "came round": "coming round", "came over": "coming over", "dropped by": "dropping by",
	"drove": "driving",
}

// reActEnd ends what someone did where the story goes on: "and we talked
// for an hour", "but".
var reActEnd = regexp.MustCompile(`(?i)\s+(?:and|but|so|then|which|because)\s.*$`)

// kindActGist names something kind someone did for the person, at a
// question about what did them good: "Your son making you a card for no
// reason — that's lovely."
func kindActGist(in gistInput) string {
	if in.cat != qkGood && in.cat != qkDefault {
		return ""
	}
	if f := listen.Feel(in.answer); f.Sure() && hardNews[f.Label] {
		// Tears of being touched are no hard feeling; anger or a loss is.
		return ""
	}
	for _, s := range listen.Sentences(in.clean) {
		for _, part := range strings.Split(s, ",") {
			part = strings.TrimSpace(strings.TrimRight(part, ".!?"))
			m := reKindAct.FindStringSubmatch(part)
			if m == nil || len(strings.Fields(m[1])) > 6 {
				continue
			}
			rest := strings.TrimSpace(reActEnd.ReplaceAllString(m[3], ""))
			if !strings.HasPrefix(rest, "you") && !strings.Contains(" "+rest+" ", " your ") && !strings.Contains(" "+rest+" ", " you ") && m[2] != "called" && m[2] != "rang" &&
				m[2] != "visited" && m[2] != "came round" && m[2] != "came over" && m[2] != "dropped by" {
				continue
			}
			who := listen.Proper(kindActor(m[1], in.answer, in.names), in.names)
			if who == "" || len(rest) > 50 {
				continue
			}
			act := strings.TrimSpace(kindGerunds[strings.ToLower(m[2])] + " " + rest)
			moved := ""
			if reTears.MatchString(in.answer) {
				moved = " No wonder it moved you."
			}
			return strings.NewReplacer("{P}", upFirst(who), "{p}", who, "{a}", act).Replace(pickAck([]string{
				"{P} {a} — that's lovely, and it says you matter to them.",
				"{P} {a}: things like that mean a lot.",
				"That sounds lovely: {p} {a}.",
			}, in.v)) + moved
		}
	}
	return ""
}

// kindActor is who did the kind thing, as the companion names them, when
// the words before the act name one person ("your son", "she" after
// "your old teacher Mrs Okafor").
func kindActor(subject, answer string, names []string) string {
	low := strings.ToLower(strings.TrimSpace(subject))
	ms := listen.Mentions(reAside.ReplaceAllString(answer, ""), names)
	if _, ok := pronounForms[low]; ok {
		if low == "they" || len(ms) != 1 {
			return ""
		}
		return ms[0].Ref
	}
	for _, m := range ms {
		if strings.HasSuffix(low, strings.ToLower(m.Who)) || strings.HasSuffix(low, strings.ToLower(m.Ref)) ||
			strings.HasSuffix(low, strings.ToLower(strings.TrimPrefix(m.Ref, "your "))) {
			return m.Ref
		}
	}
	return ""
}

// gistPoint is what a feeling line can follow instead of the answer said
// back: the habit the answer tells of ("so replies tend to wait until you
// have the energy for them"), or where it happened ("at your cousin's
// wedding, with people all around"). "" when it tells of neither.
func gistPoint(answer string, names []string, label string) string {
	if h := aboutOf(reNotAName.ReplaceAllString(answer, "")).habit; h != "" && h != "it's mostly guesswork" && h != "you ask people outright" {
		return "So " + h
	}
	setting := settingOf(answer, names)
	crowd := ""
	if reCrowd.MatchString(foldText(answer)) {
		crowd = ", with people all around"
	}
	switch label {
	case "one-sided":
		line := "The reaching out was all yours"
		if reNobody.MatchString(foldText(answer)) {
			line = "No one reached out to you first, and the reaching out was all yours"
		}
		if few := fewAnswered(foldText(answer)); few != "" {
			// "i messaged 3 people and only 1 answered": how few
			// answered is the point, in numbers.
			line = strings.TrimSuffix(line, ", and the reaching out was all yours") + ", and " + few
			if !strings.HasPrefix(line, "No one") {
				line = upFirst(few)
			}
			return line
		}
		var refs []string
		for _, m := range listen.Mentions(answer, names) {
			refs = append(refs, m.Ref)
		}
		if len(refs) > 0 && len(refs) <= 3 {
			// "i messaged dev and my old flatmate": to whom.
			line += ", to " + andList(refs)
		}
		return line
	}
	if setting == "" {
		return ""
	}
	switch label {
	case "loneliness":
		return "Feeling alone " + setting + crowd
	case "left out":
		return "Being left out " + setting
	case "invisible":
		return "Feeling unseen " + setting + crowd
	case "embarrassment":
		return "Cringing over it " + setting
	case "hurt":
		return "Something that stung " + setting
	}
	return ""
}

// reNobody is no one at all.
var reNobody = mustPattern(`\b(?:no one|nobody|noone|not one person)\b`)

// reCrowd is being among people: "surrounded by people", "12 people",
// "everyone was laughing".
var reCrowd = mustPattern(`\b(?:surrounded by|full of people|room full|(?:\d+|twelve|ten|so many|loads of|lots of) people|everyone (?:was|were)|with people around|in a crowd)\b`)

// reGathering is a meeting, class or call the person was in: "in the team
// meeting", "during the zoom call".
var reGathering = mustPattern(`\b(in|at|during) (?:the|a|our|my|this|that) ((?:(?:team|work|staff|zoom|teams|morning|weekly|monday|all hands|department|family) )?(?:meeting|standup|stand-up|video call|zoom call|lecture|seminar|class|lesson|workshop|training))\b`)

// reEveryTime is a time of day or week that keeps coming round.
var reEveryTime = mustPattern(`\b(?:every|most|some) (evening|night|morning|weekend|sunday|saturday)s?\b|\b(evenings|nights|weekends|sundays)\b`)

// settingOf is where or when the answer says something happened, as a
// phrase that follows a feeling: "at your cousin's wedding", "on
// Instagram", "in the evenings". "" when it says none.
func settingOf(answer string, names []string) string {
	if ev := sharedEvent(answer, names); ev != "" {
		return "at " + ev
	}
	if m := reGathering.FindStringSubmatch(foldText(answer)); m != nil {
		// "in the team meeting everyone was joking": where, at work or
		// class, it came.
		return m[1] + " the " + m[2]
	}
	for _, p := range placesIn(answer) {
		if p.interest || strings.HasPrefix(p.name, "meeting") || strings.Contains(p.name, "call") || strings.Contains(p.name, "voice") ||
			p.name == "scrolling" {
			continue
		}
		if strings.Contains(p.name, "chat") || strings.Contains(p.name, "WhatsApp") {
			return "in " + p.name
		}
		return "on " + p.name
	}
	if m := reEveryTime.FindStringSubmatch(foldText(answer)); m != nil {
		t := m[1]
		if t == "" {
			t = strings.TrimSuffix(m[2], "s")
		}
		if t == "night" || t == "evening" || t == "morning" || t == "weekend" {
			return "in the " + t + "s"
		}
		return "on " + upFirst(t) + "s"
	}
	return ""
}

// gistThen is gistPoint followed by one of tails, the feeling named after
// what it is about, or "".
func gistThen(answer string, names []string, label string, tails []string, v int) string {
	g := gistPoint(answer, names, label)
	if g == "" || len(tails) == 0 {
		return ""
	}
	s := g + " — " + freshTail(unsaid(tails, g), g, v)
	if len(s) > ackMax {
		return ""
	}
	return fitAck(s)
}

// hardNews are the listener's labels that keep a kind act from being
// named as one.
var hardNews = map[string]bool{"anger": true, "hurt": true, "grief": true, "illness": true, "breakup": true}

// aloneGist answers a moment of feeling alone by where or when it came:
// "Feeling alone at your friend's birthday, with people all around".
func aloneGist(in gistInput) string {
	if in.cat != qkAlone {
		return ""
	}
	setting := settingOf(in.answer, in.names)
	if setting == "" {
		return ""
	}
	crowd := ""
	if reCrowd.MatchString(foldText(in.answer)) {
		crowd = ", with people all around"
	}
	return "Feeling alone " + setting + crowd + " — " + pickAck([]string{
		"that's a lonely feeling, and a common one.",
		"that's its own kind of lonely, and it's worth noticing.",
		"that's hard, and more common than it looks.",
	}, in.v)
}

// reDeepTalk is a talk that went deeper than catching up.
var reDeepTalk = mustPattern(`\b(?:heart to heart|heart-to-heart|deep (?:chat|talk|conversation)s?|proper (?:talk|chat|conversation)|real (?:talk|conversation)|talked (?:properly|for real|openly|honestly|about real stuff)|talked (?:til|till|until) (?:\d+|late|morning|dawn|the early hours)|stayed up (?:til|till|until|talking|late)|talked for hours|talking for hours|had it out|cleared the air|most honest (?:we'?ve|weve|we have|we've ever|we have ever) been)\b`)

// deepTalkGist names a talk that went deep, with when and where it was:
// "A proper heart-to-heart at her birthday".
func deepTalkGist(in gistInput) string {
	folded := foldText(in.answer)
	if in.cat == qkLimit || in.cat == qkStep || !reDeepTalk.MatchString(folded) || reWorrySaid.MatchString(folded) ||
		listen.Lost(in.answer, in.names) != "" {
		return ""
	}
	when := ""
	if m := reWhenPhrase.FindStringSubmatch(folded); m != nil {
		when = " " + strings.NewReplacer("christmas", "Christmas", "like ", "").Replace(m[1])
	}
	where := ""
	if ev := sharedEvent(in.answer, in.names); ev != "" {
		where = " at " + ev
	}
	tails := []string{
		"closeness like that is worth getting back to.",
		"the kind of talk that brings people close, and it can happen again.",
		"a close, good memory to build on.",
	}
	if reHardButGood.MatchString(folded) {
		// "it was hard but really good": both, heard.
		tails = []string{
			"hard and good at once, and that kind of honesty brings people close.",
			"not easy, but real, and talks like that bring people closer.",
		}
	}
	lead := "A real heart to heart"
	if reRowTalk.MatchString(folded) {
		// "we had it out about her wedding and it was the most honest
		// we've been": a row that turned into honesty.
		lead = "A row that turned into an honest talk"
		tails = []string{
			"hard and good at once, and that kind of honesty brings people close.",
			"not easy, but real, and talks like that bring people closer.",
		}
	}
	partner := talkPartner(in.answer, in.names)
	if partner == "" && in.who != "" {
		// "we had it out and it was the most honest we've been", about
		// the brother an earlier answer named.
		partner = " with " + in.who
	}
	return lead + partner + where + when + " — " + pickAck(tails, in.v)
}

// reTalkPartner is who a talk was with: "me and leila stayed up", "with
// my brother", "jo and i". Group 1 or 2 is the one named.
var reTalkPartner = mustPattern(`\b(?:me and|with|and me) ((?:my |our )?[a-z]+(?: [a-z]+)?)\b|\b([a-z]+) and (?:me|i)\b`)

// talkPartner is " with" and whom a talk was with, as the companion names
// them ("with Leila", "with your brother"): the one the answer puts beside
// "me", else the one person it names; "" when it is not clear.
func talkPartner(answer string, names []string) string {
	if m := reTalkPartner.FindStringSubmatch(foldText(answer)); m != nil {
		if ms := listen.Mentions(m[1]+m[2], append(slices.Clone(names), answerNames(answer)...)); len(ms) > 0 {
			return " with " + ms[0].Ref
		}
	}
	if who := talkedWith(answer, names); who != "" {
		return " with " + who
	}
	return ""
}

// reHardButGood is an answer that says something was hard and good at
// once: "hard but really good", "sad but nice", "tough, but worth it".
var reHardButGood = mustPattern(`\b(?:hard|sad|tough|painful|heavy|emotional|rough|awful|upsetting)\b,? (?:but|and|yet) (?:(?:also|still|really|so|actually|very|kind of|kinda|it was|was) )*(?:good|nice|lovely|great|worth it|healing|special|beautiful|needed)\b`)

// reTears is an answer that says it moved the person to tears.
var reTears = regexp.MustCompile(`(?i)\b(?:cried|cry|crying|tears|teared|welled up|choked up)\b`)

// reTimesSplit splits a list of times at its punctuation and "but".
var reTimesSplit = regexp.MustCompile(`[.,;!?]+|\bbut\b`)

// timesGist names when the person can be reached and when not, from a
// list of times each said open or closed: "Your evenings are open; the
// hours before 9am and your night shifts are not".
func timesGist(in gistInput) string {
	if in.cat != qkLimit {
		return ""
	}
	var open, closed []string
	for _, part := range reTimesSplit.Split(strings.ToLower(in.answer), -1) {
		part = foldText(part)
		if reDepends.MatchString(part) {
			// "weekends depends on my mood": neither open nor closed.
			continue
		}
		times := reLimitTime.FindAllStringSubmatch(part, -1)
		if len(times) == 0 {
			if t := reOpenDay.FindString(part); t != "" {
				times = [][]string{{t, t}}
			} else {
				continue
			}
		}
		var ts []string
		for _, m := range times {
			ts = append(ts, limitTime(m[1]))
		}
		switch {
		case reClosedTime.MatchString(part):
			closed = append(closed, ts...)
		case reOpenTime.MatchString(part):
			open = append(open, ts...)
		default:
			return ""
		}
	}
	if len(open) == 0 || len(closed) == 0 || len(open)+len(closed) > 4 {
		return ""
	}
	return strings.NewReplacer("{o}", andList(open), "{c}", andList(closed)).Replace(pickAck([]string{
		"So {o} work for you, and {c} are yours — clear enough to tell people.",
		"{o} are open, {c} are not: a fair line, and easy to say.",
		"Good to have it straight: {o} yes, {c} no.",
	}, in.v))
}

var (
	reOpenTime   = mustPattern(`\b(?:happy|fine|free|ok|okay|good|any ?time|open|whenever|great|yes|yeah|yep|sure)\b`)
	reClosedTime = mustPattern(`\b(?:no|not|never|don't|dont|off|left alone|need|nope|leave me|busy|can't|cant|dead|knackered|exhausted|wiped|fried|drained|shattered|wrecked|done in|zombie|spent)\b`)
	reOpenDay    = mustPattern(`\b(?:weekdays|lunchtimes?|lunch breaks?|daytimes?|afternoons|mornings)\b`)
)

// andList joins a few things with commas and a last "and".
func andList(xs []string) string {
	if len(xs) == 1 {
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// reAllPrivate is keeping nearly everything offline.
var reAllPrivate = mustPattern(`\b(?:(?:pretty much |almost |nearly )?everything(?:'s| is)? (?:private|offline)|nothing goes (?:up|online|on there)|(?:0|zero|no) posts|i (?:never|dont|don't) post (?:anything|at all)|(?:private|locked) account)\b`)

// privateGist names what is kept offline when it is a list of things, or
// nearly everything.
func privateGist(in gistInput) string {
	if in.cat != qkLimit {
		return ""
	}
	folded := foldText(in.answer)
	if reAllPrivate.MatchString(folded) {
		return pickAck([]string{
			"Keeping nearly everything private online is a fair choice, and yours to make.",
			"So almost everything stays private — that's a clear line, and a fair one.",
			"Very little of your life goes up online; keeping it private is your call.",
		}, in.v)
	}
	var subjects []string
	for _, m := range reLimitSubject.FindAllStringSubmatch(folded, -1) {
		s := limitSubject(m)
		if !slices.Contains(subjects, s) {
			subjects = append(subjects, s)
		}
	}
	if len(subjects) < 2 || len(subjects) > 4 || reLimitTime.MatchString(folded) {
		return ""
	}
	return strings.ReplaceAll(pickAck([]string{
		"{l}: all kept offline, and those are fair lines to draw.",
		"Keeping {l} offline makes sense; it's your call what goes up.",
		"Clear lines: {l} stay off the internet.",
	}, in.v), "{l}", andList(subjects))
}

// unsaid leaves out of tails those that say again two words running of
// said ("Being left out in group chats — that would leave most people
// feeling left out"); all of them when every one would.
func unsaid(tails []string, said string) []string {
	f := strings.Fields(strings.ToLower(said))
	var out []string
	for _, t := range tails {
		low := " " + strings.ToLower(strings.Trim(t, ".")) + " "
		repeats := false
		for i := 0; i+1 < len(f); i++ {
			if strings.Contains(low, " "+f[i]+" "+f[i+1]+" ") {
				repeats = true
				break
			}
		}
		if !repeats {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return tails
	}
	return out
}

// pronounInAnswer is who the object pronoun obj ("her", "him") stands for when
// the answer itself says so: the one person of that gender it mentions,
// as the companion says it ("your mum"); "" when it mentions none or more
// than one.
func pronounInAnswer(answer, obj string, names []string) string {
	want := map[string]byte{"her": 'f', "him": 'm'}[obj]
	if want == 0 {
		return ""
	}
	var fit []string
	for _, p := range listen.Mentions(reAside.ReplaceAllString(answer, ""), names) {
		if p.Gender == want && !slices.Contains(fit, p.Ref) {
			fit = append(fit, p.Ref)
		}
	}
	if len(fit) != 1 {
		return ""
	}
	return fit[0]
}

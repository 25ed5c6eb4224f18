package compose

import (
	"github.com/companion-dev/companion/agent/internal/count"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent/people"
)

// Kind is what a detail is, which decides where it goes and how it is said.
type Kind int

// The kinds of detail.
const (
	Background Kind = iota // for the writer only: a grievance, "we went on 3 dates", how they know each other
	Memory                 // something shared: "we used to walk home together"
	TheirNews              // something that happened to them: "you got promoted"
	Loss                   // who died; Text is the person: "your dad", "Sean"
	MyNews                 // the writer's own news: "I'm moving back to Leeds"
	Sorry                  // what the writer is sorry for: "I forgot your party"
	ThanksFor              // what the writer thanks them for, as -ing: "looking after my cat"
	Plan                   // a plan or invitation: "a reunion weekend in the summer"
	Ask                    // a request, as a question: "Could you call me?"
	Struggle               // the writer's own hard time: "I've been having a hard time"
	Fact                   // something about them: "you love your garden"
	Noticed                // something that made the writer think of them
	Topic                  // what a follow-up is about: "the camping trip"
	Feeling                // a plain feeling to keep: "I miss our Sunday calls"
	// Rift is a falling-out the writer mentions as background ("since the
	// argument at Easter"), or a loss long past ("mum died ten years
	// ago"): never said in the draft, but it keeps the draft's voice
	// quiet. Text names nothing.
	Rift
)

// Detail is one usable piece of what the person said, rewritten to speak to
// the recipient in the right person and tense.
type Detail struct {
	Kind Kind
	// Text is the rewritten detail; what it holds depends on Kind (a clause,
	// a noun phrase, a question).
	Text string
}

// lateBirthday is a birthday forgotten or missed.
var lateBirthday = regexp.MustCompile(`\b(?:forgot|forgotten|missed|blanked on|spaced on)\b.*\b(?:birthday|bday)\b`)

// Parse reads the details in one message the person typed. name is the
// recipient's name, used to recognise them in the text ("Marcus's dad").
func Parse(text, name string, o Occasion) []Detail {
	if o == "" {
		// Not said what the message is for: it is written as a hello
		// (see newWriter), so what is said is read as for one.
		o = Thinking
	}
	var clauses []string
	requested := map[int]bool{} // clauses left of a request to write
	var out []Detail
	// "a thank you text for my sister for her speech": to her, for the
	// speech (see forwhom.go).
	text = whomAsTo(text)
	// "quick thanks to dave for the lift": thanks for the lift.
	text = courtesyToName(text, name)
	// "landlord Gideon fixed the boiler": who they are, said bare before
	// the name, reads as "my landlord Gideon".
	text = myBeforeBareRelation(text, name)
	// "my sister's husband, Andrés, drove…": who they are, said beside
	// the name, is no detail of its own.
	text = relationBesideName(text, name)
	// "the van died outside ghent": a thing broke down, nobody died (see
	// evidence.go). What was typed stays as it was, for the checks that
	// nothing is pasted back.
	if o == Support {
		// "having knee surgery on the 14th": the writer's own, said so.
		text = barePresent.ReplaceAllString(text, "${1}I'm having ")
		// "Daniel broke up with me": the writer's own news, said so.
		text = leftMe.ReplaceAllString(text, "me and ${1} broke up")
	}
	answering := heardFirst(text)
	told := withSaidThat(withoutChatSource(thingsBroke(babyNameApart(text, name))))
	for _, raw := range splitClauses(lostTouchWhen.ReplaceAllString(soWeCould.ReplaceAllStringFunc(normalise(tidyWords(told), name), meantWe), "$1. $2")) {
		// "just short and say i'll be there", "i want her to know
		// there's soup", "i can offer to do a food shop": what to say,
		// from behind how to say it.
		raw = sayLead(raw)
		if answering && aboutTheSilence(raw) {
			// The silence and their message breaking it are answered by
			// the opening, never told back.
			continue
		}
		if leaveOut.MatchString(strings.TrimSpace(raw)) {
			// "…but i don't want to get into that": what it points
			// back at, told just before, stays out, and so does it
			// (read with the clauses below).
			clauses = append(clauses, strings.TrimSpace(raw))
			continue
		}
		if o == Apology || o == Mend {
			// "sorry i missed his birthday": what the sorry is for.
			raw = sorryLead.ReplaceAllString(strings.TrimSpace(raw), "$1")
		}
		// "called off the wedding 2 weeks before": a "before" with nothing
		// after it reads cut off.
		raw = danglingBefore.ReplaceAllString(raw, "")
		raw = oddnessTail.ReplaceAllString(raw, "")
		if raw = hedgeTail.ReplaceAllString(raw, ""); onlyHedge.MatchString(strings.TrimSpace(raw)) || notKnowingHow.MatchString(strings.TrimSpace(raw)) || mannerNote.MatchString(strings.TrimSpace(raw)) ||
			iHaveA.MatchString(strings.TrimSpace(raw)) || writerNote(strings.TrimSpace(raw)) {
			// "i think", "lol idk": how sure the writer is, nothing to
			// tell them.
			continue
		}
		if d, before, ok := relayed(raw, name, text, o); ok {
			// "and ask if he fancies climbing on saturday": what the
			// message is to ask, offer or remind them of (see relay.go).
			out = appendDetail(out, d)
			if raw = before; strings.TrimSpace(raw) == "" {
				continue
			}
		}
		if unsaidThing.MatchString(strings.TrimSpace(raw)) {
			if d, ok := askOfThem(leadFiller.ReplaceAllString(strings.TrimSpace(raw), ""), name, text); ok && o != Group {
				// "can he come over and play fifa and not talk about it":
				// an ask of them, said to them (see askthem.go).
				out = appendDetail(out, d)
				continue
			}
			// "i don't want to bring up the fight": what to keep out of
			// the message, never part of it (see unsaidWords).
			continue
		}
		if d, ok := amendsOf(leadFiller.ReplaceAllString(strings.TrimSpace(raw), ""), name, o); ok {
			// "want to own it and pay for the repair": what the writer
			// will do to make it right (see amends.go).
			out = appendDetail(out, d)
			continue
		}
		if o == Apology || o == Mend {
			// "i didn't mean anything by it" takes the sorry back and
			// stays out; "it was out of line" is the writer owning it.
			if d, drop, ok := apologyAside(raw); ok {
				if !drop {
					out = appendDetail(out, d)
				}
				continue
			}
		}
		if noExcuse.MatchString(raw) && !sorryFor.MatchString(raw) {
			// "i didn't have a good reason": how to say sorry, not what
			// for.
			continue
		}
		if purposeOnly.MatchString(strings.TrimSpace(raw)) {
			// "i just want to reconnect": what the message is for, which
			// its shape already says.
			continue
		}
		if m := offering.FindStringSubmatch(raw); m != nil {
			// "a card offering to help with the garden": the offer, said
			// even when the clause is the request itself.
			out = appendDetail(out, Detail{Kind: Feeling, Text: "I'd be glad to " + secondPerson(m[1], name, false)})
		}
		if o == Birthday && lateBirthday.MatchString(strings.ToLower(raw)) && lastOf(out, Sorry) < 0 {
			// "i forgot my best friend tamsin's birthday": a belated
			// birthday, whoever's name the clause carries.
			out = appendDetail(out, Detail{Kind: Sorry, Text: "that I forgot your birthday"})
			continue
		}
		if m := happyNth.FindStringSubmatch(raw); m != nil && o == Birthday {
			// "a happy 90th message for my grandma": the age, said even
			// when the clause is the request itself.
			out = appendDetail(out, Detail{Kind: Fact, Text: "age:" + m[1]})
		}
		if o == Group {
			// "say hi and that i miss them": to a group, they are the
			// "you all" of the message.
			raw = missThem.ReplaceAllString(raw, "${1}I $2 you all")
		}
		if m := onAir.FindStringSubmatch(strings.TrimSpace(raw)); m != nil && !strings.EqualFold(m[1], "it") {
			// "the football was on last night": what was on is what
			// brought them to mind.
			verb := "watched"
			if strings.Contains(strings.ToLower(m[2]), "radio") {
				verb = "heard"
			}
			out = appendDetail(out, Detail{Kind: Noticed, Text: verb + "|" + m[1] + strings.TrimRight(m[3], ".!")})
			continue
		}
		if m := leadHedge.FindStringSubmatchIndex(raw); m != nil && !strings.EqualFold(raw[m[2]:m[3]], "I") {
			// "i think she'd been sick for a while": how sure the writer
			// is about someone else, not the writer's own news.
			raw = raw[m[2]:]
		}
		if m := sawThat.FindStringIndex(raw); m != nil {
			// "i saw on instagram that he just got engaged": the news,
			// not where it was seen.
			raw = raw[m[1]:]
		}
		if o == Thanks && subjectlessDeed.MatchString(raw) {
			// "… sent flowers and came to the funeral": the second deed is
			// theirs too.
			raw = "you " + raw
		}
		if m := theySentThing.FindStringSubmatch(raw); m != nil && o == Thanks {
			// "hana and zoe sent flowers and came to the funeral": thanks
			// for the flowers; what else they did is said on its own.
			out = appendDetail(out, Detail{Kind: ThanksFor, Text: "the " + strings.TrimSpace(m[1])})
			if rest := strings.TrimSpace(m[2]); rest != "" {
				raw = rest
			} else {
				continue
			}
		}
		if m := theirThingDid.FindStringSubmatch(raw); m != nil && o == Thanks {
			// "his speech at our wedding had everyone crying": thanks for
			// the speech; what it did is for the writer to say.
			out = appendDetail(out, Detail{Kind: ThanksFor, Text: "your " + strings.TrimSpace(m[1])})
			continue
		}
		if o == Support && askForHelp.MatchString(raw) && !neverAsk.MatchString(raw) {
			// "help me ask my brother for help": the ask itself; "i never
			// ask anyone for help" is about the writer, no ask.
			ask := "need:Could you give me a hand?"
			if m := helpWith.FindStringSubmatch(raw); m != nil && len(strings.Fields(m[1])) <= 6 {
				// "ask my dad for help with rent this month": what the
				// help is with is the ask.
				ask = "need:Could you help me with " + strings.TrimSpace(m[1]) + "?"
			}
			out = appendDetail(out, Detail{Kind: Ask, Text: ask})
		}
		if o == Support && notAfter.MatchString(strings.ToLower(raw)) {
			// Said for the writer's sake; the message says it its own way
			// (see below).
			continue
		}
		if m := justTalk.FindStringIndex(raw); o == Support && m != nil {
			// "i just want to talk": what is asked is a talk, asked once.
			if lastOf(out, Ask) < 0 && !notAfter.MatchString(strings.ToLower(text)) {
				out = appendDetail(out, Detail{Kind: Ask, Text: "need:Could we talk sometime soon?"})
			}
			if len(strings.Fields(raw[:m[0]])) <= 2 {
				// Nothing else in the clause to say.
				continue
			}
			raw = talkTail.ReplaceAllString(raw[:m[0]], "")
		}
		if o == FollowUp {
			if ds := followUpDetails(raw, name); len(ds) > 0 {
				// "i sent her a card a month ago… just want to check she
				// got it": what is followed up, said as a follow-up.
				for _, d := range ds {
					out = appendDetail(out, d)
				}
				continue
			}
		}
		if o == Group {
			// "end of year picnic, saturday the 21st at the park": the
			// get-together put to the group, its when and where with it.
			if d, when, ok := groupEvent(raw); ok {
				if when != "" {
					if i := lastOf(out, Plan); i >= 0 {
						out[i].Text = joinWhen(out[i].Text, when)
					} else {
						// Typed after the plan, in a message of its own:
						// joined to it when the draft is written.
						out = appendDetail(out, Detail{Kind: Plan, Text: "when:" + when})
					}
					continue
				}
				out = appendDetail(out, d)
				continue
			}
		}
		if o == Group {
			if label := chatLabel(raw); label != "" {
				// "the book club chat": which chat, for the opening.
				out = appendDetail(out, Detail{Kind: Fact, Text: "chat:" + label})
			}
			if askAll.MatchString(raw) {
				// "ask how everyones doing": the question to the group.
				out = appendDetail(out, Detail{Kind: Feeling, Text: groupHow})
				continue
			}
			// "can i suggest a new book": the suggestion itself.
			raw = askToSuggest.ReplaceAllString(raw, "suggest ")
			if m := groupWhoFor.FindStringSubmatch(strings.TrimRight(raw, ".!")); m != nil {
				// "ask whos up for a curry on friday", "see if anyone would
				// like to meet again in june": the plan, a verb said as
				// doing it.
				plan := m[2]
				if strings.HasSuffix(strings.ToLower(m[1]), "to") {
					plan = baseGerund(plan)
				}
				plan = trimTail(plan)
				if sharesRun(plan, text, 7) {
					// "5 a side on thursdays over the summer" reads the
					// same as "5 a side over the summer, on thursdays".
					plan = swapLastTwo(plan)
				}
				if t := avoidCopy(plan, text, 7); t != "" {
					out = appendDetail(out, Detail{Kind: Plan, Text: t})
				}
				continue
			}
			if m := groupFancy.FindStringSubmatch(raw); m != nil {
				// "see if anyone fancies a kickabout": the plan, in words of
				// its own when it is long.
				if t := avoidCopy(trimTail(m[1]), text, 7); t != "" {
					out = appendDetail(out, Detail{Kind: Plan, Text: t})
				}
				continue
			}
			if m := restartThing.FindStringSubmatch(strings.TrimRight(raw, ".!")); m != nil {
				// "want to get thursday games going again": what was done
				// together is the plan put to them.
				out = appendDetail(out, Detail{Kind: Plan, Text: trimTail(m[1])})
				continue
			}
			if m := gatherFor.FindStringSubmatch(raw); m != nil {
				// "want to get everyone together for drinks": what they
				// would gather for is the plan put to them.
				if t := avoidCopy(trimTail(m[1]), text, 7); t != "" {
					out = appendDetail(out, Detail{Kind: Plan, Text: t})
				}
				continue
			}
			if m := someoneElsesDay.FindStringSubmatch(raw); m != nil {
				// "gran turns 85 in march": news of someone the whole
				// group shares, said as it is.
				out = appendDetail(out, Detail{Kind: Feeling, Text: trimTail(m[0])})
			}
		}
		if m := namedAfter.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
			// "we named her after our nan": whom the name honours, glad
			// of it, never a memory of the writer's.
			out = appendDetail(out, Detail{Kind: Fact, Text: "namedafter:" + strings.ToLower(m[1]) + "|" + trimTail(strings.TrimRight(m[2], ".!"))})
			continue
		}
		if names, ok := namedAs(raw); ok {
			// "the baby's called ivy": a name given, glad of it.
			out = appendDetail(out, Detail{Kind: Fact, Text: "named:" + names})
			continue
		}
		if m := metAt.FindStringSubmatch(raw); m != nil && (o == Professional || o == Congrats || o == Thanks || o == Reconnect) {
			// "someone I met once at a conference": where they met, said
			// even when the clause is the request itself.
			out = appendDetail(out, Detail{Kind: Memory, Text: "met:the " + m[1]})
		}
		if encourage := cheerOn.MatchString(raw); encourage && o != Condolence && o != Apology && o != Mend && o != Support {
			// "something encouraging for when she wakes up": said as
			// belief in them.
			out = appendDetail(out, Detail{Kind: Feeling, Text: "I believe in you, and you've got this"})
		}
		raw = forWhenWake.ReplaceAllString(raw, "")
		if m := sorryForAnd.FindStringSubmatch(raw); m != nil && (o == Apology || o == Mend) {
			// "say sorry for going quiet and that i'd love to call": what
			// the sorry is for, then what else to say.
			out = appendDetail(out, Detail{Kind: Sorry, Text: "for " + trimTail(secondPerson(m[1], name, false))})
			raw = m[2]
		}
		if wishToWrite.MatchString(strings.TrimSpace(raw)) {
			// "would love to send her a quick note": the request itself.
			continue
		}
		if d, ok := requestDetail(raw, name, o); ok {
			// "i want to apologise and drop off some flowers": the request
			// itself, and what it carries besides, never the person's
			// words pasted back.
			t := avoidCopy(d.Text, text, 8)
			if t == "" {
				// Without its last "when" before it is lost: "…moving to
				// the data team?" rather than nothing.
				t = avoidCopy(lastWhen.ReplaceAllString(d.Text, "$1"), text, 8)
			}
			if d.Text = t; t != "" {
				out = appendDetail(out, d)
			}
			continue
		}
		stripped := stripRequest(raw, name)
		if len(stripped) != 1 || stripped[0] != strings.TrimSpace(raw) {
			// What is left of a request ("thanks for everything she
			// taught me" of "i want to say thanks for…") is what the
			// request was for, never more about a thing told before.
			for i := range stripped {
				requested[len(clauses)+i] = true
			}
		}
		clauses = append(clauses, stripped...)
	}
	// "her dad… his restaurant": his is the dad's, not the recipient's.
	clauses = namedTheirs(clauses, text, name)
	lost := ""
	lostAs := "" // who died, in words that tell "he" from "she"
	subject := ""
	prevName := false
	prevDeath := false // the clause before told of a death
	prevStart := 0     // where the details of the clause before this one start
	for ci, c := range clauses {
		if loc := leaveOut.FindStringIndex(c); loc != nil && len(strings.Fields(c[:loc[0]])) >= 4 {
			// "also he failed his test last week pls don't bring it up":
			// what is kept out is told in the same clause, and only that
			// clause goes.
			continue
		}
		if leaveOut.MatchString(c) || unadmitted.MatchString(c) || otherStory.MatchString(c) {
			// "one of them still owes everyone money, but leave that out":
			// what was said just before is for the writer only, though a
			// row still keeps the voice quiet.
			out = keepRifts(out, prevStart)
			continue
		}
		if !requested[ci] && elaborate(out, c, text) {
			// "…her first book, its about urban gardening": said with
			// the book.
			continue
		}
		if d, ok := more(c); ok {
			// "it's for a project manager job", typed later: said with
			// what it is about when the draft is written.
			out = append(out, d)
			continue
		}
		prevStart = len(out)
		if name != "" && (strings.EqualFold(strings.TrimSpace(c), name) && strings.Contains(name, " ")) {
			// "arjun mehta", said alone: who it is to, nothing to say.
			prevName = true
			continue
		}
		c = offTail.ReplaceAllString(c, "")
		c = strings.TrimSpace(attemptCount.ReplaceAllString(c, ""))
		if (o == Thanks || o == Professional) && name != "" {
			c = doerAsName(c, name, len(out) == 0 && !prevName)
		}
		if f := strings.Fields(c); o == Congrats && len(out) == 0 && !prevName && len(f) > 1 && pastVerb(strings.ToLower(f[0])) {
			// "ran his first marathon at 62", "finished in 4h50": their
			// news, its subject left out.
			subj := "they"
			if strings.Contains(" "+strings.ToLower(c)+" ", " his ") {
				subj = "he"
			} else if strings.Contains(" "+strings.ToLower(c)+" ", " her ") {
				subj = "she"
			}
			if name != "" {
				subj = firstName(name)
			}
			c = subj + " " + c
		}
		if s, ok := theirShorthand(c, name, o); ok && !prevName {
			// "just started climbing", "off to uni in september": their
			// news with its subject left out (see shorthand.go).
			c = s
		}
		if (o == Apology || o == Mend) && len(out) == 0 && ownFaultVerb.MatchString(c) {
			// "keep missing his calls", said with no subject: the
			// writer's own doing.
			c = "I " + c
		}
		if f := strings.Fields(c); prevName && len(f) > 1 && pastVerb(strings.ToLower(f[0])) {
			// "someone from my spin class, Odalys, ran her first
			// marathon": the name was the subject.
			c = firstName(name) + " " + c
		}
		prevName = name != "" && (strings.EqualFold(strings.TrimSpace(c), firstName(name)) || namePair.MatchString(c) && strings.EqualFold(strings.Fields(c)[0], firstName(name)))
		// "he's turning 30 and is obsessed with…": the second clause
		// takes the first one's subject.
		if forThanks.MatchString(c) && (o == Thanks || o == Apology || o == Mend || o == Professional) {
			// "…, for recommending us": what the thanks or the apology is for.
			c = "FOR " + c[4:]
		}
		body, mark := c, ""
		for _, m := range []string{"FOR ", "ABOUT ", "ASK ", "WHO ", "ON "} {
			if strings.HasPrefix(body, m) {
				body, mark = body[len(m):], m
			}
		}
		if f := strings.Fields(body); len(f) > 0 && elided[strings.ToLower(f[0])] && subject != "" && mark == "" &&
			(len(f) < 2 || !subjects[strings.ToLower(f[1])] && !strings.EqualFold(f[1], "it")) {
			// Not before a subject of its own: "could she quiz me" asks,
			// "would it be ok to ask her" is the writer asking.
			c = subject + " " + body
			if subject == "you" {
				// "…and is opening his own bakery": said to them, "are".
				c = youAgree.ReplaceAllStringFunc(c, func(x string) string {
					return "you " + map[string]string{"is": "are", "was": "were", "has": "have"}[strings.ToLower(x[4:])]
				})
			}
		} else if len(f) > 0 {
			if w, _, _ := strings.Cut(strings.ToLower(f[0]), "'"); subjects[w] {
				subject = w
				if w == "i" {
					subject = "I"
				}
			} else if name != "" && strings.HasPrefix(secondPerson(body, name, false), "you ") {
				// "my mum drove 4 hours…, spent the weekend painting": the
				// recipient, named, is the subject that carries on.
				subject = "you"
			}
		}
		if d, ok := writerOffer(c, name, text, o); ok {
			// "if he needs a lift i can drive": an offer, said to them
			// (see offer.go).
			out = appendDetail(out, d)
			continue
		}
		if d, ok := quietDetail(c, o); ok {
			out = appendDetail(out, d)
			continue
		}
		// "we haven't talked since the summer we worked at the cafe": the
		// silence is background, the time it names is a shared memory.
		if m := sinceEvent.FindStringSubmatch(c); m != nil && len(strings.Fields(m[1])) >= 2 && riftWords.MatchString(m[1]) {
			// "since the argument at Easter": what ended the talking is a
			// grievance, for the writer only; it only shapes the tone.
			if o != Apology && o != Mend {
				out = appendDetail(out, Detail{Kind: Rift})
			}
			continue
		}
		if m := sinceEvent.FindStringSubmatch(c); m != nil && len(strings.Fields(m[1])) >= 3 && strings.HasPrefix(strings.ToLower(m[1]), "the ") {
			if t := avoidCopy(m[1], text, 8); t != "" {
				out = appendDetail(out, Detail{Kind: Memory, Text: t})
			}
			continue
		}
		if m := sinceEvent.FindStringSubmatch(c); m != nil && len(strings.Fields(m[1])) >= 2 {
			// "we haven't talked since her wedding last year", "since we
			// moved away": when they last saw each other, said to them.
			if t := avoidCopy(secondPerson(m[1], name, false), text, 8); t != "" {
				out = appendDetail(out, Detail{Kind: Memory, Text: "since:" + t})
			}
			continue
		}
		if m := roleWas.FindStringSubmatch(c); m != nil && (m[1] == "" || name == "" || strings.EqualFold(m[1], firstName(name)) || subjects[strings.ToLower(m[1])]) {
			// "he was our goalkeeper": their part in the writer's life,
			// remembered; what follows "and" is said of them.
			role := "your time as " + strings.ToLower(m[2]) + " " + m[3]
			if w := strings.Fields(m[3]); peerRole[strings.ToLower(w[len(w)-1])] {
				// "she was my roommate": a part they both had.
				role = "our time as " + strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(m[3], "old "), "best ")) + "s"
			}
			if m[4] != "" {
				role += " " + m[4]
			}
			if t := avoidCopy(role, text, 8); t != "" {
				out = appendDetail(out, Detail{Kind: Memory, Text: t})
			}
			if f := strings.Fields(strings.ToLower(m[5])); len(f) > 1 && !subjects[strings.Split(f[0], "'")[0]] && (hasVerb(strings.ToLower(m[5])) || pastVerb(f[0])) {
				// "…and saved a penalty in the cup final": what they did
				// then, remembered with it.
				if t := avoidCopy("how you "+secondPerson(m[5], name, false), text, 8); t != "" {
					out = appendDetail(out, Detail{Kind: Memory, Text: t})
				}
			}
			continue
		}
		if m := nameWas.FindStringSubmatch(c); m != nil {
			pro := map[string]string{"his": "him", "her": "her"}[strings.ToLower(strings.Fields(c)[0])]
			if i := lastOf(out, Loss); i >= 0 && !strings.Contains(out[i].Text, ":") && out[i].Text != "loss" &&
				!strings.EqualFold(m[1], firstName(name)) && (pro == "" || pronounFor(out[i].Text) == "them" || pronounFor(out[i].Text) == pro) {
				// "her sister died … her name was tolu": the one who died,
				// by name.
				out[i].Text += " " + upFirst(strings.ToLower(m[1]))
				continue
			}
		}
		if agedAfterDeath(c, prevDeath) {
			// "lost his old collie yesterday, she was 15": the age is the
			// one who died, for the writer only; a pet's long life is
			// said as the years they had together.
			if i := lastOf(out, Loss); i >= 0 && petLoss(out[i].Text, text) {
				if m := petYears.FindStringSubmatch(c); m != nil {
					out = appendDetail(out, Detail{Kind: Feeling, Text: "I know how much those " + m[2] + " years with " +
						map[string]string{"he": "him", "she": "her"}[strings.ToLower(m[1])] + " meant to you"})
				}
			}
			continue
		}
		prevDeath = deathWords.MatchString(c)
		c = deadByName(c, lost, lostAs)
		for _, d := range classify(c, name, o, lostAs) {
			if d.Kind == Loss {
				lost = lostOne(d.Text)
				lostAs = lost
				if m := lossLost.FindStringSubmatch(c); m != nil && pronounFor(lost) == "them" {
					// "lost her husband Raúl": the family word tells
					// whether "he" in what follows is Raúl.
					lostAs = m[1]
				}
			}
			// "I remember his dad teaching us to fish": after the loss,
			// "him teaching us to fish".
			if d.Kind == Memory && lost != "" && strings.HasPrefix(d.Text, lost+" ") {
				d.Text = pronounFor(lost) + d.Text[len(lost):]
			}
			if d.Kind == Rift {
				out = appendDetail(out, d)
				continue
			}
			if d.Kind == TheirNews && o == Group {
				// A group is no one person: news of someone in it is
				// for the writer.
				continue
			}
			if d.Kind == Plan {
				// "trying to plan a reunion this summer": the reunion.
				d.Text = tryingTo.ReplaceAllString(d.Text, "")
				// "get a casual kickabout going in the park" is a casual
				// kickabout in the park, said in fewer of their words.
				if m := getGoing.FindStringSubmatch(d.Text); m != nil && strings.TrimSpace(m[3]) != "" {
					d.Text = m[1] + " " + m[2] + m[3]
				}
			}
			if d.Kind == Plan && vaguePlan.MatchString(d.Text) {
				// "lets do it": a plan that names nothing is left out
				// rather than asked about as "we do it".
				continue
			}
			if d.Kind == Topic || d.Kind == Plan {
				// "the camping trip like 3 weeks ago": how long ago it was
				// asked is the silence, never part of what is asked.
				d.Text = cutAgo.ReplaceAllString(d.Text, "")
			}
			if d.Kind == Background || len(strings.Fields(d.Text)) < 2 && (d.Kind == TheirNews || d.Kind == Memory || d.Kind == Topic) {
				continue
			}
			run := 8
			if d.Kind == Sorry || d.Kind == ThanksFor || d.Kind == Plan && leadSaid.MatchString(text) {
				// Said after "for" or "how about", as the person may have.
				run = 7
			}
			t := avoidCopy(d.Text, text, run)
			if t == "" && (d.Kind == Memory || d.Kind == MyNews || d.Kind == Ask || d.Kind == Feeling) {
				// A memory or news told at length is said without its
				// where and when rather than pasted or lost.
				if b := weBoth.ReplaceAllString(d.Text, "${1}we both $2"); d.Kind == Memory && b != d.Text {
					// "the summer we both worked at the ice cream van":
					// one word more, and the person's words are no longer
					// pasted whole; cut only if that is not enough.
					if t = b; sharesRun(b, text, run-1) {
						t = cutFresh(b, text, run, true)
						if sw := swapTail(b); sw != b && !sharesRun(sw, text, run-1) {
							// "…for two years in Leeds" said as "…in Leeds
							// for two years": everything kept, in an order
							// of its own.
							t = sw
						}
					}
				}
				if t == "" {
					t = cutFresh(d.Text, text, run, d.Kind == Memory)
				}
			}
			if t == "" && !verbatim[d.Kind] {
				// Rendered around a changed verb ("picking me up"): kept,
				// without the where and when that would make it a copy.
				t = d.Text
				if s := cutLong(t); s != t && !thankedForNews(d, o) && (sharesRun(t, text, 8) || sharesRun("for "+t, text, 8)) && !sharesRun(s, text, run) {
					t = s
				}
				if d.Kind == Sorry && sharesRun(t, text, 8) {
					// "…about your girlfriend when I'd had too much to
					// drink": what was done, without the when.
					if s := cutFresh(t, text, run, false); s != "" {
						t = s
					}
				}
			}
			if d.Kind == ThanksFor && sharesRun("for "+t, text, 8) {
				// "thank you for" before it would make it a copy again.
				for _, s := range []string{cutLong(t), cutAt(t, forTail)} {
					if s != t && !sharesRun("for "+s, text, 8) {
						t = s
						break
					}
				}
			}
			if thankedForNews(d, o) {
				// Said around the changed verb, it must not be a copy either.
				g, _ := thankedFor(t)
				if sharesRun("for "+g, text, 8) {
					// Reworded before it is cut: "all the way over from
					// Cardiff to help me move into the new flat".
					for _, s := range []string{reworded(t, "for ", text), cutLong(t), cutAt(t, forTail)} {
						if sg, _ := thankedFor(s); s != t && !sharesRun("for "+sg, text, 8) {
							t = s
							break
						}
					}
				}
			}
			if d.Text = t; t == "" || strings.ContainsAny(t, "{}[]<>") {
				// Brackets are markup or noise, never something to say.
				continue
			}
			if n := len(out); n > 0 && out[n-1].Kind == Noticed && d.Kind == TheirNews && strings.Count(out[n-1].Text, "|") == 1 && pronounEnd.MatchString(d.Text) {
				// "saw sunflowers at the market, she always grew them": why
				// it made the writer think of them.
				out[n-1].Text += "|" + d.Text
				continue
			}
			if d.Kind == Sorry && d.Text == "for not replying" && hasSorryFor(out, "for not replying") {
				continue
			}
			if d.Kind == Feeling && itMeant.MatchString(d.Text) {
				if i := lastOf(out, ThanksFor); i >= 0 {
					// "for having the kids — it meant we could get away":
					// what the kindness made possible, said with it.
					out[i].Text += " — it meant " + strings.TrimPrefix(d.Text, "It meant ")
					continue
				}
			}
			if d.Kind == Feeling && bareFeeling.MatchString(d.Text) {
				// "I want her to know I remember": the occasion's own
				// lines say it; alone it reads cut off.
				continue
			}
			out = appendDetail(out, d)
		}
	}
	if o == Condolence {
		out = lossOfTheirs(out, text, name)
	}
	if n := newbornOf(text); n != "" && (o == Congrats || o == "") && !namedIn(out, n) && !isRecipient(n, name) {
		// "a baby girl, Noor, on tuesday": the baby greeted by name.
		out = appendDetail(out, welcomeNewborn(n))
	}
	if o == Thinking || o == Reconnect {
		if line := thoughtWith(text, name); line != "" {
			// "thinking of her this week with her exams": what they are
			// thought of with is the point, said to them.
			out = appendDetail(out, Detail{Kind: Feeling, Text: strings.TrimSuffix(line, ".")})
		}
	}
	if privateAsked.MatchString(text) {
		out = appendDetail(out, Detail{Kind: Background, Text: "private"})
	}
	if answering {
		out = appendDetail(out, Detail{Kind: Background, Text: "heardfirst"})
	}
	if hearsaid.MatchString(text) {
		out = appendDetail(out, Detail{Kind: Background, Text: "hearsay"})
	}
	if noPityAsked.MatchString(text) {
		out = appendDetail(out, Detail{Kind: Background, Text: "nopity"})
	}
	for _, w := range unsaidWords(text) {
		out = appendDetail(out, Detail{Kind: Background, Text: "unsaid:" + w})
	}
	if m := notAfter.FindStringSubmatch(strings.ToLower(text)); m != nil && o == Support {
		// "i dont want him to feel like i want money": what they must
		// not think the message is after stays out of it (see
		// dropNotAfter), and the message says so.
		out = appendDetail(out, Detail{Kind: Background, Text: "notafter:" + m[1]})
		out = appendDetail(out, Detail{Kind: Ask, Text: "need:I'm not asking for anything — I'd just like to talk."})
	}
	for i := range out {
		// "Karolina from accounts ran…", to Karolina: "you ran…".
		out[i].Text = withoutWhereFrom(out[i].Text)
	}
	out = yoursNamed(out)
	if o == Reconnect && lostTouchAfterLoss.MatchString(strings.ToLower(text)) && !hasKind(out, Rift) {
		// "we lost touch after grandma's funeral": the silence dates from
		// a loss in the family, which keeps the message's voice quiet.
		out = appendDetail(out, Detail{Kind: Rift})
	}
	if o == Birthday {
		// "wayne's birthday tmrw", to Wayne: the occasion itself, which
		// the greeting says; never news to congratulate.
		out = slices.DeleteFunc(out, func(d Detail) bool { return d.Kind == TheirNews && onlyTheDay.MatchString(d.Text) })
	}
	if o == HardTime {
		// "on sick leave for burnout": what they are going through is
		// never a thing to thank them for.
		out = slices.DeleteFunc(out, func(d Detail) bool {
			return d.Kind == ThanksFor && (badNews.MatchString(d.Text) || strainNoun.MatchString(d.Text) || ruleOccasion(d.Text) == HardTime || ruleOccasion(d.Text) == Condolence)
		})
	}
	return foldHomecoming(withoutBareSupport(out), o)
}

// myBeforeBareRelation puts "my" before a relationship word that opens
// the text right before the recipient's name: "stepdad Wayne's birthday
// tmrw" is "my stepdad Wayne's birthday tmrw".
func myBeforeBareRelation(text, name string) string {
	if name == "" {
		return text
	}
	word, rest, ok := strings.Cut(strings.TrimSpace(text), " ")
	if !ok || people.Relation(strings.ToLower(word)) == "" || !strings.HasPrefix(strings.ToLower(rest), strings.ToLower(name)) {
		return text
	}
	if after := rest[len(name):]; after != "" && (unicode.IsLetter(rune(after[0])) || unicode.IsDigit(rune(after[0]))) {
		return text
	}
	return "my " + strings.ToLower(word) + " " + rest
}

// whereFrom is where someone named is known from, said beside them as
// they are named: "Karolina from accounts ran…", "Dev from the gym
// got…". Said to them it is nothing to tell: "you ran…".
var whereFrom = regexp.MustCompile(`(?i)\b(you|your) from (?:the |my |our )?(?:accounts|finance|hr|it|marketing|sales|legal|admin|ops|payroll|reception|work|the office|office|upstairs|downstairs|next door|across the road|church|uni|school|college|gym|yoga|book club|choir|[\w'-]+ (?:team|department|dept|club|class|group))\b,?`)

// withoutWhereFrom drops where the recipient is known from, said as they
// are named.
func withoutWhereFrom(s string) string {
	return whereFrom.ReplaceAllString(s, "$1")
}

// sentFor is what something sent was for, right after it: "to my 30th",
// "for the reunion on the 12th".
var sentFor = regexp.MustCompile(`(?i)^\s+(?:to|for) (?:my|our|the) [\w']+(?: (?:party|drinks|do|dinner|bbq|wedding|leaving do|housewarming|birthday))?(?: (?:on|next|this) \w+)?`)

// lostTouchAfterLoss is a silence that dates from a funeral or a death.
var lostTouchAfterLoss = regexp.MustCompile(`\b(?:lost touch|drifted(?: apart)?|stopped talking|fell out of touch|haven'?t (?:talked|spoken|seen each other)|not (?:talked|spoken)) (?:[\w']+ ){0,3}?(?:since|after) (?:the |[\w']+'s |my |our |his |her )?(?:[\w']+ )?(?:funeral|passing|death)\b`)

// hasKind reports whether ds has a detail of kind k.
func hasKind(ds []Detail, k Kind) bool {
	for _, d := range ds {
		if d.Kind == k {
			return true
		}
	}
	return false
}

// yoursAlone is "yours" standing for a thing of theirs named before it:
// "…lent me her scarf and i still have hers".
var yoursAlone = regexp.MustCompile(`(?i)\b((?:have|has|had|got|keep|kept|still have|return|returning|give back|bring back|borrowed|wearing|wore|washed|found)) (?:yours|your)$`)

// yourThing is a thing of theirs named: "your scarf", "your blue jumper".
var yourThing = regexp.MustCompile(`(?i)\byour ([a-z]+)(?: ([a-z]+))?\b`)

// thingStop are words that end the name of a thing: "your scarf while…".
var thingStop = wordset.Of(`while when in at on for and to from with because since after before as so but or that which who until till by of the a an`)

// yoursNamed says which thing a "yours" on its own stands for, from the
// thing of theirs named last before it: "I still have your scarf", never
// "I still have yours" in a message that says it only once.
func yoursNamed(ds []Detail) []Detail {
	thing := ""
	for i, d := range ds {
		if thing != "" {
			if loc := yoursAlone.FindStringSubmatchIndex(d.Text); loc != nil {
				ds[i].Text = d.Text[:loc[3]] + " your " + thing
				continue
			}
		}
		if m := yourThing.FindAllStringSubmatch(d.Text, -1); m != nil {
			last := m[len(m)-1]
			if thing = last[1]; last[2] != "" && !thingStop[strings.ToLower(last[2])] {
				thing += " " + last[2]
			}
		}
	}
	return ds
}

// onlyTheDay is a birthday named with when it is and nothing more.
var onlyTheDay = regexp.MustCompile(`(?i)^(?:it'?s |it is )?your (?:\d{1,3}(?:st|nd|rd|th) |big )?(?:birthday|bday)(?: is)?(?: (?:today|tomorrow|tmrw|on \w+|this \w+|next \w+|soon))?$`)

// bareSupport is support asked for without saying what: "ask her for
// support". It names what the message is, which the need asked says.
var bareSupport = regexp.MustCompile(`(?i)^for (?:some |a little |a bit of |a lot of |emotional |moral )?(?:support|help|a hand)$`)

// withoutBareSupport leaves out an ask for support named only as such
// ("Would you be open to support?") when another ask says what is needed.
func withoutBareSupport(ds []Detail) []Detail {
	need := false
	for _, d := range ds {
		need = need || d.Kind == Ask && strings.HasPrefix(d.Text, "need:")
	}
	if !need {
		return ds
	}
	out := ds[:0:0]
	for _, d := range ds {
		if d.Kind == Ask && bareSupport.MatchString(d.Text) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// sorryFor is a clause that says what the writer is sorry for.
var sorryFor = regexp.MustCompile(`(?i)\b(?:sorry|apologi[sz]e)\b`)

// noPityAsked is the person asking the message not to pity: "don't make
// it sound like pity", "i don't want her to feel sorry-for", "no pity".
var noPityAsked = regexp.MustCompile(`(?i)\b(?:no|not|don'?t|dont|do not|without|never|less)\b[^.!?]{0,40}\b(?:pity|pitying|pitied|pitiful|charity case|condescending|patroni[sz]\w*)\b`)

// unsaidThing is the writer asking to keep something out of the message:
// "i don't want to bring up the fight", "i'd rather not mention her ex",
// "don't get into the money thing", "without bringing the wedding up".
var unsaidThing = regexp.MustCompile(`(?i)(?:^|[.!?;,]\s*|\bi(?:'d|d| would| really| just| honestly| also)* |\bplease |\bbut |\band |\bso |\bjust )(?:(?:really |just |honestly )?(?:don'?t|do not|dont|rather not|won'?t|wont|never|not|without|no need to) (?:really |even )?(?:want to |wanna |going to |gonna |need to |have to |to )?)(?:(?:bring(?:ing)? up|mention(?:ing)?|talk(?:ing)? about|go(?:ing)? into|get(?:ting)? into|rehash(?:ing)?|dig(?:ging)? up|drag(?:ging)? up|make it about) (?:the |our |that |this |his |her |their |my |any of |what happened (?:at|on|with|over) (?:the |our )?)?(?:whole |stupid |big )?([a-z']+)|bring(?:ing)? (?:the |our |that |this |his |her |their |my )?([a-z']+)(?: [a-z']+)? up)`)

// purposeOnly is a clause that only says what the message is for.
var purposeOnly = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:i )?(?:just |really |only |mostly )*(?:want|wanna|would like|'d like|wanted|hope) to (?:just )?(?:reconnect|be back in touch|get back in touch|get in touch again|reach out|say hi|say hello|check in|break the ice|be friends again|start talking again|talk again)(?: with (?:her|him|them|you))?[.!]?$`)

// genericUnsaid are words that point back at the row itself ("bring it
// up"); rowWords are a falling-out named.
var (
	genericUnsaid = wordset.Of(`it that this up anything stuff what all everything`)
	rowWords      = regexp.MustCompile(`(?i)\b(?:fight\w*|fought|argu\w*|row|rows|falling out|fell out|disagree\w*|blow ?up|bust-up|tiff|spat|how we left things|what happened)\b`)
)

// unsaidWords are what text asks to keep out of the message: the word
// named, or "row" for the falling-out itself.
func unsaidWords(text string) []string {
	var out []string
	for _, m := range unsaidThing.FindAllStringSubmatch(text, -1) {
		w := strings.ToLower(m[1] + m[2])
		if genericUnsaid[w] || rowWords.MatchString(w) {
			w = "row"
		}
		out = append(out, w)
	}
	return out
}

// dropUnsaid leaves out of s every detail that names what the person asked
// to keep out, whichever message it came from; a falling-out kept out turns
// the mending into a plain getting back in touch.
func dropUnsaid(s Spec) Spec {
	var words []string
	row := false
	for _, d := range s.Details {
		if w, ok := strings.CutPrefix(d.Text, "unsaid:"); ok && d.Kind == Background {
			words = append(words, w)
			row = row || w == "row"
		}
	}
	if len(words) == 0 {
		return s
	}
	if row && s.Occasion == Mend {
		s.Occasion = Reconnect
	}
	var wordRes []*regexp.Regexp
	for _, w := range words {
		if w != "row" {
			wordRes = append(wordRes, regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(w)+`\b`))
		}
	}
	noAmount := amountUnsaid(words)
	var kept []Detail
	for _, d := range s.Details {
		if noAmount && moneyAmount.MatchString(d.Text) {
			// "don't mention the amount": the help is thanked, the sum
			// left out.
			d.Text = moneyAmount.ReplaceAllString(d.Text, "the money")
		}
		named := row && d.Kind != Rift && rowWords.MatchString(d.Text)
		for _, re := range wordRes {
			named = named || re.MatchString(d.Text)
		}
		if row && d.Kind == Sorry && s.Occasion == Reconnect {
			// Nothing of the row, its sorry included.
			named = true
		}
		if !named {
			kept = append(kept, d)
		}
	}
	if row {
		// The row stays out of the words but keeps the voice quiet.
		kept = append(kept, Detail{Kind: Rift})
	}
	s.Details = kept
	return s
}

// moneyAmount is a sum of money: "800 quid", "£250", "two grand".
var moneyAmount = regexp.MustCompile(`(?i)(?:[£$€]\s?\d[\d,.]*k?|\b(?:\d[\d,.]*k?|a few hundred|a hundred|a thousand|two|three|five|ten|a couple of) (?:quid|pounds|dollars|euros|bucks|grand|rand|rupees|naira|k)\b)`)

// amountUnsaid reports a sum of money asked to be kept out: "don't mention
// the amount", "not how much".
func amountUnsaid(words []string) bool {
	for _, w := range words {
		switch strings.ToLower(strings.TrimPrefix(w, "the ")) {
		case "amount", "money", "sum", "figure", "how much", "number", "cost", "price":
			return true
		}
	}
	return false
}

// dropNotAfter leaves out of ds every detail that names what the message
// must not seem to be after (a "notafter:" background detail), whichever
// message it came from.
func dropNotAfter(ds []Detail) []Detail {
	var words []string
	for _, d := range ds {
		if w, ok := strings.CutPrefix(d.Text, "notafter:"); ok && d.Kind == Background {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return ds
	}
	var kept []Detail
	for _, d := range ds {
		low := strings.ToLower(d.Text)
		named := false
		for _, w := range words {
			named = named || strings.Contains(low, w)
		}
		if !named || d.Kind == Ask {
			kept = append(kept, d)
		}
	}
	return kept
}

var (
	// neverAsk says the writer does not ask: "i never ask anyone for help".
	neverAsk = regexp.MustCompile(`(?i)\b(?:never|dont|don't|do not|hate to|hate asking|not good at|bad at|can't|cant) (?:\w+ )?ask`)
	// justTalk asks for a talk: "i just want to talk", "i need someone to
	// talk to".
	justTalk = regexp.MustCompile(`(?i)\b(?:just |only |really )?(?:want|need|wanna|would like|'d like) (?:to talk|a chat|to chat|someone to talk to|to vent|to catch up)\b`)
	// talkTail is what joins a clause to "i just want to talk".
	talkTail = regexp.MustCompile(`(?i)[\s,]*(?:\b(?:and|but|so)\s+)?(?:\bi\s*)?$`)
	// notAfter is what the message must not seem to be after: "i dont
	// want him to feel like i want money".
	notAfter = regexp.MustCompile(`\b(?:don'?t|do not|dont) want (?:him|her|them|\w+) to (?:feel|think)(?: like)? (?:i'?m|i am|im|i)? ?(?:want|wanting|asking for|after|begging for|need) (?:his |her |their |any )?(money|cash|a loan|help|anything|something)\b`)
)

// happyNth is an age wished in the request: "happy 90th".
var happyNth = regexp.MustCompile(`(?i)\bhappy (\d{1,3})(?:st|nd|rd|th)\b`)

// theirThingDid is something of theirs and what it did: "his speech at
// our wedding had everyone crying", "her card really made my week".
var theirThingDid = regexp.MustCompile(`(?i)^(?:his|her|their) ((?:[\w'-]+ ){0,2}?(?:speech|toast|card|gift|present|help|advice|support|flowers|letter|note|words|cake|meal|dinner|visit|message|call|reference|recommendation|playlist|poem|song)(?: (?:at|for|on|during|to|about) [^,.]+?)?) (?:had|made|left|was|were|got|meant|really|absolutely|totally|brought|honestly|literally)\b`)

// askForHelp is a request to ask someone for help, said as such.
// helpWith is what help is asked for with: "for help with rent this
// month", up to a reason or the end of the clause.
var helpWith = regexp.MustCompile(`(?i)\bfor (?:some )?(?:help|a hand|support) with ((?:my |the |a |some |this |our )?[\w' -]+?)\s*(?:[.,;!?]|$| because | since | as | cause | bc | cos | but | and i | i )`)

var askForHelp = regexp.MustCompile(`(?i)\bask (?:[\w']+ ){0,3}?for (?:some )?(?:help|a hand|support)\b`)

// followUpDetails reads what a follow-up is about from one clause: a
// thing sent, a date had, an answer awaited, an offer made. nil when the
// clause is none of these.
func followUpDetails(c, name string) []Detail {
	c = strings.TrimSpace(c)
	if agoOnly.MatchString(c) {
		// "but that was a month ago": how long it has been, for the
		// writer only.
		return []Detail{{Kind: Background, Text: c}}
	}
	if guessedWhy.MatchString(c) {
		// "she's prob just busy": the writer's guess at the silence, for
		// the writer only.
		return []Detail{{Kind: Background, Text: c}}
	}
	if promisedWord.MatchString(c) || onlySilence(c) {
		// "he said i'd hear by friday", "still nothing": the silence,
		// which the follow-up itself says (see followup_interview.go).
		return []Detail{{Kind: Background, Text: c}}
	}
	if d, ok := interviewTopic(c); ok {
		// "had a second interview for the planner role on monday": what
		// is followed up is the interview.
		return []Detail{d}
	}
	if m := silentWhen.FindStringSubmatch(c); m != nil {
		// "my dad didn't answer when I asked if he wanted to call on
		// Sunday": the silence is the story, what was asked is the topic.
		if ds := followUpDetails(m[1], name); len(ds) > 0 {
			return ds
		}
		return classify(m[1], name, FollowUp, "")
	}
	if m := silentAbout.FindStringSubmatch(c); m != nil {
		// "ade hasn't got back to me about mum's birthday plans": what it
		// was about, without the silence.
		if t := trimTail(cutAgo.ReplaceAllString(secondPerson(m[1], name, false), "")); len(strings.Fields(t)) >= 2 {
			return []Detail{{Kind: Topic, Text: t}}
		}
	}
	var out []Detail
	if m := sentThing.FindStringSubmatchIndex(c); m != nil {
		thing := strings.ToLower(c[m[2]:m[3]])
		if f := sentFor.FindString(c[m[1]:]); f != "" {
			// "an invite to my 30th": what it was for names it.
			out = append(out, Detail{Kind: Topic, Text: "the " + thing + " " + trimTail(strings.TrimSpace(f))})
		} else {
			out = append(out, Detail{Kind: Topic, Text: "the " + thing + " I sent"})
		}
	}
	if checkGotIt.MatchString(c) {
		out = append(out, Detail{Kind: Feeling, Text: "I just wanted to check it reached you"})
	}
	if m := hadDate.FindStringSubmatch(c); m != nil {
		when := strings.TrimSpace(strings.TrimRight(m[1], ",.;"))
		out = append(out, Detail{Kind: Feeling, Text: strings.TrimSpace("I had a really nice time on our date " + when)})
	}
	if m := comingTo.FindStringSubmatch(c); m != nil {
		what := ownThe.ReplaceAllStringFunc(trimTail(m[1]), func(k string) string {
			return upFirst(strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(k), "my "), "our "), "s"), "'")) + "'s"
		})
		out = append(out, Detail{Kind: Feeling, Text: "Will you be able to make it to " + what + "?"})
	}
	if m := weNeedBy.FindStringSubmatch(c); m != nil && len(out) == 0 {
		// "we need to book the restaurant by friday": the deadline they
		// share, said as the reason to answer.
		out = append(out, Detail{Kind: Feeling, Text: "We'd need to " + trimTail(secondPerson(m[1], name, false)) + " by " + upFirst(strings.ToLower(m[2])) + ", so let me know when you can"})
	}
	if m := answerBy.FindStringSubmatch(c); m != nil {
		out = append(out, Detail{Kind: Feeling, Text: "Could you let me know by " + upFirst(strings.ToLower(m[1])) + "?"})
	}
	if m := offeredTo.FindStringSubmatch(c); m != nil {
		out = append(out, Detail{Kind: Topic, Text: "your kind offer to " + strings.ToLower(m[1]) + " " + strings.TrimSpace(m[2])})
	}
	return out
}

var (
	// silentWhen is a silence told with what it followed: "didn't answer
	// when I asked if he wanted to call".
	silentWhen = regexp.MustCompile(`(?i)^.*?\b` + silentVerb + `(?: to me)?(?: yet)?,? (?:when|after) (I .+)$`)
	// silentAbout is a silence told with what it is about: "hasn't got
	// back to me about the plans".
	silentAbout = regexp.MustCompile(`(?i)^.*?\b` + silentVerb + `(?: to me)?(?: yet)? (?:about|on|re|regarding) (.+)$`)
	// guessedWhy is the writer's guess at why no answer came: "she's
	// probably just busy", "he might have missed it".
	guessedWhy = regexp.MustCompile(`(?i)^(?:but |and |I think |I'm sure |I bet |maybe |probably |prob )*(?:she|he|they|you)(?:'s|'re| is| are| was| were| must be| might be| may be| could be| must have| might have| may have|'ll| will)?(?: (?:prob|probably|prolly|just|maybe|likely|really|super|so|been|be|totally|only))* (?:busy|swamped|slammed|snowed under|away|travelling|traveling|on holiday|forgot|forgotten|missed it|missed my message|distracted|overwhelmed|not seen it|not saw it)\b`)
	// weNeedBy is something both must do by a day: "we need to book the
	// restaurant by friday".
	weNeedBy = regexp.MustCompile(`(?i)^(?:and |but |so )?we (?:really |still |kind of |kinda )?(?:need|have|'ve got|got|gotta) (?:to )?((?:book|sort|order|pay|confirm|decide|pick|choose|buy|get|send|arrange|fix|finalise|finalize|reserve|tell|let)\b.+?) (?:by|before) ((?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|the end of the week|the \d+(?:st|nd|rd|th)?))$`)
	// sentThing is something the writer sent: "i sent her a card".
	sentThing = regexp.MustCompile(`(?i)^(?:I |we )?(?:sent|posted|mailed|gave|dropped off|left)(?: (?:her|him|them|you|\w+))? (?:a|an|the|my|our) (card|letter|parcel|package|present|gift|invite|invitation|note|postcard|photo|photos|cv|application|portfolio|proposal|quote|invoice)\b`)
	// agoOnly says only how long ago something was.
	agoOnly = regexp.MustCompile(`(?i)^(?:but |and |though )?(?:that|it|this)(?: was|'s been| has been| is) (?:about |like |over |nearly |almost )?(?:a|an|` + count.Words + `|a few|a couple of) (?:days?|weeks?|months?|years?)(?: ago| now)?$`)
	// checkGotIt is the wish to know a thing sent arrived.
	checkGotIt = regexp.MustCompile(`(?i)\b(?:check|see|make sure|find out|know)(?: if| whether| that)? (?:she|he|they|you) (?:got|received|has|have) it\b`)
	// hadDate is a date the writer went on: "went on a date with sora
	// last friday".
	hadDate = regexp.MustCompile(`(?i)^(?:I |we )?(?:went on|had) (?:a|our|the) (?:first |second |third )?date(?: with [A-Z]?\w+)?((?: (?:last|on|this) \w+)?)`)
	// comingTo is an answer awaited on whether they are coming.
	comingTo = regexp.MustCompile(`(?i)\b(?:said|told (?:me|us)|confirmed|let (?:me|us) know|about|know) (?:if|whether) (?:he|she|they|you)(?:'s|'re|s|re| is| are| will be| 'll be)? (?:coming|can come|can make it|is coming|are coming) (?:to )?(.+)$`)
	// ownThe makes a family event the writer's too: "to dads surprise
	// party" is to our dad's party.
	ownThe = regexp.MustCompile(`(?i)^(?:my |our )?(mum|dad|mom|nan|gran|grandma|grandad)'?s\b`)
	// answerBy is a date an answer is needed by.
	answerBy = regexp.MustCompile(`(?i)\b(?:need (?:an? |their |his |her )?(?:rsvp|answer|yes or no|headcount|reply)|rsvps? (?:are |is )?(?:due|needed)) (?:by |before |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the \d+(?:st|nd|rd|th))\b`)
	// offeredTo is an offer of theirs the writer follows up: "she said
	// she'd look at my portfolio".
	offeredTo = regexp.MustCompile(`(?i)\bsaid (?:she|he|they)(?:'d|d| would| could)? (look (?:at|over)|check|read|review|send|introduce|put|pass|forward|share|get back to me about|ask about) (.+?)(?:,? but\b.*)?$`)
)

// cheerOn asks for the message to encourage them; forWhenWake is when it
// will be read, for the writer only.
var (
	cheerOn     = regexp.MustCompile(`(?i)\b(?:something|some|a message|a note|a text|a few words|words)(?: (?:really |a bit |quite ))? (?:encouraging|of encouragement|motivating|uplifting)\b|\b(?:a )?pep talk\b|\bcheer (?:her|him|them) on\b|\b(?:encourage|motivate|gee up|hype up|hype) (?:her|him|them)\b`)
	forWhenWake = regexp.MustCompile(`(?i)\s*\b(?:for|to read) (?:when|once|as soon as) (?:she|he|they|you) (?:wakes? up|gets? (?:home|back|up|in|out)|lands?|finishes|is up)\b`)
)

// sorryForAnd is a sorry for something and something else to say: "want to
// say sorry for going quiet and that i'd love to call".
var sorryForAnd = regexp.MustCompile(`(?i)^(?:I )?(?:want|need|'d like|would like|wanna|have) to (?:say sorry|apologi[sz]e|say I'm sorry) for (.+?),? and (?:also )?(?:that |say |tell (?:her|him|them) (?:that )?)(.+)$`)

// wishToWrite is the writer's wish to send the message, said without "I".
var wishToWrite = regexp.MustCompile(`(?i)^(?:I )?(?:would|'d|I'd) (?:love|like|really like|really love) to (?:send|write|text|message|drop|pen)(?: (?:her|him|them|you))? (?:a|an|some)? ?(?:quick |little |short |proper |nice |small )?(?:note|message|text|card|line|email|msg)\s*$`)

// lastWhen is a time said last in a sentence: "… in spring?".
var lastWhen = regexp.MustCompile(`(?i)\s+(?:in|from|by|this|next|before|after|over|at) (?:the )?(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|new year|christmas|easter|week|month|year)([?.!]?)$`)

// getGoing is a plan put as getting it going: "we get a kickabout going
// in the park".
var getGoing = regexp.MustCompile(`(?i)^(?:we )?(?:get|got|getting) (a|an|some|the) (.+?) (?:going|started|started up|back up|back on)\b(.*)$`)

// silentVerb is someone not answering, in any tense.
const silentVerb = `(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not|never|still hasn'?t|still haven'?t)(?: yet)? (?:answer(?:ed)?|repl(?:y|ied)|respond(?:ed)?|get back to me|got back to me|gotten back to me|come back to me|write back|written back|wrote back|text(?:ed)? back|say anything|said anything)`

// lossOfTheirs says a loss as the recipient's: "my coworker's cat", written
// to the coworker, is "your cat"; a pet named anywhere in what was said
// ("the cat was called Biscuit", "their dog Pepper") is named.
func lossOfTheirs(out []Detail, text, name string) []Detail {
	pet := namedPet(text)
	if pet != "" && lastOf(out, Loss) < 0 {
		// "their dog Pepper had to be put down": who died is the pet.
		out = append([]Detail{{Kind: Loss, Text: pet}}, out...)
	}
	for i, d := range out {
		if d.Kind != Loss {
			continue
		}
		if m := ownedLoss.FindStringSubmatch(d.Text); m != nil && name != "" {
			out[i].Text = "your " + m[1]
		}
		if pet != "" && (d.Text == "loss" || petKindEnd.MatchString(out[i].Text)) {
			out[i].Text = pet
		}
	}
	return out
}

// ownedLoss is a loss said as someone else's of the writer's: "my
// coworker's cat", "my boyfriends grandma".
var ownedLoss = regexp.MustCompile(`(?i)^my (?:\w+ )?(?:coworker|co-worker|colleague|friend|best friend|mate|neighbou?r|boyfriend|girlfriend|partner|fiance|fiancee|flatmate|housemate|roommate|boss|manager|teammate|classmate)'?s (.+)$`)

// petKindEnd is a pet said by its kind.
var petKindEnd = regexp.MustCompile(`(?i)\b(?:cat|dog|kitten|puppy|pup|rabbit|bunny|horse|pony|hamster|guinea pig|parrot|budgie|tortoise|lab|labrador|spaniel|terrier|collie|greyhound|retriever)$`)

// petNamed finds a pet's name: "the cat was called biscuit", "their dog
// Pepper", "her cat died this morning, biscuit,".
var (
	petCalled = regexp.MustCompile(`(?i)\b(?:cat|dog|kitten|puppy|pup|rabbit|bunny|horse|pony|hamster|parrot|budgie|tortoise|lab|labrador|spaniel|terrier|collie|greyhound|retriever|him|her)(?:'s| was| is)? (?:called|named) ([a-z][a-z'-]+)`)
	petAfter  = regexp.MustCompile(`\b(?i:cat|dog|kitten|puppy|pup|rabbit|bunny|horse|pony|hamster|parrot|budgie|tortoise|lab|labrador|spaniel|terrier|collie|greyhound|retriever) ([A-Z][a-z'-]+)\b`)
	petAside  = regexp.MustCompile(`(?i)\b(?:cat|dog|kitten|puppy|pup|rabbit|bunny|horse|pony|hamster|parrot|budgie|tortoise|lab|labrador|spaniel|terrier|collie|greyhound|retriever)\b[^.,;]{0,60}, ([a-z][a-z'-]+),`)
)

// namedPet is the name of the pet text speaks of, or "".
func namedPet(text string) string {
	for _, re := range []*regexp.Regexp{petCalled, petAfter, petAside} {
		if m := re.FindStringSubmatch(text); m != nil && !notPetCalled[strings.ToLower(m[1])] {
			return upFirst(strings.ToLower(m[1]))
		}
	}
	return ""
}

// notPetCalled are words that follow a pet's kind without naming it.
var notPetCalled = wordset.Of(`had has was is died passed the a an and but who which that she he they we i my our your their his her him them so just this last yesterday today`)

// roleWas is someone's part in the writer's life, said as what they
// were: "he was our goalkeeper", "she was my manager at the bakery for
// three years and taught me everything".
var roleWas = regexp.MustCompile(`(?i)^(?:(he|she|they|you|\p{Lu}\p{Ll}+) )(?:was|were|used to be) (our|my|the) ((?:old |first |head |team |assistant |form |piano |maths |math |english |driving |swimming |football |art |music |line |store |shift |lab |best )?(?:goalkeeper|keeper|captain|coach|manager|boss|teacher|tutor|mentor|landlord|landlady|neighbour|neighbor|flatmate|housemate|roommate|teammate|bandmate|partner|supervisor|lead|lecturer|instructor|doctor|nurse|midwife|babysitter|nanny|childminder|editor|trainer|physio|director|conductor|drummer|singer|bassist|guitarist|striker|skipper|cox|chef|host|guide|counsellor|sponsor|pastor|vicar|imam|rabbi))(?: ((?:at|in|on|for) (?:the |our |my )?[a-z]+(?: [a-z]+)?))??(?: for [^,]+?)?(?:,? and (.+))?$`)

// peerRole is a part both had: "my roommate" was the writer's too.
var peerRole = wordset.Of(`roommate flatmate housemate teammate bandmate partner neighbour neighbor`)

// nameWas gives the name of someone spoken of: "her name was tolu".
var nameWas = regexp.MustCompile(`(?i)^(?:and )?(?:his|her|their) name (?:was|is|'s) ([a-z][a-z'-]+)[.!]*$`)

// deathWords tell of a death, a person's or a pet's.
var deathWords = regexp.MustCompile(`(?i)\b(?:died|passed away|passed on|lost (?:his|her|their|my|your) \w+|put (?:down|to sleep)|killed|funeral|memorial service|cremation|burial)\b|` + deathOf.String())

// deathOf is a death named by the noun, with whose it was: "his wife's
// death", "the death of her brother", "her dad's death anniversary".
// "Bored to death" names nobody's.
var deathOf = regexp.MustCompile(`(?i)\b(?:his|her|their|your|my|our|[a-z]+'s) (?:[a-z]+'s )?death\b|\bthe death of (?:his|her|their|your|my|our|[a-z]+'s|[A-Z][a-z]+)\b|\bdeath anniversary\b|\banniversary of (?:the |a )?death\b`)

// petYears is a pet's age: "he was 14".
var petYears = regexp.MustCompile(`(?i)^(?:and )?(he|she)(?:'s| was| is) (?:only |just |nearly |almost |over )?(\d{1,2})\b`)

// petLoss reports a loss that is a pet: said by its kind, or a name alone
// where what was said speaks of a pet.
func petLoss(lost, text string) bool {
	return petKind.MatchString(lost) || petKind.MatchString(text) && len(strings.Fields(lost)) == 1 && lost != strings.ToLower(lost)
}

// petKind is a pet's kind anywhere in a phrase.
var petKind = regexp.MustCompile(`(?i)\b(?:cat|dog|kitten|puppy|pup|rabbit|bunny|horse|pony|hamster|guinea pig|parrot|budgie|tortoise|lab|labrador|spaniel|terrier|collie|greyhound|retriever)\b`)

// agedOnly is a clause that only says how old someone was: "he was 14".
var agedOnly = regexp.MustCompile(`(?i)^(?:and )?(?:he|she|they|it)(?:'s| was| were| is) (?:only |just |nearly |almost |over )?(?:\d+|[a-z]+(?:teen|ty)(?:[- ][a-z]+)?)(?: years old| years| yrs)?[.!]?$`)

// agedAfterDeath reports a clause that only says the age of the one whose
// death the clause before told.
func agedAfterDeath(c string, prevDeath bool) bool {
	return prevDeath && agedOnly.MatchString(strings.TrimSpace(c))
}

// hasSorryFor reports an apology already in out that starts with what.
func hasSorryFor(out []Detail, what string) bool {
	for _, d := range out {
		if d.Kind == Sorry && strings.HasPrefix(d.Text, what) {
			return true
		}
	}
	return false
}

// keepRifts drops the details from `from` on, all but a row's, which
// still keeps the voice quiet.
func keepRifts(out []Detail, from int) []Detail {
	kept := out[:from:from]
	for _, d := range out[from:] {
		if d.Kind == Rift {
			kept = append(kept, d)
		}
	}
	return kept
}

// leaveOut asks for what was just said to stay out of the message.
// "i don't want to get into that", "i don't want to dig any of that up"
// say the same of what came before.
var leaveOut = regexp.MustCompile(`(?i)\bleave (?:that|it|this)(?: bit| part)? out\b|\b(?:don'?t|do not|no need to|not|never|rather not) (?:really )?(?:want to |wanna )?(?:mention|bring up|(?:bring|dig|drag|rake) (?:that|it|this|any of (?:that|it|this)|all (?:that|this)) up|say anything about|talk about|get into|go into|rehash) ?(?:that|it|this|any of (?:that|it|this)|all (?:that|this))?(?: (?:again|now|here|properly|tbh|honestly))?\s*$`)

// otherStory sets what was just said aside as a story for another day:
// "which is a whole other story", "but that's another story", "long
// story".
var otherStory = regexp.MustCompile(`(?i)^(?:which|that|but that|and that|but thats|thats|that's|but that's)?(?:'s| is| was)? ?(?:a |another |a whole )?(?:whole |long )?(?:other|another|different|long) story\b|^long story(?: short)?\b`)

// kinTitle are family words that are also said before a name.
var kinTitle = wordset.Of(`uncle aunt auntie aunty grandma grandpa nan gran nana granny grandad`)

// unadmitted is a feeling the recipient would not own up to: what was
// said of it just before is for the writer only.
var unadmitted = regexp.MustCompile(`(?i)^(?:but )?(?:she|he|they)(?:'d|'ll| will)? (?:won't|wont|will not|doesn't|does not|don't|would never|never) (?:admit|say|show|tell (?:anyone|you|me)|talk about|own up to) (?:it|that|so|this)\b`)

// namePair is two people named together: "Gwen and Alun".
var namePair = regexp.MustCompile(`(?i)^\S+ (?:and|&) \S+$`)

// pastVerb reports a word that reads as a verb in the past tense.
func pastVerb(w string) bool {
	_, irregular := irregularIng[w]
	return irregular || strings.HasSuffix(w, "ed") && len(w) > 4
}

// doerAsName names the recipient as who did what a thank-you is for:
// "my neighbour took in my parcels" and, opening what was said with no
// subject, "covered my saturday shift" are theirs when what was done was
// done for the writer ("me", "my", "us", "our" follow the verb).
func doerAsName(c, name string, first bool) string {
	rest := c
	if m := doerWord.FindStringIndex(c); m != nil {
		rest = c[m[1]:]
	} else if !first {
		return c
	}
	f := strings.Fields(rest)
	if len(f) < 2 || !pastVerb(strings.ToLower(f[0])) {
		return c
	}
	for _, w := range f[1:min(len(f), 5)] {
		switch strings.ToLower(strings.Trim(w, ",.")) {
		case "me", "my", "us", "our":
			return firstName(name) + " " + rest
		}
	}
	if first && rest == c && ownNewsVerb.MatchString(c) {
		// "just got promoted to team lead, want to thank my mentor": the
		// writer's own news, its "I" left out.
		return "I " + c
	}
	return c
}

// ownFaultVerb opens what the writer did wrong with its "I" left out.
var ownFaultVerb = regexp.MustCompile(`(?i)^(?:keep|kept|forgot|missed|cancelled|canceled|snapped|ignored|ghosted|bailed|blanked|been ignoring|been missing|been avoiding|never (?:replied|called|rang|came|showed))\b`)

// ownNewsVerb opens the writer's own news with its subject left out.
var ownNewsVerb = regexp.MustCompile(`(?i)^(?:just |finally |recently )?(?:got (?:promoted|the job|in|into|accepted|a place|an offer|hired)|passed|landed|graduated|qualified|finished|started)\b`)

// doerWord is who did something, said by what they are to the writer,
// perhaps with their name: "my former manager Dr Osei", "neighbour".
var doerWord = regexp.MustCompile(`^(?i:(?:my |our |the )?(?:(?:former|old|ex|lovely|kind|elderly|new|next door|next-door|downstairs|upstairs)\s+)*(?:neighbou?r|manager|boss|mentor|colleague|coworker|co-worker|teacher|tutor|coach|landlord|landlady|friend|mate|uncle|aunt|auntie|cousin|nan|gran|granny|grandma|grandad|grandpa|mum|mom|dad|sister|brother|doctor|nurse|supervisor|lecturer|professor|flatmate|housemate|roommate))\b(?:,?\s+(?:(?i:dr|mr|mrs|ms|miss|prof)\.?\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?,?\s+`)

// leadSaid is a request that already says the words a plan is put in.
var leadSaid = regexp.MustCompile(`(?i)\b(?:how about|up for|what about)\b`)

// forThanks is a clause that says what something is for: "for recommending us".
var forThanks = regexp.MustCompile(`(?i)^for (?:(?:(?:always|all|just|really|so|even|still|constantly|never) )?\w+ing|(?:the|your|all the|that|those|this) \w+|an? (?:\w+ )?(?:intro|introduction|reference|referral|recommendation|letter|word|chat|call|coffee)|some (?:advice|feedback|help|pointers|tips))\b`)

// pronounEnd is a clause that ends on a word standing for something said
// before it.
var pronounEnd = regexp.MustCompile(`(?i)\b(?:them|it|those|these|one)$`)

var (
	friendName = regexp.MustCompile(`(?i)\b(?:my|our) (?:\w+ ){0,2}?(?:bro|sis|bff|bestie|hubby|godson|goddaughter|stepbrother|stepsister|ex-colleague|ex-boss|ex-manager|friend|mate|bestie|buddy|pal|colleague|coworker|co-worker|neighbour|neighbor|aunt|auntie|uncle|cousin|sister|brother|niece|nephew|gran|grandma|grandad|grandpa|nan|nana|mentor|coach|teacher|roommate|flatmate|housemate|bandmate|classmate|boss|manager) `)
	kidOwner   = regexp.MustCompile(`(?i)\bmy (daughter|son)'?s\b`)
	// kidHelped is what someone did for the writer's child: "helped him".
	kidHelped = regexp.MustCompile(`(?i)\b(helped|taught|supported|coached|encouraged|looked after|believed in|pushed) (him|her)\b`)
	// attemptCount counts the times something happened ("for the 3rd
	// time", "on the 4th go", "last minute"): true, but it stings or
	// keeps score said back, so it stays out.
	attemptCount = regexp.MustCompile(`(?i)\s+(?:(?:for|on|at) (?:the|her|his|their|my|your) (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|umpteenth|nth|hundredth|millionth|fiftieth) (?:time|go|try|attempt|round|time of asking)(?: (?:running|in a row|now|this (?:week|month|year)))?|(?:at )?(?:the )?last min(?:ute)?|(?:yet )?again for the (?:\w+) time)\b`)
	// offTail is the end of a clause that is for the companion only: the
	// silence after a message ("and got nothing back"), or the promise an
	// apology already implies ("after swearing I'd come").
	offTail    = regexp.MustCompile(`(?i)\s+(?:and (?:also |then |still )?(?:nothing(?: back| yet| since)?$|(?:got|heard|have heard|had|get) nothing(?: back)?|no (?:answer|reply|response|word)(?: yet)?|(?:(?:she|he|they) )?(?:never|didn't|hasn't|haven't|has not|did not) (?:replied|answered|got back|responded|texted back|written back|reply|answer|heard (?:anything )?back|got (?:anything )?back))|(?:after|despite|even though|when) (?:I |I'd )?(?:promising|swearing|saying|promised|swore|said|told you|had promised)\b).*$`)
	causeLast  = regexp.MustCompile(`^(I[\w' ]+?) (since|after|because) (.+)$`)
	sinceEvent = regexp.MustCompile(`(?i)^(?:we |I |(?:our|the|my) (?:[\w']+ ){1,4})?(?:haven't|havent|have not|hadn't|hadnt|hasn't|hasnt|has not|not|never) (?:really |properly |actually )?(?:talked|spoken|seen each other|seen (?:her|him|them)|been in touch|caught up|met up|met|posted|said anything|[a-z]+ together|sung|sang|played|performed|danced|hung out|gone out|been out)(?: properly| much| at all| really)? since (the [a-zA-Z][\w' -]+|(?:her|his|their|your|our|my|we|she|he|they) [a-zA-Z][\w' -]+)$`)
)

// normalise makes the recipient easy to find: "my friend nora" and
// "Lucy and I" become "you" and "we", and a child's "her reading" is
// marked so it is not taken for the recipient's.
func normalise(s, name string) string {
	first := firstName(name)
	if first == "" {
		return s
	}
	np := patternsFor(first)
	// "ruths mum": the recipient's possessive typed without its
	// apostrophe.
	if len(first) > 2 {
		s = np.bareOwn.ReplaceAllString(s, "$1's$2")
	}
	// "max's been off work": the 's is "has" or "is", never "your".
	s = np.hasIs.ReplaceAllStringFunc(s, func(x string) string {
		f := strings.Fields(x)
		who, next := strings.TrimSuffix(f[0], "'s"), strings.ToLower(f[1])
		if ingNoun[next] {
			// "Tom's wedding on Saturday", "Tom's leaving do": his.
			return x
		}
		if hasAfter[next] || strings.HasSuffix(next, "ed") {
			return who + " has " + strings.Join(f[1:], " ")
		}
		return who + " is " + strings.Join(f[1:], " ")
	})
	if f := strings.Fields(name); len(f) >= 2 && titles[strings.ToLower(strings.TrimSuffix(f[0], "."))] && !kinTitle[strings.ToLower(f[0])] {
		// "mr adeyemi just won…", writing to Mr Adeyemi: the title goes
		// with the name, and the name is who the news is about.
		// Only where the name starts what is said of them ("…, mr adeyemi
		// won", "my old chemistry teacher mr adeyemi won"), not inside a
		// phrase that still needs the title ("my daughter's coach ms ito,
		// she…").
		t := regexp.QuoteMeta(strings.TrimSuffix(f[0], "."))
		q := regexp.QuoteMeta(first)
		s = regexp.MustCompile(`(?i)(^|[.,;!?]\s+|\b(?:and|but|so)\s+)`+t+`\.?\s+(`+q+`)\b`).ReplaceAllString(s, "$1$2")
		s = regexp.MustCompile(`(?i)\b(?:my|our) (?:[\w-]+ ){0,3}?(?:teacher|tutor|mentor|boss|manager|neighbou?r|doctor|gp|lecturer|professor|headteacher|supervisor|landlady|landlord|coach|instructor) `+t+`\.?\s+(`+q+`) ([a-z])`).ReplaceAllString(s, "$1 $2")
	}
	if f := strings.Fields(name); len(f) == 2 && kinTitle[strings.ToLower(f[0])] {
		// Writing to "Uncle Raj", "my uncle" is him.
		s = regexp.MustCompile(`(?i)\bmy `+regexp.QuoteMeta(f[0])+`\b(?:\s+`+regexp.QuoteMeta(f[1])+`\b)?`).ReplaceAllString(s, f[1])
	}
	if m := np.relName.FindStringSubmatch(s); m != nil && people.Relation(strings.ToLower(m[1])) != "" {
		// "my uncle's wife died… write to my uncle Farid": the uncle is
		// Farid wherever he is named by the relation alone.
		rel := regexp.MustCompile(`(?i)\bmy ` + regexp.QuoteMeta(m[1]) + `('s)?\b(\s+` + regexp.QuoteMeta(first) + `\b)?`)
		s = rel.ReplaceAllStringFunc(s, func(x string) string {
			if strings.HasSuffix(strings.ToLower(x), strings.ToLower(first)) {
				return x
			}
			if strings.HasSuffix(x, "'s") {
				return first + "'s"
			}
			return first
		})
	}
	// "Dev and his fiancee Harriet, they got engaged": the two named
	// are who did it, said once.
	s = regexp.MustCompile(`(?i)\b(`+regexp.QuoteMeta(first)+` and (?:(?:his|her|their) [\p{L}-]+ )?\p{Lu}[\p{L}'-]+)\s*[,—-]+\s*they(?:'ve| have)? `).ReplaceAllString(s, "$1 ")
	s = np.andI.ReplaceAllString(s, "we$1")
	// "him and me ran the school radio": the two of them are "we".
	s = pairWe.ReplaceAllString(s, "we$1")
	// "congratulate Mateo he got into med school": a new statement starts
	// where a subject follows the name with no comma between.
	s = np.thenSubject.ReplaceAllString(s, "$1, $2 $3")
	s = np.friend.ReplaceAllString(s, "$1")
	s = np.called.ReplaceAllString(s, "$1")
	s = np.bare.ReplaceAllString(s, "$1$2")
	if m := kidOwner.FindStringSubmatch(s); m != nil {
		re := herKidThing
		if strings.EqualFold(m[1], "son") {
			re = hisKidThing
		}
		s = re.ReplaceAllString(s, "my "+m[1]+"'s $1")
		if kid := map[string]string{"son": "him", "daughter": "her"}[strings.ToLower(m[1])]; kid != "" {
			// Writing to the teacher, "helped him" is the son.
			s = kidHelped.ReplaceAllStringFunc(s, func(x string) string {
				if f := strings.Fields(x); strings.EqualFold(f[len(f)-1], kid) {
					return strings.Join(f[:len(f)-1], " ") + " my " + strings.ToLower(m[1])
				}
				return x
			})
		}
	}
	return s
}

// ingNoun are words in -ing that name a thing, so a name's 's before them
// is "his" or "hers"; hasAfter are the words after it that make it "has".
var ingNoun = wordset.Of(`wedding christening housewarming evening morning building meeting painting drawing ring spring sibling thing leaving
	darling pudding clothing feeling reading filling ceiling wing king`)

var hasAfter = wordset.Of(`been got gone had done made won lost left bought found taken given become`)

// tryingTo is the effort put before a plan: "trying to plan", "hoping
// to organise".
var tryingTo = regexp.MustCompile(`(?i)^(?:we(?:'re| are) |I(?:'m| am) )?(?:trying|hoping|wanting|looking|planning|keen) to (?:plan|organise|organize|arrange|set up|put together|sort out|sort|get|have|do) `)

// youAgree is a verb after a "you" the clause did not have.
var youAgree = regexp.MustCompile(`(?i)^you (?:is|was|has)\b`)

// pairWe is the writer and the recipient named together by pronouns.
// "…love her and I'm not expecting a reply" is no pair: "I'm" starts a
// clause of its own.
var pairWe = regexp.MustCompile(`(?i)\b(?:(?:him|her|he|she) and (?:me|I)|(?:me|I) and (?:him|her))\b([^'\x{2019}]|$)`)

// A child's things, as said of "my daughter's" or "my son's".
var (
	herKidThing = regexp.MustCompile(`\bher (reading|homework|school|class|exams?|grades|progress|confidence|maths|writing)\b`)
	hisKidThing = regexp.MustCompile(`\bhis (reading|homework|school|class|exams?|grades|progress|confidence|maths|writing)\b`)
)

// namePatterns are the patterns that find one recipient by first name.
type namePatterns struct {
	andI   *regexp.Regexp // "Lucy and I"
	friend *regexp.Regexp // "my friend Lucy"
	called *regexp.Regexp // "a guy called Ibrahim"
	bare   *regexp.Regexp // "colleague Sofie got engaged"
	// thenSubject is the name, then a new subject: "Mateo he got in".
	thenSubject *regexp.Regexp
	// relName is the recipient named after a relation: "my uncle Farid".
	relName *regexp.Regexp
	// bareOwn is the name with an "s" and no apostrophe, before a word.
	bareOwn *regexp.Regexp
	// hasIs is the name's 's before a verb: "Max's been", "Max's moving".
	hasIs *regexp.Regexp
}

// maxNamePatterns bounds the cache: names come from what people type.
const maxNamePatterns = 256

// namePatternCache keeps the compiled patterns of recent first names, so a
// message does not compile them again for a recipient already seen.
var namePatternCache struct {
	sync.Mutex
	m map[string]namePatterns
}

func patternsFor(first string) namePatterns {
	namePatternCache.Lock()
	defer namePatternCache.Unlock()
	if np, ok := namePatternCache.m[first]; ok {
		return np
	}
	q := regexp.QuoteMeta(first)
	np := namePatterns{
		andI:        regexp.MustCompile(`(?i)\b(?:(?:my|our) (?:[\w-]+ ){1,2})?` + q + ` and I\b([^'\x{2019}]|$)`),
		friend:      regexp.MustCompile(`(?i)` + friendName.String() + `(` + q + `)\b`),
		bare:        regexp.MustCompile(`(?i)(^|[.,;!?]\s+)(?:colleague|coworker|co-worker|workmate|friend|mate|neighbou?r|cousin|boss|manager|mentor|flatmate|roommate|housemate|bestie) (` + q + `)\b`),
		thenSubject: regexp.MustCompile(`(?i)\b(` + q + `|her|him|them) ((?:she|he|they|i)(?:'s|'re|'m|'d|'ve|'ll)?) (\w)`),
		relName:     regexp.MustCompile(`(?i)\bmy (\w+) ` + q + `\b`),
		bareOwn:     regexp.MustCompile(`(?i)\b(` + q + `)s( [a-z])`),
		hasIs:       regexp.MustCompile(`(?i)\b` + q + `'s (?:been|got|gone|had|done|made|won|lost|left|bought|found|taken|given|become|\w+ing (?:to|a|an|the|through|in|on|out|back|away|up|married|her|his|their|into|with|for|at|from|home|abroad|again|soon|well|really|so)|\w{3,}ed|not|now|off|expecting|pregnant|engaged)\b`),
		called:      regexp.MustCompile(`(?i)\b(?:a|an|this|some|one) (?:\w+ )?(?:guy|girl|woman|man|lady|bloke|person|lad|chap|fella|nurse|doctor|driver|neighbou?r) (?:called|named) (` + q + `)\b`),
	}
	if len(namePatternCache.m) >= maxNamePatterns || namePatternCache.m == nil {
		namePatternCache.m = make(map[string]namePatterns)
	}
	namePatternCache.m[first] = np
	return np
}

// verbatim are the kinds of detail shown as the person said them, which a
// copy would repeat word for word.
var verbatim = map[Kind]bool{MyNews: true, Struggle: true, Feeling: true, Ask: true, Memory: true}

// avoidCopy rewords a detail that would repeat seven or more of the
// person's words in a row: a draft should read as written for the
// recipient, not as the request pasted back.
func avoidCopy(t, src string, run int) string {
	if sharesRun(t, src, run) {
		// "come with me to my appointment" reads the same as "come to my
		// appointment with me".
		t = withMeLast.ReplaceAllString(t, "$1 $2 with me")
	}
	for _, sw := range swaps {
		if !sharesRun(t, src, run) {
			return t
		}
		if strings.Contains(t, sw[0]) {
			t = strings.Replace(t, sw[0], sw[1], 1)
		}
	}
	if loc := midWhen.FindStringSubmatchIndex(t); loc != nil && sharesRun(t, src, run) && ownDoing.MatchString(t) {
		// "a joke about your weight at the braai on Sunday in front of
		// everyone" reads the same with "on Sunday" said last.
		when := t[loc[2]:loc[3]]
		if r := strings.TrimSpace(t[:loc[0]]+t[loc[3]:]) + " " + when; !sharesRun(r, src, run) {
			return r
		}
	}
	if m := toHelpMe.FindStringSubmatch(t); m != nil && sharesRun(t, src, run) {
		// "driving the van all the way from Cardiff to help me move" is
		// two kindnesses: the drive, and the help.
		if r := m[1] + " and helping me " + m[2]; !sharesRun(r, src, run) {
			return r
		}
	}
	if m := placeThenDoing.FindStringSubmatch(t); m != nil && sharesRun(t, src, run) && plainPlace(m[2]) && !ingNoun[strings.ToLower(strings.Fields(m[3])[0])] {
		// "at the bakery on king street": a word in -ing that names a
		// thing goes on the place (ingNoun); no doing follows it.
		// "spent each lunchtime in the music room playing covers" reads
		// the same as "spent each lunchtime playing covers in the music
		// room".
		if r := m[1] + " " + m[3] + " " + m[2]; !sharesRun(r, src, run) {
			return r
		}
	}
	if m := placeThenWhen.FindStringSubmatch(t); m != nil && sharesRun(t, src, run) {
		// "cooking for 40 people at our son's christening on Sunday"
		// reads the same with the day said before the place.
		if r := m[1] + " " + m[3] + " " + m[2]; !sharesRun(r, src, run) {
			return r
		}
	}
	if sharesRun(t, src, 8) {
		if m := causeLast.FindStringSubmatch(t); m != nil {
			// "I've been low since losing my job" reads the same as "Since
			// losing my job, I've been low", and is no longer a copy.
			if r := upFirst(m[2]) + " " + m[3] + ", " + lowFirst(m[1]); !sharesRun(r, src, 8) {
				return r
			}
		}
		if m := whenLast.FindStringSubmatch(t); m != nil {
			// "you were made redundant after 22 years at the plant" reads
			// the same as "after 22 years at the plant, you were made
			// redundant".
			if r := m[2] + " " + m[3] + ", " + m[1]; !sharesRun(r, src, 8) {
				return r
			}
		}
		// Still the person's words pasted back: leave it out.
		return ""
	}
	return t
}

// placeThenWhen is a place, then the day, at the end of a clause: "at
// our son's christening on sunday".
var placeThenWhen = regexp.MustCompile(`(?i)^(.+?) ((?:at|in) (?:the|our|a|my|your|his|her|their) .+?) ((?:on|last|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night|week)|yesterday|at the weekend)$`)

// midWhen is a day or time said inside a clause, with more after it.
var midWhen = regexp.MustCompile(`(?i) ((?:on|last|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night|morning|week)|yesterday|the other (?:day|night)|at the weekend)\b( \w)`)

// ownDoing is something the writer did, or did with them.
var ownDoing = regexp.MustCompile(`^(?:that |for |how )?(?:I|we)\b`)

// toHelpMe is something done to help the writer, and the help: "drove
// all the way from Cardiff to help me move".
var toHelpMe = regexp.MustCompile(`^(\w+ing .+?) (?:just )?to help me (.+)$`)

// reworded is t with the small rewordings of swaps made one by one until,
// said after lead as a thankedFor gerund, it is no copy of src (with a
// word to spare for the sentence after it); t itself
// when none is enough.
func reworded(t, lead, src string) string {
	r := t
	for _, sw := range append([][2]string{{" all the way from ", " all the way over from "}, {" to help me ", " so you could help me "}}, swaps...) {
		if strings.Contains(r, sw[0]) {
			r = strings.Replace(r, sw[0], sw[1], 1)
		}
		if g, _ := thankedFor(r); !sharesRun(lead+g, src, 7) {
			return r
		}
	}
	return t
}

// whenLast is a clause about them or us that ends on when it happened.
var whenLast = regexp.MustCompile(`^((?:you|we)\b[\w' ]+?) (after|since|following|despite) (.+)$`)

// withMeLast is a "with me" that can move to the end of its clause.
var withMeLast = regexp.MustCompile(`(?i)^(come|go|walk|sit) with me ((?:to|into) [^,]+)$`)

// swaps are small rewordings that keep the meaning.
var swaps = [][2]string{{" whole ", " entire "}, {" my new ", " the new "}, {" all week", " the whole week"}, {" in a state", " in such a state"}, {" while I was ", " when I was "},
	{"we used to ", "we would "}, {"we were always ", "we would always be "}, {"we'd ", "we would "}, {"you used to ", "you would "}, {"a coffee", "a quick coffee"}, {" to talk about ", " and hear about "}, {" a call", " a quick call"},
	{" next ", " sometime next "}, {"I'm ", "I am "}, {"I've ", "I have "}, {" can't ", " cannot "},
	{" don't ", " do not "}, {" and ", " and also "}, {" because ", " since "}, {" a lot", " loads"}, {" this morning", " earlier today"}, {" last night", " yesterday evening"}, {" this ", " sometime this "}, {"photo", "picture"}, {"picture of", "photo of"}, {" lent me", " gave me"}, {"ages ago", "a while back"},
	{" when my ", " after my "}, {" when ", " while "}, {" every ", " each "}, {" on the ", " over the "},
	{" really ", " "}, {" so ", " "}, {"without mentioning it was yours", "without giving you the credit"}, {"got made ", "were made "}, {"got laid off", "were laid off"}, {" to apply for ", " to go for "}, {"come with me", "come along with me"}, {"go with me", "come along with me"}, {" be open to ", " be up for "}, {" a quick ", " a short "},
	{"of us from the ", "of us from our "}, {"going down to ", "moving to "}, {"going up to ", "moving up to "}, {" a week ", " per week "}, {" a job ", " a role "}, {" job at ", " role at "}, {" in her old ", " in that old "}, {" in his old ", " in that old "}, {" me a ", " me that "}}

// placeThenDoing is a place, then what was done there: "in the music
// room playing covers".
var placeThenDoing = regexp.MustCompile(`^(.+?) ((?:in|at|on|round|around) (?:the|our|a|my|your|his|her) [\w' -]+?) ([a-z]+ing\b.+)$`)

// plainPlace reports a place said in plain nouns: "in the music room",
// not "in a word with the" or "in a bad place since".
func plainPlace(p string) bool {
	f := strings.Fields(strings.ToLower(p))
	for _, w := range f[2:] {
		if placeStop[w] {
			return false
		}
	}
	return len(f) <= 5
}

// placeStop are words that end a place named in plain nouns.
var placeStop = wordset.Of(`with the a an since for to of and from by after before when while as because bad good hard`)

// sharesRun reports whether a and b have n or more words in a row in common.
func sharesRun(a, b string, n int) bool {
	aw, bw := wordsOf(a), wordsOf(b)
	seen := map[string]bool{}
	for i := 0; i+n <= len(bw); i++ {
		seen[strings.Join(bw[i:i+n], " ")] = true
	}
	for i := 0; i+n <= len(aw); i++ {
		if seen[strings.Join(aw[i:i+n], " ")] {
			return true
		}
	}
	return false
}

// thankedForNews reports whether a thank-you will say their news around a
// changed verb ("you picked me up" → "picking me up"), which is no copy.
func thankedForNews(d Detail, o Occasion) bool {
	if d.Kind != TheirNews || o != Thanks {
		return false
	}
	_, ok := thankedFor(d.Text)
	return ok
}

// longTail is where a long clause can end without losing what happened:
// "you were made redundant | on Friday after eleven years at the firm".
var longTail = regexp.MustCompile(`(?i)\s+(?:on|after|at|in|last|this|from|with|during|over|yesterday|today|(?:` + count.Words + `|a|a few|several|many) (?:years?|months?|weeks?|days?) ago)\b`)

// forTail is where a thank-you's reason can end: "lending me the money |
// for the deposit".
var forTail = regexp.MustCompile(`(?i)\s+(?:for|so|to|on|after|at|in)\b`)

// shorterTail is where a memory or news can end without losing what it
// was: the where, the when, who with, for how long.
var shorterTail = regexp.MustCompile(`(?i)\s+(?:on|after|at|in|of|by|through|via|across|along|past|(?:last|this|next) (?:week|weekend|month|year|night|summer|spring|autumn|winter|christmas|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|from|with|during|over|for|together|when|while|back in|every|each|till|until|yesterday|today|(?:` + count.Words + `|a|a few|several|many) (?:years?|months?|weeks?|days?) ago)\b`)

// cutFresh shortens t at the latest place that leaves it no copy of src
// and still three words or more; "" when there is none.
func cutFresh(t, src string, run int, margin bool) string {
	if margin {
		// One word short of a copy, so that the words a sentence puts
		// before a memory ("thinking about") make none either.
		run--
	}
	locs := shorterTail.FindAllStringIndex(t, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		s := t[:locs[i][0]]
		if len(strings.Fields(s)) < 4 {
			break
		}
		if last := strings.ToLower(s[strings.LastIndex(s, " ")+1:]); npStart[last] || notVerb[last] {
			continue
		}
		if !sharesRun(s, src, run) {
			return s
		}
	}
	return ""
}

// cutLong shortens a clause to what happened, when it says at least three
// words before the where and when.
func cutLong(t string) string { return cutAt(t, longTail) }

// cutAt cuts t at the first match of re that leaves three words or more.
func cutAt(t string, re *regexp.Regexp) string {
	for _, loc := range re.FindAllStringIndex(t, -1) {
		if len(strings.Fields(t[:loc[0]])) >= 3 {
			return t[:loc[0]]
		}
	}
	return t
}

// pronounFor is how to refer again to someone who died: "your dad" is him.
func pronounFor(who string) string {
	for _, w := range strings.Fields(strings.ToLower(who)) {
		if p := kinPronoun(w); p != "" {
			return p
		}
	}
	return "them"
}

// kinPronoun is "him" or "her" for a family word, "" otherwise.
func kinPronoun(w string) string {
	// "sister-in-law", "half-brother", "step-mum": the kin word tells.
	w = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(w, "half-"), "step-"), "-in-law")
	switch w {
	case "dad", "father", "brother", "grandad", "grandpa", "grandfather", "husband", "son", "uncle", "boyfriend",
		"stepdad", "stepfather", "stepbrother", "stepson", "granddad":
		return "him"
	case "mum", "mom", "mother", "sister", "gran", "grandma", "grandmother", "nan", "nana", "wife", "daughter", "aunt", "girlfriend",
		"stepmum", "stepmom", "stepmother", "stepsister", "stepdaughter", "granny", "auntie":
		return "her"
	}
	return ""
}

var (
	elided   = wordset.Of(`is has was could would need might still always often am have ran got mad obsessed loves likes spent stayed cooked cleaned painted drove brought took gave helped fixed sorted picked dropped walked fed watered looked made came`)
	subjects = wordset.Of(`i she he they we you`)
)

func appendDetail(out []Detail, d Detail) []Detail {
	// "you still at that company": the verb left out goes back in.
	d.Text = youNoVerb.ReplaceAllString(d.Text, "you're $1 $2")
	for _, o := range out {
		if o.Kind == d.Kind && strings.EqualFold(o.Text, d.Text) {
			return out
		}
	}
	return append(out, d)
}

// youNoVerb is "you" with no verb before where they are: "you still at
// that company".
var youNoVerb = regexp.MustCompile(`^you (still|now|currently|also) (at|in|with|on|working at|living in)\b`)

// stripRequest drops "can you help me write to X" and returns what, if
// anything, the request says should be in the message, as clauses.
func stripRequest(c, name string) []string {
	s := strings.TrimSpace(c)
	loc := reqVerb.FindStringIndex(s)
	if loc == nil || !requestLead.MatchString(s) {
		return []string{s}
	}
	rest := s[loc[0]:]
	for _, cp := range complements {
		m := cp.re.FindStringSubmatchIndex(rest)
		if m == nil {
			continue
		}
		body := strings.TrimSpace(rest[m[2]:m[3]])
		if m := sayToThat.FindStringSubmatch(body); m != nil {
			// "say to my old friend Ade that I've been lonely".
			body = m[1]
		}
		if g := greetAnd.FindStringSubmatch(body); g != nil {
			// "say hi and suggest drinks" keeps "suggest drinks".
			body = g[1]
		}
		// "my colleague Brenda is retiring", "Isla I'm having a hard week":
		// who comes first, then what to say about them.
		if m := relThenName.FindStringSubmatch(body); m != nil && name != "" && strings.EqualFold(m[1], firstName(name)) {
			body = m[1] + " " + m[2]
		}
		if f := strings.Fields(body); name != "" && len(f) > 2 && strings.EqualFold(f[0], firstName(name)) && strings.EqualFold(f[1], "who") {
			body = f[0] + " " + strings.Join(f[2:], " ")
		}
		if f := strings.Fields(body); name != "" && len(f) > 2 && strings.EqualFold(f[0], firstName(name)) && statementStart[strings.ToLower(f[1])] {
			if subjects[strings.ToLower(strings.Split(f[1], "'")[0])] {
				body = strings.Join(f[1:], " ")
			}
		}
		if cp.mark == "ASK " {
			// "ask my brother Kofi to call me": what they are asked.
			if m := askWhoTo.FindStringSubmatch(body); m != nil {
				body = m[1]
			}
		}
		low := strings.ToLower(body)
		first := strings.ToLower(firstName(name))
		// "on her promotion" is what for, never who.
		whoOnly := cp.mark != "ON " && (relNoun.MatchString(low) || recipientWords.MatchString(low) && (len(strings.Fields(low)) <= 3 || cp.mark == "ASK "))
		if whoOnly || greetWords.MatchString(low) ||
			name != "" && strings.HasPrefix(low, first+" ") && !statementStart[strings.Fields(low)[1]] ||
			strings.EqualFold(body, firstName(name)) {
			continue
		}
		if cp.mark == "ON " {
			// "congratulate Mr Tanaka on retiring after 30 years": their news.
			return []string{"ON " + body}
		}
		var out []string
		for i, part := range splitClauses(body) {
			if i == 0 && cp.mark != "" {
				part = cp.mark + part
			}
			out = append(out, part)
		}
		return out
	}
	return nil
}

var (
	// reqVerb is a word that asks for a message to be written.
	reqVerb = regexp.MustCompile(`(?i)\blet (?:her|him|them|\w+) know\b|\b(?:add|remind|put in|include|mention|email|e-mail|dm|ping|post|write|draft|text|message|msg|send|note|card|drop a line|say|reach out|get back in touch|check (?:in|on)|wake up|revive|thank|thanks|thank-you|apologi[sz]e|congratulate|congrats|congratulations|well done|kudos|tell|ask|wish|nudge|follow[- ]?up|help me|apology|reply|propose|suggest)\b`)
	// requestLead is how a request to write starts; "i owe her an apology"
	// and "i should thank him" are the request said as a duty.
	requestLead = regexp.MustCompile(`(?i)^(?:ok(?:ay)? |so |hey |hi |and |also |pls |please |anyway,? |anyways,? |well,? |but |oh |wait,? )*(?:can|could|would|will) (?:you|u)\b|^(?:ok(?:ay)? |so |and )*(?:i |i've |i have )?(?:really |still |probably |definitely |so |kinda |kind of )?(?:owe|should|ought to|gotta|must|got to)\b|^(?:ok(?:ay)? |so |hey |and |pls |please |anyway,? |anyways,? |well,? |but |oh |wait,? |yeah,? |yes,? |yep,? |sure,? )*(?:help me|i (?:want|need|would like|'d like|wanna|have) to|i'?d (?:like|love) to|i'm (?:trying|wanting|hoping) to|want to|need to|i want|i need|i'd like|let'?s|just want to)\b|^(?:(?:pls|please|plz|just|now|ok|okay|so|then)\s+)*(?:write|draft|text|message|msg|send|drop|say|reach|revive|wake|thank|apologi[sz]e|congratulate|tell|ask|wish|nudge|follow|reply|post|remind)\b|^let (?:her|him|them|\w+) know\b|^(?:a|an|one|some|my|the)?\s*(?:\w+ ){0,3}(?:msg|message|text|note|card|line|thank[- ]you|thanks|apology|congrats|congratulations|email|letter|follow[- ]?up)\b|^(?:and |so |oh )?(?:well done|kudos) on\b|^something\b|^what (?:do|should|can|could) i (?:send|say|write|text|put|tell)\b|^to (?:ask|say|tell|thank|invite|see if|check if)\b|^how (?:do|should|can|would) i (?:say|tell|word|write|text|wish|apologi[sz]e|thank|congratulate|ask|invite|reply|respond|reach out|message|email)\b`)
	askWhoTo    = regexp.MustCompile(`^(?:(?:my|our) (?:[\w'-]+ ){0,3}?|(?:him|her|them|[A-Za-z][\w']*) )to\s+(.+)$`)
	sayToThat   = regexp.MustCompile(`(?i)^to (?:[\w'.-]+ ){1,5}?that (.+)$`)
	greetAnd    = regexp.MustCompile(`(?i)^(?:hi|hello|hey|sorry|thanks|thank you)\s+and\s+(.+)$`)
	// relThenName is a relationship then a name: "my colleague Brenda who is…".
	relThenName = regexp.MustCompile(`(?i)^(?:my|our) (?:\w+ ){0,2}?(?:friend|mate|colleague|neighbour|neighbor|sister|brother|cousin|boss|mentor|partner|girlfriend|boyfriend|wife|husband) (\w+)(?: who)? (.+)$`)
	// statementStart are words that, after a name, begin something said
	// about them.
	statementStart = wordset.Of(`is was has had just got lost i i'm i've she he we who's 's started passed won finally`)
	// relNoun is a phrase naming a person by relationship ("my best friend").
	relNoun = regexp.MustCompile(`^(?:my|our) (?:\w+ ){0,2}?(?:friend|mate|mum|mom|mother|dad|father|sister|brother|cousin|aunt|uncle|gran|grandma|grandad|grandpa|nan|colleague|boss|manager|mentor|neighbour|neighbor|partner|wife|husband|girlfriend|boyfriend|son|daughter|niece|nephew|teacher|team|group)s?\b`)
	// greetWords follow "say" in a request and are the request itself.
	greetWords = regexp.MustCompile(`^(?:sorry|thanks|thank you|hi|hello|happy birthday|congrats|congratulations|something|a few words)\b`)
	// recipientWords start a phrase that names who the message is for.
	recipientWords = regexp.MustCompile(`^(?:my|our|the \w+ group|the group|her|him|them|me|us|a friend|someone|mr|mrs|ms|dr|uncle|auntie|aunt)\b`)
	complements    = []struct {
		re   *regexp.Regexp
		mark string
	}{
		{regexp.MustCompile(`(?i)\b(?:that|saying|to say that|to say|say)\s+(.+)$`), ""},
		{regexp.MustCompile(`(?i)\bmention(?:ing)?(?: that)?\s+(.+)$`), ""},
		{regexp.MustCompile(`(?i)\b(?:to tell|tell|to let|let|to remind|remind)\s+(?:(?:my|our) (?:\w+ ){0,2}?\w+|him|her|them|\w+)(?: know)?(?: that| how)?\s+(.+)$`), ""},
		{regexp.MustCompile(`(?i)\b(?:ask(?:ing)? (?:him|her|them)|asking)\s+(?:if|whether|to)?\s*(.+)$`), "ASK "},
		{regexp.MustCompile(`(?i)\bto ask\s+(?:him|her|them\s+)?(.+)$`), "ASK "},
		{regexp.MustCompile(`(?i)\bask(?:ing)? (?:[\w'-]+ ){0,5}?(?:if|whether)\s+(.+)$`), "ASK "},
		{regexp.MustCompile(`(?i)\bask(?:ing)?\s+((?:(?:my|our) )?(?:[\w'-]+ ){0,3}?to\s+.+)$`), "ASK "},
		{regexp.MustCompile(`(?i)\b(?:and )?((?:suggest(?:ing)?|propose|maybe|offer(?:ing)? to|invit(?:e|ing) (?:her|him|them)|promis(?:e|ing)) .+)$`), ""},
		{regexp.MustCompile(`(?i)\b(?:congratulate|congrats|congratulations|well done|kudos)\s+(?:\w+ ){0,3}?on\s+(\w+ing\b.*)$`), "ON "},
		{regexp.MustCompile(`(?i)\bwhen\s+(I'm\b.+|I am\b.+|I feel\b.+|I've been\b.+)$`), ""},
		{regexp.MustCompile(`(?i)\b(?:congratulate|congrats|congratulations|well done|kudos)\s+(?:\w+ ){0,4}?on\s+((?:his|her|their|the) \w+.*)$`), "ON "},
		{regexp.MustCompile(`(?i)\bfor\s+(.+)$`), "FOR "},
		{regexp.MustCompile(`(?i)\bwho\s+(.+)$`), "WHO "},
		{regexp.MustCompile(`(?i)\babout\s+(.+)$`), "ABOUT "},
	}
)

// nameGiven is a new baby's or pet's name told: "the baby is called ivy",
// "twins are named raj and anya", "her little boy's name is arjun".
var nameGiven = regexp.MustCompile(`(?i)^(?:(?:and|oh|also|btw|so),? )*(?:the |her |his |their |your )?(?:new |little |baby )?(?:baby|babies|twins|little one|son|daughter|boy|girl|puppy|kitten|dog|cat|pup)(?:'s| s)? (?:is |are |was |were |got |'s )?(?:called|named|name is|names are|name's) ([a-z][a-z'-]+(?: (?:and|&) [a-z][a-z'-]+)?)[.!]*$`)

// nameChosen is a name told as what the parents chose: "they named her
// ivy", "we've called him otto", "they christened the twins nell and bo".
var nameChosen = regexp.MustCompile(`(?i)^(?:(?:and|oh|also|btw|so),? )*(?:they|we|[a-z]+ and [a-z]+)(?:'ve| have| ended up| finally| went and)? (?:named|called|christened|calling|naming) (?:her|him|them|it|the baby|the little one|the twins|the little (?:guy|girl|man|lady)|their (?:son|daughter|boy|girl|baby|twins)) ([a-z][a-z'-]+(?: (?:and|&) [a-z][a-z'-]+)?)[.!]*$`)

// namedAfter is whom a new name honours: "they named her after our nan".
var namedAfter = regexp.MustCompile(`(?i)^(?:(?:and|oh|also|btw|so),? )*(?:they|we|you|she|he|[a-z]+ and [a-z]+)(?:'ve| have)? (?:named|called|christened) (her|him|them|the baby|the twins) after ((?:our|my|their|his|her|your|the|a) .+|[a-z][a-z'-]+)$`)

// notANameEnd are words that end "they called him …" and name nobody.
var notANameEnd = wordset.Of(`back again today yesterday tonight twice once out up earlier later late every home in over round about first`)

// namedAs reads a name given, in capitals: "Raj and Anya".
func namedAs(clause string) (string, bool) {
	m := nameGiven.FindStringSubmatch(strings.TrimSpace(clause))
	if m == nil {
		if m = nameChosen.FindStringSubmatch(strings.TrimSpace(clause)); m == nil || notANameEnd[strings.ToLower(strings.Fields(m[1])[0])] {
			return "", false
		}
	}
	words := strings.Fields(m[1])
	for i, w := range words {
		if w != "and" && w != "&" {
			words[i] = upFirst(w)
		}
	}
	return strings.Join(words, " "), true
}

// onlyHedge is a clause that only says how sure the writer is, or fills.
var onlyHedge = regexp.MustCompile(`(?i)^(?:(?:i think|i guess|i suppose|i reckon|i mean|maybe|probably|perhaps|tbh|honestly|lol|haha|idk|i dunno|dunno|or something|or whatever|kind of|kinda|sort of|you know|like|just|anyway|so yeah|yeah|ok|okay)[\s,.!?]*)*$`)

// missThem is the writer missing or loving the people of a group, said
// of them.
var missThem = regexp.MustCompile(`(?i)(^|\b(?:and|but|so) )(?:that )?I (miss|love|adore|really miss|have missed|'ve missed) (?:them|them all|all of them|everyone|everybody|the girls|the boys|the lads|the guys)\b`)

// onAir is something that was on the television or the radio: "the
// football was on last night", "their song came on the radio".
var onAir = regexp.MustCompile(`(?i)^(?:(?:so|and|then|nothing special|just)[,]?\s+)*((?:the|a|an|that|our|your|his|her|their) [\w' -]{2,40}?) (?:was on|were on|came on|come on|was playing|came up)( (?:on )?(?:the )?(?:tv|telly|radio|television))?((?: (?:last night|yesterday|earlier|today|tonight|this morning|this evening|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend))?)[.!]*$`)

// danglingBefore is how long before something, with the something left
// unsaid, at the end of a clause.
var danglingBefore = regexp.MustCompile(`(?i),?\s+(?:only |just |like |about )?(?:` + count.Words + `|a|a few|a couple of) (?:days?|weeks?|months?) before\s*[.!?]*$`)

// leadHedge is how sure the writer is, said before a statement about
// someone else: "i think she'd been ill", "apparently he's a vet now".
var leadHedge = regexp.MustCompile(`(?i)^(?:i think|i guess|i believe|i reckon|i suppose|i'm pretty sure|im pretty sure|apparently|supposedly|from what i (?:hear|heard)|i'm told|im told|word is)(?: that)?,? ((?:he|she|they|his|her|their|the|[A-Z]\w+)\b)`)

// oddnessTail is the writer finding what they tell odd, said after it:
// "he's doing pottery now which is so random", "she moved to a farm, kinda
// wild". Said back to the recipient it judges them, so it stays out.
var oddnessTail = regexp.MustCompile(`(?i)[\s,]+(?:(?:which|that)(?:'s| is| was)\s+|(?:so|kinda|kind of|pretty|bit|a bit|quite|very|really|totally)\s+)(?:(?:so|kinda|kind of|pretty|a bit|quite|very|really|totally|such a)\s+)*(?:random|weird|bizarre|odd|wild|strange|out of nowhere|out of the blue|unexpected|mad|unhinged|left ?field)(?: lol| haha| tbh)?[\s.!?]*$`)

// hedgeTail is how sure the writer is, said after what they mean: "i miss
// him i think", "tell her we're proud lol".
var hedgeTail = regexp.MustCompile(`(?i)[\s,]+(?:i think|i guess|i suppose|i reckon|maybe|probably|apparently|supposedly|i(?:'ve| have)? heard|from what i (?:hear|heard)|tbh|lol|haha|or something|or whatever|idk|bless (?:her|him|them|'em)(?: (?:little )?(?:heart|soul))?|bless)[\s.!?]*$`)

// mannerNote is what the writer says about how the message should come
// across, or how well they know the person: "nothing guilt trippy",
// "definitely not flirty", "i don't want to pry", "i barely know him".
// It guides the writing; it is nothing to tell them.
var mannerNote = regexp.MustCompile(`(?i)^(?:(?:but|and|so|just|ok|honestly|tbh|obviously)\s+)*(?:(?:nothing|not|definitely not|but not|nothing too|not too|without being|without sounding|without it being|without it sounding|without coming across|without seeming|not being|not sounding)\s+(?:(?:too|so|very|overly|at all|a bit|remotely|like)\s+)*(?:heavy|guilt[ -]?trippy|guilt[ -]?trip(?:ping)?|flirty|needy|pushy|cheesy|soppy|weird|awkward|intense|over the top|desperate|clingy|dramatic|preachy|creepy|cringe|cringey|salty|passive aggressive|sappy|corny|much|long|formal|fake|forced)\b.{0,25}|i\s+(?:really\s+)?(?:don'?t|dont|do not)\s+want\s+(?:it\s+)?to\s+(?:pry|seem|sound|come across|come off|be (?:weird|awkward|pushy|needy|too much|a pain|annoying|that person|intrusive)|push|pressure|guilt|overwhelm|intrude|smother|make it (?:weird|awkward|about))\b.{0,40}|i\s+(?:barely|hardly|don'?t really|dont really|do not really)\s+know\s+(?:him|her|them|\w+)(?:\s+(?:well|at all|that well))?|i know (?:it'?s|its|it has) only been .{1,20}|(?:so |and )?(?:keep|make) it (?:easy|short|light|simple|casual|brief|low[- ]key|low[- ]pressure|chill|breezy)\b.{0,30}|(?:still |also |yet |while (?:still )?(?:being )?)?(?:appropriate|suitable|professional|respectful|work[- ]appropriate|polite)(?: (?:for|at) (?:work|the office|a colleague|a boss|my boss|a manager))?)[.!?]*$`)

// notKnowingHow is the writer not knowing how to put it ("but i don't know
// how", "not sure what to say"): why they asked for help, nothing to tell.
var notKnowingHow = regexp.MustCompile(`(?i)^(?:(?:but|and|so|just|honestly|tbh)\s+)*(?:i\s+)?(?:(?:really\s+)?(?:don'?t|dont|do not|didn'?t)\s+(?:really\s+|even\s+)?know|(?:am\s+|i'?m\s+|im\s+)?not sure|no idea|have no idea|can'?t think)\s+(?:how|what|where)\b.{0,40}$`)

// theySentThing is someone sending or bringing a thing, said of them ("my
// friends hana and zoe sent flowers", "she brought round a lasagne"), with
// what else the clause says after "and".
var theySentThing = regexp.MustCompile(`(?i)^(?:(?:my|our) )?(?:[\w'-]+ ){0,4}?(?:sent|brought|brought round|brought over|dropped off|dropped round|left|gave (?:me|us)|got (?:me|us)|sent (?:me|us)|made (?:me|us)|cooked (?:me|us)|baked (?:me|us))\s+(?:me |us )?(?:some |a |an |the |those |these |that |this |all the |lovely |beautiful |such )*((?:[\w'-]+ ){0,2}?(?:flowers|card|cards|gift|present|meal|meals|food|lasagne|lasagna|casserole|soup|cake|biscuits|cookies|hamper|basket|letter|note|plant|balloons|chocolates|wine|book)(?: (?:for|on|at|after|before) (?:my|our|the) [\w' -]+?)?)\b(?:\s+(?:and|&)\s+(.+))?$`)

// subjectlessDeed is a clause that opens with a deed in the past and no one
// doing it: "came to the funeral", "drove me to the hospital".
var subjectlessDeed = regexp.MustCompile(`(?i)^(?:also |even |then |still )?(?:came|went|drove|helped|stayed|sat|kept|held|lent|looked|fed|walked|picked|took|made|cooked|cleaned|covered|watched|listened|called|rang|visited|organised|organized|arranged|checked|offered|let|put|paid|texted|messaged|showed up|turned up)\b`)

// sawThat is the writer saying where they learnt someone's news, up to the
// news: "i saw on instagram that ", "heard from his sister that ".
var sawThat = regexp.MustCompile(`(?i)^(?:(?:and|so|but|then|just|also)\s+)*(?:i|we)\s+(?:just\s+|only\s+|recently\s+)?(?:saw|read|noticed|see)(?:\s+(?:on|from|in|via|through)\s+(?:[\w'-]+\s+){0,3}?)?\s*that\s+`)

// iHaveA is the writer saying who someone is to them ("i have a cousin,
// jana", "there's my old flatmate"): who the message is for, not news.
var iHaveA = regexp.MustCompile(`(?i)^(?:(?:maybe|well|so|um|hmm|and|but|there'?s|theres)\s+)*(?:i (?:have|'ve got|ve got|got)|there'?s|theres|there is) (?:a|an|one|this|my|an old|a good|an older|a younger|a little|a big) (?:old |good |older |younger |little |big |best |close )?(?:cousin|brother|sister|friend|mate|aunt|auntie|aunty|uncle|nan|nana|gran|granny|grandma|grandpa|grandad|niece|nephew|colleague|neighbour|neighbor|flatmate|roommate|housemate|teacher|mentor|boss)s?\b[^.!?]{0,40}$`)

// lostTouchWhen is a silence and the news that began it: "lost touch
// after she moved to lagos". The silence is background; the move is
// news of theirs, said on its own.
var lostTouchWhen = regexp.MustCompile(`(?i)\b((?:lost touch|drifted apart|drifted|stopped talking|fell out of touch|went quiet)(?: with (?:her|him|them|each other))?) (?:after|when|once) ((?:she|he|they)\b)`)

// deadByName puts "he" or "she" for the name of the one who died at the
// head of a clause told after the death ("chidi taught us guitar", after
// "his brother Chidi died"), so that what they did is remembered as
// theirs, never told to the recipient.
func deadByName(c, lost, lostAs string) string {
	f := strings.Fields(lost)
	if len(f) == 0 {
		return c
	}
	n := f[len(f)-1]
	if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
		return c
	}
	subj := map[string]string{"him": "he", "her": "she"}[pronounFor(lostAs)]
	if subj == "" || len(c) <= len(n) || !strings.EqualFold(c[:len(n)], n) || c[len(n)] != ' ' {
		return c
	}
	return subj + c[len(n):]
}

// twoWhens finds a plan's last two phrases of when or where: "5 a side |
// on thursdays | over the summer".
var twoWhens = regexp.MustCompile(`(?i)^(.+?) ((?:on|at|in|over|during|every|this|next|after|before) [\w' -]+?) ((?:on|at|in|over|during|every|this|next|after|before) [\w' -]+)$`)

// swapLastTwo says a plan's last two phrases of when or where the other
// way round, the second after a comma; a plan without two is kept.
func swapLastTwo(plan string) string {
	m := twoWhens.FindStringSubmatch(plan)
	if m == nil || boundBefore.MatchString(m[1]) {
		return plan
	}
	return m[1] + " " + m[3] + ", " + m[2]
}

// boundBefore is a word the phrase after it belongs to: "back in town",
// "home at Christmas", "out at the lake".
var boundBefore = regexp.MustCompile(`(?i)\b(?:back|home|out|away|up|down|over|round|around)$`)

// strainNoun is a strain or an illness named by its noun: "stress",
// "burnout", "a back injury".
var strainNoun = regexp.MustCompile(`(?i)^(?:(?:work|bad|severe|her|his|their) )?(?:stress|burnout|burn-out|exhaustion|anxiety|depression|grief|illness|sickness|treatment|chemo|cancer|covid|long covid|mental health|(?:a |an )?(?:[\w-]+ )?(?:injury|surgery|operation|infection))$`)

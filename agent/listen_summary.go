package agent

import (
	"cmp"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// NextStep is the small concrete thing a reflection ends with.
type NextStep struct {
	// Text is the step in one sentence, shown after the summary.
	Text string
	// Recipient is set when the step is with someone a message can be
	// drafted to: a name, or a family word used as one ("Grandma").
	Recipient string
	// Remind is the request that sets a reminder for the step ("remind me
	// to call Grandma on Sunday"); set only when the person named a time.
	Remind string
	// When is that time, as the reminder's button says it ("on Sunday").
	When string
}

// summaryLine is the longest sentence the summary keeps of one answer; a
// longer first clause is kept whole, never cut.
const summaryLine = 140

// summaryRoom is about how long the summary's sentences may be together.
const summaryRoom = 480

// SummarizeReflection sums up a finished walkthrough: "Here's what I
// heard:" and one whole sentence of each answer, in the second person,
// fillers left out (skipped and unsure answers are left out too). The next
// step is the one the person named, with who and when ("call your grandma
// on Sunday"), else a short hello to someone they want to feel closer to,
// else a small step that fits the journey. It never names anyone the
// person did not name as someone to reach.
func SummarizeReflection(j Journey, answers []string) (string, NextStep) {
	answers = plainAnswers(answers)
	var lines, kept []string
	stepLast := false // the last bullet is a step with someone
	filled := 0
	for _, a := range answers {
		if strings.TrimSpace(a) != "" {
			filled++
		}
	}
	// Long answers share the room, but a clause is never cut.
	room := max(60, summaryRoom/max(filled, 1))
	names := answerNames(answers...)
	for i, a := range answers {
		a = withoutAsked(afterUnsure(strings.TrimSpace(strings.ToValidUTF8(a, ""))))
		folded := foldText(a)
		if a == "" || lowContent(folded) {
			continue
		}
		if _, rest, ok := answerDoubt(a); ok {
			// "does my cat count?" is settled; "is it weird that i can't
			// think of anyone?" says "i can't think of anyone".
			if rest == "" {
				continue
			}
			a = rest
			if folded = foldText(a); lowContent(folded) {
				continue
			}
		}
		kept = append(kept, a)
		if k, ok := controlIntent(folded); ok && k == IntentYes {
			continue
		}
		if reactionAck(a, 0) != "" {
			// "sent a 🎉 and that was it": the emoji cannot be said back.
			lines = append(lines, "• You answered with a quick reaction and no more.")
			stepLast = false
			continue
		}
		if i < len(j.Questions) {
			if line := shapeSummary(a, shapeOf(j.Questions[i], a)); line != "" {
				lines = append(lines, "• "+line)
				continue
			}
		}
		if i < len(j.Questions) {
			if line := cmp.Or(hopeHeard(j.Questions[i], a, names), whoHeard(j.Questions[i], a, names), ownWordsHeard(j.Questions[i], a, names),
				meaningHeard(j.Questions[i], a, names, min(room, summaryLine))); line != "" {
				lines = append(lines, "• "+line)
				stepLast = false
				continue
			}
		}
		if line := listen.Sentence(echoClause(softenEcho(listen.Proper(listen.Clean(a), names)), names, min(room, summaryLine))); line != "" {
			if i < len(j.Questions) {
				// "• Nerves." is read with its question: "What gets in
				// the way is nerves."
				line = wholeSentence(j.Questions[i], line, names)
			}
			lines = append(lines, "• "+line)
			stepLast = listen.IsStep(a, names)
			continue
		}
		stepLast = false
	}
	next := summaryStep(j, answers, kept)
	if len(lines) > 1 && strings.HasPrefix(next.Text, ownStep) && saysStep(lines[len(lines)-1], next.Text) {
		stepLast = true
	}
	if stepLast && len(lines) > 1 && strings.HasPrefix(next.Text, ownStep) {
		// The step closes the summary in full; its bullet would only say
		// it twice, hedges and all ("Maybe text her Sunday").
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return "You left these questions open, and that's completely fine. Sometimes reading them is enough to start you thinking.", next
	}
	return "Here's what I heard:\n" + strings.Join(lines, "\n"), next
}

// saysStep reports whether a summary bullet opens with the words of a
// step the person named: "• Buy tickets for the gig…" before "One small
// step, in your own words: buy tickets for the gig…".
func saysStep(bullet, step string) bool {
	b := strings.Fields(stepHedge.ReplaceAllString(strings.ToLower(strings.TrimPrefix(bullet, "• ")), ""))
	s := strings.Fields(stepHedge.ReplaceAllString(strings.ToLower(strings.TrimPrefix(step, ownStep)), ""))
	if len(b) < 3 || len(s) < 3 {
		return false
	}
	// "voice note to Adaeze…" is in "send a voice note to Adaeze…": the
	// bullet's first words, a little way into the step.
	for at := 0; at <= 2 && at+3 <= len(s); at++ {
		same := true
		for i := range 3 {
			if strings.Trim(b[i], ".,") != strings.Trim(s[at+i], ".,") {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// stepHedge is what may open a step said in a bullet but not in the step
// itself: the stem that made it a sentence ("One small thing you'd like to
// do:") and the person's hedges ("maybe", "i'll probably").
var stepHedge = mustPattern(`^(?:[^:]{0,40}: )?(?:(?:maybe|probably|perhaps|just|i'll|ill|you'll|i will|you will|i could|you could|i want to|you want to|i'd like to|you'd like to|i might|you might|i think|try to|going to|gonna) )*`)

// ownStep opens a next step the person named.
const ownStep = "One small step, in your own words: "

// summaryStep finds the next step in what the person said.
func summaryStep(j Journey, answers, kept []string) NextStep {
	names := answerNames(kept...)
	if s, ok := listen.FindStep(kept, names); ok {
		next := NextStep{Text: ownStep + s.Phrase + "."}
		if text, ok := wholeStep(j, answers, s, answerNames(answers...)); ok {
			// a bare "tell dayo": what to tell him, or an offer to write it.
			next.Text = text
		}
		if s.With.Named {
			next.Recipient = s.With.Who
		}
		if remindable(s.When) && s.Verb != "" {
			next.Remind, next.When = "remind me to "+reminderPhrase(s), s.When
		}
		return next
	}
	if text := ownPlanStep(j, answers); text != "" {
		// "buy tickets for the gig she wanted": theirs, though no message
		// goes with it.
		return NextStep{Text: text}
	}
	// Someone named as a person to feel closer to is a fair first hello,
	// in the way the person said they could be in touch, if they said one.
	mode := contactMode(kept)
	for i, q := range j.Questions {
		if i >= len(answers) || !strings.Contains(strings.ToLower(q.Text), "closer") {
			continue
		}
		for _, m := range listen.Mentions(answers[i], answerNames(answers...)) {
			if m.Named && (m.Ref != m.Who || plainName(answers[i], m.Who)) {
				if mode != "" {
					// "voice note on saturday morning": the day named
					// is the step's, else this week.
					return NextStep{Text: "One small step: " + mode + " " + m.Who + " " + stepDay(j, answers) + ", the way you said you could.", Recipient: m.Who}
				}
				return NextStep{
					Text:      "One small step: a two-line message to " + m.Who + " this week. Nothing big, just a hello that shows you thought of them.",
					Recipient: m.Who,
				}
			}
		}
	}
	if next, ok := limitStep(j, answers); ok {
		// "my boss messages me at 10pm, i want to say i'll reply in the
		// morning": to him, in those words.
		return next
	}
	if next, ok := driftStep(j, answers); ok {
		// "lena drifts bc i wait for her": write to her first.
		return next
	}
	return journeyStep(j.ID)
}

// reStepDay is a day of the week, with the part of it named after it:
// "saturday morning", "friday".
var reStepDay = mustPattern(`\b(?:this |next |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (morning|afternoon|evening|night|lunchtime))?\b`)

// stepDay is when the answer to j's question asking for a small step says
// it will happen, "on Saturday morning", or "this week" when it names no
// day.
func stepDay(j Journey, answers []string) string {
	for i, q := range j.Questions {
		if i >= len(answers) || questionKind(q.Text) != qkStep {
			continue
		}
		if m := reStepDay.FindStringSubmatch(foldText(answers[i])); m != nil {
			return strings.TrimSpace("on " + upFirst(m[1]) + " " + m[2])
		}
	}
	return "this week"
}

// contactMode is the way of being in touch the last answer that names one
// says, ready to be followed by a name: "a voice note to", "a call with",
// "a coffee with". "" when no answer names one.
func contactMode(answers []string) string {
	for i := len(answers) - 1; i >= 0; i-- {
		f := foldText(answers[i])
		for _, m := range contactModes {
			if m.re.MatchString(f) {
				return m.phrase
			}
		}
	}
	return ""
}

// contactModes are the ways of being in touch a reflection answer may name.
var contactModes = []struct {
	re     pattern
	phrase string
}{
	{mustPattern(`\bvoice ?(?:note|message|memo|msg)s?\b`), "a voice note to"},
	{mustPattern(`\b(?:video ?call|facetime|face time|zoom|video chat)\b`), "a video call with"},
	{mustPattern(`\b(?:phone ?call|a call|call (?:them|him|her)|ring (?:them|him|her)|give (?:them|him|her) a (?:call|ring)|phone (?:them|him|her))\b`), "a call with"},
	{mustPattern(`\b(?:coffee|a walk|lunch|dinner|a drink|drinks|a pint|brunch|meet up|meeting up|hang out|see (?:them|him|her))\b`), "time together with"},
	{mustPattern(`\b(?:a letter|a card|a postcard)\b`), "a card to"},
	{mustPattern(`\b(?:a meme|memes|a photo|a picture|a video|a tiktok|a reel|a link|a song)\b`), "something small sent to"},
	{mustPattern(`\b(?:a text|a message|a msg|a dm|texting|text (?:them|him|her)|message (?:them|him|her))\b`), "a message to"},
}

// stepAck answers the last of answers when it names a step with someone:
// the step said back whole, with who it is with and when, as the summary
// will offer it ("Text your cousin on Sunday: small and doable."), not the
// person's words in italics. "" when the last answer names no step whose
// person is clear.
func stepAck(answers []string, v int) string {
	if len(answers) == 0 {
		return ""
	}
	answers = plainAnswers(answers)
	last := answers[len(answers)-1]
	names := answerNames(answers...)
	if !listen.IsStep(last, names) {
		return ""
	}
	s, ok := listen.FindStep(answers[len(answers)-1:], names)
	if !ok {
		// "her" may be someone an earlier answer named.
		if s, ok = listen.FindStep(answers, names); !ok {
			return ""
		}
	}
	if lost := listen.Lost(last, names); lost != "" && !strings.EqualFold(lost, s.With.Ref) {
		// "call mum sunday. shes been lonely since dad died": the loss
		// heard before the step.
		line := "I'm so sorry about " + lostRef(lost) + ". " + upFirst(invitation(s.Phrase)) + pickAck([]string{
			": a kind, doable step.",
			": a good step, and a kind one.",
		}, v)
		if len(line) <= ackMax {
			return line
		}
	}
	return upFirst(invitation(s.Phrase)) + pickAck([]string{
		": small and doable, which is just right.",
		": a clear, doable step.",
		": that's very doable.",
	}, v)
}

// reminderPhrase is the step as the person would ask for a reminder: "call
// Grandma on Sunday", "meet my cousin tomorrow".
func reminderPhrase(s listen.Step) string {
	who := s.With.Who
	if !s.With.Named {
		who = "my " + strings.TrimPrefix(s.With.Ref, "your ")
	}
	return s.Verb + " " + who + " " + s.When
}

// remindable reports whether a time is one a reminder can land on: a day,
// not "this week".
func remindable(when string) bool {
	return when != "" && !strings.HasSuffix(when, " week")
}

func journeyStep(id string) NextStep {
	text, ok := journeySteps[id]
	if !ok {
		text = "One small step: send a short, no-pressure hello to one person this week."
	}
	return NextStep{Text: text}
}

var journeySteps = map[string]string{
	"seek":       "One small step: this week, spend a little time in one place or group that leaves you with energy.",
	"matter":     "One small step: pick one person who came to mind and send them a two-line message this week.",
	"showup":     "One small step: the next time someone shares news, answer with one question about it before anything else.",
	"boundaries": "One small step: choose one limit you named and try saying it, kindly and plainly, this week.",
	"week":       "One small step: think of one person it was good to hear from, and send them a short hello this week.",
}

// plainName reports whether name reads as someone's name in answer and not
// a capitalised word opening a sentence ("Happy to be reached…"): it is used
// inside a sentence, or opens a short list ("Sam, and my mum").
func plainName(answer, name string) bool {
	if !strings.Contains(answer, name) && strings.Contains(lowPadded(answer), " "+strings.ToLower(name)+" ") {
		// Typed in lowercase, it was found as a name, not as a capital
		// opening a sentence.
		return true
	}
	for _, sent := range listen.Sentences(answer) {
		f := strings.Fields(sent)
		for i, w := range f {
			core := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(w, ".,;:!?"), "'s"), ".,;:!?")
			if core != name {
				continue
			}
			if i > 0 || len(f) == 1 || w != core || strings.EqualFold(f[1], "and") {
				return true
			}
		}
	}
	return false
}

// lostRef is how a loss is named in a sentence: "Dad", a family word
// used as a name, is "your dad".
func lostRef(lost string) string {
	if kinNames[strings.ToLower(lost)] {
		return "your " + strings.ToLower(lost)
	}
	return lost
}

// stepAfterPoint reports an answer to a question asking for a limit or
// what someone means to the person whose first sentence says that, and
// only a later one a step: "that i cant do calls after work. tell ines i
// love her" is a limit first.
func stepAfterPoint(q Question, answer string) bool {
	if k := questionKind(q.Text); k != qkLimit && k != qkMeaning {
		return false
	}
	sents := listen.Sentences(answer)
	return len(sents) > 1 && !listen.IsStep(sents[0], answerNames(answer))
}

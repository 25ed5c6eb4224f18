package revise

import (
	"regexp"
	"strings"
)

var gushRe = regexp.MustCompile(`(?i)\b(?:miss you|love you|means? (?:a lot|so much|the world|a great deal)|mean a lot|grateful to have you|makes? my day|made my day|so glad we|adore|can't stop thinking|you're the best|love having you|in my life|so much love|so proud|so happy for you|on my mind|care about you (?:a lot|so much|loads))\b`)

var (
	intensRe = regexp.MustCompile(`(?i)\b(?:so much |really |truly |absolutely |incredibly |very |super )`)
	soRe     = regexp.MustCompile(`(?i)\bso (glad|happy|proud|excited|grateful|lovely|good|great|sorry|thrilled|pleased|amazing|much|kind|generous|thoughtful|sweet|nice)\b`)
)

// cooler drops gushing lines and intensifiers, and the exclamation marks.
// A line the person asked for ("just say i miss him") stays, toned down.
func (d *draft) cooler(c Context) error {
	q := lastQuestion(d.body)
	key := keySentence(d.body, q)
	var out []string
	for i, s := range d.body {
		asked := kept(s, c.Keep) || len(c.KeepWords) > 0 && sharesKey(s, c.KeepWords)
		if sympathyRe.MatchString(s) {
			// "I'm so sorry about your dad" stays as warm as it was:
			// toning down never cools sympathy or an apology.
			out = append(out, s)
			continue
		}
		if cheeseRe.MatchString(s) && len(d.body) > 1 && !asked {
			// A stock flourish ("another lap around the sun") goes whole.
			continue
		}
		if gushRe.MatchString(s) && i != q && !asked {
			kept := keepClauses(s, func(c string) bool { return !gushRe.MatchString(c) })
			if kept == "" && i == key && info(s) >= 2 {
				kept = s
			}
			if kept == "" {
				continue
			}
			s = kept
		}
		t := soRe.ReplaceAllString(intensRe.ReplaceAllString(s, ""), "$1")
		out = append(out, stripHearts(upperFirst(t)))
	}
	d.body = out
	if strings.Contains(d.String(), "!") {
		return d.noExclaim()
	}
	return nil
}

// sympathyRe is a sentence that carries sympathy or an apology: "I'm so
// sorry for your loss", "I'm really sorry I missed it", "my deepest
// condolences". Its intensifiers are part of what it says.
var sympathyRe = regexp.MustCompile(`(?i)\b(?:sorry|apologi[sz]e\w*|apologies|condolence\w*|sympath\w*|my fault|forgive me|(?:your|the|a|such a) loss|heart (?:goes out|breaks|is with you)|thinking of you|here for you|here (?:if|whenever) you)\b`)

// cheeseRe is a stock flourish that reads as cheesy whatever the tone:
// "another lap around the sun", "here's to many more", "you deserve the
// world".
var cheeseRe = regexp.MustCompile(`(?i)\b(?:(?:another|one more) (?:lap|trip) around the sun|here's to (?:a great|another|many more|the next|you|the year)|not bad at all|as (?:good|sweet|lovely) as you are|you deserve (?:the world|all the happiness|every happiness)|the best \w+ (?:ever|in the world)|words can(?:not|'t) (?:express|describe|say)|you mean the world|light(?:s)? up (?:every|the|any) room|ray of sunshine|shine (?:bright|on)|cheers to|living your best life|(?:young|fabulous) at heart|age is (?:just )?a number|older and wiser|wishing you all the (?:joy|happiness|love) in the world)\b`)

func stripHearts(s string) string {
	for _, h := range []string{" ❤️", "❤️", " 💕", " 💖", " 😘", " 🥰", " 😍"} {
		s = strings.ReplaceAll(s, h, "")
	}
	return s
}

// needyRe finds pleading, counting days, apologising for writing, and
// complaints about not hearing back.
var needyRe = regexp.MustCompile(`(?i)\b(?:(?:i )?(?:really |so |just )?miss you|please (?:please )?(?:reply|write back|answer|get back|text (?:me )?back|respond|let me know|call me|don't ignore)|why (?:haven't|have not|didn't|did not|won't|don't|aren't|havent|didnt) you|did i do something|are you (?:mad|angry|upset|annoyed) (?:at|with) me|have i upset you|(?:sorry|apologies|i apologi[sz]e) (?:to|for|if) (?:bother|bothering|writing|messaging|texting|the random|reaching out|intruding|disturbing|the long|being annoying|annoying|this is)|sorry to (?:bug|pester|bother)|i know you(?:'re| are)(?: probably| really| so)? (?:busy|swamped)|just (?:checking|making sure) (?:if |that |whether )?you (?:got|saw|received|read)|you (?:stopped|haven't been|have not been|never|didn't|did not|haven't|have not) (?:replying|reply|answered|answer|responding|respond|replied|responded|written|got back|gotten back|texted)|stopped (?:replying|responding|answering)|haven't heard (?:back )?from you|left me on read|it(?:'s| has) been \d+ (?:days|weeks|hours)|\d+ days (?:ago|since)|i need you|can't stop thinking about you|waiting (?:for your|to hear)|hope (?:you'll|you will) (?:reply|answer|write)|(?:don't|do not) ignore|desperate|i beg)\b`)

// needYouTo is an ask said as a need: "I really need you to call me".
var needYouTo = regexp.MustCompile(`(?i)^I (?:really |just |kind of )?need you to ([a-z].+)$`)

// lessNeedy drops the needy sentences (or clauses); with none, it takes
// the pressure to reply away.
func (d *draft) lessNeedy() error {
	dropped := false
	var out []string
	for _, s := range d.body {
		if m := needYouTo.FindStringSubmatch(s); m != nil {
			// "I need you to take the night feeds this week": the ask
			// stays, put plainly.
			s = "Could you " + strings.TrimRight(m[1], ".!") + "?"
			dropped = true
		}
		if !needyRe.MatchString(s) {
			out = append(out, s)
			continue
		}
		dropped = true
		if kept := keepClauses(s, func(c string) bool { return !needyRe.MatchString(c) }); kept != "" {
			out = append(out, kept)
		}
	}
	d.body = out
	formal := looksFormal(*d)
	if !dropped {
		if noPressureRe.MatchString(strings.Join(d.body, " ")) {
			return ErrUnchanged
		}
		return d.add(pickFrom([]string{"No pressure to reply — only if you feel like it.", "No need to reply if you're busy."}, *d, 0, formal))
	}
	if len(d.body) == 0 || len(d.body) == 1 && isQuestion(d.body[0]) {
		line := "Hope your week's going well."
		if formal {
			line = "I hope you are well."
		}
		d.body = append([]string{line}, d.body...)
	}
	if lastQuestion(d.body) < 0 {
		d.body = append(d.body, "How are things with you?")
	}
	return nil
}

var noPressureRe = regexp.MustCompile(`(?i)\bno (?:need to reply|pressure|rush)\b|\bwhenever (?:it suits|you can|you like)\b`)

// keepClauses keeps the clauses of s that ok accepts, as one sentence;
// "" when none is kept or the sentence has one clause.
func keepClauses(s string, ok func(string) bool) string {
	locs := clauseCut.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return ""
	}
	var parts []string
	start := 0
	for _, l := range locs {
		parts = append(parts, s[start:l[0]])
		start = l[1]
	}
	parts = append(parts, s[start:])
	var kept []string
	for _, p := range parts {
		if ok(p) {
			kept = append(kept, strings.TrimSpace(p))
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return endSentence(upperFirst(strings.Join(kept, ", and ")))
}

// stockPhrases are the ways drafts sound written by a machine, with
// plainer words.
var stockPhrases = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`(?i)\s*I hope this (?:message|note|email) finds you well[.!]?`), ""},
	{regexp.MustCompile(`(?i)\bI am writing to (?:let you know that |say that |tell you that )?`), ""},
	{regexp.MustCompile(`(?i)\bI wanted to reach out (?:to|and) `), "I wanted to "},
	{regexp.MustCompile(`(?i)\b(?:reach(?:ing)? out|touch(?:ing)? base)\b`), "get in touch"},
	{regexp.MustCompile(`(?i)\b(?:quick news from me|a bit of news from my side|some news from me|news from my side|an update from me): `), "Oh, and "},
	{regexp.MustCompile(`(?i)\bI wanted to (?:tell you|let you know|share) that `), ""},
	{regexp.MustCompile(`(?i)\bIt made me smile to remember that `), "I was just thinking about how "},
	{regexp.MustCompile(`(?i)\bTime has flown since we last talked, and `), ""},
	{regexp.MustCompile(`(?i)\bI didn't want to let more time slip by without saying hello\b`), "I wanted to say hi"},
	{regexp.MustCompile(`(?i)\bplease do not hesitate to\b`), "feel free to"},
	{regexp.MustCompile(`(?i)\bat your earliest convenience\b`), "when you can"},
	{regexp.MustCompile(`(?i)\b(?:furthermore|moreover|additionally|in addition), `), "Also, "},
	{regexp.MustCompile(`(?i)\bwith regard to\b|\bregarding\b`), "about"},
	{regexp.MustCompile(`(?i)\bI would like to\b`), "I'd love to"},
	{regexp.MustCompile(`(?i)\s*I hope this (?:message |note )?finds you well[.!]?`), ""},
	{regexp.MustCompile(`(?i)\bI (?:just )?wanted you to know (?:that )?`), ""},
	{regexp.MustCompile(`(?i)\bI (?:just )?wanted to (?:say|let you know|tell you) that `), ""},
	{regexp.MustCompile(`(?i)\bplease know that `), ""},
	{regexp.MustCompile(`(?i)\bI wanted to take a (?:moment|minute) to\b`), "I wanted to"},
	{regexp.MustCompile(`(?i),? and I didn't want to let (?:more|any more|another) (?:time|year|month) (?:go|slip|pass) by\b`), ""},
	{regexp.MustCompile(`(?i)\bIt would be (lovely|great|nice|wonderful|good) to\b`), "It'd be $1 to"},
	{regexp.MustCompile(`(?i)\bCongratulations on getting (?:a|an) `), "Congrats on the "},
	{regexp.MustCompile(`(?i)\bCongratulations on getting your `), "Congrats on your "},
}

// oneExclaim keeps the first exclamation mark of a message and makes the
// others full stops: a run of them reads like a card, not a person. A run
// of marks ("Wow!!!") counts as one.
func (d *draft) oneExclaim() {
	seen := strings.Contains(d.greeting, "!")
	for i, s := range d.body {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "?!", "?"), "!?", "?")
		d.body[i] = bangRe.ReplaceAllStringFunc(s, func(run string) string {
			if seen {
				return "."
			}
			seen = true
			return "!"
		})
	}
}

// lessStiff swaps stock phrases for plain ones and contracts; when the
// draft has none, the most generic sentence goes.
func (d *draft) lessStiff() error {
	before := strings.Join(d.body, " ")
	d.plainWords()
	changed := strings.Join(d.body, " ") != before
	if g := strings.ToLower(greetWord.FindString(d.greeting)); g == "dear" || g == "hello" || strings.HasPrefix(g, "good ") {
		// "Dear Sandra," is the stiffest line of all: "Hi Sandra,".
		d.greeting = casualGreeting(d.greeting)
		changed = true
	}
	if m := formalSign.FindString(d.signoff); m != "" {
		d.signoff = "Thanks" + strings.TrimPrefix(d.signoff, m)
		if strings.HasSuffix(m, ",") {
			d.signoff = "Thanks," + strings.TrimPrefix(d.signoff, "Thanks")
		}
		changed = true
	}
	if len(d.body) < 3 && changed {
		return nil
	}
	q := lastQuestion(d.body)
	key := keySentence(d.body, q)
	r := rolesOf(*d)
	worst, worstInfo := -1, 2
	for i, s := range d.body {
		if r.close >= 0 && i >= r.close || i == r.heart || sympathyRe.MatchString(s) || caringClose.MatchString(s) {
			// Care and sympathy are what the message is, never stock.
			continue
		}
		if i != q && i != key && info(s) < worstInfo {
			worst, worstInfo = i, info(s)
		}
	}
	if worst < 0 {
		if changed || d.plainQuestion(q) {
			return nil
		}
		return ErrUnchanged
	}
	d.body = keepExcept(d.body, map[int]bool{worst: true})
	return nil
}

// plainWords says the draft in plainer words: stock phrases swapped for
// everyday ones, contractions, a clipped "Hope…" opening, one
// exclamation mark at most.
func (d *draft) plainWords() {
	var out []string
	for _, s := range d.body {
		was := s
		for _, p := range stockPhrases {
			s = p.re.ReplaceAllString(s, p.with)
		}
		s = strings.TrimSpace(s)
		if fold(s) == "" {
			continue
		}
		if s = contractAll(s); s != was {
			s = upperFirst(s)
		}
		out = append(out, s)
	}
	d.body = out
	d.casualFrame()
	d.oneExclaim()
}

// stockQuestion are the closing questions every template ends with.
var stockQuestion = regexp.MustCompile(`(?i)^(?:how (?:have you been|are you(?: doing| feeling about it| celebrating)?|are things|'s (?:life|everything|it going)|is everything)|how've you been|what's (?:new|been keeping you busy|been good|new in your world|new with you)|what have you been up to|what's been keeping you busy lately)\b[^,;]*\?$`)

// plainQuestions are everyday ways to close a message.
var plainQuestions = []string{"How's everything going?", "What have you been up to?", "How are things?"}

// plainQuestion swaps a stock closing question at q for an everyday one;
// it reports whether it did.
func (d *draft) plainQuestion(q int) bool {
	if q < 0 || !stockQuestion.MatchString(d.body[q]) {
		return false
	}
	for _, p := range plainQuestions {
		if fold(p) != fold(d.body[q]) {
			if looksFormal(*d) {
				p = expandAll(p)
			}
			d.body[q] = p
			return true
		}
	}
	return false
}

// playful makes the draft casual with a light line, unless it is about a
// loss or an apology, where jokes do not belong.
func (d *draft) playful(c Context) error {
	err := d.casual()
	if m := moodOf(*d); m == moodSad || m == moodSorry {
		return err
	}
	if line := pickFrom(playfulLines, *d, c.Seed, false); line != "" {
		d.insertBeforeQuestion(line)
		return nil
	}
	return err
}

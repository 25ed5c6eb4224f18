package compose

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// helpWords mark a thank-you for practical help, where "a weight off my
// mind" fits; a present or a dinner gets a plainer line.
var helpWords = regexp.MustCompile(`(?i)\b(?:hospital|away|ill|sick|looking after|covering|cover|picking me up|driving|lift|helping|help|move|moving|kids|childcare|shifts?)\b`)

// Each occasion has its own shape: what comes first, what follows, how it
// closes. A shape returns its sentences; the last one is the closing.

func (w *writer) reconnect() []string {
	g := w.gap()
	lastTalked := "I realised it's been " + g + " since we last talked, and I didn't want to let more time go by."
	if since, ok := strings.CutPrefix(strings.TrimSpace(w.s.Since), "since "); ok {
		// "since 2019": said once, "we haven't talked since 2019".
		lastTalked = "I realised we haven't talked since " + since + ", and I didn't want to let more time go by."
	}
	if w.heardFirst {
		// They wrote first: glad to hear from them, light and honest,
		// with no word of the silence.
		out := []string{w.pick("It was really good to hear from you.", "It's so nice to hear from you.", "I was really glad to get your message.")}
		out = append(out, w.rest()...)
		return append(out, w.pick("How have you been?", "What's new with you?", "I'd love to hear how you're doing."))
	}
	out := []string{w.pick(
		"It's been "+g+", and I've been thinking about you.",
		lastTalked,
		"You came to mind today, and I realised it's been "+g+".")}
	out = append(out, w.rest()...)
	if w.close && w.warm() {
		out = append(out, "~"+w.pick("I've missed you.", "I've missed our chats.", "I think of you often."))
	}
	return append(out, w.pick("How have you been?", "What's new with you?", "I'd love to hear how you're doing."))
}

func (w *writer) thinking() []string {
	out := []string{"~" + w.pick("I've been thinking of you, so I wanted to say hi.", "I was thinking of you today and wanted to say hello.",
		"No reason for this message, I was just thinking of you.")}
	// What made the writer think of them is the point: said first, and
	// kept when the draft is cut short.
	for i, d := range w.by[Noticed] {
		out = append(out, w.render(d, i))
	}
	out = append(out, w.rest(Noticed)...)
	if w.close && w.warm() {
		out = append(out, "~"+w.pick("I'm really lucky to have you.", "You mean a lot to me.", "I miss you."))
	}
	return append(out, w.pick("How are you doing?", "How's everything going?", "What's been making you smile lately?"))
}

func (w *writer) hardTime() []string {
	var out []string
	if len(w.by[TheirNews]) == 0 || w.private {
		out = append(out, w.pick("I've been thinking about you and everything you're going through.",
			"I heard things have been hard lately, and I'm thinking of you.", "I'm so sorry things are so hard right now."))
	}
	tried := setbacks(w.by[TheirNews])
	out = append(out, w.rest()...)
	if tried {
		out = append(out, w.pick("It happens to so many people, and you'll get it next time. I really believe that.",
			"You'll get it next time, I really believe that. It happens to so many people."))
	}
	out = append(out, "~"+w.pick("I'm here if you want to talk, and if there's anything I can do, just let me know.", "I'm here for whatever you need.",
		"If there's anything I can do, even something small, I'm here."))
	return append(out, "No need to reply, I just wanted you to know I'm thinking of you.")
}

func (w *writer) condolence() []string {
	var out []string
	losses := w.by[Loss]
	if len(losses) == 0 {
		out = append(out, "I'm so sorry for your loss.")
	}
	remembering := onlyRemembered(losses)
	for _, l := range losses {
		if remembering && l.Text == "loss" {
			// "he died in 2023", beside the day that marks it: the death
			// is not news, and is said once, as remembered.
			continue
		}
		out = append(out, w.lossLine(l.Text))
	}
	out = append(out, w.rest()...)
	if w.formal && remembering {
		return append(out, "I am thinking of you and your family.")
	}
	if w.formal {
		return append(out, "Please accept my deepest condolences. I'm thinking of you and your family.")
	}
	// Every closing says the writer is thinking of them: it is what a
	// condolence is for.
	return append(out, w.pick("No need to reply. I'm thinking of you, and I'm here whenever you want to talk.",
		"You don't need to reply. I'm thinking of you, and I'm here whenever you need me.",
		"No need to write back. I'm thinking of you, and I'm here for you, whatever you need."))
}

func (w *writer) lossLine(who string) string {
	if x, said, pron, ok := remembered(who); ok {
		return w.rememberLine(x, said, pron)
	}
	// "your older brother": in a condolence, their brother, whichever
	// came first.
	who = siblingOrder.ReplaceAllString(who, "your $1")
	switch {
	case who == "loss" || who == "the baby":
		return "I'm so sorry for your loss."
	case !strings.HasPrefix(who, "your ") && kinWord[strings.ToLower(who)]:
		return "I've been thinking about you so much since we lost " + who + "."
	}
	if w.formal {
		return "I was so sorry to hear about " + who + "."
	}
	return w.pick("I'm so sorry about "+who+".", "I was so sorry to hear about "+who+".", "I'm so sorry about "+who+".")
}

// siblingOrder is a brother or sister named with their place among the
// siblings.
var siblingOrder = regexp.MustCompile(`(?i)^your (?:older|younger|elder|eldest|oldest|youngest|big|little|baby|twin) (brother|sister)$`)

// personalNews reports news of their life rather than their work: a baby,
// an engagement, a wedding, a new home.
func (w *writer) personalNews() bool {
	for _, d := range w.by[TheirNews] {
		if lifeNews.MatchString(d.Text) {
			return true
		}
	}
	return false
}

// lifeNews is news of someone's life, not their work.
var lifeNews = regexp.MustCompile(`(?i)\b(?:baby|babies|born|twins|pregnan\w*|expecting|engaged|engagement|married|wedding|newborn|little one|daughter|son|proposed|new (?:house|home|flat)|first (?:house|home|flat)|bought a (?:house|flat|home)|adopted|adoption)\b`)

func (w *writer) congrats() []string {
	var out []string
	if len(w.by[TheirNews]) == 0 {
		out = append(out, w.pick("What wonderful news, congratulations!", "Huge congratulations!", "I'm so glad to hear your news, congratulations!"))
		if w.hearsay {
			out[0] = w.pick("I heard your news, congratulations!", "Huge congratulations!", "I just heard the good news, congratulations!")
		}
		if w.formal {
			out[0] = "Congratulations on your news."
		}
	}
	out = append(out, w.rest()...)
	if w.mending() {
		// Home after an operation or an illness: rest wished, nothing
		// celebrated.
		if w.formal {
			return append(out, "I hope you can take things slowly, and I wish you a good recovery.")
		}
		return append(out, w.pick("Take it easy, and let me know if you need anything.", "Rest up, and look after yourself.",
			"I hope you can take it slowly, and I'm here if you need anything."))
	}
	if w.formal && w.personalNews() {
		// A baby or an engagement is no achievement to be deserved.
		return append(out, "I'm so happy for you, and I wish you every happiness.")
	}
	if w.formal {
		return append(out, "It's very well deserved, and I wish you every success.")
	}
	if w.s.Tone == "playful" {
		out = append(out, "~"+w.pick("Look at you go!", "Honestly, is there anything you can't do?"))
	}
	if w.personalNews() {
		// A baby or an engagement is asked about gladly, not as news
		// to have feelings about.
		return append(out, w.pick("I'd love to hear all about it.", "How are you celebrating?", "I'm so happy for you."))
	}
	return append(out, w.pick("How are you feeling about it?", "How are you celebrating?", "I'm so happy for you."))
}

func (w *writer) birthday() []string {
	var out []string
	late := false
	var owed string
	for _, s := range w.by[Sorry] {
		if line, ok := owedOnTheDay(s.Text); ok {
			owed = line
			continue
		}
		if strings.Contains(strings.ToLower(s.Text), "birthday") || strings.Contains(s.Text, "forgot") || strings.Contains(s.Text, "missed") {
			late = true
		}
	}
	switch {
	case owed != "" && !late:
		// The day is not over: wished now, the call still to come.
		out = append(out, owed)
		delete(w.by, Sorry)
	case late:
		w.late = true
		out = append(out, "Sorry this is late, I hope it was a wonderful day.")
		delete(w.by, Sorry)
	}
	for _, f := range w.by[Fact] {
		if age, ok := strings.CutPrefix(f.Text, "age:"); ok {
			out = append(out, "~"+w.pick("Can you believe you're "+age+"?", upFirst(age)+" looks good on you."))
		}
	}
	var facts []Detail
	for _, f := range w.by[Fact] {
		if !strings.HasPrefix(f.Text, "age:") {
			facts = append(facts, f)
		}
	}
	w.by[Fact] = facts
	out = append(out, w.rest()...)
	if w.formal {
		out = append([]string{"Happy birthday, and very best wishes for the year ahead."}, out...)
	}
	if w.s.Tone == "playful" {
		out = append(out, "~"+w.pick("Another lap around the sun, not bad at all.", "I hope the cake is as good as you are."))
	}
	if w.late {
		return append(out, "Here's to a great year ahead.")
	}
	return append(out, w.pick("I hope you have a lovely day.", "Any plans to celebrate?", "Have the best day."))
}

func (w *writer) thanks() []string {
	var out []string
	if len(w.by[ThanksFor]) == 0 && len(w.by[TheirNews]) == 0 {
		out = append(out, w.pick("I wanted to say a proper thank you.", "Thank you so much, it really meant a lot to me."))
	}
	out = append(out, w.rest()...)
	if helpWords.MatchString(fmt.Sprint(w.by[ThanksFor], w.by[TheirNews])) {
		out = append(out, "~"+w.pick("It was a real weight off my mind.", "It made such a difference.", "I really appreciate it."))
	} else {
		out = append(out, "~"+w.pick("It really meant a lot.", "I really appreciate it.", "It made my day."))
	}
	switch {
	case w.heavy():
		// Kindness at a funeral or through an illness is not a favour to
		// trade: no "I owe you one".
		return append(out, w.pick("I won't forget it.", "It meant more than I can say."))
	case w.formal && w.s.Tie != TieWeak:
		// A teacher, a doctor, a mentor: thanked, not offered a favour.
		return append(out, w.pick("Thank you again for everything.", "I'm truly grateful."))
	case w.formal || w.s.Tie == TieWeak:
		return append(out, "I'd love to return the favour sometime.")
	}
	return append(out, w.pick("I owe you one.", "I'd love to return the favour sometime.", "You're the best."))
}

// heavyThanks are the words of a kindness done at a hard time.
var heavyThanks = regexp.MustCompile(`(?i)\b(?:funeral|memorial|wake|hospital|hospice|surgery|operation|chemo\w*|cancer|ill|illness|sick|diagnos\w*|miscarriage|grief|grieving|breakdown|rehab|recovery|recovering|passed|died|death|loss)\b`)

// heavy reports a thank-you for kindness at a hard time: a funeral, an
// illness, a loss.
func (w *writer) heavy() bool {
	for _, k := range []Kind{ThanksFor, TheirNews, Loss, Struggle, Memory} {
		for _, d := range w.by[k] {
			if heavyThanks.MatchString(d.Text) || sombreDetail(d) {
				return true
			}
		}
	}
	return false
}

func (w *writer) apology() []string {
	var out []string
	// Two things to be sorry for are said in one breath, not two.
	if ss := w.by[Sorry]; len(ss) == 2 && strings.HasPrefix(ss[0].Text, "that I ") && strings.HasPrefix(ss[1].Text, "that I ") {
		w.by[Sorry] = []Detail{{Kind: Sorry, Text: ss[0].Text + ", and that I " + strings.TrimPrefix(ss[1].Text, "that I ")}}
	}
	if len(w.by[Sorry]) == 0 {
		if w.s.Occasion == Mend {
			out = append(out, w.pick("I've been thinking about our argument, and I don't like how we left things.", "I hate that things got tense between us."))
		} else {
			out = append(out, w.pick("I owe you an apology, and I'm sorry.", "I've been thinking about what happened, and I'm really sorry."))
		}
	}
	// What it is for comes first; a reason or a feeling follows the
	// apology, never opens it.
	for i, d := range w.by[Sorry] {
		out = append(out, w.render(d, i))
	}
	for i, d := range w.by[Feeling] {
		out = append(out, w.render(d, i))
	}
	honest := false
	for i, d := range w.by[MyNews] {
		if notAReason(d.Text) {
			// "i feel like an awful friend", "i already told him": a
			// verdict on oneself or what was done already, which the
			// apology itself says better (reasons.go).
			continue
		}
		// The writer's reason, owned as one, not news; said "honestly"
		// once, not before every reason.
		line := w.render(d, i)
		if !honest {
			line = w.pick("Honestly, ", "To be honest, ") + lowFirst(line)
			honest = true
		}
		out = append(out, line)
	}
	out = append(out, w.rest(Sorry, Feeling, MyNews)...)
	if w.s.Occasion == Apology {
		out = append(out, "~"+w.pick("There's no excuse, and I'd like to make it up to you.", "You deserved better from me.", "I understand if you need some time."))
	}
	return append(out, w.pick("Could we talk when you're ready?", "Could we have a proper chat whenever suits you?", "I'd really like us to be okay."))
}

func (w *writer) support() []string {
	var out []string
	// An ask with no struggle told is a favour ("could you water my plants
	// while I'm away"): asked lightly, with no hard time put in the writer's
	// mouth.
	if len(w.by[Struggle]) == 0 && len(w.by[Ask]) > 0 {
		out = append(out, "~"+w.pick("I hope you're doing well.", "Hope all's good with you."))
		out = append(out, w.rest()...)
		return append(out, w.pick("No worries at all if you can't.", "Totally fine if it doesn't work for you.", "No pressure at all if it's not a good time."))
	}
	if len(w.by[Struggle]) == 0 {
		out = append(out, "I've been having a hard time lately, and I wanted to reach out.")
	} else {
		// Said plainly, with a word of the writer's own in front.
		s := w.by[Struggle][0].Text
		w.by[Struggle][0].Text = w.pick("Honestly, ", "To be honest, ", "I'll be honest: ") + lowFirst(s)
	}
	out = append(out, w.rest()...)
	if len(w.by[Ask]) == 0 && len(w.by[Plan]) == 0 {
		// A plan to meet is already the ask.
		out = append(out, "Could you give me a call when you're free?")
	}
	return append(out, w.pick("It would mean a lot.", "It would really help to hear from you.", "Thank you for being there."))
}

func (w *writer) professional() []string {
	out := []string{"~" + w.pick("I hope you're well.", "I hope all is well with you.")}
	if w.s.Since != "" {
		if since, ok := strings.CutPrefix(strings.TrimSpace(w.s.Since), "since "); ok {
			out = append(out, "~We haven't been in touch since "+since+", and I wanted to reconnect.")
		} else {
			out = append(out, "~It's been "+w.gap()+" since we were last in touch, and I wanted to reconnect.")
		}
	} else if len(w.by[Memory]) > 0 && len(w.by[Ask]) == 0 && len(w.by[ThanksFor]) == 0 {
		// Only a time shared to speak of, and nothing to ask: a former
		// colleague written to again after a gap, whose length was not
		// said.
		out = append(out, "~It's been a while since we were last in touch, and I wanted to reconnect.")
	}
	out = append(out, w.rest()...)
	if len(w.by[Ask]) > 0 {
		return append(out, "I'd be very grateful for your time, and I completely understand if you're too busy.")
	}
	return append(out, "I hope our paths cross again soon.")
}

func (w *writer) group() []string {
	open := w.pick("It's been ages since anyone posted in here, and it's far too quiet.", "This chat has been quiet for too long.", "I miss hearing from you lot, it's been a while.")
	if w.chat != "" {
		open = w.pick("It's been ages since anyone posted in the "+w.chat+" chat, and it's far too quiet.",
			"The "+w.chat+" chat has been quiet for too long.", "I miss hearing from the "+w.chat+" lot, it's been a while.")
	}
	if w.quiet != "" {
		open = w.pick("It's been quiet in here for far too long, ever since "+w.quiet+".", "This chat has been quiet ever since "+w.quiet+".")
		if w.chat != "" {
			open = w.pick("The "+w.chat+" chat has been quiet for far too long, ever since "+w.quiet+".", "It's been quiet in the "+w.chat+" chat ever since "+w.quiet+".")
		}
	}
	out := []string{"~" + open}
	rest := w.rest()
	out = append(out, rest...)
	closing := w.pick("Who's in?", groupHow, "What's everyone been up to?")
	switch {
	case len(w.by[Plan]) == 0 && closing == "Who's in?":
		// Nothing is proposed, so there is nothing to be in on: the
		// closing asks after them.
		closing = w.pick(groupHow, "What's everyone been up to?")
		if slices.Contains(rest, closing) {
			closing = "What's everyone been up to?"
		}
	case slices.Contains(rest, groupHow):
		// Asked already: the closing asks who is in, or what they have
		// been up to when nothing is proposed.
		closing = "Who's in?"
		if len(w.by[Plan]) == 0 {
			closing = "What's everyone been up to?"
		}
	}
	for _, r := range rest {
		if strings.HasPrefix(r, "Who's ") && closing == "Who's in?" {
			// Who is coming was asked already.
			closing = "It'd be so good to see everyone."
		}
	}
	return append(out, closing)
}

func (w *writer) followUp() []string {
	out := []string{w.pick("hope your week's going well.", "hope things are good with you.", "hope you're doing okay.")}
	if w.formal {
		out[0] = "I hope you're well."
	}
	// What it follows up on comes first, then anything said about it.
	var rest []string
	for i, d := range w.by[Topic] {
		rest = append(rest, w.render(d, i))
	}
	more := w.rest(Topic)
	if len(rest) == 0 && len(w.by[Ask]) > 0 {
		// What it asked is said again: as a follow-up, not a first ask.
		rest = append(rest, w.pick("I'm just following up on my earlier message.", "I wanted to follow up on my last message.", "Just following up on my message from before."))
	}
	rest = append(rest, more...)
	if len(rest) == 0 {
		return append(out, "Just floating this back up in case it got buried, no pressure at all.")
	}
	return append(append(out, rest...), w.pick("There's no pressure at all, whenever suits you.", "There's no pressure, reply whenever suits you.", "There's no pressure at all, whenever you get a chance."))
}

// warm reports whether the draft should say something warm.
func (w *writer) warm() bool {
	return w.s.Tone == "warm" || w.s.Warmth > 0
}

// finish joins greeting and sentences, applying length and register.
func (w *writer) finish(body []string) string {
	var parts []string
	for _, b := range body {
		if b = strings.TrimSpace(b); b != "" && b != "~" {
			parts = append(parts, b)
		}
	}
	switch w.s.Length {
	case "short":
		parts = shorten(parts)
	default:
		for i := range parts {
			parts[i] = strings.TrimPrefix(parts[i], "~")
		}
	case "long":
		if len(parts) > 0 {
			parts = append(parts[:len(parts)-1:len(parts)-1], w.extra(), parts[len(parts)-1])
		}
	}
	g, ownLine := w.greeting()
	if w.s.Occasion == Birthday && !w.formal {
		g = w.birthdayGreeting()
		ownLine = false
	}
	text := strings.Join(parts, " ")
	if m, ok := occasionWords[w.s.Occasion]; ok && !m.re.MatchString(g+" "+text) {
		// Whatever the details did, the message says what it is for.
		line := m.line
		if w.formal && m.formal != "" {
			line = m.formal
		}
		text = line + " " + text
	}
	if w.calm || w.s.Warmth < 0 {
		text = strings.ReplaceAll(text, "!", ".")
		g = strings.ReplaceAll(g, "!", ",")
	}
	if w.s.Warmth < 0 {
		// A quieter message asked for: plainer words too.
		text = quieter.Replace(text)
	}
	if w.formal {
		text = formal.Replace(text)
	}
	// "at the party on friday": days and months are written with their
	// capital, whichever detail carried them.
	text = calendarWord.ReplaceAllStringFunc(text, upFirst)
	switch {
	case ownLine:
		return g + "\n" + upFirst(text)
	case strings.HasSuffix(g, ","):
		return g + " " + lowFirst(text)
	}
	return g + " " + upFirst(text)
}

func (w *writer) birthdayGreeting() string {
	age := ""
	for _, f := range w.s.Details {
		if a, ok := strings.CutPrefix(f.Text, "age:"); ok && f.Kind == Fact {
			age = ordinal(a) + " "
		}
	}
	n := greetName(w.s.Name)
	mark := "!"
	if w.late {
		// A day forgotten is owned before it is celebrated: no
		// exclamation before the sorry.
		age, mark = "belated "+age, "."
	}
	if n == "" {
		return "Happy " + age + "birthday" + mark
	}
	return w.pick("Happy "+age+"birthday, "+n+mark, "Happy "+age+"birthday, "+n+mark, "Happy "+age+"birthday to you, "+n+mark)
}

// shorten keeps what carries the message (the occasion's words, every
// detail, the closing) and drops the lines marked as only setting the
// scene or adding warmth.
func shorten(parts []string) []string {
	var keep []string
	for i, p := range parts {
		if !strings.HasPrefix(p, "~") || i == len(parts)-1 {
			keep = append(keep, strings.TrimPrefix(p, "~"))
		}
	}
	if len(keep) < 2 && len(parts) > 1 {
		keep = append([]string{strings.TrimPrefix(parts[0], "~")}, keep...)
	}
	if len(keep) > 3 {
		keep = append(shortBody(keep[:len(keep)-1], 2), keep[len(keep)-1])
	}
	return keep
}

// shortBody keeps n of a draft's lines before its closing, in order: a
// line asking something of them first ("Could you come over tonight?"),
// as it carries what the message is for, then the earliest lines.
func shortBody(lines []string, n int) []string {
	picked := make([]bool, len(lines))
	left := n
	for i, l := range lines {
		if left > 0 && i > 0 && askLine.MatchString(l) {
			picked[i] = true
			left--
		}
	}
	if i := reasonBefore(lines, picked); left > 0 && i >= 0 {
		picked[i] = true
		left--
	}
	for i := range lines {
		if left > 0 && !picked[i] {
			picked[i] = true
			left--
		}
	}
	var out []string
	for i, l := range lines {
		if picked[i] {
			out = append(out, l)
		}
	}
	return out
}

// reasonBefore is the line just before the first line asking something,
// which says why it is asked ("I'm applying for a team lead role" before
// "Would you be willing to give me a reference?"), or -1. An opening that
// says what the message is for outranks it, and so does an opening that
// tells more than it ("we ran the onboarding revamp together" over "I'm
// job hunting now").
func reasonBefore(lines []string, picked []bool) int {
	if len(lines) == 0 || saysOccasion(lines[0]) {
		return -1
	}
	for i := 1; i < len(lines); i++ {
		if picked[i] {
			// Lines 1 to i-1 are not picked: i is the first that is.
			if i > 1 && carried(lines[i-1]) >= carried(lines[0]) {
				return i - 1
			}
			return -1
		}
	}
	return -1
}

// frameWords are the words a line's frame is made of rather than what it
// tells: "I wanted to let you know that", "I still think fondly of".
var frameWords = map[string]bool{"wanted": true, "know": true, "that": true, "still": true, "think": true, "fondly": true,
	"about": true, "with": true, "have": true, "been": true, "just": true, "your": true, "this": true, "were": true,
	"together": true, "remember": true, "remembering": true, "when": true, "what": true, "will": true, "would": true,
	"hope": true, "well": true, "from": true, "also": true, "really": true, "very": true, "now": true}

// carried counts the words of a line that tell something: four letters
// or more, and no part of its frame.
func carried(line string) int {
	n := 0
	for _, w := range wordsOf(line) {
		if len(w) >= 4 && !frameWords[w] {
			n++
		}
	}
	return n
}

// saysOccasion reports whether line says what some occasion's message is
// for: happy birthday, congratulations, thanks, sorry.
func saysOccasion(line string) bool {
	for _, o := range occasionWords {
		if o.re.MatchString(line) {
			return true
		}
	}
	return false
}

func (w *writer) extra() string {
	if Sombre(w.s.Occasion) {
		return "Take all the time you need."
	}
	if w.formal {
		return "Thank you for reading."
	}
	return w.pick("It would be lovely to catch up properly soon.", "Maybe we could find a time to talk soon.")
}

// occasionWords are the words a draft for an occasion must say, and the
// sentence that says them when nothing else did.
var occasionWords = map[Occasion]struct {
	re           *regexp.Regexp
	line, formal string
}{
	Birthday:   {regexp.MustCompile(`(?i)\bbirthday\b`), "Happy birthday!", "Happy birthday."},
	Congrats:   {regexp.MustCompile(`(?i)\bcongrat|\b(?:best|wonderful|great|brilliant) news\b|\bso (?:glad|happy|relieved|thrilled) (?:to hear|for you)\b|\brelieved and happy\b`), "Congratulations!", "Congratulations on your news."},
	Thanks:     {regexp.MustCompile(`(?i)\bthank`), "Thank you so much.", "Thank you very much."},
	Apology:    {regexp.MustCompile(`(?i)\bsorry\b|\bapologi`), "I'm really sorry.", "I'm very sorry."},
	Mend:       {regexp.MustCompile(`(?i)\bsorry\b|\bapologi`), "I'm sorry about how we left things.", ""},
	Condolence: {regexp.MustCompile(`(?i)\bsorry\b|\bcondolence|\bremembering\b`), "I'm so sorry for your loss.", ""},
	Thinking:   {regexp.MustCompile(`(?i)\bthinking (?:of|about) you|\bon my mind\b|\bcrossed my mind\b|\bthought of you\b|\bthink of you\b|\bthought you'd\b`), "I've been thinking of you.", ""},
}

// quieter says the gushing words of a shape more plainly, for a message
// asked to be low key.
var quieter = strings.NewReplacer("Huge congratulations", "Congratulations", "What wonderful news, congratulations", "Great news, congratulations",
	"I'm so glad to hear your news, congratulations", "Glad to hear your news, congratulations", "I'm so happy for you", "I'm really pleased for you",
	"I'm so happy ", "I'm really pleased ", "I'm so proud", "I'm proud", "so so ", "", "absolutely ", "", "Look at you go.", "")

var formal = strings.NewReplacer("It's been", "It has been", "it's been", "it has been", "I've", "I have", "I'm", "I am",
	"I'd", "I would", "didn't", "did not", "don't", "do not", "can't", "cannot", "won't", "will not", "you're", "you are",
	"It's very", "It is very", "There's", "There is", "I'll", "I will", "You've", "You have", "you've", "you have",
	"How's", "How is", "What's", "What is", "It's", "It is", "it's", "it is", "That's", "That is")

// calendarWord is a day or a month typed in lower case; "may" and "march"
// are left alone, being words too.
var calendarWord = regexp.MustCompile(`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b`)

// askLine is a line asking something of them: "Could you…?", "Would you
// be up for…?", "Any chance you…?".
var askLine = regexp.MustCompile(`^(?:Could|Would|Can|Will) you\b.*\?$|^(?:Any chance|Are you free|Is there any chance)\b.*\?$`)

package agent

import (
	"slices"
	"strings"
)

// draftFamily is one way of writing a check-in for an occasion. Families of
// an occasion differ in their opening, their question and the frame they give
// a mention, so that "another one" reads as a new message, not a word swap.
//
// Template text uses these markers, all filled before anything is shown:
// {gap} "it's been about a year", {gaptalk} "it's been about a year since we
// last talked", {heard} "heard about your new job" or "heard that you got
// the job", {m} a mention; a capital first letter ({Gap}, {M}) capitalises.
type draftFamily struct {
	// open starts the message when nothing more specific applies.
	open string
	// openSince replaces open when the person said how long it has been.
	openSince string
	// openAbout replaces open when the first mention is news about them, and
	// uses it; it may contain {heard} or {m}.
	openAbout string
	// short is a compact opening for short drafts; empty means open.
	short string
	// extra is a second sentence for long drafts.
	extra string
	// ask is the closing question; askCasual its casual form.
	ask, askCasual string
}

// draftFamilies holds at least four families per occasion.
var draftFamilies = map[string][]draftFamily{
	OccasionSilence: {
		{open: "{Gaptalk}, and you've been on my mind.", ask: "How have you been?", askCasual: "How've you been?",
			extra: "I've missed our chats."},
		{open: "I realised {gap}, and I didn't want to let more time slip by without saying hello.",
			ask: "What's been keeping you busy lately?", askCasual: "What have you been up to lately?",
			extra: "Life got busy on my side, but I think of you often.", short: "I realised {gap}, so hello from me."},
		{open: "Time has flown since we last talked, and I've been meaning to say hello.",
			openSince: "I can't believe {gap} — time really flies.",
			ask:       "What's new in your world?", askCasual: "What's new with you?",
			extra: "I'd love to hear what life looks like for you these days."},
		{open: "You popped into my head today, and I realised how long it's been.",
			openSince: "{Gap}, and I've missed you.",
			ask:       "What's been the best part of your year so far?", askCasual: "What's been good lately?",
			extra: "No big reason for this message; I just wanted to reconnect."},
	},
	OccasionThinking: {
		{open: "You crossed my mind today, and I wanted to say hi.", ask: "How are you doing these days?",
			askCasual: "How's life treating you?", extra: "Nothing in particular prompted it — I just thought of you."},
		{open: "I was thinking of you and realised I'd love to hear how you are.", ask: "What's been good in your week?",
			askCasual: "What's the best thing that happened this week?", extra: "It's been a while since we properly caught up."},
		{open: "No special reason for this message — I just wanted you to know I'm thinking of you.",
			short: "No special reason for this message, I'm just thinking of you.",
			ask:   "What are you up to at the moment?", askCasual: "What are you up to these days?",
			extra: "I hope life is treating you kindly."},
		{open: "Something made me smile today, and it made me think of you.", ask: "What's been making you happy lately?",
			askCasual: "What's been making you smile lately?", extra: "You've always had a way of brightening my day."},
	},
	OccasionHardTime: {
		{open: "I heard things have been really hard lately, and I wanted you to know I'm thinking of you.",
			openAbout: "I {heard}, and I wanted you to know I'm thinking of you.",
			short:     "I'm thinking of you.", ask: "No need to reply — but how are you holding up?",
			extra: "You don't have to have the right words, or any words at all."},
		{open: "I've been thinking about you and everything you're dealing with.",
			openAbout: "I've been thinking about you since I {heard}.",
			ask:       "Is there anything that would help this week, even something small?",
			extra:     "I'm around whenever you want to talk, or not talk."},
		{open: "I wanted to send some care your way; you've been on my mind.",
			openAbout: "I {heard}, and I wanted to send some care your way.",
			ask:       "Would some company this week help, or is space better right now?",
			extra:     "Whatever you need, there's no pressure from me."},
		{open: "I'm so sorry you're going through this.", openAbout: "I'm so sorry — I {heard}.",
			ask: "How are you doing today, honestly?", extra: "You don't need to reply; I just wanted you to know I'm here."},
	},
	OccasionWin: {
		{open: "I just heard your news and had to say congratulations!",
			openAbout: "I just {heard}, and I had to say congratulations!",
			ask:       "How are you feeling about it all?", askCasual: "How does it feel?",
			extra: "It's such lovely news, and you deserve it."},
		{open: "Huge congratulations — I'm so happy for you!", openAbout: "I {heard} — huge congratulations, I'm so happy for you!",
			ask: "What's the part you're most excited about?", askCasual: "What's the best bit so far?",
			extra: "I smiled the moment I heard."},
		{open: "I heard the good news, and I wanted to tell you how proud I am of you.",
			openAbout: "I {heard}, and I wanted to tell you how proud I am of you.",
			ask:       "How are you going to celebrate?", askCasual: "How are you celebrating?",
			extra: "Moments like this deserve to be noticed."},
		{open: "What wonderful news — well done!", openAbout: "I {heard}, and what wonderful news it is — well done!",
			ask: "What's next for you?", askCasual: "So what's next?", extra: "I'd love to hear all about it."},
	},
	OccasionBirthday: {
		{open: "Happy birthday! I hope today is full of good people and good food.", short: "Happy birthday!",
			ask: "Any fun plans to celebrate?", askCasual: "Got any fun plans?",
			extra: "You make the people around you feel welcome, and that's worth celebrating."},
		{open: "Wishing you a really lovely birthday.", ask: "How are you spending the day?",
			askCasual: "How are you spending it?", extra: "I hope this year brings you lots to smile about."},
		{open: "It's your birthday, and I couldn't let it pass without saying happy birthday!",
			short: "I couldn't let your birthday pass without saying happy birthday!",
			ask:   "What are you most looking forward to this year?", askCasual: "What's the big plan for this year?",
			extra: "I'm really glad you're in my life."},
		{open: "Happy birthday! Another year of you is worth celebrating.", short: "Happy birthday to you!",
			ask: "What's the plan for today?", askCasual: "What's the plan — cake?",
			extra: "I hope someone spoils you a little today."},
	},
	OccasionFollowUp: {
		{open: "I've been wondering how things went since we last talked.", openAbout: "I've been wondering how {m} went.",
			ask: "How did it all go?", extra: "I remember how much it was on your mind."},
		{open: "I wanted to follow up on our last chat — it's stayed with me.",
			openAbout: "I wanted to follow up about {m} — it's stayed with me.",
			ask:       "How are things now?", askCasual: "How are things looking now?",
			extra: "There's no rush to fill me in; I'm just curious."},
		{open: "I remembered you had a lot going on, and I've been curious how it turned out.",
			openAbout: "I remembered {m}, and I've been curious how it turned out.",
			ask:       "What happened in the end?", askCasual: "So, what happened?",
			extra: "I hope it went the way you wanted."},
		{open: "Picking up where we left off: I'd love an update.", openAbout: "Picking up where we left off: I'd love to hear about {m}.",
			ask: "Any news since we last spoke?", askCasual: "Any news?",
			extra: "Good, bad or somewhere in between, I'd like to hear it."},
	},
	OccasionThanks: {
		{open: "I wanted to say thank you — it really meant a lot to me.",
			openAbout: "I wanted to say thank you for {m} — it really meant a lot to me.",
			ask:       "How have you been?", askCasual: "How've you been?", extra: "I don't think I said it properly at the time."},
		{open: "I keep thinking about how kind you were, and I didn't want it to go unsaid.",
			openAbout: "I keep thinking about {m}, and I didn't want my thanks to go unsaid.",
			ask:       "What's new with you?", askCasual: "What's new?", extra: "It made a real difference to me."},
		{open: "Thank you, truly. It made more of a difference than you know.",
			openAbout: "Thank you for {m}, truly. It made more of a difference than you know.",
			ask:       "How's your week going?", askCasual: "How's your week been?", extra: "I'm lucky to have you."},
		{open: "A proper thank you is overdue, so here it is: thank you!",
			openAbout: "A proper thank you for {m} is overdue, so here it is: thank you!",
			ask:       "When can I return the favour?", extra: "People like you make things so much easier."},
	},
	OccasionMend: {
		{open: "I've been thinking about our argument, and I don't like how we left things.",
			openAbout: "I've been thinking about {m}, and I don't like how we left things.",
			ask:       "Could we talk it through, whenever you're ready?",
			extra:     "I'd rather be close to you than be right."},
		{open: "I hate that things got tense between us.",
			openAbout: "I hate that {m} came between us.",
			ask:       "Would you be up for a coffee and a proper talk?",
			extra:     "I'd really like us to be okay."},
		{open: "I don't want our disagreement to be the last word between us.",
			openAbout: "I don't want {m} to be the last word between us.",
			ask:       "How are you doing?", extra: "I'm ready to listen."},
		{open: "I've had some time to cool off, and I'd like to clear the air.",
			openAbout: "I've had some time to think about {m}, and I'd like to clear the air.",
			ask:       "Could we talk when you have a moment?",
			extra:     "What we have means a lot to me."},
	},
	OccasionApology: {
		{open: "I owe you an apology, and I'm sorry.", openAbout: "I owe you an apology for {m}, and I'm sorry.",
			ask:   "Would you be open to talking sometime, whenever suits you?",
			extra: "I've thought about it a lot, and I don't want it to sit between us."},
		{open: "I've been thinking about what happened, and I'm really sorry.",
			openAbout: "I've been thinking about {m}, and I'm really sorry.",
			ask:       "Could we have a coffee and talk, whenever you feel ready?",
			extra:     "You matter to me, and I should have handled it better."},
		{open: "I'm sorry for how things went between us — that's on me.",
			openAbout: "I'm sorry about {m} — that's on me.",
			ask:       "How have you been?", extra: "I understand if you need some time."},
		{open: "I wanted to say sorry properly, without any excuses.",
			openAbout: "I wanted to say sorry for {m} properly, without any excuses.",
			ask:       "Would you be up for a chat when you have a moment?",
			extra:     "I value what we have, and I'd like to make it right."},
	},
}

// Mention frames. Memory frames take a shared memory or any noun phrase; the
// short forms run on into the question after a dash.
var (
	memoryFrames = []string{
		"I was thinking about {m} the other day.", "{M} came to mind recently, and it made me smile.",
		"I still smile when I think about {m}.", "Something reminded me of {m} this week.",
	}
	memoryShort = []string{
		"{M} crossed my mind today.", "I was just remembering {m}.", "{M} popped into my head today.",
		"Something reminded me of {m} today.",
	}
	weFrames = []string{
		"I was remembering how {m}.", "I keep smiling about how {m}.", "I was thinking about the way {m}.",
		"It still makes me smile that {m}.",
	}
	yourFrames = map[string][]string{
		OccasionWin:      {"Congratulations on {m}!", "{M} is such great news.", "I'm so pleased for you about {m}.", "Congratulations on {m} — well deserved!"},
		OccasionHardTime: {"I heard about {m}, and I'm so sorry.", "I've been thinking about you and {m}.", "I know {m} must be a lot.", "I was so sorry to hear about {m}."},
		"":               {"I'd love to hear about {m}.", "I've been thinking about {m}.", "I keep wondering about {m}.", "{M} has been on my mind."},
	}
	youFrames = map[string][]string{
		OccasionWin:      {"I heard {m} — congratulations!", "I heard {m}, and I'm so happy for you.", "I'm so pleased that {m}.", "I heard {m} — well done!"},
		OccasionHardTime: {"I heard {m}, and I'm so sorry.", "I know {m}, and I've been thinking of you.", "I was sorry to hear {m}.", "I heard {m}, and I'm here for you."},
		"":               {"I was thinking about how {m}.", "I love that {m}.", "I keep thinking about how {m}.", "It made me smile to remember that {m}."},
	}
	newsFrames = []string{"Some news from me: {m}!", "A bit of news from my side: {m}.", "I wanted to tell you that {m}.", "Quick news from me: {m}."}
	sawFrames  = []string{"{M} and thought of you.", "{M}, and it made me think of you.", "{M}, and you came straight to mind.", "{M} and thought, I should tell you."}
)

// Lines that colour a draft: warmth, tone, respect for the other's time.
var (
	warmLines = []string{
		"I really miss you.", "You mean a lot to me, and I don't say that enough.",
		"I'm really grateful to have you in my life.", "Talking to you always makes my day better.",
	}
	warmHardLines = []string{
		"I care about you a lot.", "You don't have to go through this alone.", "I'm on your side, always.",
		"You matter so much to me.",
	}
	// warmThanksLines keep a thank-you about the thanks: missing someone
	// rings false to a neighbour who watered the plants last week.
	warmThanksLines = []string{
		"I'm really grateful to have you around.", "You made my week, honestly.",
		"I don't say it enough, but I appreciate you.", "Kindness like yours stays with me.",
	}
	// warmMendLines are for apologies and falling-outs, where being on
	// their side in a hard time would ring false.
	warmMendLines = []string{
		"I care about you a lot.", "You matter to me, and that hasn't changed.",
		"I miss how easy things were between us.", "I'd hate to lose what we have.",
	}
	playfulLines = map[string][]string{
		OccasionSilence:  {"Consider this my official proof that I haven't forgotten you.", "Yes, it's really me, back from the mists of time.", "I'm told it's never too late to say hi, so here I am.", "Plot twist: I'm finally writing back."},
		OccasionThinking: {"This is your unofficial reminder that you're great.", "Consider this a completely random hello.", "No agenda, just a friendly wave.", "Fair warning: I'm in a very nostalgic mood."},
		OccasionWin:      {"Look at you go!", "Honestly, is there anything you can't do?", "I'm telling everyone I know you.", "Someone's on a roll."},
		OccasionBirthday: {"Another lap around the sun — not bad at all.", "I hope the cake is as excellent as you are.", "Officially a year more legendary.", "Remember: calories don't count on birthdays."},
		OccasionFollowUp: {"The suspense has been real.", "I need the next episode.", "I've been waiting for the sequel.", "Consider me very curious."},
		OccasionThanks:   {"You're officially my favourite person this week.", "I owe you one, or several.", "Gold star for you.", "You're a legend, plain and simple."},
	}
	noPressureLines = []string{
		"No pressure to reply quickly — I know life gets busy.",
		"Whenever you have a moment is perfect; there's no rush.", "Reply whenever it suits you, no rush at all.",
		"There's no need to write back straight away.",
	}
	offerLines = []string{
		"I'd love to catch up properly sometime, on a call or over coffee.",
		"If you're ever up for a call, I'd really like that.", "It would be lovely to see you when things calm down.",
		"Maybe we could find a time to talk soon.",
	}
	sinceLines = []string{
		"I know {gaptalk}, but I wanted to reach out.", "I know {gaptalk}, and I didn't want that to stop me.",
		"{Gaptalk}, but you've stayed on my mind.", "I realise {gaptalk}.",
	}
)

// greetings by register and variant; a comma greeting goes on its own line.
var greetings = [4][]string{
	regCasual:  {"Hey {n}!", "Hi {n}!", "Hey {n}!", "{n}!"},
	regNeutral: {"Hi {n}!", "Hi {n}!", "Hello {n}!", "Hi {n}!"},
	regFormal:  {"Hello {n},", "Dear {n},", "Hello {n},", "Dear {n},"},
	regPlayful: {"Hey {n}!", "Well hello, {n}!", "{n}!", "Hey hey, {n}!"},
}

var greetingsNoName = [4][]string{
	regCasual:  {"Hey!", "Hi!"},
	regNeutral: {"Hi!", "Hello!"},
	regFormal:  {"Hello,", "Hello,"},
	regPlayful: {"Hey you!", "Well hello!"},
}

// Registers a draft is written in.
const (
	regCasual = iota
	regNeutral
	regFormal
	regPlayful
)

// Length caps, in bytes of the finished draft.
const (
	draftShortMax  = 160
	draftMediumMax = 400
	draftLongMax   = 700
	// draftMediumSentences caps a medium draft, the question included and
	// the greeting not.
	draftMediumSentences = 5
)

// countSentences counts sentence ends in s, the greeting's included.
func countSentences(s string) int {
	n := 0
	for i, r := range s {
		if (r == '.' || r == '!' || r == '?' || r == ',' && i+1 < len(s) && s[i+1] == '\n') &&
			(i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
			n++
		}
	}
	return n
}

// ComposeDraft writes a check-in from d without any language model. The
// draft is plain text: it greets the recipient, works in every mention in
// the person's words, reflects the occasion, the time since they talked, the
// tone and length asked for, and ends with an easy, open question. Variant
// picks among several genuinely different ways of writing it and wraps
// around.
func ComposeDraft(d DraftDetails, variant int) string {
	c := newComposer(d, variant)
	var out string
	switch c.length {
	case LengthShort:
		out = c.short()
	case LengthLong:
		out = c.long()
	default:
		out = c.medium()
	}
	return tidyDraft(out)
}

// composer holds what one draft is built from.
type composer struct {
	d        DraftDetails
	occasion string
	fam      draftFamily
	v        int // the family index, variant modulo the families
	reg      int
	warmth   int
	length   string
	gap      string
	gapTalk  string
	mentions []mention
	// about is the index of the mention the opening already uses, or -1.
	about int
}

func newComposer(d DraftDetails, variant int) *composer {
	// Fields typed by the person may hold anything; the draft must not.
	d.Recipient = strings.TrimSpace(strings.ToValidUTF8(d.Recipient, ""))
	d.Since = strings.ToValidUTF8(d.Since, "")
	c := &composer{d: d, length: d.Length, about: -1}
	c.occasion = d.Occasion
	if _, ok := draftFamilies[c.occasion]; !ok {
		c.occasion = OccasionThinking
		if d.Since != "" {
			c.occasion = OccasionSilence
		}
	}
	fams := draftFamilies[c.occasion]
	c.v = ((variant % len(fams)) + len(fams)) % len(fams)
	c.fam = fams[c.v]
	c.reg = draftRegister(d, c.occasion)
	c.warmth = d.Warmth
	if d.Tone == ToneWarm {
		c.warmth++
	}
	if d.Tone == ToneSimple && c.length == "" {
		c.length = LengthShort
	}
	c.gap, c.gapTalk = gapPhrases(d.Since)
	for _, m := range d.Mentions {
		if mm, ok := newMention(strings.ToValidUTF8(m, ""), d.Recipient); ok {
			c.mentions = append(c.mentions, mm)
		}
	}
	return c
}

// draftRegister turns tone and formality into one of the registers. A
// playful tone is dropped for the sombre occasions.
func draftRegister(d DraftDetails, occasion string) int {
	reg := regNeutral
	switch d.Tone {
	case ToneCasual:
		reg = regCasual
	case ToneFormal:
		reg = regFormal
	case TonePlayful:
		reg = regPlayful
		if sombre(occasion) {
			reg = regCasual
		}
	}
	switch {
	case d.Formality > 0 && reg != regFormal:
		if reg == regNeutral || d.Formality > 1 {
			reg = regFormal
		} else {
			reg = regNeutral
		}
	case d.Formality < 0 && reg == regFormal:
		reg = regNeutral
	case d.Formality < 0 && reg == regNeutral:
		reg = regCasual
	}
	return reg
}

// gapPhrases says how long it has been, in the person's words when given.
func gapPhrases(since string) (gap, talk string) {
	since = strings.TrimSpace(since)
	switch {
	case since == "":
		return "it's been a while", "it's been a while since we last talked"
	case strings.HasPrefix(strings.ToLower(since), "since "):
		return "it's been a long time " + since, "we haven't really talked " + since
	}
	return "it's been " + since, "it's been " + since + " since we last talked"
}

func (c *composer) greeting() string {
	pool := greetings[c.reg]
	name := c.d.Recipient
	if name == "" {
		pool = greetingsNoName[c.reg]
	}
	g := strings.ReplaceAll(pool[c.v%len(pool)], "{n}", name)
	if c.warmth < 0 && strings.HasSuffix(g, "!") {
		g = strings.TrimSuffix(g, "!") + ","
	}
	if c.reg == regFormal && name != "" && (c.d.Medium == "email" || c.d.Medium == "card" || c.d.Medium == "letter") {
		g = "Dear " + name + ","
	}
	return g
}

// opening is the first sentence, using the first mention when the family
// has a way of leading with it.
func (c *composer) opening(short bool) string {
	f := c.fam
	if f.openAbout != "" {
		for i, m := range c.mentions {
			if m.leads(c.occasion) {
				c.about = i
				return c.fill(f.openAbout, m)
			}
		}
	}
	open := f.open
	if c.d.Since != "" && f.openSince != "" {
		open = f.openSince
	}
	if short && f.short != "" {
		open = f.short
	}
	return c.fill(open, mention{})
}

func (c *composer) ask() string {
	if (c.reg == regCasual || c.reg == regPlayful) && c.fam.askCasual != "" {
		return c.fam.askCasual
	}
	return c.fam.ask
}

// mentionSentences renders every mention the opening did not use.
func (c *composer) mentionSentences(short bool) []string {
	var out []string
	for i, m := range c.mentions {
		if i == c.about {
			continue
		}
		out = append(out, c.fill(m.frame(c.occasion, c.v+i, short), m))
	}
	return out
}

func (c *composer) sinceLine() string {
	if c.d.Since == "" || c.occasion == OccasionSilence {
		return ""
	}
	return c.fill(sinceLines[c.v%len(sinceLines)], mention{})
}

func (c *composer) warmLine(n int) string {
	pool := warmLines
	switch c.occasion {
	case OccasionHardTime:
		pool = warmHardLines
	case OccasionApology, OccasionMend:
		pool = warmMendLines
	case OccasionThanks:
		pool = warmThanksLines
	}
	return pool[(c.v+n)%len(pool)]
}

func (c *composer) playfulLine() string {
	pool := playfulLines[c.occasion]
	if c.reg != regPlayful || len(pool) == 0 {
		return ""
	}
	return pool[c.v%len(pool)]
}

func (c *composer) short() string {
	g, q := c.greeting(), c.ask()
	open := c.opening(true)
	rest := strings.Join(c.mentionSentences(true), " ")
	about := c.about
	c.about = -1
	all := strings.Join(c.mentionSentences(true), " ")
	tag := ""
	if tags := occasionTags[c.occasion]; len(tags) > 0 {
		tag = tags[c.v%len(tags)]
	}
	warm := "I miss you!"
	switch c.occasion {
	case OccasionHardTime:
		warm = "I'm here for you."
	case OccasionApology, OccasionMend:
		warm = "You matter to me."
	case OccasionThanks:
		warm = "I appreciate you!"
	}
	// Each shape is the draft without its question; warmer drafts try each
	// shape with a warm line first.
	var shapes [][]string
	dash := func(parts ...string) []string { return append(parts, "\x00") }
	switch {
	case all == "":
		shapes = append(shapes, []string{g, open}, []string{g, tag})
	case about >= 0 && rest == "":
		shapes = append(shapes, []string{g, open}, dash(g, tag, all))
	case about >= 0:
		shapes = append(shapes, dash(g, open, rest), []string{g, open, rest}, dash(g, tag, all))
	default:
		if c.occasion == OccasionSilence && c.d.Since != "" {
			shapes = append(shapes, []string{g, upFirst(c.gap) + " — " + lowFirst(all)})
		}
		shapes = append(shapes, dash(g, tag, all), []string{g, tag, all})
	}
	var cands []string
	build := func(shape []string, warmLine, question string) {
		if warmLine != "" && repeats(strings.Join(shape, " "), warmLine) {
			return
		}
		parts := slices.Clone(shape)
		if parts[len(parts)-1] == "\x00" {
			parts = parts[:len(parts)-1]
			if warmLine == "" {
				last := len(parts) - 1
				parts[last] = runOn(parts[last], question)
				cands = append(cands, sentenceJoin(parts...))
				return
			}
		}
		cands = append(cands, sentenceJoin(append(parts, warmLine, question)...))
	}
	if c.warmth >= 2 {
		for _, sh := range shapes {
			build(sh, warm, q)
		}
	}
	for _, sh := range shapes {
		build(sh, "", q)
	}
	if all != "" {
		// Last resorts for long mentions: the plainest question of the occasion.
		build(dash(g, tag, all), "", shortAsks[c.occasion])
		build([]string{g, tag, all}, "", shortAsks[c.occasion])
		build(dash(g, all), "", q)
	}
	for i := range cands {
		cands[i] = c.finish(cands[i])
	}
	return firstFitting(cands, draftShortMax)
}

var shortAsks = map[string]string{
	OccasionSilence: "How have you been?", OccasionThinking: "How are you?", OccasionHardTime: "How are you holding up?",
	OccasionWin: "How does it feel?", OccasionBirthday: "Any plans?", OccasionFollowUp: "How did it go?",
	OccasionThanks: "How are you?", OccasionApology: "Could we talk sometime?", OccasionMend: "Could we talk sometime?",
}

// occasionTags mark the occasion in a short draft that is mostly a mention.
var occasionTags = map[string][]string{
	OccasionWin:      {"Congratulations!", "Huge congratulations!", "I'm so proud of you!", "Well done!"},
	OccasionBirthday: {"Happy birthday!", "Happy birthday to you!", "Happy birthday!", "Happy birthday to you!"},
	OccasionApology:  {"I'm sorry.", "I'm really sorry.", "I'm sorry — that's on me.", "Sorry, truly."},
	OccasionMend:     {"I'd like us to be okay.", "Let's clear the air.", "I miss talking to you.", "I want to make things right between us."},
	OccasionHardTime: {"I'm thinking of you.", "I'm here for you.", "Sending you care.", "I'm so sorry things are hard."},
	OccasionThanks:   {"Thank you!", "Thank you so much.", "Thank you, truly.", "A big thank you!"},
}

func (c *composer) medium() string {
	g, q := c.greeting(), c.ask()
	parts := []string{g, c.opening(false), c.sinceLine()}
	ms := c.mentionSentences(false)
	parts = append(parts, ms...)
	optional := []string{c.playfulLine()}
	if len(ms) == 0 {
		optional = append([]string{c.fam.extra}, optional...)
	}
	if c.warmth >= 1 {
		// One warm line; a warmer draft gets a stronger one, not more of them.
		optional = append(optional, c.warmLine(min(c.warmth, 2)-1))
	}
	return c.fit(parts, optional, q, draftMediumMax, draftMediumSentences)
}

func (c *composer) long() string {
	g, q := c.greeting(), c.ask()
	parts := []string{g, c.opening(false), c.sinceLine(), c.fam.extra}
	parts = append(parts, c.mentionSentences(false)...)
	optional := []string{c.playfulLine()}
	if c.warmth >= 1 {
		optional = append(optional, c.warmLine(0))
	}
	if c.warmth >= 2 {
		optional = append(optional, c.warmLine(1))
	}
	if !sombre(c.occasion) {
		optional = append(optional, offerLines[c.v%len(offerLines)])
	}
	if !strings.Contains(q+c.fam.extra, "reply") {
		optional = append(optional, noPressureLines[c.v%len(noPressureLines)])
	}
	return c.fit(parts, optional, q, draftLongMax, 10)
}

// fit adds as many optional lines as the cap allows, in order, and ends with
// the question.
func (c *composer) fit(parts, optional []string, q string, max, sentences int) string {
	out := sentenceJoin(append(parts, q)...)
	for _, o := range optional {
		if o == "" || repeats(sentenceJoin(append(parts, q)...), o) {
			continue
		}
		next := sentenceJoin(append(append(parts, o), q)...)
		if len(c.finish(next)) > max || countSentences(next)-1 > sentences {
			break
		}
		parts = append(parts, o)
		out = next
	}
	return c.finish(out)
}

// finish applies the register and warmth to a whole draft.
func (c *composer) finish(s string) string {
	if c.reg == regFormal {
		s = formalReplacer.Replace(s)
	}
	if c.warmth < 0 {
		g := c.greeting()
		body := strings.TrimPrefix(s, g)
		s = g + coolReplacer.Replace(strings.ReplaceAll(body, "!", "."))
	}
	return s
}

// fill replaces the markers in a template.
func (c *composer) fill(t string, m mention) string {
	text := m.text
	if m.kind == mentionMemory && strings.HasPrefix(text, "the ") && memoryish(text) {
		text = "our " + strings.TrimPrefix(text, "the ")
	}
	heard := "heard about " + text
	if m.kind == mentionYou {
		heard = "heard that " + text
	}
	if !strings.Contains(t, "{") {
		return t
	}
	for _, kv := range [...][2]string{{"{m}", text}, {"{M}", upFirst(text)}, {"{gaptalk}", c.gapTalk},
		{"{Gaptalk}", upFirst(c.gapTalk)}, {"{gap}", c.gap}, {"{Gap}", upFirst(c.gap)}, {"{heard}", heard}} {
		if strings.Contains(t, kv[0]) {
			t = strings.ReplaceAll(t, kv[0], kv[1])
		}
	}
	return t
}

// sombre reports whether an occasion calls for a quiet voice: no jokes and
// no cheerful offers.
func sombre(occasion string) bool {
	return occasion == OccasionHardTime || occasion == OccasionApology || occasion == OccasionMend
}

// strongWords carry a draft's feeling; said twice, they sound like a form.
// A thank-you may say thanks twice ("here it is: thank you").
var strongWords = []string{"miss", "sorry", "grateful", "proud", "here for you", "matter"}

// repeats reports whether line would say again what draft already says.
func repeats(draft, line string) bool {
	d, l := strings.ToLower(draft), strings.ToLower(line)
	for _, w := range strongWords {
		if strings.Contains(l, w) && strings.Contains(d, w) {
			return true
		}
	}
	return false
}

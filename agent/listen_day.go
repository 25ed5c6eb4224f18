package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/understand"
)

// Small things told about the person's own day that a friend would answer
// in kind: their birthday, a visit coming up, something new they have
// started, a call or a meet-up with someone that went well, the day of
// the week. Each gets a short reply about that thing, never a guide
// paragraph or a plain "sounds good".

var (
	// reOwnBirthday is the person's own birthday today: "its my
	// birthday", "turned 30 today".
	reOwnBirthday = mustPattern(`\b(?:(?:it'?s|it is) my (?:birthday|bday|b day)|my (?:birthday|bday) (?:is )?today|(?:i )?turned? \d{1,3} today|i'?m \d{1,3} today)\b`)
	// reVisit is someone coming to see the person, or the person going
	// to see them: "my parents are coming to visit this weekend".
	reVisit = mustPattern(`\b(?:coming (?:to visit|to stay|over|round|around|down|up)|come (?:to visit|to stay|over|round)|visiting (?:me|us|for|this|next|on)|(?:going|off|heading) to (?:see|visit|stay with) (?:my|our|the)|staying with (?:me|us))\b`)
	// reNewThing is something new the person has taken up.
	reNewThing = mustPattern(`^(?:(?:so|just|finally|ok|i|i'?ve|ive|i have|we|we'?ve|weve|recently|lately|been|im|i'm|really) )*(?:(?:taken|took|taking) up|(?:getting|got) (?:really )?into (?:\w+ing|a|an|the|some|my)\b|picked up (?:\w+ing|a|an|the|some)\b|(?:started|starting|signed up (?:for|to)|joined|begun|began) (?:learning|doing|going to|a|an|the|my|some|to learn|to play|playing|running|swimming|climbing|dance|yoga|pottery|classes|lessons))\b`)
	// reConnected is the person getting in touch with someone, or
	// spending time with them.
	reConnected = mustPattern(`\b(?:rang|called|phoned|facetimed|video called|met up with|caught up with|hung out with|had (?:a )?(?:coffee|lunch|dinner|drinks|a drink|a catch up|a catchup|a chat|a long chat) with|went (?:for (?:a )?(?:coffee|walk|drink|lunch|dinner|meal)|out) with|visited|spent the (?:day|evening|afternoon|weekend) with)\b`)
)

// reConnectedFirst opens a message with the person's own call or meet-up,
// its subject left out: "met up with an old friend for coffee".
var reConnectedFirst = mustPattern(`^(?:(?:finally|just|so|today|yesterday|last night|ok) )*` + reConnected.String())

// reachedOut reports the person telling of a call, a visit or time spent
// with someone that nothing in it says went badly: glad news of a kind
// this companion is for.
func reachedOut(text string) bool {
	folded := foldText(text)
	if asksSomething(text) || !reConnected.MatchString(folded) || !firstPerson.MatchString(folded) && !reConnectedFirst.MatchString(folded) {
		return false
	}
	return wentWellWith(text)
}

// wentWellWith reports time with someone told with no bad news, gripe,
// flop or hurt in it, and no feeling but a good one.
func wentWellWith(text string) bool {
	if badNews(text) || gripe(text) || hasPhrase(lowPadded(text), flopCues) {
		return false
	}
	if _, low := findLow(text); low {
		return false
	}
	f := listen.Feel(text)
	return !f.Sure() || goodFeelings[f.Label] || f.Label == listen.None
}

// dayNames answer a remark about the day of the week.
var dayNames = map[string][]string{
	"friday":   {"Happy Friday! Anything nice lined up for the weekend?", "Ah, Friday at last. Any plans for the weekend?"},
	"monday":   {"Ah, Monday. I hope it's a gentle one for you.", "Mondays, eh. I hope the week starts kindly."},
	"weekend":  {"Ooh, the weekend! Anything nice planned?", "Weekend at last. Doing anything you're looking forward to?"},
	"tgif":     {"Happy Friday! Anything nice lined up for the weekend?"},
	"saturday": {"Happy Saturday! Anything nice planned?"},
	"sunday":   {"A Sunday, then. I hope it's a restful one. Anything planned?"},
}

// dayFiller are the words a remark about the day may hold besides the
// day: "morning! finally friday", "happy friday", "ugh monday again".
var dayFiller = wordset.Of(`happy finally its it's it is morning mornin good yay yess thank god tgif the here at last almost
nearly another again ugh oh well hello hi hey hiya and so yes woo woohoo`)

// dayRemark answers a short remark about the day of the week or the time
// of day ("morning! finally friday"), or returns "".
func dayRemark(folded string) string {
	f := strings.Fields(folded)
	if len(f) > 6 {
		return ""
	}
	for _, w := range f {
		if _, day := dayNames[w]; !day && !dayFiller[w] {
			// "had a great weekend with my family" tells of one.
			return ""
		}
	}
	lead := ""
	if len(f) > 0 && (f[0] == "morning" || f[0] == "mornin" || len(f) > 1 && f[0] == "good" && f[1] == "morning") {
		lead = "Morning! "
	}
	for _, w := range f {
		if lines, ok := dayNames[w]; ok {
			return lead + pick(folded, lines)
		}
	}
	return ""
}

// A glad moment with someone ("i had a really good talk with my dad
// today") often gets a second message with more of it ("yeah it felt
// nice, he actually asked about my life"). Saying the same glad sentence
// twice would show the first was not listened to either; the second is
// met for what it adds, with the thought that the other person might like
// to hear it too.

// noteGlad remembers, after a glad reply, a glad moment told with someone,
// so that more of it is heard as such.
func (t *turn) noteGlad() {
	if !(reachedOut(t.text) || goodNews(t.text)) {
		return
	}
	_, who, _ := newsWho(t.text)
	if who == "" || who == "them" {
		return
	}
	t.p.Flow.Offer = &Offer{Kind: "glad", Request: t.text, Recipient: who}
}

// gladLabels are what the classifier may call more of a glad story.
var gladLabels = map[string]bool{understand.Yes: true, understand.Smalltalk: true, understand.Feeling: true,
	understand.ContactNews: true}

// gladMore answers more of a glad moment with someone: what it adds, and
// an offer to tell them. It reports false, saying nothing, when no glad
// moment was just told or the message is something else (a question, a
// courtesy, a request, a low turn).
func (t *turn) gladMore() bool {
	o := t.p.Flow.Offer
	if o == nil {
		return false
	}
	if o.Kind != "glad" {
		return t.gladAfterNews(o)
	}
	r := classify(t.text)
	if asksSomething(t.text) || badNews(t.text) || gripe(t.text) || r.Sure() && !gladLabels[r.Label] {
		return false
	}
	if _, low := findLow(t.text); low {
		return false
	}
	line := pick(t.text, []string{
		"I love that — it sounds like it really meant something to you.",
		"That's really lovely to hear. Moments like that stay with you.",
	})
	_, _, obj := newsWho(o.Request)
	if obj == "them" {
		// "she's doing really well": the pronoun said now.
		obj = textPronoun(t.text)
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: o.Request, Recipient: o.Recipient, Listening: true}
	t.say(line+" It might mean a lot to "+o.Recipient+" to hear that too, if you ever want to tell "+obj+".",
		Choice{ID: "offer:yes", Label: clip("Write to "+o.Recipient, 40)})
	return true
}

// gladCues say someone is glad: "over the moon", "so happy".
var gladCues = phrases(`over the moon | so happy | really happy | very happy | thrilled | buzzing | chuffed | delighted |
ecstatic | made up | on cloud nine | so excited | really excited | cant stop smiling | beaming | glowing | so proud |
really proud | happy tears | cried happy`)

// gladAfterNews answers more glad words about someone's good news while
// the offer to write to them is still on screen ("she's so happy" after
// "my sister just got engaged"): glad again, and the offer kept. A yes or
// a request to write is the drafting flow's to take.
func (t *turn) gladAfterNews(o *Offer) bool {
	if o.Kind != "draft" || !o.Listening || o.Recipient == "" || !slices.ContainsFunc(t.offered, func(c Choice) bool { return c.ID == "offer:yes" }) {
		return false
	}
	switch readTold(o.Request).kind {
	case newsWin, newsBaby, newsRecovery:
	default:
		return false
	}
	if asksSomething(t.text) || asksToWrite(t.text) || saidYes(t.text) || readNews(t.text).kind != newsNone {
		// News of its own ("she passed her theory test too") is
		// answered as such.
		return false
	}
	f := listen.Feel(t.text)
	if !goodNews(t.text) && !hasPhrase(lowPadded(t.text), gladCues) && !(f.Sure() && goodFeelings[f.Label]) {
		return false
	}
	t.say(pick(t.text, []string{"Aw, I bet! Such happy news.", "That's lovely to hear."})+" Want to send "+o.Recipient+" a few words while it's fresh?",
		Choice{ID: "offer:yes", Label: clip("Write to "+o.Recipient, 40)})
	return true
}

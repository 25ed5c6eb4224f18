package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// The person's own coming event — an exam, an interview, a first day —
// told with when it is and nothing more: "my exam is on the 4th", "got my
// driving test on friday". It is news of their week, not a question for
// the guide; the reply wishes them well and asks how they feel about it.
// Told with a feeling ("and i'm terrified"), the feeling replies answer.

// reOwnEvent is an event of the person's told with its time, as the whole
// message. The group is the event as they named it, after "my".
var reOwnEvent = mustPattern(`^ *(?:(?:so|and|ok|okay|well|just|btw|also|oh|omg|ugh|welp)\s+)*(?:(?:my|i have (?:a|an|my)|i've got (?:a|an|my)|ive got (?:a|an|my)|i got (?:a|an|my)|got (?:a|an|my)|have (?:a|an|my)|i have got (?:a|an|my)) )?((?:[a-z]+ ){0,2}?(?:exam|exams|final|finals|test|interview|audition|presentation|recital|exam results|viva|defence|defense|speech|pitch|assessment|appraisal|performance review|trial shift|first day|induction|tryout|tryouts|try out|match|race|marathon|tournament|competition|gig|show|performance|graduation|deadline|moot|oral|orals|mock|mocks|driving test|theory test))(?: is| s|'s| are| will be)? (?:on|this|next|in|at|tomorrow|today|tonight|soon|coming up|later|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b([\w :'/.,-]{0,30})[.!?]*$`)

// eventTailWords say more than when the event is: a feeling or a second
// thing told after it ("and i'm terrified", "but i haven't revised").
var eventTailWords = wordset.Of(`and but so im i'm i feel feeling because cause cos though although haven't havent`)

// othersEvent reports an event named as someone else's or as no one's
// in particular: "his exam", "my sister's audition", "the match".
func othersEvent(named string) bool {
	for _, w := range strings.Fields(named) {
		if notOwnEvent[w] || strings.HasSuffix(w, "'s") || relWords[w] {
			return true
		}
	}
	return false
}

// notOwnEvent name an event as another's.
var notOwnEvent = wordset.Of(`his her their your its the our this that`)

// ownEvent is the event the person told of, as the reply names it ("your
// maths exam"); ok is false when the message tells none.
func ownEvent(folded string) (event string, ok bool) {
	m := reOwnEvent.FindStringSubmatch(folded)
	if m == nil || hasAnyWord(m[2], eventTailWords) || othersEvent(m[1]) {
		return "", false
	}
	return "your " + strings.TrimSpace(m[1]), true
}

// comingEventReply wishes the person well with an event of theirs, and
// offers to tell someone how it goes. It reports false when the message
// tells no such event.
func (t *turn) comingEventReply() bool {
	event, ok := ownEvent(foldText(t.text))
	if !ok {
		return false
	}
	line := pick(t.text, []string{
		"Good luck with " + event + "! How are you feeling about it?",
		"Oh, best of luck with " + event + ". How are you feeling as it gets closer?",
	})
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(line, Choice{ID: "menu:draft", Label: "Tell someone how it goes"})
	return true
}

// An event of the person's coming up told with how they feel about it
// ("my interview is tomorrow and i'm so nervous", "driving test on monday,
// terrified") gets good luck with the event by name and the feeling named
// in their word, before any reply to an earlier feeling, a reading of the
// event as someone to write to, or a day's remark.

// reComingEvent is an event with when it is; the groups are the word
// before the event ("my", "the"), the event, and when.
var reComingEvent = mustPattern(`\b(?:(my|our|the|a|an|this|that|big|first)\s+)?((?:[a-z]+\s+){0,2}?(?:exam|exams|final|finals|test|interview|audition|presentation|recital|results|viva|defence|defense|speech|pitch|assessment|appraisal|review|trial shift|first day|induction|tryout|tryouts|match|race|marathon|tournament|competition|gig|show|performance|graduation|deadline|date|wedding|surgery|operation|appointment|scan|flight|move|meeting|debut|premiere|concert|hearing|court date|driving test|theory test|first shift|shift|party|reunion|lecture))(?:\s+(?:is|s|are|will be|at work|at uni|at school|at the \w+))?\s+((?:on|this|next|in|at|tomorrow|today|tonight|later|soon|coming up|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:\s+[a-z0-9]+){0,2}?)\b`)

// reComingFeeling is how the person feels about it, in their word.
var reComingFeeling = mustPattern(`\b(?:(?:i'?m|i am|i feel|feel|feeling|am|i'?ve been|bit|a bit|kinda|so|really|super|proper|absolutely|honestly|tbh|and|but)\s+)?(?:(?:so|really|super|proper|absolutely|kinda|a bit|bit|very|pretty|quite|low key|lowkey|lowkey|totally|completely|actually)\s+)*(nervous|anxious|scared|terrified|petrified|worried|stressed|stressing|freaking out|freaked out|panicking|panicky|shaking|shaky|dreading it|dreading|bricking it|on edge|nervy|jittery|sick with nerves|excited|pumped|buzzing|hyped)\b`)

// otherFeelers make a feeling told beside an event someone else's.
var otherFeelers = wordset.Of(`she he they she's he's they're theyre shes hes her his their`)

// comingFeelingWords name the feeling back: the person's word, or the
// one that says it as a state.
var comingFeelingWords = map[string]string{
	"stressing": "stressed", "freaking out": "panicky", "freaked out": "panicky", "panicking": "panicky",
	"shaking": "shaky", "dreading it": "dread", "dreading": "dread", "bricking it": "terrified",
	"pumped": "excited", "buzzing": "excited", "hyped": "excited",
}

// comingFeeling reads an event coming up and the feeling about it; ok is
// false when text tells no such pair, or the event is someone else's.
func comingFeeling(text string) (event, when, feeling string, ok bool) {
	folded := foldText(text)
	idx := reComingEvent.FindStringSubmatchIndex(folded)
	if idx == nil {
		return "", "", "", false
	}
	m := make([]string, 4) // the match and its groups: the word before, the event, when
	for i := range m {
		if idx[2*i] >= 0 {
			m[i] = folded[idx[2*i]:idx[2*i+1]]
		}
	}
	if othersEvent(m[2]) || asksSomething(text) || asksToWrite(text) {
		return "", "", "", false
	}
	if before := strings.Fields(folded[:idx[0]]); len(before) > 0 && othersEvent(before[len(before)-1]) {
		// "my sister's wedding": hers.
		return "", "", "", false
	}
	after := folded[idx[1]:]
	fs := reComingFeeling.FindAllStringSubmatch(after, -1)
	if len(fs) == 0 {
		after = folded[:idx[0]]
		fs = reComingFeeling.FindAllStringSubmatch(after, -1)
	}
	if len(fs) == 0 || hasAnyWord(after, otherFeelers) {
		// "and she's so nervous": the feeling is someone else's.
		return "", "", "", false
	}
	words := []string{}
	for _, f := range fs {
		w := f[1]
		if n, ok := comingFeelingWords[w]; ok {
			w = n
		}
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	switch m[1] {
	case "", "my", "our", "big", "first", "this", "that":
		event = "your " + strings.TrimSpace(m[2])
		if m[1] == "big" || m[1] == "first" {
			event = "your " + m[1] + " " + strings.TrimSpace(m[2])
		}
	default:
		event = "the " + strings.TrimSpace(m[2])
	}
	when = reWhenSaid.FindString(folded[idx[6]:])
	return event, when, strings.Join(words, " and "), true
}

// reWhenSaid is a when that reads well after the event in the reply:
// "tomorrow", "on monday", "tonight", "in an hour".
var reWhenSaid = mustPattern(`^(?:tomorrow|today|tonight|this (?:morning|afternoon|evening|week|weekend)|next (?:week|month|\w+day)|on (?:\w+day|the \d+\w*)|in (?:an hour|a bit|\d+ \w+|a few \w+|a couple of \w+|two \w+|three \w+)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: (?:morning|afternoon|evening|night))?\b`)

// comingFeelingReply wishes the person luck with an event coming up and
// names how they feel about it, with the gentle step a feeling gets. It
// reports false when the message is no such pair.
func (t *turn) comingFeelingReply() bool {
	event, when, feeling, ok := comingFeeling(t.text)
	if !ok {
		return false
	}
	luck := "Good luck with " + event
	if when != "" {
		words := strings.Fields(when)
		for i, w := range words {
			if d, ok := weekdayNames[w]; ok {
				words[i] = d
			}
		}
		luck += " " + strings.Join(words, " ")
	}
	var named string
	switch {
	case strings.Contains(feeling, "excited") && feeling != "excited":
		named = "Feeling " + feeling + " at once is such a normal mix before something that matters."
	case feeling == "excited":
		named = "Excited is a lovely way to go into it."
	case feeling == "dread":
		named = "That dread before something big is heavy to carry, and it mostly means it matters to you."
	default:
		named = "Feeling " + feeling + " before it makes complete sense — it shows how much it matters to you."
	}
	line := luck + "! " + named
	t.p.Flow.Offer = &Offer{Kind: "talk", Felt: "nerves", Line: line}
	t.say(line+" What's on your mind about it?\n\n"+stepCheerOn,
		Choice{ID: "journey:matter", Label: "Think about who matters"}, Choice{ID: "menu:draft", Label: "Tell someone it's coming"})
	return true
}

package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Choosing a journey in words. "i want to reflect on my week" starts the
// week's journey at once; at the menu, a journey named in any words starts
// it, and anything else the person types there is the start of their
// reflection: it goes to the journey it fits, acknowledged, rather than
// "I didn't catch which one" again.

// journeyCues are the ideas of each journey in everyday words, beyond its
// title's own: "who i've been neglecting" is "who matters to me" without
// a word of its title.
var journeyCues = map[string][]string{
	"week": phrases(`week | weekend | past few days | last few days | the last days | recently | my days | lately |
this month | past month | the last month | how things went | how its been going | how it went`),
	"boundaries": phrases(`boundary | boundaries | limit | limits | privacy | private | space | saying no | say no |
too available | always available | overshare | oversharing | people pleasing | people pleaser | left alone |
me time | switch off | what i share | protect my`),
	"matter": phrases(`who matters | matters to me | matter most | matter to me | people i care about | care about | closer to |
feel closer | people in my life | important to me | important people | my people | loved ones | neglect | neglecting |
neglected | lost touch | losing touch | lose touch | drifted | drifting | reconnect | reconnecting | been meaning to |
havent spoken | havent talked | havent seen | havent called | take for granted | taken for granted | taking for granted |
who to call | who to text | who i miss | people i miss | who ive been | ive been ignoring | been ignoring | let slip |
slipped away | fallen out of touch | fell out of touch | out of touch`),
	"showup": phrases(`show up | showing up | kind of friend | as a friend | good friend | better friend | bad friend |
terrible friend | how i treat | how i respond | how i reply | how i act | how i come across | what im like |
flaky | flake | listener | supportive | scrolling | how i text | how i behave`),
	"seek": phrases(`look for | looking for | want in a friend | want from | kind of connection | what i need | what i want |
in a connection | ideal friend | find friends | new friends | making friends | make friends | kind of people |
my kind of people | community | belong | belonging`),
}

// titleStop are title words too common to point at one journey.
var titleStop = wordset.Of(`what who how my i me to in a an the on of back looking look for`)

// journeyInText finds the one journey text speaks of, by the words of its
// title or its cues; ok is false when none or more than one fit.
func (t *turn) journeyInText(text string) (Journey, bool) {
	padded := lowPadded(text)
	var best Journey
	bestScore, ties := 0, 0
	for _, j := range t.a.guide.Journeys() {
		score := 0
		if hasPhrase(padded, journeyCues[j.ID]) {
			score += 2
		}
		for _, w := range strings.Fields(lowPadded(j.Title)) {
			if !titleStop[w] && len(w) > 3 && strings.Contains(padded, " "+w+" ") {
				score++
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, ties = j, score, 0
		case score == bestScore && score > 0:
			ties++
		}
	}
	return best, bestScore > 0 && ties == 0
}

// journeyFor is the journey a first reflection typed at the menu fits:
// the one it names, else "who matters" when it speaks of people, else the
// week, which takes any story.
func (t *turn) journeyFor(text string) (Journey, bool) {
	if j, ok := t.journeyInText(text); ok {
		return j, true
	}
	id := "week"
	if len(listen.Mentions(text, answerNames(text))) > 0 {
		id = "matter"
	}
	return t.findJourney(id)
}

// chooseJourney reads free text at the journey menu: a journey named
// starts it; the start of a reflection starts the journey it fits, with a
// word about what was said. It reports false when the text is neither
// (the caller asks again).
func (t *turn) chooseJourney() bool {
	if j, ok := t.journeyInText(t.text); ok {
		t.startJourney(j, startLead(t.text, ""))
		return true
	}
	if len(strings.Fields(t.text)) < 3 {
		// Too little to be a story: "the second", "hmm".
		return false
	}
	j, ok := t.journeyFor(t.text)
	if !ok {
		return false
	}
	t.startJourney(j, startLead(t.text, "Thank you for starting there. "))
	return true
}

// startLead answers what a person said in choosing a journey ("i had a
// rough week honestly"): the feeling or the point in it, the people it
// names, else plain, which may be "".
func startLead(text, plain string) string {
	lead := feelingAck(text, 0)
	if lead == "" {
		lead = pointAck(text)
	}
	if lead == "" && reHardStretch.MatchString(foldText(text)) {
		lead = "Sorry it's been a hard one."
	}
	if lead == "" {
		if people := listen.Mentions(text, answerNames(text)); len(people) > 0 {
			lead = upFirst(ackPeople(people, text, 0))
		}
	}
	if lead == "" {
		return plain
	}
	return lead + " "
}

// reHardStretch tells of a hard stretch of time: "a rough week", "such a
// long day".
var reHardStretch = mustPattern(`\b(?:rough|hard|tough|bad|awful|horrible|terrible|crap|shit|shitty|long|exhausting|lonely|weird|heavy|stressful|grim|bleak|miserable|rubbish|dark|brutal) (?:week|weekend|day|few days|month|time|stretch|one)\b|\b(?:it was|it's been|its been|been|was) (?:a bit |pretty |really |so |very )?(?:grim|bleak|rough|brutal|miserable)\b`)

// startJourney starts j, after lead, with its introduction and first
// question.
func (t *turn) startJourney(j Journey, lead string) {
	t.p.Flow = Flow{Name: flowReflect, Step: "question", Updated: t.now,
		Reflect: &ReflectState{Journey: j.ID, Answers: make([]string, len(j.Questions))}}
	intro := ""
	if j.Intro != "" {
		intro = j.Intro + " You can say “skip”, “back” or “pause” at any point.\n\n"
	}
	t.askQuestion(lead + intro)
}

// reReflectWords ask to think something over: "look back on", "go over",
// "reflect on", "think through".
var reReflectWords = mustPattern(`\b(?:reflect(?:ing)?(?: on| about)?|look(?:ing)? back(?: on| at| over)?|go(?:ing)? over|` +
	`think(?:ing)? (?:about|through|over)|talk(?:ing)? (?:about|through)|run(?:ning)? through|review|recap|sort through)\b`)

// reAsksHow is a question about how to do something, which the guide
// answers: "how do i think about boundaries with my mum".
var reAsksHow = mustPattern(`^(?:how|what|why|when|where|which|should|is|are|do|does|did|am)\b`)

// reflectRequest starts the journey a message asks to think over when no
// flow is running: "i want to look back on my week", "could we go over how
// my week went", "help me think about my boundaries". It reports false,
// saying nothing, for anything else, a question about how to do something
// included.
func (t *turn) reflectRequest() bool {
	folded := foldText(t.text)
	if !reReflectWords.MatchString(folded) || reAsksHow.MatchString(folded) || len(strings.Fields(folded)) > 16 {
		return false
	}
	j, ok := t.journeyInText(t.text)
	if !ok {
		return false
	}
	t.startJourney(j, "")
	return true
}

// reSwitch asks for another journey than the one running: "can we do the
// boundaries one instead", "switch to my week". "do the", "try the",
// "start the" and "go to the" ask only when what follows is a journey
// ("try the boundaries one"): an answer saying "i want to go to the book
// club again" asks for nothing.
var reSwitch = mustPattern(`\b(?:instead|rather|switch|change to|swap|let's do|lets do|can we do|could we do)\b|\b(?:do|try|start|go to) the (?:\w+ ){0,3}?(?:one|journey|reflection|questions|topic)\b`)

// switchJourney starts the journey text asks for in place of the running
// one; it reports false when text asks for no other journey.
func (t *turn) switchJourney() bool {
	if !reSwitch.MatchString(foldText(t.text)) {
		return false
	}
	j, ok := t.journeyInText(t.text)
	if !ok || t.p.Flow.Reflect == nil || j.ID == t.p.Flow.Reflect.Journey {
		return false
	}
	t.startJourney(j, "Sure, let's switch. ")
	return true
}

package agent

import (
	"bufio"
	_ "embed"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
	"sync"

	"github.com/companion-dev/companion/agent/understand"
)

// A statement about the person's day that asks nothing ("made my first
// loaf and it actually rose", "the bus drove straight past me", "my cat
// knocked my coffee over") is chat, whatever words it uses: a friend
// answers it in kind, glad, fed up with them or amused, and never with a
// guide paragraph or "that's outside what I can help with". How it sounds
// is learned from the statements of testdata/tone/tune.tsv, with the
// intent classifier's features, so that wordings no rule lists are heard
// too.

// toneCorpus is the tone corpus: "label<TAB>statement", "#" lines are
// comments.
//
//go:embed testdata/tone/tune.tsv
var toneCorpus string

// The tones of a statement about the day.
const (
	toneGlad   = "glad"
	toneGripe  = "gripe"
	toneMishap = "mishap"
	tonePlain  = "plain"
	toneSad    = "sad"
	tonePeople = "people"
)

// toneSure is the confidence from which a tone is acted on.
const toneSure = 0.6

var (
	toneOnce  sync.Once
	toneModel *understand.Classifier
)

// toneClassifier is the classifier learned from toneCorpus, trained on
// first use (a few milliseconds).
func toneClassifier() *understand.Classifier {
	toneOnce.Do(func() {
		var ex []understand.Example
		sc := bufio.NewScanner(strings.NewReader(toneCorpus))
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			if label, text, ok := strings.Cut(line, "\t"); ok && strings.TrimSpace(text) != "" {
				ex = append(ex, understand.Example{Label: strings.TrimSpace(label), Text: strings.TrimSpace(text)})
			}
		}
		toneModel = understand.Train(ex)
	})
	return toneModel
}

// dayTone is how a statement about the day sounds, "" when it asks
// something, or when the tone is unsure or is about people, which the
// listening replies and the guide know better.
func dayTone(text string) string {
	folded := foldText(text)
	if asksSomething(text) && !reRhetoricalGripe.MatchString(folded) || reRequestShape.MatchString(folded) || hasAnyWord(folded, fixWords) {
		return ""
	}
	r := toneClassifier().Classify(text)
	if !r.Sure() && r.Confidence < toneSure || r.Label == tonePeople {
		return ""
	}
	if r.Label == toneGlad && hasAnyWord(folded, unhappyWords) && !(r.Confidence >= gladSure && !hasAnyWord(folded, badWords)) {
		// "slept terribly last night" is never glad news, however
		// like a glad one its other words are.
		return ""
	}
	if (r.Label == toneMishap || r.Label == tonePlain) && readAsFeeling(text) {
		// "ur the only one i talk to lately lol": a hint of loneliness
		// said lightly is still loneliness, answered warmly, never
		// laughed along with.
		return toneSad
	}
	if r.Label != toneSad && heardLoss(text) {
		// "the first christmas without my mum": a loss is never glad
		// or a slog, whatever else the words sound like.
		return toneSad
	}
	return r.Label
}

// reRequestShape is a message that asks for something without a question
// mark: "give me a recipe for lasagna", "tips for meeting people", "write
// me a script".
var reRequestShape = mustPattern(`^(?:(?:please|pls|plz|ok|okay|so|hey|hi|hello|um)\s+)*(?:give|write|tell|show|help|find|recommend|suggest|make|explain|list|teach|send|book|translate|draft|remind|set|change|stop|tips|advice|ideas|need|i need|i want|i'?d like|looking for|any|best|recipe)\b|\b(?:(?:it|this|that|something|one|them|some|list|plan|recipe|message|text|note|draft|poem|letter|email|story|joke) for me|me an?|me some|tips|advice|ideas|recipe|how to)\b`)

// fixWords tell of something broken that wants fixing by someone who
// knows the trade ("my javascript keeps throwing an error"): a request for
// help, declined kindly, not a complaint to share.
var fixWords = wordset.Of(`error errors throwing throws exception undefined bug bugs compile compiler function script code coding
syntax install installing crashes crashing`)

// reRhetoricalGripe is a complaint said as a question nobody is asked to
// answer: "why does everything need an app now", "why is every form so
// long".
var reRhetoricalGripe = mustPattern(`^(?:(?:honestly|seriously|ugh|like|but|and|so) )*why (?:does|do|is|are|must|has|have) (?:every|everything|everyone|all|nothing|nobody|no one)\b`)

// toneReply answers a statement about the day in its tone, or returns ""
// for a tone with no reply of its own here (sad, which the feeling replies
// answer).
func toneReply(text, tone string) string {
	switch tone {
	case toneGlad:
		return orThing(text, false, pick(text, []string{
			"Oh, that's amazing — nice one! How did it feel?",
			"Ooh, lovely! That sounds like a great moment. 😊",
			"Nice! That's lovely to hear — well done you.",
		}))
	case toneGripe:
		if gripe(text) {
			return gripeReply(text)
		}
		return orThing(text, true, pick(text, []string{
			"Ugh, that's so annoying. I hope the rest of the day is kinder to you.",
			"Oh no, that sounds so frustrating! It would test anyone's patience.",
			"Ugh, what a pain. Here's hoping for a smoother rest of the day.",
		}))
	case toneMishap:
		return pick(text, []string{
			"Oh no, haha! Never a dull moment. I hope nothing's broken. 😅",
			"Ha, oh dear! That's chaos — the kind of thing you'll laugh about later.",
		})
	case tonePlain:
		if hasPhrase(lowPadded(text), []string{"wish me luck"}) {
			return "Good luck — you've got this! Let me know how it goes?"
		}
		return orThing(text, false, pick(text, []string{
			"Fair enough! How's the rest of the day looking?",
			"Sounds like a steady sort of day. Anything nice planned for later?",
		}))
	}
	return ""
}

// dayStatement answers a statement about the day that nothing else
// claimed, in its tone. It reports false, saying nothing, when the
// message asks something or its tone is unsure, sad or about people.
func (t *turn) dayStatement() bool {
	tone := dayTone(t.text)
	if tone == toneSad {
		t.feeling()
		return true
	}
	line := toneReply(t.text, tone)
	if line == "" {
		return false
	}
	t.p.Flow.Offer = nil
	t.say(line)
	if tone == toneGripe {
		t.noteGripe()
	}
	return true
}

// readAsFeeling reports a message the intent classifier reads first as a
// feeling, sure or not.
func readAsFeeling(text string) bool {
	return classify(text).Label == understand.Feeling
}

// heardLoss reports a message that tells of a loss or a low feeling,
// which the feeling replies answer.
func heardLoss(text string) bool {
	if _, low := findLow(text); low || badNews(text) || hasPhrase(lowPadded(text), sadWords) {
		return true
	}
	return reWithoutSomeone.MatchString(foldText(text))
}

// reWithoutSomeone is a time told as the first without someone: "first
// christmas without my mum", "our first holiday since dad passed".
var reWithoutSomeone = mustPattern(`\bfirst \w+(?: \w+)? (?:without|since) (?:my|our|him|her|them|mum|dad)\b`)

// gladSure is the confidence from which a glad statement stays glad
// with a "no" or a "never" in it ("no spoilers but wow", "never thought
// i'd finish it"), so long as none of its words is a bad one.
const gladSure = 0.95

// badWords are the unhappyWords that are more than a negation: a
// statement holding one is never glad, however sure the tone.
var badWords = wordset.Of(`terrible terribly awful awfully horrible horribly bad badly worst rubbish dreadful dreadfully
crap crappy shit shitty miserable poorly hardly barely lost broke broken failed fail missed cancelled sick ill tired
exhausted knackered stressed annoying annoyed angry upset sad`)

// unhappyWords say something went badly or did not happen: a statement
// holding one is never answered gladly.
var unhappyWords = wordset.Of(`terrible terribly awful awfully horrible horribly bad badly worst rubbish dreadful dreadfully
crap crappy shit shitty miserable poorly hardly barely lost broke broken failed fail missed cancelled sick ill tired
exhausted knackered stressed annoying annoyed angry upset sad not never no didnt couldnt cant wont wasnt isnt dont
nobody nothing without`)

// afterGreeting is what a message says after the hello it opens with
// ("hiya, back from the beach" gives "back from the beach"), or "" when it
// is a hello and nothing more.
func afterGreeting(text string) string {
	f := strings.Fields(foldText(text))
	i := 0
	for i < len(f) && greetOpeners[strings.Trim(f[i], ",.!")] {
		i++
	}
	if i == 0 || len(f)-i < 3 {
		return ""
	}
	return strings.Join(f[i:], " ")
}

// greetOpeners open a message with a hello.
var greetOpeners = wordset.Of(`hi hey hiya heya hello hullo yo morning evening afternoon good again there hey-hey howdy oi`)

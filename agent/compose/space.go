package compose

import (
	"regexp"
	"strings"
)

// A message can say a limit: the writer needs space, time apart or a step
// back from the person written to ("tell jordan that i need space", "help
// me say to my sister i need some time to myself for a while"). It is said
// kindly and plainly, in the writer's own words where they gave them, with
// no cheer, no ask and no praise around it: a limit wrapped in "I've been
// thinking of you" or "no worries if you can't" says two things at once.

// askedSpace is the writer saying they need space or time apart.
var askedSpace = regexp.MustCompile(`\b(?:i|i'm|im|i am|i've|ive)\b[^.!?]{0,24}?\b(?:need|needs|want|wanna|could use|take|taking|need to take|going to take|gonna take|asking for|ask for)\b(?: (?:a|some|a bit of|a little|a little bit of|more|real|proper))? (?:space|distance|time apart|time alone|time to myself|time on my own|time out|a break from (?:us|you|this|each other|talking|texting|the friendship|the relationship|seeing each other|everyone|people)|a step back|to step back|to take a step back|to pull back)\b(?:$|[.,!?;]| (?:for|from|right|at|lately|and|but|so|to|away|now|please|with))`)

// spaceNamed is the need for space already said in the details.
var spaceNamed = regexp.MustCompile(`(?i)\b(?:space|distance|time apart|time alone|time to myself|time on my own|time out|a break from|step back|pull back)\b`)

// needLeft is a line that only says the writer needs something.
var needLeft = regexp.MustCompile(`(?i)^~?(?:i|i'll|i will) (?:really |just )?(?:need|want|could use)\b`)

// space writes a limit said kindly: the need for space, in the writer's
// words when they gave it, why it is said rather than left to silence,
// and that they will be back in touch.
func (w *writer) space() []string {
	out := []string{"~" + w.pick("I hope you're okay.", "I hope you're doing alright.")}
	var rest []string
	for _, r := range w.rest() {
		// "I need a bit", what is left of "i need a bit of space right
		// now" once its words were read as other details: the need is
		// said whole below.
		if needLeft.MatchString(r) && !spaceNamed.MatchString(r) {
			continue
		}
		rest = append(rest, r)
	}
	if !spaceNamed.MatchString(strings.Join(rest, " ")) {
		out = append(out, w.pick("I need a bit of space for a while.", "I need some time to myself for a while."))
	}
	out = append(out, rest...)
	out = append(out, w.pick("I wanted to say it honestly rather than just go quiet on you.",
		"I'd rather tell you straight than just go quiet."))
	return append(out, w.pick("I'll be in touch when I'm ready. Take care of yourself.",
		"I'll reach out when I'm ready — take care."))
}

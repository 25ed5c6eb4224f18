package agent

import (
	"fmt"
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// Two readings of a message typed at an open question that are neither an
// answer nor a request: the person has to go ("gotta run, back later"), or
// speaks to the question itself ("what would you say?", "what has this got
// to do with anything", "I don't get what you mean"). The first keeps the
// place; the second gets the question explained and asked again. Neither
// is ever kept as an answer.

// leavingNow reports a short message that says the person has to go now:
// at least one of its clauses is a leaving, and what else it says is a
// few words of why ("ugh my bus is here, gtg").
func leavingNow(text string) bool {
	if len(strings.Fields(text)) > 14 {
		return false
	}
	leaving, rest := false, 0
	for _, clause := range clauseBreak.Split(text, -1) {
		folded := foldText(clause)
		if folded == "" {
			continue
		}
		if reLeaving.MatchString(folded) {
			leaving = true
			continue
		}
		rest += len(strings.Fields(folded))
	}
	return leaving && rest <= 6
}

// reLeaving is a whole clause that says the person is off: a lead-in, the
// leaving itself, and small words after it.
var reLeaving = mustPattern(`^(?:(?:ok|okay|sorry|soz|sry|ugh|oh|oops|um|hey|anyway|anyways|actually|but|so|well|right|ah|damn|hmm|shoot|argh|wait|really|just|i|i'm|im|i've|ive|we|we've|weve|i'll|ill|think|afraid|so sorry|oh no)\s)*` +
	`(?:(?:gotta|got to|got ta|have to|need to|must|gonna have to|going to have to|'ll have to|will have to|should|better|'d better|ought to) (?:go|run|dash|leave|head off|head out|bounce|jet|split|log off|sign off|get going|be going|hop off|fly|love you and leave you)` +
	`|gtg|g2g|bbl|ttyl|cya|see ya|see you|laters|bye|bye bye` +
	`|(?:talk|speak|chat|catch you|catch up|text you|message you) (?:to you |with you )?(?:later|soon|tomorrow|tmrw|tmr|tonight|another time|in a bit)` +
	`|(?:will |we'll |well |we can |we |let's |lets |can we |i'll |ill |i will )?(?:finish|continue|do|carry on with|pick up|come back to|get back to|go on with)(?: (?:this|it|the rest|this one|that))? (?:later|another time|tomorrow|tmrw|tonight|in a bit|afterwards|some other time|next time)` +
	`|(?:i'll be |ill be |be |i'm |im |will be )?back (?:later|soon|in a (?:bit|while|few)|tomorrow|tonight|after)` +
	`|off (?:now|to bed|to work|to sleep)|heading (?:off|out)|duty calls` +
	`|(?:going|gonna go|gonna head|heading|about to go|time) (?:to|for) (?:bed|sleep)|goodnight|good night|nighty night|nite)` +
	`(?:\s(?:now|sorry|soon|bye|later|lol|haha|x|xx|then|for now|real quick|quick|a bit|please|pls|tho|though|again|brb|ttyl|today|tonight|here|i promise|ok|okay))*$`)

// questionBack tells how a message speaks to the open question on screen:
// "back" asks the companion to answer it first, "why" asks what it is for
// or what it has to do with anything, "unclear" says it is not understood.
// It is "" for anything else, an answer above all.
func questionBack(folded string) string {
	f := strings.Fields(folded)
	if len(f) == 0 || len(f) > 14 {
		return ""
	}
	for _, k := range []struct {
		kind string
		re   pattern
	}{{"back", reAskedBack}, {"why", reWhyAsked}, {"unclear", reNotFollowed}} {
		if !k.re.possible(folded) {
			continue
		}
		loc := k.re.FindStringIndex(folded)
		if loc == nil || loc[0] != 0 {
			continue
		}
		if tail := strings.Fields(folded[loc[1]:]); len(tail) <= 5 && allIn(tail, questionTail) {
			return k.kind
		}
	}
	return ""
}

// allIn reports whether every word is in set.
func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return true
}

// questionLead may open a word to the question: "hmm", "wait", "sorry but".
const questionLead = `^(?:(?:hmm+|um+|uh+|er+|wait|ok|okay|sorry|but|so|and|well|honestly|ha|haha|lol|oh|erm|huh|actually|i mean|sorry but)\s)*`

var (
	reAskedBack = mustPattern(questionLead + `(?:(?:what|how) (?:would|do|will|should|could|might) (?:you|u) (?:answer|say|reply|respond|put|answer it|answer that)` +
		`|what about you|how about you|and you|you first|you go first|what'?s your answer|whats yours|what'?s yours|you tell me|your turn|you answer)\b`)
	reWhyAsked = mustPattern(questionLead + `(?:what (?:does|has|do|is) (?:this|that|it|any of this|this question|that question)(?: got)? (?:to do|have to do|got to do) with (?:anything|it|me|what|my|the|us)` +
		`|what'?s (?:this|that|any of this)(?: got)? to do with (?:anything|it|me|what|my|the)` +
		`|how (?:is|does) (?:this|that|it|any of this) (?:relevant|related|relate|important|helpful|useful|help|matter)` +
		`|why (?:is|does|would) (?:this|that|it) (?:relevant|matter|important|be relevant|be important)` +
		`|(?:what'?s|what is|whats) the point (?:of|in) (?:this|that|these|asking|the question)` +
		`|why (?:are you|do you|would you|r u|do u|u|you) (?:asking|ask|wanna know|want to know|need to know|care)` +
		`|why (?:this|that|these|such a) (?:question|questions)|why do you want me to (?:answer|say|think about)` +
		`|(?:what|which) (?:kind|sort) of (?:a )?question is (?:this|that)|(?:that'?s|thats|this is|what) (?:a )?(?:weird|strange|odd|random|personal) question|what for|why though|why tho)\b`)
	reNotFollowed = mustPattern(questionLead + `(?:what do (?:you|u) mean|what d'?you mean|wdym|what (?:does|do) (?:that|this|it|the question|you) (?:mean|want)` +
		`|i (?:don'?t|dont|do not|didn'?t|didnt) (?:really |quite |fully |totally )?(?:understand|get|follow|see what you mean)` +
		`|(?:i'?m|im|i am) (?:not sure|unsure|confused|lost|not clear)(?: about)? what (?:you|u) (?:mean|are asking|'re asking|re asking|want)` +
		`|(?:not sure|unsure) what (?:you|u) (?:mean|are asking|want)|no idea what (?:you|u) (?:mean|are asking|want)` +
		`|(?:can|could) (?:you|u) (?:explain|rephrase|reword|say (?:that|it) (?:another|a different) way|put (?:it|that) (?:another way|differently))` +
		`|(?:that'?s|thats|this is|what) (?:a )?confusing(?: question)?|(?:the|this|that) question (?:is )?(?:confusing|unclear))\b`)
)

// questionTail are the words that may follow a word to the question
// without making it an answer: "what do you mean by that exactly".
var questionTail = wordset.Of(`me you u this that it the question one bit part exactly again here though tho sorry lol haha
by with of about to please pls anyway anyways even at all really then huh mean asking ask for first here's here
yourself if were in my place i'm im think mean meant saying said so well ok okay what to`)

// leaveAtPrompt puts the running flow aside for a person who has to go,
// and says where it stands and how to come back.
func (t *turn) leaveAtPrompt() {
	where := ""
	if r := t.p.Flow.Reflect; t.p.Flow.Name == flowReflect && r != nil {
		if j, ok := t.journey(); ok {
			where = fmt.Sprintf(" at question %d of %d", r.Index+1, len(j.Questions))
		}
	}
	t.pause("No worries — I've kept your place" + where + ". Say “continue” when you're back.")
}

// clarifyLead explains the prompt on screen to someone who asked about
// it. A reflection question says why it is asked, in the way the person
// spoke to it: asked to answer it first, asked what it is for, or not
// followed.
func (t *turn) clarifyLead(p prompt) string {
	f := t.p.Flow
	j, ok := t.journey()
	if f.Name != flowReflect || f.Step != "question" || !ok || f.Reflect.Index >= len(j.Questions) {
		return clarifyText(f, p)
	}
	why := strings.TrimSpace(j.Questions[f.Reflect.Index].Why)
	if why == "" {
		return clarifyText(f, p)
	}
	if !strings.HasPrefix(why, "I ") {
		why = lowerFirst(why)
	}
	because := "I ask because " + why
	switch questionBack(foldText(t.text)) {
	case "back":
		return "That one is yours to answer — there's no right answer, and a few words is plenty. " + because
	case "why":
		return "Fair question. " + because
	}
	return "Sorry, I could have put that more simply. " + because + " Whatever comes to mind is fine, or say “skip”."
}

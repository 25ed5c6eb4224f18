package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// A yes-or-no question gets its yes or no first, the right way round. Two
// kinds of question go wrong when the stance of the nearest listed question
// is taken for theirs:
//
//   - asking whether a silence or a distance is one's own fault ("is it
//     me?", "did i do something wrong?"): a stance on whether to text again
//     ("Yes, once…") reads as "yes, it's you". The answer is the
//     reassurance the guide gives, when it gives one.
//   - asking whether a way of being in touch is weird or rude ("is it weird
//     to send voice messages?") when the guide lists no such question: when
//     what the guide says about that very thing is kind, the answer is "Not
//     at all", with that sentence first.

// reSelfBlame asks whether something is the person's own fault.
var reSelfBlame = mustPattern(`\b(?:is it me|was it me|is it my fault|was it my fault|is it something i (?:said|did)|was it something i (?:said|did)|did i do something(?: wrong)?|did i do anything wrong|what did i do wrong|am i the problem|is it because of me|is the problem me|(?:do|does) (?:(?:you|u|ya) think )?(?:they|people|he|she|everyone|everybody|my \w+|the \w+)(?: all)? (?:secretly )?(?:hate|not like|dislike|not want|not care about) me|(?:does|do) (?:he|she|they) (?:not like|hate) me|(?:are|is) (?:they|he|she) (?:mad|angry|upset|annoyed|cross) (?:at|with) me|is (?:there )?something wrong with me|am i (?:annoying|boring|too much))\b`)

// reNotAboutYou is a guide section that says a silence is seldom about the
// one waiting.
var reNotAboutYou = mustPattern(`(?i)\b(?:not (?:usually |always |necessarily |often )?about you|rarely about you|isn't about you|isn't personal|is not personal|not personal|rarely personal|nothing to do with you|says (?:little|nothing) about you)\b`)

// reassures reports whether a section says a silence is seldom about the
// person: in its title, its text or its stance on a question put in doubt.
func reassures(s Section) bool {
	if reNotAboutYou.MatchString(s.Title) || reNotAboutYou.MatchString(s.Body) {
		return true
	}
	for _, a := range s.Asks {
		q, stance, ok := strings.Cut(a, " | ")
		if ok && reSelfBlame.MatchString(foldText(q)) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(stance)), "no") {
			return true
		}
	}
	return false
}

// reWhatDidIDo asks what one did wrong rather than whether.
var reWhatDidIDo = mustPattern(`\bwhat (?:did|have) i (?:do|done|say|said)(?: wrong)?\b`)

// selfBlameSearch finds the guide's reassurance that a silence is seldom
// about the one waiting, when a question of self-blame after a silence
// ranks it low.
const selfBlameSearch = "they stopped replying, is it my fault, is it about me"

// selfBlameLead is the reassurance that opens an answer to a question of
// self-blame.
const selfBlameLead = "Most likely not."

// selfBlameAnswer returns the index among hits of the section that answers
// a question of self-blame, and whether one does: the first that reassures
// and is close enough in score to the best, else -1.
func selfBlameAnswer(hits []Section, pick int) int {
	if pick < 0 {
		return -1
	}
	for i, h := range hits {
		if h.Score < closeScore*hits[pick].Score*0.8 {
			break
		}
		if h.Passage != "" && reassures(h) {
			return i
		}
	}
	return -1
}

// Judged kindly: words that say a way of being in touch is fine, and words
// that warn against it.
var (
	reKindWords = mustPattern(`(?i)\b(?:gentle|good|great|fine|easy|easier|normal|welcome|welcomed|lovely|kind|warm|middle ground|helps|useful|perfectly|natural|nice|thoughtful|friendly|personal touch|works well|a gift)\b`)
	reWarnWords = mustPattern(`(?i)\b(?:pressure|rude|avoid|don't|do not|never|careful|intrusive|too much|stressful|overwhelm\w*|annoy\w*|can feel|might feel|awkward|weird|instead of)\b`)
)

// judgedThing is what a question asking whether something is weird or rude
// asks about, as the words a guide sentence about it would share ("voice"
// of "is it weird to send voice messages"), or nil for any other question.
func judgedThing(q string) []string {
	m := reJudgeKind.FindStringSubmatch(strings.TrimSpace(foldText(q)))
	if m == nil || m[1] == "" {
		return nil
	}
	switch m[1] {
	case "ok", "okay", "fine", "alright", "all right", "normal", "acceptable", "appropriate", "a good idea", "nice":
		return nil
	}
	if reJudgedNot.MatchString(m[3]) {
		// "is it rude to not reply": not doing it is what is judged.
		return nil
	}
	var out []string
	for _, w := range strings.Fields(m[3]) {
		if len(w) > 3 && !judgedStop[w] && roleWords[w] == "" && roleWords[strings.TrimSuffix(w, "s")] == "" {
			out = append(out, strings.TrimSuffix(w, "s"))
		}
	}
	return out
}

// reJudgedNot is an act judged that is a not doing: "not reply", "never
// call", "ignore", "leave".
var reJudgedNot = mustPattern(`\b(?:not|never|no longer|stop|stopped|ignore|ignoring|leave|leaving|mute|muting|block|blocking|unfollow|ghost|ghosting|cancel|cancelling|canceling|skip)\b`)

// judgedStop are words of a judged act too common to say what it is.
var judgedStop = wordset.Of(`send sending reply replying answer message messages messaging text texts texting them they their with someone somebody people friend friends instead just really that this about from have like`)

// kindSentence is the sentence of body that speaks kindly of a thing made of
// words, and warns against nothing, or "".
func kindSentence(body string, words []string) string {
	if len(words) == 0 {
		return ""
	}
	for _, s := range splitSentences(body) {
		low := strings.ToLower(s)
		has := true
		for _, w := range words {
			if !strings.Contains(low, w) {
				// Every word of the thing judged is in what is said of it.
				has = false
				break
			}
		}
		if has && reKindWords.MatchString(s) && !reWarnWords.MatchString(s) && !strings.HasSuffix(s, "?") {
			return s
		}
	}
	return ""
}

// splitSentences cuts Markdown text into its sentences, list marks and
// headings left out.
func splitSentences(body string) []string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-*#>0123456789. "))
		for line != "" {
			end := sentenceEnd(line)
			out = append(out, strings.TrimSpace(line[:end]))
			line = strings.TrimSpace(line[end:])
		}
	}
	return out
}

// sentenceEnd is where the first sentence of line ends: after a full stop,
// question or exclamation mark, and any closing quote, followed by a space;
// the whole line when there is none.
func sentenceEnd(line string) int {
	for i := 0; i < len(line); i++ {
		if !strings.ContainsRune(".!?", rune(line[i])) {
			continue
		}
		k := i + 1
		for k < len(line) && strings.ContainsRune(`"')`, rune(line[k])) {
			k++
		}
		for _, q := range []string{"”", "’"} {
			if strings.HasPrefix(line[k:], q) {
				k += len(q)
			}
		}
		if k == len(line) || line[k] == ' ' {
			return k
		}
	}
	return len(line)
}

// reassuringHit is the first of hits that says a silence is seldom about
// the one waiting, or -1.
func reassuringHit(hits []Section) int {
	for i, h := range hits {
		if h.Passage != "" && reassures(h) {
			return i
		}
	}
	return -1
}

// reSilenceTold tells of someone not answering, pulling away or no
// longer talking to or inviting the asker.
var reSilenceTold = mustPattern(`\b(?:(?:not|stopped|stop|isn't|isnt|hasn't|hasnt|haven't|havent|doesn't|doesnt|never|nobody|no one|noone) (?:\w+ )?(?:answer\w*|repl\w*|respond\w*|text\w* back|writ\w* back|messag\w* back)|ignor\w*|ghost\w*|left (?:me )?on read|gone quiet|went quiet|go quiet|quiet lately|no reply|no replies|no response|pulled away|distant|(?:stopped|stop|quit|not|don'?t|dont|doesn'?t|doesnt|never|no longer) (?:\w+ )?(?:talking|talk|speaking|speak|hanging out|hang out|inviting|invite) (?:to |with )?(?:me|us)\b)\b`)

package agent

import (
	"strings"
	"unicode/utf8"
)

// ackMax is the longest acknowledgement, in bytes.
const ackMax = 140

// NextStep is the small concrete thing a reflection ends with.
type NextStep struct {
	// Text is the step in one sentence, shown after the summary.
	Text string
	// Recipient is set when the step is a message to someone the person named.
	Recipient string
}

// Acknowledge answers a reflection answer in one short sentence that shows it
// was heard: it names the people mentioned, mirrors a feeling, or quotes a
// short answer or the heart of a long one (in _italics_), and never just
// says "great". Unsure answers ("idk") get a kind, non-judging line. The
// result is at most 140 bytes; variant picks among phrasings.
func Acknowledge(q Question, answer string, variant int) string {
	answer = strings.TrimSpace(strings.ToValidUTF8(answer, ""))
	folded := foldText(answer)
	v := max(variant, 0)
	if lowContent(folded) {
		if noOne.MatchString(folded) {
			return pickAck(ackNoOne, v)
		}
		return pickAck(ackUnsure, v)
	}
	cat := questionKind(q.Text)
	// Names answer "who" questions; elsewhere they are part of a longer
	// thought, which the echo below keeps.
	if names := ExtractNames(answer); len(names) > 0 && (cat == qkWho || len(strings.Fields(folded)) <= len(names)+2) {
		return fitAck(ackNames(names, answer, v), "")
	}
	if word, rest, ok := feelingPhrase(answer); ok {
		frames := ackHardFeeling
		if positiveFeelings[word] {
			frames = ackGoodFeeling
		}
		phrase := "feeling " + word + rest
		return fitAck(strings.ReplaceAll(pickAck(frames, v), "{f}", phrase), phrase)
	}
	if n := len(strings.Fields(folded)); n <= 8 && utf8.RuneCountInString(answer) <= 60 {
		return fitAck(strings.ReplaceAll(pickAck(ackShort[cat], v), "{a}", echoText(answer)), "")
	}
	phrase := keyPhrase(answer)
	return fitAck(strings.ReplaceAll(pickAck(ackLong[cat], v), "{a}", phrase), phrase)
}

// SummarizeReflection condenses a finished walkthrough: "Here's what you
// said: ..." with each answered question in a few of the person's own words
// (skipped answers are empty and left out), at most about 500 bytes. The
// next step is a two-line message to someone they named, when they named
// anyone, or a small step that fits the journey.
func SummarizeReflection(j Journey, answers []string) (string, NextStep) {
	var kept []string
	var names []string
	for _, a := range answers {
		a = strings.TrimSpace(strings.ToValidUTF8(a, ""))
		if a == "" || lowContent(foldText(a)) {
			continue
		}
		kept = append(kept, a)
		names = append(names, ExtractNames(a)...)
	}
	next := journeyStep(j.ID)
	// The last answer is often the plan ("send Tom a message"): its name wins.
	if len(kept) > 0 {
		if last := ExtractNames(kept[len(kept)-1]); len(last) > 0 {
			names = append(last, names...)
		}
	}
	if who := mostNamed(names); who != "" {
		next = NextStep{
			Text:      "One small step: a two-line message to " + who + " this week. Nothing big, just a hello that shows you thought of them.",
			Recipient: who,
		}
	}
	if len(kept) == 0 {
		return "You left these questions open, and that's completely fine. Sometimes reading them is enough to start you thinking.", next
	}
	budget := max(40, min(110, 440/len(kept)))
	parts := make([]string, 0, len(kept))
	for _, a := range kept {
		parts = append(parts, shortenWords(keyPhrase(a), budget))
	}
	return "Here's what you said: " + strings.Join(parts, "; ") + ".", next
}

// mostNamed returns the name given most often, the earliest on a tie.
func mostNamed(names []string) string {
	best, bestN := "", 0
	for _, n := range names {
		if c := countOf(names, n); c > bestN {
			best, bestN = n, c
		}
	}
	return best
}

func countOf(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

func journeyStep(id string) NextStep {
	text, ok := journeySteps[id]
	if !ok {
		text = "One small step: send a short, no-pressure hello to one person this week."
	}
	return NextStep{Text: text}
}

var journeySteps = map[string]string{
	"seek":       "One small step: this week, spend a little time in one place or group that leaves you with energy.",
	"matter":     "One small step: pick one person who came to mind and send them a two-line message this week.",
	"showup":     "One small step: the next time someone shares news, answer with one question about it before anything else.",
	"boundaries": "One small step: choose one limit you named and try saying it, kindly and plainly, this week.",
	"week":       "One small step: put the thing you'd like to do next week in your calendar, so it has a time.",
}

// Unsure answers.
var (
	unsureRe = mustPattern(`^(?:idk|i dunno|dunno|i don't know|i dont know|don't know|dont know|not sure|i'm not sure|im not sure|no idea|no clue|nothing|none|no one|nobody|noone|n a|na|meh|hmm+|um+|pass|nah|no|nope|maybe|i guess|not really|unsure|can't say|cant say|hard to say|who knows|not much|nothing really|no one really|nobody really|i can't think of anything|i cant think of anything|can't think of anyone|cant think of anyone|not that i can think of|\?+|\.+)$`)
	noOne    = mustPattern(`^(?:no one|nobody|noone|none|no one really|nobody really|can't think of anyone|cant think of anyone)$`)
)

func lowContent(folded string) bool {
	return folded == "" || unsureRe.MatchString(folded) || len(folded) <= 2
}

var (
	ackUnsure = []string{
		"That's a fair answer — it's not always easy to say.",
		"Not knowing is an answer too; it may get clearer later.",
		"That's okay. Some questions take a while to land.",
	}
	ackNoOne = []string{
		"That's an honest answer, and it's a fine place to start from.",
		"Thank you for being honest. That's worth knowing, and it can change.",
		"That's okay to say. Plenty of people feel the same, and it can change.",
	}
)

func ackNames(names []string, answer string, v int) string {
	if len(names) == 1 {
		return strings.ReplaceAll(pickAck([]string{
			"{n} sounds like someone who matters to you.",
			"It's good to put a name to it: {n}.",
			"{n} — that's a clear place to start.",
		}, v), "{n}", names[0])
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	if len(names) == 2 && v%3 == 0 {
		// "Ana and Tom — family and an old colleague, two kinds of closeness."
		a, b := roleOf(answer, names[0]), roleOf(answer, names[1])
		if a != "" && b != "" && a != b {
			return list + " — " + a + " and " + b + ", two different kinds of closeness."
		}
	}
	return strings.ReplaceAll(pickAck([]string{
		"{n} — different people, different kinds of closeness.",
		"{n} — it's good to have them in mind.",
		"{n}: people worth making a little time for.",
	}, v), "{n}", list)
}

// Feelings mirrored back.
var (
	feelingRe        = mustPattern(`(?i)\b(?:feel|feels|feeling|felt|get|gets|got|left me|leaves me|leave me|makes me|made me|i'm|im|i am|was|so|very|really|quite|a bit|pretty)\s+(?:so\s+|very\s+|really\s+|quite\s+|a bit\s+|kind of\s+|pretty\s+|more\s+|less\s+)?(drained|tired|exhausted|anxious|nervous|awkward|lonely|happy|grateful|seen|heard|understood|safe|comfortable|overwhelmed|guilty|ashamed|sad|hurt|excited|relaxed|calm|energi[sz]ed|close|connected|invisible|left out|ignored|appreciated|valued|jealous|insecure|stressed|lighter|bored|uneasy|rejected|respected|loved|alone|isolated|small|judged|pressured|cared for|worn out|frustrated|disappointed|supported|welcome|heard out)\b([^.!?;,]{0,60})`)
	positiveFeelings = wordSet(`happy grateful seen heard understood safe comfortable excited relaxed calm energised energized
close connected appreciated valued lighter respected loved supported welcome`)
	ackHardFeeling = []string{
		"{F} is worth noticing.",
		"Thank you for naming it: {f} matters.",
		"It makes sense to pay attention to {f}.",
	}
	ackGoodFeeling = []string{
		"{F} — that's something to have more of.",
		"{F} says a lot about what you need.",
		"It's good to notice {f}; it shows what works for you.",
	}
)

// feelingPhrase finds a feeling and the few words after it ("drained",
// " after group chats"), the rest spoken back to the person.
func feelingPhrase(answer string) (word, rest string, ok bool) {
	m := feelingRe.FindStringSubmatch(draftClean(answer))
	if m == nil {
		return "", "", false
	}
	word = strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
	words := strings.Fields(m[2])
	for i, w := range words {
		if stopAfterFeeling[strings.ToLower(w)] {
			words = words[:i]
			break
		}
	}
	if len(words) > 6 {
		words = words[:6]
	}
	// "guilty about it honestly": fillers at the end add nothing to an echo.
	for len(words) > 0 && trailingFillers[strings.ToLower(strings.Trim(words[len(words)-1], ".,!?"))] {
		words = words[:len(words)-1]
	}
	if len(words) > 0 {
		rest = " " + toSecondPerson(strings.Join(words, " "))
	}
	return word, strings.TrimRight(rest, " -—"), true
}

var stopAfterFeeling = wordSet(`and but because so though although which while or cause cos`)

var trailingFillers = wordSet(`honestly really tbh lol haha actually basically anyway`)

// Question kinds shape the acknowledgement.
const (
	qkDefault = iota
	qkHard
	qkGood
	qkLimit
	qkWho
	qkStep
)

func questionKind(text string) int {
	t := strings.ToLower(text)
	switch {
	case strings.Contains(t, "one small") || strings.Contains(t, "small way") || strings.Contains(t, "small thing"):
		return qkStep
	case strings.HasPrefix(t, "who ") || strings.Contains(t, "and who ") || strings.Contains(t, "people you") ||
		strings.Contains(t, "which people"):
		return qkWho
	case strings.Contains(t, "in the way") || strings.Contains(t, "drain") || strings.Contains(t, "worse") ||
		strings.Contains(t, "alone") || strings.Contains(t, "comparing") || strings.Contains(t, "drift"):
		return qkHard
	case strings.Contains(t, "private") || strings.Contains(t, "limit") || strings.Contains(t, "left alone") ||
		strings.Contains(t, "comfortable with") || strings.Contains(t, "boundar"):
		return qkLimit
	case strings.Contains(t, "good") || strings.Contains(t, "understood") || strings.Contains(t, "energy") ||
		strings.Contains(t, "hope") || strings.Contains(t, "mean to you") || strings.Contains(t, "fulfilling"):
		return qkGood
	}
	return qkDefault
}

var (
	ackShort = [6][]string{
		qkDefault: {"_{a}_ — clear and honest.", "_{a}_ — thank you, that's useful to know.", "_{a}_ — good to have that in words."},
		qkHard:    {"_{a}_ — that's a real obstacle, and a common one.", "_{a}_ — that makes sense, and it can shift.", "_{a}_ — worth knowing, so you can plan around it."},
		qkGood:    {"_{a}_ — that sounds like it meant something.", "_{a}_ — a good thing to remember.", "_{a}_ — that's worth more of."},
		qkLimit:   {"_{a}_ — a limit like that is worth keeping.", "_{a}_ — knowing that makes it easier to say.", "_{a}_ — that's a fair line to draw."},
		qkWho:     {"_{a}_ — good to have them in mind.", "_{a}_ — that's a place to start.", "_{a}_ — thank you, that helps."},
		qkStep:    {"_{a}_ — small and doable, which is just right.", "_{a}_ — a clear next step.", "_{a}_ — that's very doable."},
	}
	ackLong = [6][]string{
		qkDefault: {"You said _{a}_ — there's a lot in that.", "_{a}_ — thank you for being so open.", "I hear you: _{a}_."},
		qkHard:    {"_{a}_ — that's real, and you're not the only one.", "You said _{a}_; that makes sense, and it can change.", "_{a}_ — naming it is a first step."},
		qkGood:    {"_{a}_ — that sounds like it meant a lot.", "You said _{a}_; that's worth remembering.", "_{a}_ — a good sign of what you need."},
		qkLimit:   {"_{a}_ — that's a boundary worth protecting.", "You said _{a}_; knowing that makes it easier to say.", "_{a}_ — a fair limit to have."},
		qkWho:     {"You said _{a}_ — good to have them in mind.", "_{a}_ — thank you, that helps.", "_{a}_ — that's a place to start."},
		qkStep:    {"_{a}_ — a real, doable step.", "You said _{a}_; small steps like that add up.", "_{a}_ — that's a plan."},
	}
)

func pickAck(pool []string, v int) string { return pool[v%len(pool)] }

// fitAck keeps an acknowledgement within ackMax by shortening the echoed
// phrase, then by cutting words; it capitalises the first letter.
func fitAck(s, phrase string) string {
	s = upFirst(strings.ReplaceAll(s, "{F}", upFirst(phrase)))
	if rest, ok := strings.CutPrefix(s, "_"); ok {
		// An echo in italics that opens the sentence takes its capital.
		s = "_" + upFirst(rest)
	}
	s = strings.ReplaceAll(s, "{f}", phrase)
	for len(s) > ackMax && phrase != "" {
		shorter := shortenWords(phrase, len(phrase)-(len(s)-ackMax)-2)
		if shorter == phrase || shorter == "" {
			break
		}
		s = strings.Replace(s, phrase, shorter, 1)
		s = strings.Replace(s, upFirst(phrase), upFirst(shorter), 1)
		phrase = shorter
	}
	if len(s) > ackMax {
		s = shortenWords(s, ackMax)
	}
	return s
}

// echoText is a short answer made safe to show in italics: markup
// characters removed, trailing punctuation dropped.
func echoText(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune("_*`[]<>#~|", r) {
			return -1
		}
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimSpace(strings.TrimRight(s, ".!?,;: "))
}

var leadFillers = []string{"i think ", "i guess ", "honestly ", "honestly, ", "probably ", "maybe ", "well ", "well, ",
	"um ", "umm ", "hmm ", "i'd say ", "i would say ", "to be honest ", "to be honest, ", "tbh ", "so ", "like ", "definitely "}

// keyPhrase is the heart of a long answer: its first clause, fillers off,
// spoken back in the second person and cut at a word boundary.
func keyPhrase(answer string) string {
	s := echoText(answer)
	if i := strings.IndexAny(s, ".!?;\n"); i > 0 {
		s = s[:i]
	}
	for _, sep := range []string{" because ", " but ", " although "} {
		if i := strings.Index(strings.ToLower(s), sep); i > 12 {
			s = s[:i]
		}
	}
	for changed := true; changed; {
		changed = false
		for _, f := range leadFillers {
			if len(s) > len(f) && strings.EqualFold(s[:len(f)], f) {
				s, changed = s[len(f):], true
			}
		}
	}
	return shortenWords(toSecondPerson(strings.TrimRight(s, ", ")), 70)
}

// secondPerson maps first-person words to the second person.
var secondPerson = map[string]string{
	"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're", "im": "you're",
	"i've": "you've", "ive": "you've", "i'd": "you'd", "i'll": "you'll", "am": "are", "was": "were",
	// "We", said to the companion, is the person and someone else.
	"we": "you", "us": "you", "our": "your", "ours": "yours", "we're": "you're", "we've": "you've", "we'd": "you'd",
}

// toSecondPerson turns "I miss my sister" into "you miss your sister", and
// "our walks" into "your walks". "Was"
// only changes after "I" ("I was" becomes "you were").
func toSecondPerson(s string) string {
	words := strings.Fields(s)
	prevI := false
	for i, w := range words {
		core := strings.TrimRight(w, ",.;:!?")
		tail := w[len(core):]
		low := strings.ToLower(strings.ReplaceAll(core, "’", "'"))
		rep, ok := secondPerson[low]
		if ok && (low == "am" || low == "was") && !prevI {
			ok = false
		}
		prevI = low == "i"
		if ok {
			words[i] = rep + tail
		}
	}
	return strings.Join(words, " ")
}

// shortenWords cuts s to at most max bytes at a word boundary, adding "…"
// when it cut anything.
func shortenWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	if max < 4 {
		return ""
	}
	cut := strings.LastIndex(s[:max-3], " ")
	if cut <= 0 {
		cut = max - 3
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:-—") + "…"
}

// roleOf says who name is to the person, when the answer says so right
// around the name: "my sister Ana" gives "family", "Tom from my old job"
// "an old colleague".
func roleOf(answer, name string) string {
	low := strings.ToLower(draftClean(answer))
	i := strings.Index(low, strings.ToLower(name))
	if i < 0 {
		return ""
	}
	before := strings.Fields(low[:i])
	if n := len(before); n > 0 {
		if r, ok := roleWords[before[n-1]]; ok {
			return r
		}
	}
	after := low[i+len(name):]
	for _, r := range roleAfter {
		if r.re.MatchString(after) {
			return r.role
		}
	}
	return ""
}

var roleWords = map[string]string{
	"sister": "family", "brother": "family", "mum": "family", "mom": "family", "dad": "family", "cousin": "family",
	"aunt": "family", "uncle": "family", "grandma": "family", "grandpa": "family", "niece": "family", "nephew": "family",
	"son": "family", "daughter": "family", "mother": "family", "father": "family", "sis": "family", "bro": "family",
	"friend": "a friend", "bestie": "a close friend", "colleague": "a colleague", "coworker": "a colleague",
	"neighbour": "a neighbour", "neighbor": "a neighbour", "partner": "your partner", "flatmate": "a flatmate",
	"roommate": "a roommate", "boss": "someone from work", "mentor": "a mentor", "teacher": "a teacher",
}

var roleAfter = []struct {
	re   pattern
	role string
}{
	{mustPattern(`^,? (?:from|at|in) (?:my |our )?(?:old|last|previous|former) (?:job|work|office|team|company)\b`), "an old colleague"},
	{mustPattern(`^,? (?:from|at) (?:work|the office|my job|my team)\b`), "a colleague"},
	{mustPattern(`^,? (?:from|at|in) (?:my |our )?(?:old )?(?:school|college|uni|university|class)\b`), "a school friend"},
	{mustPattern(`^,? (?:from|at) (?:the )?(?:gym|club|choir|team|church|mosque|temple|book club|running club)\b`), "someone from a shared hobby"},
	{mustPattern(`^,? (?:next door|down the road|upstairs|downstairs)\b`), "a neighbour"},
}

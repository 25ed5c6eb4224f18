package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/places"
)

// Someone else's news is answered by naming it, not only its kind: "my best
// friend got into her dream uni" is "brilliant news about your best friend
// getting into her dream uni", never just "brilliant news". The news clause
// is read as a subject and a predicate, and the predicate's first verb is
// turned into its -ing form ("got" → "getting", "was diagnosed" → "being
// diagnosed", "didn't get" → "not getting"), so that it follows "about your
// sister" in any reply. The rest of the predicate is the person's own words,
// first person turned to second, fillers left out, names and places with
// their capitals. When the clause does not read that way, or is too long to
// say back gracefully, the reply keeps to its kind alone.

// newsPhrase names the event in text's news with whom it happened to, as
// a phrase that follows "about" ("your best friend getting into her dream
// uni"), or "" when it cannot. about is who the reply says the news is
// about; it names the subject when the clause's subject is them.
func newsPhrase(text, about string) string {
	clauses := newsNameClauses(text)
	for i, c := range clauses {
		if newsKindOf(" "+strings.ReplaceAll(c, "'", "")+" ") == newsNone {
			continue
		}
		subj, pred := clausePredicate(clauses, i)
		return polishNewsPhrase(subj, pred, about, text)
	}
	// No clause with a cue the lists know ("guess what, my cousin got
	// the apprenticeship"): the first that reads as news of someone.
	for i := range clauses {
		if subj, pred := clausePredicate(clauses, i); pred != "" {
			return polishNewsPhrase(subj, pred, about, text)
		}
	}
	return ""
}

// clausePredicate is gerundPredicate of clauses[i], whose subject, when it
// is a pronoun after a reporting verb, is the one who said it: "my friend
// says she is having an awful week" is the friend's news, named as the
// person named her.
func clausePredicate(clauses []string, i int) (subj []string, pred string) {
	subj, pred = gerundPredicate(strings.Fields(clauses[i]))
	if i > 0 && len(subj) == 1 && thirdPronouns[subj[0]] && reporter(clauses[i-1]) {
		subj = strings.Fields(clauses[i-1])
	}
	return subj, pred
}

// ownedSubject is the subject of the first clause that reads as someone's
// news when it is someone of theirs ("my teammate", "our babysitter"),
// said in the second person; "" otherwise.
func ownedSubject(text string) string {
	for _, c := range newsNameClauses(text) {
		subj, pred := gerundPredicate(strings.Fields(c))
		if pred == "" {
			continue
		}
		if subj[0] == "my" || subj[0] == "our" {
			return "your " + strings.Join(subj[1:], " ")
		}
		return ""
	}
	return ""
}

// newsNameClauses splits text into folded clauses at sentence marks and
// at the words that join clauses.
func newsNameClauses(text string) []string {
	parts := strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune(",.;:!?()—–", r) || r > 0x2000 && r != '\u2019' && r != '\u2018'
	})
	var out []string
	for _, p := range parts {
		cur := []string{}
		for _, w := range strings.Fields(foldText(p)) {
			if clauseJoiners[w] || reportingVerbs[w] && reporter(strings.Join(cur, " ")) {
				if len(cur) > 0 {
					out = append(out, strings.Join(cur, " "))
				}
				cur = cur[:0:0]
				continue
			}
			cur = append(cur, w)
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
	}
	return out
}

// clauseJoiners start a new clause, and end a predicate said back.
var clauseJoiners = wordset.Of(`and but so because cos cuz coz lol lmao haha omg tho though btw which plus`)

// reportingVerbs tell what someone said or thinks: "my friend says she…"
// splits into who said it and what, when who said it is someone of the
// person's (see reporter).
var reportingVerbs = wordset.Of(`says said reckons thinks told tells`)

var thirdPronouns = wordset.Of(`he she they`)

// reporter reports a clause that is only someone of the person's, as
// left before a reporting verb: "my friend", "my sister's boyfriend".
func reporter(c string) bool {
	f := strings.Fields(c)
	return len(f) >= 2 && len(f) <= 4 && (f[0] == "my" || f[0] == "our")
}

// gerundPredicate turns a clause "my sister passed her test" into its
// subject, "my sister", and "passing her test": the predicate with its
// first verb in the -ing form. pred is "" when the clause has no subject
// it knows before a verb.
func gerundPredicate(f []string) (subj []string, pred string) {
	f = expandContractions(f)
	i := 0
	for i < len(f) && leadFiller[f[i]] {
		i++
	}
	for j := i + 1; j < len(f) && j <= i+5; j++ {
		head, next, ok := verbAt(f, j)
		if !ok {
			continue
		}
		if !newsSubject(f[i:j]) {
			// "my retired neighbour…": an -ed word inside the subject.
			continue
		}
		if tellingVerbs[head] {
			// "my mum told me my brother got in": the news is told
			// inside what was said, not said back as it stands.
			return nil, ""
		}
		rest := restOfPredicate(f[next:])
		if rest == nil {
			return nil, ""
		}
		if head == "passing" && len(rest) == 0 {
			// "she passed!!" alone could be a death said gently.
			return nil, ""
		}
		return f[i:j], strings.TrimSpace(head + " " + strings.Join(rest, " "))
	}
	return nil, ""
}

// expandContractions splits "she's", "hes", "tom's got" into a subject and
// its verb, so that the verb can be read.
func expandContractions(f []string) []string {
	var out []string
	for i, w := range f {
		if v, ok := pronounContractions[w]; ok {
			if v[1] == "is" && i+1 < len(f) && perfectAfter[f[i+1]] {
				// "he's been made redundant": has, not is.
				v = []string{v[0], "has"}
			}
			out = append(out, v...)
			continue
		}
		if base, ok := strings.CutSuffix(w, "'s"); ok && base != "" && i+1 < len(f) && isAfterVerbS(f[i+1]) {
			// "tom's moving", "kai's been offered": the verb, not a
			// possessive.
			verb := "is"
			if f[i+1] == "been" || f[i+1] == "got" || f[i+1] == "gotten" || f[i+1] == "had" || f[i+1] == "gone" {
				verb = "has"
			}
			out = append(out, base, verb)
			continue
		}
		out = append(out, w)
	}
	return out
}

// pronounContractions are a subject pronoun and its verb in one word.
// perfectAfter are the words after "'s" that make it "has".
var perfectAfter = wordset.Of(`been got gotten gone had`)

var pronounContractions = map[string][]string{
	"she's": {"she", "is"}, "shes": {"she", "is"}, "he's": {"he", "is"}, "hes": {"he", "is"},
	"they're": {"they", "are"}, "theyre": {"they", "are"}, "they've": {"they", "have"}, "theyve": {"they", "have"},
	"she'd": {"she", "had"}, "he'd": {"he", "had"},
}

// isAfterVerbS reports a word that follows "'s" when it stands for "is" or
// "has" rather than a possessive: "tom's moving", "kai's been", "jo's
// pregnant".
func isAfterVerbS(w string) bool {
	return ingVerb(w) || afterIsWords[w]
}

// ingVerb reports an -ing form of a verb: "moving", not "wedding".
func ingVerb(w string) bool {
	return strings.HasSuffix(w, "ing") && len(w) > 4 && !ingNouns[w]
}

// ingNouns end in "ing" and are things, not verbs.
var ingNouns = wordset.Of(`wedding weddings building morning evening meeting ceiling darling sibling siblings thing
things something nothing anything everything king ring spring string feeling feelings painting clothing earring
offspring pudding sterling during being christening ending beginning housewarming outing booking lightning`)

// afterIsWords follow "is" or "has" said as "'s".
var afterIsWords = wordset.Of(`been got gotten gone had just finally officially pregnant engaged expecting back home
in out off getting having moving starting leaving`)

// adverbsInVerb may sit inside a verb group: "has finally passed", "just got".
var adverbsInVerb = wordset.Of(`just finally actually only also officially literally totally really already still ever
recently suddenly unexpectedly now somehow even apparently`)

// verbAt reads a verb group starting at f[j] and returns it in the -ing
// form and where the rest of the predicate starts.
func verbAt(f []string, j int) (head string, next int, ok bool) {
	k := skipAdverbs(f, j)
	if k >= len(f) {
		return "", 0, false
	}
	w := f[k]
	switch {
	case negations[w] != "":
		// "didn't get in", "wasn't picked", "hasn't heard back".
		aux := negations[w]
		k = skipAdverbs(f, k+1)
		if aux == "did" {
			if k < len(f) {
				if g := gerundOfBase(f[k]); g != "" {
					return "not " + g, k + 1, true
				}
			}
			return "", 0, false
		}
		f2 := append(append([]string{}, f[:k]...), append([]string{aux}, f[k:]...)...)
		h, n, ok := verbAt(f2, k)
		if !ok || n == 0 {
			return "", 0, false
		}
		return "not " + h, n - 1, true
	case w == "did" && k+1 < len(f) && f[k+1] == "not":
		return verbAt(append(append([]string{}, f[:k]...), append([]string{"didnt"}, f[k+2:]...)...), k)
	case w == "has" || w == "have" || w == "had":
		k2 := skipAdverbs(f, k+1)
		if k2 < len(f) && f[k2] == "not" {
			k2 = skipAdverbs(f, k2+1)
		}
		if k2 < len(f) && f[k2] == "been" {
			return beingPhrase(f, k2+1)
		}
		if k2 < len(f) && (w != "had" || f[k2] != "had") {
			if g := pastGerund(f[k2]); g != "" {
				return g, k2 + 1, true
			}
		}
		return "having", k + 1, true
	case w == "is" || w == "are" || w == "was" || w == "were":
		return beingPhrase(f, k+1)
	case w == "will" || w == "would" || w == "could" || w == "might" || w == "can" || w == "should" || w == "must":
		return "", 0, false
	}
	if g := pastGerund(w); g != "" {
		return g, k + 1, true
	}
	if g := presentGerund(w); g != "" {
		return g, k + 1, true
	}
	return "", 0, false
}

// beingPhrase reads what follows "is", "was" or "has been": an -ing verb
// is its own ("is moving" → "moving"), a participle passive ("was
// diagnosed" → "being diagnosed"), anything else a state ("is pregnant" →
// "being pregnant").
func beingPhrase(f []string, k int) (string, int, bool) {
	k = skipAdverbs(f, k)
	if k >= len(f) {
		return "", 0, false
	}
	w := f[k]
	if w == "not" {
		return "", 0, false
	}
	if ingVerb(w) && w != "being" {
		return w, k + 1, true
	}
	if w == "being" {
		k++
	}
	return "being", k, true
}

// skipAdverbs moves past adverbs inside a verb group.
func skipAdverbs(f []string, k int) int {
	for k < len(f) && adverbsInVerb[f[k]] {
		k++
	}
	return k
}

// negations map a negated auxiliary to the auxiliary it negates.
var negations = map[string]string{
	"didnt": "did", "didn't": "did", "hasnt": "has", "hasn't": "has", "havent": "have", "haven't": "have",
	"wasnt": "was", "wasn't": "was", "werent": "were", "weren't": "were", "isnt": "is", "isn't": "is",
	"arent": "are", "aren't": "are", "hadnt": "had", "hadn't": "had",
}

// newsSubject reports whether words before a verb are someone's news
// subject: a pronoun, a relation, a name, someone's relation or pet.
func newsSubject(s []string) bool {
	if len(s) == 0 || len(s) > 5 {
		return false
	}
	for _, w := range s {
		if selfSubjectWords[w] || relativeWords[w] {
			// "my friend whose mum has…": the verb is the relative
			// clause's, about someone else, and its -ing form after the
			// clause would not read as English.
			return false
		}
	}
	if len(s) == 1 && (s[0] == "she" || s[0] == "he" || s[0] == "they") {
		return true
	}
	if (s[0] == "my" || s[0] == "our") && len(s) <= 3 && !ownThings[s[len(s)-1]] {
		// "our babysitter", "my teammate": someone of theirs, whatever
		// the word for them.
		return true
	}
	last := s[len(s)-1]
	if familyWords[last] || petWords[last] || ownerWords[last] || len(s) > 1 && strings.HasSuffix(s[len(s)-2], "'s") {
		return true
	}
	return len(listen.Mentions(strings.Join(s, " "), answerNames(strings.Join(s, " ")))) > 0
}

// tellingVerbs, in the -ing form, tell of news rather than being it.
var tellingVerbs = wordset.Of(`telling saying texting calling ringing messaging hearing finding letting`)

// selfSubjectWords make a subject the person's own: their news is answered
// elsewhere.
var selfSubjectWords = wordset.Of(`i me we us i'm im i've ive`)

// relativeWords open a relative clause inside a subject.
var relativeWords = wordset.Of(`who whose whom which that`)

// restOfPredicate is what follows the verb, up to the end of its clause,
// short enough to say back; nil when it speaks to the companion ("…the
// job i told you about"), which cannot be said back as it stands.
func restOfPredicate(f []string) []string {
	var out []string
	for _, w := range f {
		if clauseJoiners[w] {
			break
		}
		if w == "you" || w == "u" || w == "ur" || w == "ya" || w == "youre" || w == "you're" {
			return nil
		}
		out = append(out, w)
	}
	for len(out) > 0 && trailingFillers[out[len(out)-1]] {
		out = out[:len(out)-1]
	}
	if len(out) > 8 {
		// A long predicate is cut at its last preposition that keeps it
		// whole enough to stand: "got the job at the bakery on the corner
		// of our street" → "getting the job at the bakery".
		cut := 0
		for i := 2; i < 8; i++ {
			if cutBefore[out[i]] {
				cut = i
			}
		}
		if cut == 0 {
			return nil
		}
		out = out[:cut]
	}
	return out
}

// trailingFillers end a message without adding to its news.
var trailingFillers = wordset.Of(`lol lmao haha omg yay woo wooo ahh aah eek xx x xo ugh urgh argh sigh smh ffs jeez sadly unfortunately tho though now aswell too`)

// cutBefore are words a long predicate may be cut before.
var cutBefore = wordset.Of(`on at in after for with since from because when where who that which while`)

// pastGerund is the -ing form of a past tense verb or of a past participle
// after "has", or "".
func pastGerund(w string) string {
	if g, ok := irregularPast[w]; ok {
		return g
	}
	return edGerund(w)
}

// edGerund turns a regular past form into its -ing form: taking "ed" off
// and adding "ing" is right for "passed", "moved", "stopped" and
// "graduated" alike; "-ied" is "-ying" and "-eed" keeps its "ee".
func edGerund(w string) string {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || notPastEd[w] || strings.ContainsAny(w, "'0123456789") {
		return ""
	}
	switch {
	case strings.HasSuffix(w, "ied"):
		return strings.TrimSuffix(w, "ied") + "ying"
	case strings.HasSuffix(w, "eed") && !strings.HasSuffix(w, "eded"):
		return strings.TrimSuffix(w, "d") + "ing"
	}
	return strings.TrimSuffix(w, "ed") + "ing"
}

// notPastEd end in "ed" and are not past verbs.
var notPastEd = wordset.Of(`hundred sacred naked wicked beloved kindred rugged ragged jagged crooked learned aged
bed shed speed seed weed feed bleed breed`)

// presentGerund is the -ing form of a few verbs of news said in the
// present ("starts uni on monday", "gets married in june"), or "".
func presentGerund(w string) string {
	if g, ok := presentNews[w]; ok {
		return g
	}
	return ""
}

// presentNews are verbs news is told with in the present tense.
var presentNews = map[string]string{
	"starts": "starting", "leaves": "leaving", "moves": "moving", "goes": "going", "finishes": "finishing",
	"graduates": "graduating", "retires": "retiring", "turns": "turning", "begins": "beginning", "gets": "getting",
	"has": "having", "flies": "flying", "heads": "heading",
}

// gerundOfBase is the -ing form of a verb's base form after "didn't", or
// "" when w is not one the table or the rules know.
func gerundOfBase(w string) string {
	if g, ok := irregularBase[w]; ok {
		return g
	}
	switch {
	case strings.HasSuffix(w, "ie"):
		return strings.TrimSuffix(w, "ie") + "ying"
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		return w + "ing"
	case strings.HasSuffix(w, "e") && len(w) > 2:
		return strings.TrimSuffix(w, "e") + "ing"
	case len(w) >= 2:
		return w + "ing"
	}
	return ""
}

// irregularBase are base forms whose -ing doubles a letter, or is
// otherwise not the rule's.
var irregularBase = map[string]string{
	"get": "getting", "win": "winning", "run": "running", "sit": "sitting", "hit": "hitting", "quit": "quitting",
	"split": "splitting", "put": "putting", "swim": "swimming", "set": "setting", "cut": "cutting",
	"stop": "stopping", "drop": "dropping", "plan": "planning", "begin": "beginning", "forget": "forgetting",
	"admit": "admitting", "be": "being", "make": "making", "have": "having", "go": "going", "do": "doing",
}

// irregularPast maps irregular past tenses and participles to the -ing
// form of their verb.
var irregularPast = map[string]string{
	"got": "getting", "gotten": "getting", "had": "having", "won": "winning", "lost": "losing", "ran": "running",
	"bought": "buying", "took": "taking", "taken": "taking", "made": "making", "came": "coming", "went": "going",
	"gone": "going", "fell": "falling", "fallen": "falling", "broke": "breaking", "broken": "breaking",
	"gave": "giving", "given": "giving", "became": "becoming", "began": "beginning", "begun": "beginning",
	"sold": "selling", "left": "leaving", "found": "finding", "met": "meeting", "wrote": "writing",
	"written": "writing", "drove": "driving", "driven": "driving", "did": "doing", "done": "doing",
	"beat": "beating", "beaten": "beating", "caught": "catching", "hit": "hitting", "quit": "quitting",
	"split": "splitting", "threw": "throwing", "thrown": "throwing", "flew": "flying", "flown": "flying",
	"swam": "swimming", "rode": "riding", "told": "telling", "held": "holding", "kept": "keeping",
	"brought": "bringing", "fought": "fighting", "paid": "paying", "shot": "shooting", "stood": "standing",
	"wore": "wearing", "chose": "choosing", "chosen": "choosing", "woke": "waking", "spent": "spending",
	"sent": "sending", "built": "building", "bit": "biting", "bitten": "biting", "stole": "stealing",
	"stolen": "stealing", "grew": "growing", "grown": "growing", "saw": "seeing", "seen": "seeing",
	"hurt": "hurting", "cut": "cutting", "led": "leading", "blew": "blowing", "sat": "sitting", "sang": "singing",
	"tore": "tearing", "torn": "tearing", "shook": "shaking", "drew": "drawing", "drawn": "drawing",
	"forgot": "forgetting", "forgotten": "forgetting", "struck": "striking", "stuck": "sticking",
	"slept": "sleeping", "felt": "feeling", "heard": "hearing", "ate": "eating", "eaten": "eating",
	"knew": "knowing", "known": "knowing", "born": "being born", "wed": "getting married",
}

// polishNewsPhrase joins a subject and a folded predicate into a phrase
// ready to say: the subject as the reply names them, first person turned
// to second, fillers and chat spellings written out, names and places with
// their capitals.
func polishNewsPhrase(subj []string, pred, about, text string) string {
	if pred == "" {
		return ""
	}
	names := answerNames(text)
	who := newsSubjectRef(subj, about, names)
	p := strings.TrimRight(listen.Clean(pred), ".!?,")
	p = listen.Proper(p, names)
	f := strings.Fields(p)
	for i, w := range f {
		if a, ok := acronyms[w]; ok {
			f[i] = a
		}
	}
	for i := 1; i < len(f); i++ {
		if !placeLeads[f[i-1]] {
			continue
		}
		for n := min(3, len(f)-i); n >= 1; n-- {
			if words := strings.Join(f[i:i+n], " "); places.Known(words) {
				for k := i; k < i+n; k++ {
					f[k] = upFirstLetter(f[k])
				}
				break
			}
		}
	}
	return who + " " + strings.Join(f, " ")
}

// newsSubjectRef is the subject of someone's news as a reply says it:
// "her" for "she", the reply's own name for them when the subject is who
// the news is about ("your best friend"), and otherwise the subject's own
// words in the second person ("your dad's cancer").
func newsSubjectRef(subj []string, about string, names []string) string {
	if len(subj) == 1 {
		switch subj[0] {
		case "she":
			return "her"
		case "he":
			return "him"
		case "they":
			return "them"
		}
	}
	last := subj[len(subj)-1]
	if about != "" && strings.EqualFold(last, about[strings.LastIndex(about, " ")+1:]) {
		return about
	}
	words := append([]string{}, subj...)
	for i := 0; i+1 < len(words); i++ {
		// "my friends mum": the apostrophe left out.
		if base, ok := strings.CutSuffix(words[i], "s"); ok && ownerWords[base] && (familyWords[words[i+1]] || petWords[words[i+1]]) {
			words[i] = base + "'s"
		}
	}
	return listen.Proper(strings.TrimRight(listen.Clean(strings.Join(words, " ")), ".!?,"), names)
}

// acronyms are written as they are spelled: "his phd" is "his PhD".
var acronyms = map[string]string{"phd": "PhD", "mba": "MBA", "gcse": "GCSE", "gcses": "GCSEs", "ms": "MS",
	"adhd": "ADHD", "ptsd": "PTSD", "icu": "ICU", "a&e": "A&E", "uk": "UK", "us": "US", "usa": "USA", "nhs": "NHS",
	"ma": "MA", "acl": "ACL", "msc": "MSc", "bsc": "BSc", "ba": "BA", "mcat": "MCAT", "sats": "SATs", "gp": "GP"}

// placeLeads come before a place: "moving to spain".
var placeLeads = wordset.Of(`to in from into at near`)

// upFirstLetter writes w with a capital first letter.
func upFirstLetter(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/revise"
)

// A change of mind in the middle of a draft turns it, at whatever step it
// stands: "actually write to my cousin about it instead" turns it to the
// cousin, "make it supportive instead" or "no, it's more of a thank you"
// to another occasion. What was already said that still fits is kept, the
// steps already answered are not asked again, and the words of the change
// itself never go into the draft.
//
// How much of what was said goes with a new person depends on how the
// change is put:
//   - a correction ("sorry, I meant my cousin", "not my sister, my
//     cousin") keeps everything: it was always about the cousin;
//   - "about it", "about all that" writes to the new person about the one
//     left, so what was said of them is kept with their name in it;
//   - a plain "instead" keeps what did not speak of the one left.

// draftChange turns the running draft to another person or occasion when
// the message is such a change of mind. It reports false, doing nothing,
// for anything else.
func (t *turn) draftChange() bool {
	f := t.p.Flow
	if f.Name != flowDraft || f.Draft == nil || t.choice != "" {
		return false
	}
	d := f.Draft.Details
	if f.Step == slotRecipient || d.Recipient == "" && d.Relationship == "" {
		// Who it is for is the question on screen: a name is its answer.
		return false
	}
	if p, ok := otherPerson(t.text, d); ok {
		t.redirectDraft(p)
		return true
	}
	if occ, ok := takenBackOccasion(t.text, d); ok {
		t.reoccasionKeeping(occ)
		return true
	}
	if occ := otherOccasion(t.text, d); occ != "" {
		t.reoccasionDraft(occ)
		return true
	}
	return false
}

// otherPerson returns the person a change of mind turns a draft to d to,
// and false when text is no such change.
func otherPerson(text string, d DraftDetails) (people.Person, bool) {
	folded := foldText(text)
	if folded == "" || askedReminder.MatchString(folded) {
		return people.Person{}, false
	}
	var p people.Person
	for _, q := range people.FindAll(text) {
		if q.Found() && !sameAsDraft(q, d) {
			p = q
			break
		}
	}
	if !p.Found() || p.Relation == "me" {
		return people.Person{}, false
	}
	if dropsPerson(text, folded, p) {
		// "actually drop yusuf", "leave her fiance out": a part of the
		// draft to take out, never a new person to write to.
		return people.Person{}, false
	}
	if alsoWords.MatchString(folded) {
		// "can you write to my cousin jamal about it too": another
		// draft as well, not a change of mind.
		return people.Person{}, false
	}
	marked := changeOfMind.MatchString(folded) || correction.MatchString(folded) || leadingNo.MatchString(folded)
	switch {
	case deedRe.MatchString(folded) && deedNames(folded, p):
		// "no wait, it was her brother marco who helped": the one who
		// did it is the one to write to.
		return p, true
	case writesTo(folded, p) && marked:
		// "write to my cousin about it instead", "actually it's for tom".
		return p, true
	case writesTo(folded, p) && writeToStart.MatchString(folded) && (p.Sure() || p.Name == "" || knownName(p.Name)):
		// "can you write to my brother", "text jess": a request to
		// someone else. "say i can drive her to appointments" is what
		// to say.
		return p, true
	case marked && len(strings.Fields(changeWords.ReplaceAllString(folded, " "))) <= 3:
		// "no wait, my cousin", "my brother instead", "sorry i meant ana".
		return p, true
	}
	return people.Person{}, false
}

// dropVerb asks for something to come out of a draft.
var dropVerb = mustPattern(`\b(?:drop|remove|delete|cut|take out|take away|leave out|leave off|get rid of|ditch|scrap|lose|don'?t mention|do not mention|no mention of|without|take|leave)\b`)

// dropsPerson reports whether text asks to take p out of the draft ("drop
// yusuf", "leave out the bit about her fiance", "take her brother out")
// rather than to write to p: a drop request whose part names p, with no
// word that sends the message to p.
func dropsPerson(text, folded string, p people.Person) bool {
	return !writesTo(folded, p) && dropsNamed(text, folded, p.Name+" "+p.Said)
}

// dropsNamed reports whether text asks to take out a part of the draft
// that names any word of who.
func dropsNamed(text, folded, who string) bool {
	if !dropVerb.MatchString(folded) {
		return false
	}
	r, ok := revise.Parse(text)
	if !ok || r.Kind != revise.Drop {
		return false
	}
	part := strings.Fields(foldText(r.Detail))
	for _, w := range strings.Fields(foldText(who)) {
		if slices.Contains(part, w) {
			return true
		}
	}
	return false
}

// writeToStart opens a message with a request to write to someone.
var writeToStart = mustPattern(`^(?:(?:ok|okay|so|and|now|hmm|um|oh|can you|could you|can u|could u|would you|pls|please|plz|i want to|i wanna|i'?d like to|i need to|let'?s|lets|just|also) )*(?:write|text|txt|message|msg|email|dm|draft|send (?:a |one |something |a message |a note |a text )?(?:to|for)|do (?:one|it|this|the same) (?:to|for)|make (?:it|one) (?:to|for))\b`)

// knownName reports a name whose first word is a first name the finder
// knows: "dani" or "Tom", never "Appointments".
func knownName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return people.IsFirstName(first)
}

// alsoWords ask for one more draft beside the one under way.
var alsoWords = mustPattern(`\b(?:too|as well|also|another one for|one more for)\b`)

// sameAsDraft reports whether p is the one the draft d is already for:
// the same name, the same family word, the same relationship or a group
// again.
func sameAsDraft(p people.Person, d DraftDetails) bool {
	if r := d.Recipient; r != "" {
		if strings.EqualFold(p.Name, r) || strings.EqualFold(p.Address(), r) {
			return true
		}
		if first, _, _ := strings.Cut(r, " "); p.Name != "" && strings.EqualFold(p.Name, first) {
			return true
		}
	}
	if p.Group {
		return d.Relationship == "group"
	}
	if p.Name != "" {
		return false
	}
	rel := d.Relationship
	return rel != "" && (strings.EqualFold(p.Said, rel) || p.Relation == rel || people.Relation(lastWord(rel)) == p.Relation && p.Relation != "")
}

// writesTo reports whether folded puts p after a word that says whom a
// message is for: "write to my cousin", "it's for tom", "text jess".
func writesTo(folded string, p people.Person) bool {
	words := strings.Fields(foldText(p.Name + " " + p.Said))
	if len(words) == 0 {
		words = strings.Fields(p.Relation)
	}
	f := strings.Fields(folded)
	for i, w := range f {
		if !slices.Contains(words, w) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if toWords[f[k]] {
				return true
			}
			if !beforeWho[f[k]] {
				break
			}
		}
	}
	return false
}

// toWords say whom a message goes to when a person follows them.
var toWords = wordset.Of(`to for text txt message msg email dm write ping it's its`)

// beforeWho may stand between such a word and the person: "to my old
// friend", "for the lovely".
var beforeWho = wordset.Of(`my our the a an old dear lovely best little big younger older elder oldest youngest
good close new friend`)

// correction takes back who was named as a slip: "i meant", "not my
// sister", "wrong person".
var correction = mustPattern(`\b(?:i meant|i mean|meant to say|wrong person|my mistake|typo|not (?:my|to|for|the|him|her) )|` + deedOwner)

// deedOwner puts what was done on someone else, which corrects who did
// it and nothing more: "it was her brother marco who helped", "tom was
// the one who drove me", "actually it was priya not her".
var deedRe = mustPattern(deedOwner)

const deedOwner = `\bit was (?:actually |really |in fact )?(?:\S+ ){1,4}(?:who|that) \S+|\b(?:was|is|were) (?:actually |really )?the one(?:s)? (?:who|that)\b|\bit was (?:actually |really )?\S+(?: \S+)?,? not\b`

// deedNames reports whether the one who did it, in folded, is p: "it
// was her brother marco who", "tom was the one who". "he was the one who
// taught me", told while writing to him, puts it on no one new, whoever
// else the message names ("after him and mum split up").
func deedNames(folded string, p people.Person) bool {
	words := strings.Fields(foldText(p.Name + " " + p.Said))
	if len(words) == 0 {
		words = strings.Fields(p.Relation)
	}
	for _, loc := range deedRe.FindAllStringIndex(folded, -1) {
		before := strings.Fields(folded[:loc[0]])
		window := strings.Fields(folded[loc[0]:loc[1]])
		window = append(before[max(0, len(before)-3):], window...)
		for _, w := range window {
			if slices.Contains(words, w) {
				return true
			}
		}
	}
	return false
}

// leadingNo opens a message with a no.
var leadingNo = mustPattern(`^(?:no|nah|nope|oops|sorry|wait)\b`)

// changeWords are the words of a change of mind, and who it is not for
// ("not my sister"), which leave who it is for when taken out.
var changeWords = mustPattern(`\bnot (?:to |for )?(?:my |the |our )?\S+|\b(?:no|nah|nope|oops|sorry|wait|actually|instead|rather|i meant|i mean|meant|oh|ok|okay|hmm|um|please|pls|then|make it|it'?s|its|for|to|one|write|do|can you|could you|change|of plan|changed my mind|scratch that|on second thought|sorry i meant)\b`)

// redirectDraft turns the running draft to p, keeping what still fits.
func (t *turn) redirectDraft(p people.Person) {
	ds := t.p.Flow.Draft
	old := ds.Details
	folded := foldText(t.text)
	next := ExtractDraftDetails(t.text)
	d := DraftDetails{Occasion: old.Occasion, Since: old.Since, Tone: old.Tone, Length: old.Length, Medium: old.Medium,
		Warmth: old.Warmth, Formality: old.Formality}
	d.Recipient, d.Relationship = who(p, next)
	corrected := correction.MatchString(folded)
	if o := otherOccasion(t.text, old); o != "" {
		d.Occasion = o
	}
	if next.Occasion != "" && !corrected {
		// A correction of who changes who: "it was her brother who
		// helped" keeps the thank-you it was.
		d.Occasion = next.Occasion
	}
	if next.Since != "" {
		d.Since = next.Since
	}
	told := toldWithChange(t.text, p)
	for _, s := range old.Skipped {
		if s != slotRecipient {
			d.Skipped = append(d.Skipped, s)
		}
	}
	left := draftMention(old)
	switch {
	case corrected:
		d.Said = slices.Clone(old.Said)
		d.Mentions = slices.Clone(old.Mentions)
	case aboutIt.MatchString(folded) || sameMessageTo.MatchString(folded):
		// Written to the new one about the one left: said with their
		// name, so it is never read as the new one's own news.
		for _, s := range old.Said {
			d.Said = append(d.Said, aboutOther(kinOfTheirs(s, p.Said), old, left))
		}
		d.Mentions = slices.Clone(old.Mentions)
	default:
		fromLeft := false
		for _, s := range old.Said {
			if !speaksOf(s, old) {
				d.Said = append(d.Said, s)
			} else if draftOccasion(s) == old.Occasion {
				fromLeft = true
			}
		}
		if fromLeft && next.Occasion == "" {
			// Their news was what the message was for: the new one's
			// occasion is asked for.
			d.Occasion = ""
			d.Skipped = slices.DeleteFunc(d.Skipped, func(s string) bool { return s == slotOccasion || s == slotMention })
		}
	}
	if told != "" {
		// "…i want to write to my mate dev, we havent spoken in ages":
		// what follows the change is for the draft.
		d.Said = append(d.Said, told)
	}
	shown := len(ds.History) > 0
	t.p.Flow = Flow{Name: flowDraft, Updated: t.now, Draft: &DraftState{Details: d, Revised: keptChanges(ds.Revised)}, Paused: t.p.Flow.Paused}
	lead := "Okay, " + themOrName(d) + " instead. "
	if shown && d.Occasion != "" {
		t.p.Flow.Draft.Details.Skipped = appendMissing(t.p.Flow.Draft.Details.Skipped, slotOccasion, slotTone, slotMention)
		t.p.Flow.Step = stepReview
		t.showDraft("Okay — here's one for "+themOrName(d)+":", "")
		return
	}
	t.draftNext(lead)
}

// sameMessageTo sends the message on screen to someone else: "send it to
// my friend Nour instead", "write it to her dad".
var sameMessageTo = mustPattern(`\b(?:send|write|give|address|make|text|forward) (?:it|this|that|this one|that one|the (?:same )?(?:message|text|note|one)) to\b`)

// toldWithChange is what a change of person says beyond the change: the
// clauses that neither take back nor name whom it is for ("we havent
// spoken in ages" of "no actually forget that, i want to write to my mate
// dev, we havent spoken in ages"); "" when there are none.
func toldWithChange(text string, p people.Person) string {
	var kept []string
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;.!?—", r) }) {
		f := foldText(c)
		if len(strings.Fields(f)) < 3 || changeOfMind.MatchString(f) || correction.MatchString(f) || leadingNo.MatchString(f) ||
			reChangeMind.MatchString(f+" x x") || writesTo(f, p) || aboutIt.MatchString(f) || occasionChange.MatchString(f) {
			continue
		}
		kept = append(kept, strings.TrimSpace(c))
	}
	return strings.Join(kept, ", ")
}

// who is the recipient and relationship for p, as a draft names them.
func who(p people.Person, next DraftDetails) (string, string) {
	if next.Recipient != "" || next.Relationship != "" {
		if sameAsDraft(p, next) {
			return next.Recipient, next.Relationship
		}
	}
	switch {
	case p.Group:
		return "", "group"
	case p.Name != "":
		rel := p.Said
		if rel == "" {
			rel = p.Relation
		}
		return p.Name, rel
	}
	rel := p.Said
	if rel == "" {
		rel = p.Relation
	}
	return p.Address(), rel
}

// keptChanges is what a draft turned to someone else keeps of the changes
// asked so far: how it should read, not which versions were shown.
func keptChanges(rs *RevisionState) *RevisionState {
	if rs == nil || len(rs.Changes) == 0 {
		return nil
	}
	return &RevisionState{Changes: slices.Clone(rs.Changes)}
}

// appendMissing adds to list each of items it lacks.
func appendMissing(list []string, items ...string) []string {
	for _, s := range items {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// speaksOf reports whether s, said for the draft d, speaks of its
// recipient: by name, by who they are, or as she, he or they.
func speaksOf(s string, d DraftDetails) bool {
	f := " " + foldText(s) + " "
	for _, w := range []string{d.Recipient, d.Relationship} {
		if w = foldText(w); w != "" && strings.Contains(f, " "+w+" ") {
			return true
		}
	}
	return thirdPerson.MatchString(f)
}

// thirdPerson is a word for someone other than the writer and the reader.
var thirdPerson = mustPattern(`\b(?:she|he|they|her|him|them|his|hers|their|theirs|she's|he's|they're|she'd|he'd|she'll|he'll|they've|we|we're|we've|us|our)\b`)

// aboutOther is s, said for the draft d, with a pronoun opening it for the
// one the draft was for replaced by who they are to the person (left is
// "your sister", said back as "my sister").
func aboutOther(s string, d DraftDetails, left string) string {
	if left == "" {
		return s
	}
	mine := strings.Replace(left, "your ", "my ", 1)
	// "…write to my sister, she's been in hospital": what follows about
	// her stays hers, whichever clause it opens.
	s = cluePronoun.ReplaceAllStringFunc(s, func(m string) string {
		lead, rest := m[:len(m)-len(strings.TrimLeft(m, " ,;.!?-"))], strings.TrimLeft(m, " ,;.!?-")
		if i := strings.IndexAny(rest, "'’"); i > 0 {
			return lead + mine + rest[i:]
		}
		return lead + mine
	})
	// "her dog", "his job": theirs, said as "my aunt's dog".
	words := strings.Fields(s)
	for i, w := range words {
		low := strings.ToLower(w)
		if low != "his" && low != "her" || i+1 == len(words) || low == "her" && herObject[strings.ToLower(words[i+1])] {
			continue
		}
		words[i] = mine + "'s"
	}
	return strings.Join(words, " ")
}

// cluePronoun is she or he opening a message or a clause, with what
// stands before it.
var cluePronoun = regexp.MustCompile(`(?i)(?:^|[,;.!?-] *| )(?:she|he)(?:['’](?:s|d|ll))?\b`)

// otherOccasion returns the occasion a change of mind turns the draft d
// to ("make it supportive instead", "no, it's more of a thank you"), or ""
// when text is no such change.
func otherOccasion(text string, d DraftDetails) string {
	folded := foldText(changeClause(text))
	if len(strings.Fields(folded)) > 10 || !occasionChange.MatchString(folded) && !leadingNo.MatchString(folded) {
		return ""
	}
	if sorryTold.MatchString(folded) && !slipMeant.MatchString(folded) {
		// "sorry i missed his birthday" at the occasion step: a sorry the
		// message is to say, never a slip taken back.
		return ""
	}
	rest := notPhrase.ReplaceAllString(slipWords.ReplaceAllString(folded, ""), " ")
	if lowStakes.MatchString(rest) {
		// "make it really low pressure" asks for a feel, not a hard time.
		return ""
	}
	if d.Occasion != "" && registerAsked.MatchString(rest) {
		// "make it more professional" of a thank-you to a former boss
		// asks for a register, not for another occasion.
		return ""
	}
	occ := supportiveOccasion(rest)
	if occ == "" {
		occ = occasionFromWords(rest)
	}
	if occ == "" && forWhom.MatchString(rest) && namedSomeone(rest) {
		// "it's for my uncle bernard" says who, and no occasion.
		return ""
	}
	if occ == "" {
		occ = draftOccasion(rest)
	}
	if occ == "" || occ == d.Occasion {
		return ""
	}
	return occ
}

// registerAsked is how a message should sound said with a word an
// occasion could be read from: "more professional", "keep it professional",
// "professional sounding".
var registerAsked = mustPattern(`\b(?:more|less|bit|quite|very|sound|sounding|keep it|make it|keep things|fairly|pretty) professional\b|\bprofessional(?:-| )?(?:sounding|tone|feel|register)\b`)

// lowStakes is a feel asked for with a word an occasion could be read
// from: "low pressure", "low key", "no pressure".
var lowStakes = mustPattern(`\b(?:low|no|zero|without|less) (?:pressure|stakes|key|effort|obligation|expectations?)\b|\blow-key\b|\blowkey\b`)

// changeClause is the first clause of text, where a change of occasion is
// said: "nah turn it into a congrats" of "nah turn it into a congrats, she
// passed her test".
func changeClause(text string) string {
	if i := strings.IndexAny(text, ",;:.—"); i > 0 {
		return text[:i]
	}
	return text
}

// slipWords own up to a slip rather than apologise to anyone: "sorry i
// mixed that up", "oops my bad".
var slipWords = mustPattern(`^(?:(?:no|nah|nope|oops|oh|sorry|soz|wait|hmm|um|my bad|my mistake)\b ?)+(?:i (?:mixed|got|messed|muddled) (?:that|it|them|those) up|i got (?:that|it) wrong|i meant|wrong one)?`)

// sorryTold is a sorry that says what for ("sorry i forgot", "sorry for
// missing it"); slipMeant takes a word back ("sorry i meant thanks").
var (
	sorryTold = mustPattern(`^(?:i'?m |im )?(?:so |really |very )?sorry,? (?:for|about|that|i|i'?ve|ive) `)
	slipMeant = mustPattern(`^(?:i'?m |im )?(?:so |really |very )?sorry,? (?:i (?:meant|mean|mixed|got (?:that|it) wrong|messed (?:that|it) up|typed)|wrong)\b`)
)

// occasionChange says a message is to be something else than it was:
// "instead", "more of a", "make it a", "it's for".
var occasionChange = mustPattern(`\b(?:instead|actually|rather|more of|more like|more a|make it|turn it into|change (?:it|the occasion|that) to|(?:it'?s|its|it is) (?:a|an|for|about|more)|not (?:a|an|for|about))\b`)

// notPhrase is what a message is not: "not a birthday thing", "not for her
// birthday".
var notPhrase = mustPattern(`\b(?:not|isn'?t|isnt|wasn'?t) (?:a |an |for |about |really )?(?:\S+)(?: (?:thing|one|message|note))?`)

// supportiveOccasion reads a message meant to hold someone up: "make it
// supportive", "to cheer her up", "encouraging".
func supportiveOccasion(folded string) string {
	if supportive.MatchString(folded) {
		return OccasionHardTime
	}
	return ""
}

var supportive = mustPattern(`\b(?:supportive|support (?:her|him|them)|encouraging|encouragement|comforting|comfort (?:her|him|them)|cheer (?:her|him|them) up|pick (?:her|him|them) up|get well(?: soon)?)\b`)

// reoccasionDraft turns the running draft to occasion occ: what was said
// for the old one is left out, the rest stays, and a draft already shown
// is written again for the new one.
func (t *turn) reoccasionDraft(occ string) {
	ds := t.p.Flow.Draft
	d := &ds.Details
	old := d.Occasion
	var said []string
	for _, s := range d.Said {
		if o := draftOccasion(s); o != "" && o != occ || old != "" && occasionFromWords(s) == old && len(strings.Fields(s)) <= 4 {
			// What the old occasion was read from is what changed.
			continue
		}
		said = append(said, s)
	}
	d.Said, d.Occasion = said, occ
	if rest := strings.TrimSpace(strings.TrimPrefix(t.text, changeClause(t.text))); len(strings.Fields(rest)) >= 2 {
		// "turn it into a congrats, she passed her test": what follows
		// the change is for the draft.
		d.Said = append(d.Said, strings.TrimLeft(rest, ",;:.-— "))
	}
	if next := ExtractDraftDetails(t.text); next.Tone != "" && d.Tone == "" {
		d.Tone = next.Tone
	}
	if len(ds.History) > 0 {
		ds.Variant = 0
		t.showDraft("Okay — written as "+occasionNoun(occ)+":", "")
		return
	}
	if old == "" && t.p.Flow.Step == slotOccasion {
		// The answer to the question on screen, not a change.
		t.draftNext("")
		return
	}
	t.draftNext("Okay, " + occasionNoun(occ) + ". ")
}

// occasionNoun names an occasion in the companion's own sentences.
func occasionNoun(occ string) string {
	switch occ {
	case OccasionThanks:
		return "a thank-you"
	case OccasionApology:
		return "an apology"
	case OccasionBirthday:
		return "a birthday message"
	case OccasionCondolence:
		return "a message of sympathy"
	case OccasionWin:
		return "a congratulations"
	case OccasionHardTime:
		return "a message to support them"
	case OccasionSilence:
		return "a catch-up after a while"
	case OccasionFollowUp:
		return "a gentle follow-up"
	case OccasionSupport:
		return "a message asking for support"
	case OccasionProfessional:
		return "a professional note"
	case OccasionGroup:
		return "a message to the group"
	}
	return "a message to say you're thinking of them"
}

// A message turned to a relative of the one it was for ("write it to her
// mother instead") speaks of the family as they are to the new one: her
// brother who died is the mother's son.

// kinOfTheirs rewrites "her brother" in s as "your son" when the new
// recipient was described as "her mother": each family word the old one's
// pronoun owns becomes what that one is to the new recipient. s is
// returned as it is when the new one is no such relative or a word has no
// sure counterpart.
func kinOfTheirs(s, newSaid string) string {
	f := strings.Fields(strings.ToLower(newSaid))
	if len(f) != 2 || f[0] != "her" && f[0] != "his" && f[0] != "their" {
		return s
	}
	table := kinVia[f[1]]
	if table == nil {
		return s
	}
	return theirKin.ReplaceAllStringFunc(s, func(m string) string {
		w := strings.Fields(m)
		if to := table[strings.ToLower(w[1])]; to != "" {
			return "your " + to
		}
		return m
	})
}

// theirKin is a family word owned by a pronoun: "her brother".
var theirKin = regexp.MustCompile(`(?i)\b(?:her|his|their) (?:mum|mom|mother|dad|father|brother|sister|son|daughter|husband|wife|gran|grandma|grandad|grandpa|nan)\b`)

// kinVia says, for a new recipient who is the old one's parent, sibling
// or child, what each of the old one's relatives is to them.
var kinVia = map[string]map[string]string{}

func init() {
	parent := map[string]string{"brother": "son", "sister": "daughter", "son": "grandson", "daughter": "granddaughter"}
	sibling := map[string]string{"mum": "mum", "mom": "mom", "mother": "mother", "dad": "dad", "father": "father", "brother": "brother",
		"sister": "sister", "gran": "gran", "grandma": "grandma", "grandad": "grandad", "grandpa": "grandpa", "nan": "nan"}
	child := map[string]string{"mum": "gran", "mom": "grandma", "mother": "grandmother", "dad": "grandad", "father": "grandfather",
		"brother": "uncle", "sister": "aunt", "husband": "dad", "wife": "mum"}
	for _, w := range []string{"mum", "mom", "mother", "dad", "father", "parents"} {
		kinVia[w] = parent
	}
	for _, w := range []string{"brother", "sister", "siblings"} {
		kinVia[w] = sibling
	}
	for _, w := range []string{"son", "daughter", "kids", "children"} {
		kinVia[w] = child
	}
}

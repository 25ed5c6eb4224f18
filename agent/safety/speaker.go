package safety

import (
	"maps"
	"slices"
	"strings"
)

// Whose risk a match is: the speaker's, someone else's, or no risk at all
// (a threat, a story). The subject near a risk, the words inside it and
// the words around it decide.

// speakerClause returns where a near miss that speaks for the rest of its
// sentence, matched at toks[i:end], stops: before the first risk that
// names the speaker. "vi serie, e ja escolhi o dia q vou me matar" tells
// of a series, then of the speaker; "the film where he kills himself" is
// the film's alone.
func (d *Detector) speakerClause(toks []string, p *presence, i, end int) int {
	var cand [64]int32
	for j := i + 1; j < end; j++ {
		for _, r := range d.startsAt(passMatch, toks, p, j, cand[:0]) {
			rl := &d.rules[r]
			if rl.kind != kindSelf {
				continue
			}
			if e := matchAt(rl.seq, nil, toks, p.ids, j); e > j && (aboutSpeaker(span{start: j, end: e, lang: rl.lang}, toks) || j > i+1 && speaks(speakerSubjects, toks[j-1], rl.lang) && conjunctions[toks[j-2]] || turnsToSpeaker(toks, i, j, rl.lang) || storyTurnsToSpeaker(toks, i, j, e, rl.lang) || clauseTurnsToSpeaker(toks, i, j, rl.lang)) {
				return j
			}
		}
	}
	return end
}

// turnsToSpeaker reports whether the few words before j, inside a story
// near miss begun at i, turn from the story to the speaker: a conjunction
// or "now" and then the speaker as subject ("watched a sad film last night
// and now i feel suicidal"), or the story said to make the speaker feel or
// want something ("that film made me feel so suicidal").
func turnsToSpeaker(toks []string, i, j int, lang string) bool {
	for s := j - 1; s > i && s >= j-3; s-- {
		if speaks(speakerSubjects, toks[s], lang) {
			for k := s - 1; k > i && k >= s-2; k-- {
				if conjunctions[toks[k]] || turnWords[toks[k]] {
					return true
				}
			}
		}
		if toks[s] == "me" && causeVerbs[toks[s-1]] {
			return true
		}
	}
	return false
}

// turnWords turn a message from what it tells of to now: "and now i".
var turnWords = map[string]bool{"now": true, "since": true, "ahora": true, "jetzt": true, "maintenant": true,
	"adesso": true, "ora": true, "nu": true, "teraz": true, "agora": true, "simdi": true}

// causeVerbs say that something made the speaker feel or want: "made me".
var causeVerbs = map[string]bool{"made": true, "makes": true, "making": true, "left": true, "leaves": true}

// conjunctions start a clause of its own: "li um livro legal, mas eu quero
// morrer" turns from the book to the speaker, where a song's words ("that
// song 'i wanna disappear'") do not.
var conjunctions = map[string]bool{"but": true, "and": true, "so": true, "mas": true, "e": true, "y": true,
	"pero": true, "und": true, "aber": true, "mais": true, "et": true, "ma": true, "maar": true, "en": true,
	"ale": true, "a": true, "i": true, "ama": true, "ve": true, "fakat": true, "men": true, "och": true}

// insideAbuse reports whether s overlaps an abuse match: "he threatened
// to kill me" is a threat, not a wish to die. A risk that names the
// speaker's own self ("im not safe with myself") stays one, and so does a
// weapon the speaker holds ("i keep holding the knife to my wrist").
func insideAbuse(s span, spans []span, toks []string) bool {
	for _, t := range toks[s.start:s.end] {
		if t == "myself" || t == "mezelf" || t == "mijzelf" {
			return false
		}
	}
	for _, m := range spans {
		// A risk that reads on past the act it holds is the longer
		// reading: "me golpeo la cabeza contra la pared hasta que me
		// sangra" is done to oneself, whoever "me golpeo" might name;
		// so is one that begins before the act and holds it to its end
		// ("i take a blade to my legs and wear long sleeves so nobody
		// sees": the sleeves hide what the speaker did).
		if m.kind == kindAbuse && s.start <= m.start && m.end <= s.end && (s.start < m.start || m.end < s.end) {
			continue
		}
		if m.kind == kindAbuse && m.start < s.end && s.start < m.end && !speakerHolds(m, spans, toks) {
			return true
		}
	}
	return false
}

// reflexives name a third person as the object of their own act:
// "himself", "kendini", "sich", "zichzelf", "siebie".
var reflexives = map[string]bool{"himself": true, "herself": true, "themselves": true, "themself": true,
	"kendini": true, "kendisini": true, "sich": true, "zichzelf": true, "siebie": true}

// objectMe are the words for "me" as an object: "hell kill himself and
// then me" threatens the speaker too.
var objectMe = map[string]bool{"me": true, "mi": true, "mich": true, "mij": true, "beni": true, "mnie": true, "moi": true}

// aboutThemselves reports whether the abuse match s overlaps a match of
// someone else at risk that names them as the object of their own act,
// and the speaker nowhere after it: "im scared my dad is going to kill
// himself" and "kardesim kendini oldurecegini soyledi" are a risk to him,
// not a threat to the speaker.
func aboutThemselves(s span, spans []span, toks []string) bool {
	for _, m := range spans {
		if m.kind != kindOther || m.lang != s.lang || m.start >= s.end || s.start >= m.end {
			continue
		}
		r := slices.IndexFunc(toks[m.start:m.end], func(t string) bool { return reflexives[t] })
		if r < 0 {
			continue
		}
		end := max(s.end, m.end)
		if !slices.ContainsFunc(toks[m.start+r+1:end], func(t string) bool { return objectMe[t] }) {
			return true
		}
	}
	return false
}

// insideOther reports whether s lies within a match that names someone
// else at risk, with no "i" between that match's start and s: "my friend
// texted 'thanks for everything, goodbye' and his phone is off" is a
// farewell, but his; "my mum isnt talking to me and ive got the pills
// counted out" is the speaker's.
func insideOther(s span, spans []span, toks []string) bool {
	for _, m := range spans {
		if m.kind != kindOther || m.lang != s.lang || m.start > s.start || s.end > m.end || m.start == s.start && m.end == s.end {
			continue
		}
		// "i texted my sister sorry for everything": the person the
		// speaker writes to is no one at risk.
		if m.lang == "en" && m.start >= 2 && sendingVerbs[toks[m.start-1]] && speaks(speakerSubjects, toks[m.start-2], "en") {
			continue
		}
		if !slices.ContainsFunc(toks[m.start:s.start], func(t string) bool { return speaks(speakerSubjects, t, m.lang) }) {
			return true
		}
	}
	return false
}

// sendingVerbs are the English verbs whose "me" is the one written or
// told to, spelt as messages are folded.
var sendingVerbs = squeezedSet("sent", "sends", "texted", "texts", "told", "tells", "messaged", "messages", "wrote",
	"writes", "rang", "rings", "called", "calls", "showed", "shows", "gave", "gives", "asked", "asks", "dmd",
	"emailed", "emails", "tagged", "warned", "promised", "left", "snapchatted", "facetimed", "voicenoted")

// speakerSubjects are the words for "i" in the nine languages.
var speakerSubjects = map[string]bool{"i": true, "im": true, "ive": true, "id": true, "il": true,
	"ich": true, "ik": true, "je": true, "jai": true, "eu": true, "yo": true, "io": true, "ja": true, "ben": true}

// speakerWords name the speaker inside a match, in the nine languages:
// "they wont have to deal with me", "mi madre estaria mejor sin mi".
var speakerWords = map[string]bool{
	"me": true, "myself": true, "im": true, "ive": true, "id": true, "il": true, "i": true, "my": true,
	"ik": true, "ich": true, "eu": true, "yo": true, "je": true, "io": true,
	"mi": true, "mich": true, "mir": true, "moi": true, "mij": true, "mnie": true, "beni": true, "bana": true, "benim": true,
	"mim": true, "bensiz": true, "beze": true, "comigo": true, "conmigo": true, "meco": true,
	// First persons that name their subject by their ending ("sabato la
	// faccio finita"), spelt as messages are folded; not those that fold
	// into a past of the third person ("mató", "ammazzò").
	"facio": true, "enforco": true,
	// and the speaker spoiling things for a child ("rovino solo tutto").
	"rovino": true, "distrugo": true,
	// German speech drops the "ich" before a verb in the first person
	// ("hab ihn schon abgegeben", "brauch das bald nicht mehr").
	"hab": true, "brauch": true,
	// The first person of "to be" and of seeing, whose ending names the
	// speaker ("solo soy un estorbo", "nie widze sensu"), and a dose
	// told of the next time ("la proxima tomo mas").
	"soy": true, "estoy": true, "sou": true, "estou": true, "suis": true, "jestem": true, "widze": true, "bin": true, "tomo": true,
	// Italian "I have", which carries the speaker's wish after a loss
	// named before it ("mia moglie non c'è più e non ho più voglia di
	// vivere").
	"ho": true,
	// The first person of "to go", which carries a plan the speaker makes
	// for themselves ("já escolhi o prédio de onde vou pular", "ya sé
	// desde dónde voy a saltar").
	"vou": true, "voy": true,
}

// passive words start an abuse match told of its victim ("being beaten",
// "is being abused"), whose subject is the one at risk; other abuse
// matches name the one who does it ("he said hed hurt the kids").
var passive = squeezedSet("being", "been", "getting", "gets", "got", "is", "was")

// aboutSpeaker reports whether a match names the speaker, read in the
// language of the match ("i" is the speaker in English only: "and" in
// Polish, "the" in Italian): then it is the speaker at risk, whoever else
// the sentence mentions.
func aboutSpeaker(s span, toks []string) bool {
	for i, t := range toks[s.start:s.end] {
		if speaks(speakerWords, t, s.lang) && !witness(toks, s.start+i, s.lang) {
			return true
		}
	}
	return false
}

// witnessVerbs are what the speaker does on coming across someone else's
// risk or hearing from them: "she has been hoarding her tablets, i found
// them in a shoebox", "he said this is the last time ill hear from him".
// They are spelt as messages are folded ("spoted"). Seeing someone is
// left out: "the last time ill see her" is the speaker's own farewell.
var witnessVerbs = map[string]bool{"found": true, "saw": true, "noticed": true, "spoted": true,
	"discovered": true, "caught": true, "checked": true, "counted": true, "hear": true, "heard": true}

// witnessAdverbs may stand between the speaker and the verb: "ill never
// hear from him again".
var witnessAdverbs = map[string]bool{"ever": true, "never": true, "finaly": true, "then": true, "also": true, "just": true}

// witness reports whether the English speaker word at toks[i] ("i",
// "il" for "i'll") is the subject of a verb of coming across or hearing,
// with someone else named in the same sentence: before it as the owner
// of what is found ("her meds", "his pills"), or after it as the one
// heard from ("from him"). The speaker then tells of another person's
// risk as a witness, not of their own ("my flatmate keeps a stash of
// her pills, i spotted it under the bed").
func witness(toks []string, i int, lang string) bool {
	if lang != "en" || toks[i] != "i" && toks[i] != "il" {
		return false
	}
	v := i + 1
	if v < len(toks) && witnessAdverbs[toks[v]] {
		v++
	}
	if v >= len(toks) || !witnessVerbs[toks[v]] {
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+3 && toks[j] != boundary; j++ {
		switch toks[j] {
		case "him", "her", "them":
			return true
		case "me", "myself", "my":
			return false
		}
	}
	for j := i - 1; j >= 0 && toks[j] != boundary; j-- {
		switch toks[j] {
		case "her", "his", "their":
			return true
		case "my", "me", "myself":
			return false
		}
	}
	return false
}

// verbAfterNamesSpeaker reports whether the verb just after a Turkish
// match is in the first person: Turkish puts its verb last, and "annem
// için bir veda mektubu yazdım" is the speaker's letter, for their mother.
func verbAfterNamesSpeaker(s span, toks []string) bool {
	if s.lang != "tr" {
		return false
	}
	for i := s.end; i < len(toks) && i < s.end+3 && toks[i] != boundary; i++ {
		if turkishFirstPerson(toks[i]) {
			return true
		}
	}
	return false
}

// speakerOnlyIn are the words for the speaker in one language that are
// other words elsewhere: "i" is "and" in Polish and "the" in Italian,
// "ja" is "yes" in German and Dutch, "je" is "you" in Dutch, "ben" is a
// name in English and "yo" a greeting; "il", the English "i'll" as
// messages are folded ("ill be gone"), is "he" in French and "the" in
// Italian.
var speakerOnlyIn = map[string]string{"i": "en", "il": "en", "ja": "pl", "je": "fr", "ben": "tr", "yo": "es", "hab": "de", "brauch": "de",
	"soy": "es", "estoy": "es", "tomo": "es", "sou": "pt", "estou": "pt", "suis": "fr", "jestem": "pl", "widze": "pl", "bin": "de", "ho": "it", "vou": "pt", "voy": "es"}

// speaks reports whether t is in set (speakerWords, speakerSubjects) as
// read in lang, the language of the rule that matched.
func speaks(set map[string]bool, t, lang string) bool {
	if lang == "tr" && turkishFirstPerson(t) {
		return true
	}
	if !set[t] {
		return false
	}
	only, ok := speakerOnlyIn[t]
	return !ok || only == lang
}

// victimIsOther reports whether a rule for someone else at risk, in the
// language of the abuse match s, starts inside it and reaches its end or
// beyond: the act's victim is named there, and is not the speaker.
func victimIsOther(s span, spans []span) bool {
	for _, m := range spans {
		if m.kind == kindOther && m.lang == s.lang && m.start > s.start && m.start <= s.end && m.end >= s.end {
			return true
		}
	}
	return false
}

// speakerJoined reports whether the speaker is named as one more victim
// at the end of a match or right after it ("hits my mum and me", "schlägt
// meine Mutter und mich"): the object pronoun after "and" in each main
// language.
func speakerJoined(s span, toks []string) bool {
	for i := max(s.end-1, s.start); i <= s.end && i+1 < len(toks); i++ {
		if !andWords[toks[i]] {
			continue
		}
		// "y a mí", "e em mim": the object after a preposition.
		if j := i + 1; victimSpeaker[toks[j]] || (toks[j] == "a" || toks[j] == "em") && j+1 < len(toks) && victimSpeaker[toks[j+1]] {
			return true
		}
	}
	return false
}

// andWords are "and" in the main languages ("i" is Polish; the English "i"
// after "and" is a subject, not a victim, and is not in victimSpeaker).
// The chat "n" is already read "and" (chatWords).
var andWords = map[string]bool{"and": true, "y": true, "und": true, "et": true, "e": true,
	"en": true, "i": true, "ve": true}

// victimSpeaker are the speaker as the object of an act (objectMe, and
// the Portuguese "mim"), or "us". Written folded, as messages are read
// ("mí" is "mi", "nós" "nos").
var victimSpeaker = func() map[string]bool {
	m := maps.Clone(objectMe)
	for _, w := range []string{"mim", "us", "nosotros", "uns", "nous", "nos", "ons", "nas", "bizi"} {
		m[w] = true
	}
	return m
}()

// holdVerbs start an abuse match told by the act of the one who holds a
// weapon ("holding a knife to my throat"): whose act it is, the subject
// says.
var holdVerbs = map[string]bool{"held": true, "holds": true, "holding": true, "hold": true, "pulled": true,
	"pulls": true, "put": true, "puts": true, "putting": true, "pointed": true, "points": true, "pointing": true,
	"pressed": true, "presses": true, "pressing": true}

// reflexiveOf maps the word for "i" to the word for "myself" that follows
// it before a verb, in the languages that put it there.
var reflexiveOf = map[string]string{"je": "me", "yo": "me", "eu": "me", "io": "mi", "ja": "sie"}

// speakerHolds reports whether the abuse match s is the speaker's own act:
// a weapon held by the speaker (it starts with a verb of holding and the
// nearest subject before it is the speaker: "i keep holding the knife to
// my wrist"), or an act the speaker does to themselves ("je me frappe la
// tete contre le mur").
func speakerHolds(s span, spans []span, toks []string) bool {
	if s.kind != kindAbuse {
		return false
	}
	// "je me frappe", "yo me golpeo": the speaker's object is the speaker.
	if s.start > 0 && reflexiveOf[toks[s.start-1]] != "" && reflexiveOf[toks[s.start-1]] == toks[s.start] {
		return true
	}
	if !holdVerbs[toks[s.start]] {
		return false
	}
	k, ok := nearestSubject(s, spans, toks)
	return ok && k == kindFirst
}

// subjectWindow is how many words before a risk its subject may stand.
const subjectWindow = 6

// subjectIsOther reports whether the subject nearest before the start of s
// (and no more than subjectWindow words before its start, in the same
// sentence, in the language of s) is someone else.
func subjectIsOther(s span, spans []span, toks []string) bool {
	k, ok := nearestSubject(s, spans, toks)
	return ok && k == kindThird
}

// nearestSubject returns the kind (kindFirst or kindThird) of the subject
// nearest before the start of s, no more than subjectWindow words before
// it, in the same sentence and the language of s; ok is false when there
// is none.
func nearestSubject(s span, spans []span, toks []string) (kind, bool) {
	from := s.start
	for from > 0 && s.start-from < subjectWindow && toks[from-1] != boundary {
		from--
	}
	nearest, length, other := -1, 0, false
	for _, m := range spans {
		if (m.kind != kindThird && m.kind != kindFirst) || m.lang != s.lang || m.start > s.start || m.end < from {
			continue
		}
		// The speaker named inside a third person ("a girl in my class",
		// "a guy i follow") is not the subject.
		if m.kind == kindFirst && insideThird(m, spans) {
			continue
		}
		// "me" after a verb of sending or telling is the one written to
		// ("my mate sent me a voice note saying sorry for everything"),
		// never the one who acts.
		if m.kind == kindFirst && m.lang == "en" && toks[m.start] == "me" && m.start > 0 && sendingVerbs[toks[m.start-1]] {
			continue
		}
		// A person the speaker gives, writes or talks to ("i gave my
		// guitar to my cousin", "a mia sorella", "i texted my sister")
		// is the object of the speaker's act, not its subject.
		if m.kind == kindThird && m.start > 0 && objectPreps[m.lang][toks[m.start-1]] {
			continue
		}
		// Someone who does not know ("she doesnt know it was a goodbye",
		// "ella no sabe que fue una despedida") is not the one whose
		// farewell it was.
		if m.kind == kindThird && unaware(toks, m.end) {
			continue
		}
		// The speaker's own dead ("desde que murió mi esposo") are not
		// the ones whose wish follows: the speaker is the one left.
		if m.kind == kindThird && departed(toks, m.start, m.end) && holdsFirst(m, spans) {
			continue
		}
		// Of two subjects at one word, the longer reading is the subject:
		// "my friend" over "my", the impersonal "il est temps" over "il".
		n := m.end - m.start
		if m.start > nearest || m.start == nearest && (n > length || n == length && m.kind == kindThird) {
			nearest, length, other = m.start, n, m.kind == kindThird
		}
	}
	if nearest < 0 {
		return 0, false
	}
	if other {
		return kindThird, true
	}
	return kindFirst, true
}

// turkishFirstPerson reports whether a Turkish word names the speaker by
// its ending, as Turkish does without a pronoun: a verb in the first
// person ("yazdım", "istiyorum", "bitireceğim"), folded as messages are
// ("yazdim"). The possessive ("kardeşim", my sister) is left out: it
// names someone else.
func turkishFirstPerson(t string) bool {
	if len(t) < 5 {
		return false
	}
	for _, end := range turkishFirstEndings {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// turkishFirstEndings are the folded endings of a verb in the first
// person singular: past, present and future.
var turkishFirstEndings = []string{"dim", "dum", "tim", "tum", "yorum", "cagim", "cegim"}

// unquote takes the quotation marks out of toks, in place, and returns
// where each stood: the index in the words left of the word after it.
func unquote(toks []string) ([]string, []int) {
	var quotes []int
	out := toks[:0]
	for _, t := range toks {
		if t == quoteMark {
			quotes = append(quotes, len(out))
			continue
		}
		out = append(out, t)
	}
	return out, quotes
}

// reportedQuote reports whether s reaches into a quotation that someone
// other than the speaker is said to have written or said: the first
// subject of the sentence that holds the opening mark is a third person
// ("my friend texted "im done, goodbye""), or, with none before it, the
// first after the closing mark is ("im done, goodbye" my friend wrote).
// A quote the speaker reports of themselves ("i told my mum "i want to
// die"") stays theirs. A mark left open runs to the end of the message.
func reportedQuote(s span, spans []span, toks []string, quotes []int) bool {
	for i := 0; i < len(quotes); i += 2 {
		open, end := quotes[i], len(toks)
		if i+1 < len(quotes) {
			end = quotes[i+1]
		}
		if s.end <= open || s.start >= end {
			continue
		}
		// A quote of words written or said, not a phrase quoted inside
		// the speaker's own sentence (he calls me "the crazy one").
		if !reported(toks, open, -1) && !reported(toks, end, 1) {
			continue
		}
		from := open
		for from > 0 && toks[from-1] != boundary {
			from--
		}
		if third, ok := firstSubject(spans, from, open); ok {
			return third
		}
		to := end
		for to < len(toks) && toks[to] != boundary {
			to++
		}
		third, _ := firstSubject(spans, end, to)
		return third
	}
	return false
}

// reported reports whether a verb of saying or writing stands just
// before toks[at] (dir -1) or from it on (dir 1).
func reported(toks []string, at, dir int) bool {
	for n := 0; n < 3; n++ {
		i := at + n*dir
		if dir < 0 {
			i = at - 1 - n
		}
		if i < 0 || i >= len(toks) || toks[i] == boundary {
			return false
		}
		if reportVerbs[toks[i]] {
			return true
		}
	}
	return false
}

// reportVerbs are the verbs that report what someone wrote or said, as
// messages are folded.
var reportVerbs = squeezedSet("said", "says", "saying", "say", "texted", "texts", "text", "wrote", "writes", "written",
	"writing", "sent", "sends", "posted", "posts", "messaged", "messages", "told", "tells", "replied", "typed",
	"tweeted", "captioned", "caption", "bio", "status", "story", "message", "msg", "dm", "dmd", "note", "reads",
	"read", "goes", "went", "dijo", "dice", "escribio", "escribe", "mando", "puso", "schrieb", "schreibt", "sagte",
	"sagt", "geschrieben", "gesagt", "ecrit", "dit", "envoye", "disse", "diz", "escreveu", "mandou", "detto",
	"scritto", "scrive", "dice", "zei", "zegt", "schreef", "geschreven", "gestuurd", "napisal", "napisala",
	"powiedzial", "powiedziala", "pisze", "yazdi", "dedi", "diyor", "yazmis", "skrev", "sa", "sager")

// firstSubject finds the subject match (first: or third:) that starts
// first in toks[from:to], and reports whether it is a third person; ok
// is false when there is none. A third person that starts where a first
// does ("my friend", where "my" is the speaker's) is the subject.
func firstSubject(spans []span, from, to int) (third, ok bool) {
	best := -1
	for _, m := range spans {
		if m.kind != kindFirst && m.kind != kindThird || m.start < from || m.start >= to {
			continue
		}
		if best < 0 || m.start < best {
			best, third = m.start, m.kind == kindThird
		} else if m.start == best && m.kind == kindThird {
			third = true
		}
	}
	return third, best >= 0
}

// anyKind reports whether a match of kind k is among spans.
func anyKind(spans []span, k kind) bool {
	for _, m := range spans {
		if m.kind == k {
			return true
		}
	}
	return false
}

// insideThird reports whether the first-person match m lies inside a
// third-person one that starts before it.
func insideThird(m span, spans []span) bool {
	for _, t := range spans {
		if t.kind == kindThird && t.lang == m.lang && t.start < m.start && m.end <= t.end {
			return true
		}
	}
	return false
}

// objectPreps are, per language, the prepositions before a person who is
// the object of someone's act ("to", "for", "with"): that person is not
// the subject of what follows. "from" and "by" are left out: they name
// who wrote a message or did a deed. In English a verb that takes two
// objects ("i sent my best friend a message", "i gave my sister my
// ring", "i posted my brother a card", "i made my mum a cake") puts the
// person right after it, as its object, and so does a verb of sending or
// telling ("i texted my sister").
var objectPreps = map[string]map[string]bool{
	"en": union(squeezedSet("to", "for", "with", "at", "about", "towards", "gave", "handed", "showed", "promised", "left",
		"posted", "mailed", "bought", "made", "baked"), sendingVerbs),
	"es": squeezedSet("a", "para", "con"),
	"pt": squeezedSet("para", "pra", "pro", "com", "ao", "a"),
	"it": squeezedSet("a", "per", "con", "alla", "al", "ai"),
	"fr": squeezedSet("a", "pour", "avec", "chez"),
	"de": squeezedSet("fur", "zu", "mit", "an", "bei"),
	"nl": squeezedSet("aan", "voor", "met", "naar", "bij"),
	"pl": squeezedSet("do", "dla"),
}

// union is the words of a and b, in a set of its own.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}

// unawareWords are the words, as messages are folded, that say the person
// just before them does not know or did not see: in the nine languages.
var unawareWords = [][]string{
	{"doesnt", "know"}, {"does", "not", "know"}, {"didnt", "know"}, {"did", "not", "know"}, {"has", "no", "idea"},
	{"doesnt", "realise"}, {"doesnt", "realize"}, {"didnt", "realise"}, {"didnt", "realize"}, {"thinks"}, {"thought"},
	{"no", "sabe"}, {"no", "sabia"}, {"cree"}, {"weis", "nicht"}, {"wuste", "nicht"}, {"glaubt"}, {"denkt"},
	{"ne", "sait", "pas"}, {"ne", "savait", "pas"}, {"sait", "pas"}, {"croit"}, {"pense"},
	{"non", "sa"}, {"non", "sapeva"}, {"crede"}, {"pensa"}, {"nao", "sabe"}, {"nao", "sabia"}, {"acha"},
	{"wet", "niet"}, {"wist", "niet"}, {"denkt"}, {"nie", "wie"}, {"nie", "wiedzial"}, {"nie", "wiedziala"}, {"mysli"},
}

// unaware reports whether toks at i start with words that say the person
// before them does not know, or believes something else.
func unaware(toks []string, i int) bool {
	for _, ws := range unawareWords {
		if i+len(ws) > len(toks) {
			continue
		}
		if slices.Equal(toks[i:i+len(ws)], ws) {
			return true
		}
	}
	return false
}

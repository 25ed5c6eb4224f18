package listen

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fillers are words that carry no meaning in an echo: spoken back, "lol" or
// "idk honestly" read as mockery. Multi-word fillers come first so that
// "i guess" goes before "i" could be read as a pronoun.
var fillers = [][]string{
	{"to", "be", "honest"}, {"if", "im", "honest"}, {"if", "i'm", "honest"}, {"if", "i", "am", "honest"}, {"i", "guess"}, {"i", "think"}, {"i", "suppose"}, {"you", "know"}, {"i", "mean"},
	{"kind", "of"}, {"sort", "of"}, {"or", "something"}, {"and", "stuff"}, {"i", "dunno"},
	{"lol"}, {"lmao"}, {"lmfao"}, {"rofl"}, {"haha"}, {"hahaha"}, {"hehe"}, {"idk"}, {"tbh"}, {"tbf"},
	{"ngl"}, {"imo"}, {"honestly"}, {"basically"}, {"literally"}, {"um"}, {"umm"}, {"ummm"}, {"uh"}, {"uhh"}, {"uhhh"}, {"uhm"}, {"erm"}, {"hmm"}, {"hmmm"},
	{"dunno"}, {"ig"}, {"fr"}, {"lowkey"}, {"highkey"}, {"xd"}, {"kinda"}, {"sorta"}, {"omg"}, {"smh"}, {"ffs"},
	{"ugh"}, {"urgh"}, {"argh"}, {"meh"},
}

// openers are fillers only where a sentence opens with them and more
// follows: "yeah at the party on saturday", "oh, and my cousin"; "yes"
// and "no" stay, being the answer.
var openers = wordList(`yeah yea yeh yep yup ya ok okay oh ah ahh welp well hm mm prob probs prolly probably`)

// spellings are chat spellings written out before speaking them back.
var spellings = map[string]string{
	"im": "I'm", "ive": "I've", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
	"cant": "can't", "wont": "won't", "isnt": "isn't", "wasnt": "wasn't", "havent": "haven't", "hasnt": "hasn't",
	"couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "arent": "aren't", "thats": "that's",
	"theyre": "they're", "youre": "you're", "shes": "she's", "hes": "he's", "whats": "what's", "u": "you",
	"ur": "your", "bc": "because", "cuz": "because", "cos": "because", "coz": "because", "rn": "right now",
	"tho": "though", "w": "with", "abt": "about", "bf": "boyfriend", "gf": "girlfriend", "bff": "best friend",
	"bday": "birthday", "pls": "please", "ppl": "people", "smth": "something", "sth": "something",
	"hrs": "hours", "yrs": "years", "mins": "minutes", "rly": "really", "besties": "best friends", "bestie": "best friend",
	"convo": "conversation", "convos": "conversations", "everyones": "everyone's", "everybodys": "everybody's",
	"someones": "someone's", "nobodys": "nobody's", "bout": "about", "r": "are", "cus": "because",
	"n": "and", "nd": "and",
}

// droppedG are the stems of doings typed with their last g left off, as
// said aloud: "scrollin", "tellin", "skippin" are "scrolling", "telling",
// "skipping".
var droppedG = wordList(`talk scroll tell skipp go do think feel try look say gett mak work text messag wait chatt com hav runn walk
call check listen sitt stay play read watch sleep eat drink cry laugh hang post lik lov us mov tak giv liv leav plann shar help ask
spend stress worry hop judg reach ignor reply answer avoid miss fight argu stick`)

// idBefore are words after which "id" is "I'd": a verb or an adverb that
// leads one.
var idBefore = wordList(`like love hate rather want still say be have never probably definitely really just prefer do go
feel tell think get take give need pick choose also maybe honestly`)

// secondPerson maps the person's first-person words to the second person.
var secondPerson = map[string]string{
	"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
	"i've": "you've", "i'd": "you'd", "i'll": "you'll",
	// "We", said to the companion, is the person and someone else.
	"we": "you", "us": "you", "our": "your", "ours": "yours", "we're": "you're", "we've": "you've",
	"we'd": "you'd", "we'll": "you'll", "ourselves": "yourselves",
	// Typed without the apostrophe.
	"im": "you're", "ive": "you've",
}

// YourWord is the companion's word for a word the person says of
// themselves ("my" is "your", "we're" is "you're"), or "" when w is not one.
// w is lowercase.
func YourWord(w string) string { return secondPerson[w] }

// token is one word of a text and the punctuation stuck to its start and
// end.
type token struct{ head, word, tail string }

func tokenize(s string) []token {
	var out []token
	for _, raw := range strings.Fields(s) {
		raw = strings.NewReplacer("’", "'", "‘", "'").Replace(raw)
		isPunct := func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
		core := strings.TrimLeftFunc(raw, isPunct)
		head := raw[:len(raw)-len(core)]
		core = strings.TrimRightFunc(core, func(r rune) bool { return isPunct(r) && r != '\'' })
		tail := raw[len(head)+len(core):]
		if core == "" {
			// A dash or a lone mark between words is a pause: a comma on
			// the word before.
			if len(out) > 0 && out[len(out)-1].tail == "" {
				out[len(out)-1].tail = ","
			}
			continue
		}
		// A possessive is punctuation here: "grandad's" is Grandad.
		if c, ok := strings.CutSuffix(core, "'s"); ok && c != "" && tail == "" {
			core, tail = c, "'s"
		}
		out = append(out, token{head, core, tail})
	}
	return out
}

// Clean returns the person's words ready to speak back: markup and fillers
// removed, chat spellings written out, first person turned to second ("I
// miss my sister" → "you miss your sister"), and spacing and punctuation
// tidied. It keeps every sentence; Clause picks one.
func Clean(s string) string {
	// "1:1 coffee > group chats": a comparison, said in words.
	s = strings.NewReplacer(" > ", " over ", " >> ", " over ", " & ", " and ").Replace(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune("_*`[]<>#~|", r):
			return -1
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	toks := dropFillers(tokenize(s))
	prevI := false
	for i := range toks {
		low := strings.ToLower(toks[i].word)
		if w, ok := spellings[low]; ok && w != "" {
			toks[i].word, low = w, strings.ToLower(w)
		}
		if stem, ok := strings.CutSuffix(low, "in"); ok && droppedG[stem] {
			toks[i].word, low = toks[i].word+"g", low+"g"
		}
		if low == "id" && i+1 < len(toks) && idBefore[strings.ToLower(toks[i+1].word)] {
			// "id like", "id still want": "I'd", typed without its
			// apostrophe; "my id card" stays.
			low = "i'd"
		}
		switch {
		case properWords[low] != "":
			toks[i].word = properWords[low]
		case monthWords[low] != "" && i > 0 && monthBefore[strings.ToLower(toks[i-1].word)] && toks[i-1].tail == "":
			// "in may", "since march": the month, not the verb.
			toks[i].word = monthWords[low]
		case secondPerson[low] != "":
			toks[i].word = secondPerson[low]
		case prevI && low == "am":
			toks[i].word = "are"
		case prevI && low == "was":
			toks[i].word = "were"
		case prevI && (low == "wasnt" || low == "wasn't"):
			toks[i].word = "weren't"
		case low == "its" && i+1 < len(toks) && itsBefore[strings.ToLower(toks[i+1].word)]:
			// "its too awkward": "it's", typed without its apostrophe.
			toks[i].word = "it's"
		}
		prevI = low == "i"
	}
	var b strings.Builder
	for _, t := range toks {
		if t.word == "" && t.tail == "" {
			continue
		}
		if b.Len() > 0 && t.word != "" {
			b.WriteByte(' ')
		}
		b.WriteString(t.head + t.word + t.tail)
	}
	return tidy(b.String())
}

// dropFillers removes the filler words, keeping the punctuation that ended
// a sentence on the word before.
func dropFillers(toks []token) []token {
	var out []token
	for i := 0; i < len(toks); {
		n := fillerAt(toks, i)
		if n == 0 {
			out = append(out, toks[i])
			i++
			continue
		}
		last := toks[i+n-1]
		if q := strings.TrimLeft(last.word, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"); q != "" && len(out) > 0 {
			// "'all good lol'": the quote closes where the filler was.
			out[len(out)-1].tail = q + out[len(out)-1].tail
		}
		switch {
		case strings.ContainsAny(last.tail, ".!") && len(out) > 0 && !strings.ContainsAny(out[len(out)-1].tail, ".!?"):
			out[len(out)-1].tail = strings.TrimRight(out[len(out)-1].tail, ",;:") + "."
		case strings.Contains(last.tail, ",") && len(out) > 0 && out[len(out)-1].tail == "" && i+n < len(toks):
			// "scrolling lol, like hours": the pause stays where the
			// filler was.
			out[len(out)-1].tail = ","
		}
		i += n
	}
	return out
}

// fillerAt is the length of the filler starting at toks[i], or 0. A filler
// of two words or more must not have punctuation inside it.
func fillerAt(toks []token, i int) int {
	// "in like a month", "like 3 hours": "like" as a hedge on an amount.
	if likeHedge(toks, i) {
		return 1
	}
	if openers[strings.ToLower(toks[i].word)] && i+1 < len(toks) && toks[i].head == "" &&
		(i == 0 || strings.ContainsAny(toks[i-1].tail, ".!?;")) {
		if i+1 < len(toks) && strings.EqualFold(toks[i+1].word, "wait") && strings.Contains(toks[i+1].tail, ",") {
			return 2 // "oh wait, my mum sent me…"
		}
		return 1
	}
	for _, f := range fillers {
		if i+len(f) > len(toks) {
			continue
		}
		ok := true
		for j, w := range f {
			t := toks[i+j]
			if !fillerWord(t.word, w, len(f)) || (j < len(f)-1 && t.tail != "") {
				ok = false
				break
			}
		}
		// "I think", "I mean" at a pause only hedge; before a clause ("I
		// think of them", "I mean to reply") they are the point.
		if ok && pauseHedges[strings.Join(f, " ")] && toks[i+len(f)-1].tail == "" && i+len(f) < len(toks) {
			ok = false
		}
		// "kind of" is a filler before a word, not in "what kind of friend".
		if ok && (f[0] == "kind" || f[0] == "sort") && i > 0 && strings.EqualFold(toks[i-1].word, "what") {
			ok = false
		}
		if ok {
			return len(f)
		}
	}
	return 0
}

// tidy collapses stray punctuation left where fillers were: ", ," and a
// leading comma, a "?" after a word that no longer asks anything.
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, r := range [][2]string{{" ,", ","}, {",,", ","}, {", .", "."}, {",.", "."}, {" .", "."}, {"..", "."}, {" ?", "?"}, {" !", "!"}} {
		for strings.Contains(s, r[0]) {
			s = strings.ReplaceAll(s, r[0], r[1])
		}
	}
	s = strings.TrimLeft(s, " ,;:.-—–")
	return strings.TrimSpace(s)
}

// Sentences splits cleaned text into sentences, each with its end mark.
func Sentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r != '.' && r != '!' && r != '?' && r != ';' {
			continue
		}
		next := i + utf8.RuneLen(r)
		if next < len(s) && s[next] != ' ' {
			continue // "2.5", "..." in a word
		}
		if sent := strings.TrimSpace(s[start:next]); strings.Trim(sent, ".!?; ") != "" {
			out = append(out, sent)
		}
		start = next
	}
	if sent := strings.TrimSpace(s[start:]); strings.Trim(sent, ".!?; ") != "" {
		out = append(out, sent)
	}
	return out
}

// Clause returns the first sentence of cleaned text as a whole sentence of
// at most max bytes, without its end mark: cut, when it is too long, at the
// last clause boundary (a comma, "and", "but", "so", "because") that keeps
// it within max, never inside a clause. When the first clause alone is
// longer than max it is returned whole.
func Clause(s string, max int) string {
	sents := Sentences(s)
	if len(sents) == 0 {
		return ""
	}
	first := strings.TrimRight(sents[0], ".!?; ")
	for len(sents) > 1 && flatFirsts[strings.ToLower(strings.Trim(first, ",!?. "))] {
		// "it was fine. my cat died on monday": the flat opener says
		// least; what follows is the point.
		sents = sents[1:]
		first = strings.TrimRight(sents[0], ".!?; ")
	}
	joined := false // the second sentence is in first already
	if f := strings.Fields(first); len(f) < 3 && len(sents) > 1 {
		joined = true
		next := strings.TrimRight(sents[1], ".!?; ")
		if len(f) == 1 && emptyOpeners[strings.ToLower(strings.Trim(f[0], ",!?."))] || sayingHedge(first) ||
			emptyFirsts[strings.ToLower(strings.Trim(first, ",!?. "))] {
			// "Yes." or "Honestly." alone says nothing: the next sentence
			// is the point.
			first = next
		} else {
			// "Both? depends on your mood", "your mum. she always
			// listens": the short first sentence is part of the point.
			first = first + ", " + next
		}
	}
	if f := strings.Fields(first); !joined && len(f) >= 3 && len(f) <= 5 && len(sents) > 1 && startsWithPronoun(sents[1]) {
		// "your old manager Ruth. she asked how you were": who, then what
		// they did, is one point.
		first = first + ", " + strings.TrimRight(sents[1], ".!?; ")
		joined = true
	}
	if len(sents) > 1 && !joined && continues(sents[1]) && len(first)+len(sents[1]) <= max {
		// "your sister Jess. and your friend Omar": one list.
		next := strings.TrimRight(sents[1], ".!?; ")
		w, rest, _ := strings.Cut(next, " ")
		first = first + ", " + strings.ToLower(w) + " " + rest
	}
	if len(sents) > 1 && sayingHedge(first) {
		// "how to put it. that he's the reason…": the hedge says nothing.
		first = strings.TrimRight(sents[1], ".!?; ")
	}
	if len(first) <= max {
		return first
	}
	cut := -1
	for _, sep := range []string{", ", " and then ", " but ", " and ", " so ", " because ", " which ", " when "} {
		for i := 0; i+len(sep) <= len(first) && i <= max; i++ {
			if strings.HasPrefix(first[i:], sep) && i > 12 && i > cut {
				cut = i
			}
		}
	}
	if cut < 0 {
		return first
	}
	return strings.TrimRight(first[:cut], " ,;:-—")
}

// Sentence makes a clause a sentence of its own: a capital first letter and
// a full stop, or the question mark it had.
func Sentence(clause string) string {
	clause = strings.TrimSpace(clause)
	if clause == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(clause)
	clause = string(unicode.ToUpper(r)) + clause[n:]
	if !strings.ContainsAny(clause[len(clause)-1:], ".!?") {
		clause += "."
	}
	return clause
}

// amountWords may follow a hedging "like".
var amountWords = wordList(`a an half one two three four five six seven eight nine ten twenty maybe once twice
nobody noone zero none nothing everyone everybody hundreds thousands ages forever`)

// likeHedge reports whether toks[i] is "like" hedging an amount ("in like a
// month"), not "I'd like a coffee" or "people like her".
func likeHedge(toks []token, i int) bool {
	if !strings.EqualFold(toks[i].word, "like") || i+1 >= len(toks) || toks[i].tail != "" {
		return false
	}
	next := strings.ToLower(toks[i+1].word)
	if next == "" || !(amountWords[next] || next[0] >= '0' && next[0] <= '9') {
		return false
	}
	if i == 0 {
		return true
	}
	prev := strings.ToLower(toks[i-1].word)
	// "idk like 4 hours": after a filler, as at the start.
	return toks[i-1].tail != "" || likeAfter[prev] || fillerAt(toks, i-1) == 1
}

// likeAfter are words after which "like" hedges.
var likeAfter = wordList(`in for about is was it's its been takes took just only maybe probably around spend spent
on at of know knew have had
every after ago`)

// continues reports a sentence that carries on the one before: "and my
// friend Omar", "also my cousin".
func continues(sentence string) bool {
	f := strings.Fields(strings.ToLower(sentence))
	return len(f) >= 2 && (f[0] == "and" || f[0] == "also" || f[0] == "plus")
}

// startsWithPronoun reports a sentence about someone just named: "she
// asked how you were".
func startsWithPronoun(sentence string) bool {
	f := strings.Fields(strings.ToLower(sentence))
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "she", "he", "they", "she's", "he's", "they're", "shes", "hes", "theyre":
		return true
	}
	return false
}

// sayingHedge reports a sentence that only says the point is hard to
// put: "how to put it", "not sure how to say this", "hard to explain".
func sayingHedge(sentence string) bool {
	low := strings.ToLower(strings.Trim(sentence, " .!?,;"))
	for _, h := range []string{"how to put it", "how to say it", "how to say this", "how to explain", "how to explain it",
		"hard to explain", "hard to put into words", "where to start", "where to begin", "not sure how to put it",
		"not sure how to say this", "you don't know how to put it", "you dont know how to put it"} {
		if low == h {
			return true
		}
	}
	return false
}

// emptyOpeners are one-word sentences that say nothing of the point.
var emptyOpeners = wordList(`yes yeah yea yep yup no nope nah ok okay sure well honestly hmm true same right so oh ah`)

// emptyFirsts are short first sentences taken back or saying nothing by
// the next: "nothing really. oh wait, my mum sent me…".
var emptyFirsts = map[string]bool{"nothing really": true, "not really": true, "nothing much": true, "not much": true,
	"hmm not sure": true, "let me think": true, "good question": true, "oh wait": true}

// itsBefore are words after which "its" can only be "it's".
var itsBefore = wordList(`too so been not just really a an fine ok okay hard only all always never getting going kind kinda weird
awkward nice good bad been like because cos over late easier harder better worse`)

// flatFirsts are first sentences that play an answer down before saying
// it: "it was fine", "nothing stands out".
var flatFirsts = map[string]bool{"it was fine": true, "it was ok": true, "it was okay": true, "it was alright": true,
	"it's fine": true, "its fine": true, "nothing stands out": true, "nothing stood out": true, "not really one": true,
	"not one really": true, "nothing special": true, "not sure": true, "hard to say": true, "good question": true,
	"you never know": true, "you don't know": true, "you don't really know": true, "no idea": true, "who knows": true}

// monthWords are the months that are also words ("may", "march"), written
// as months after monthBefore.
var monthWords = map[string]string{"may": "May", "march": "March"}

// monthBefore are words after which "may" or "march" is the month.
var monthBefore = wordList(`in since last this next until till early late mid of by from before after`)

// pauseHedges are fillers only where a pause follows them.
var pauseHedges = map[string]bool{"i think": true, "i mean": true, "you know": true, "i suppose": true}

// properWords are written with a capital when spoken back: weekdays and the
// months that are not also words.
var properWords = map[string]string{"monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday",
	"thursday": "Thursday", "friday": "Friday", "saturday": "Saturday", "sunday": "Sunday",
	"january": "January", "february": "February", "april": "April", "june": "June", "july": "July",
	"august": "August", "september": "September", "october": "October", "november": "November",
	"december": "December", "christmas": "Christmas", "easter": "Easter",
	// Apps and sites, as their makers write them.
	"linkedin": "LinkedIn", "instagram": "Instagram", "insta": "Insta", "tiktok": "TikTok", "whatsapp": "WhatsApp",
	"reddit": "Reddit", "discord": "Discord", "facebook": "Facebook", "youtube": "YouTube", "snapchat": "Snapchat",
	"twitter": "Twitter", "facetime": "FaceTime", "zoom": "Zoom", "hinge": "Hinge", "tinder": "Tinder", "bumble": "Bumble"}

// fillerWord reports whether word is the filler w, a filler of n words:
// one-word fillers match however their letters are drawn out ("lmaooo",
// "lolll", "hahahaha", "ummmm") and inside quotes ("lol'").
func fillerWord(word, w string, n int) bool {
	low := strings.ToLower(word)
	if low == w {
		return true
	}
	if n != 1 {
		return false
	}
	low = strings.Trim(low, `'"‘’“”`)
	if low == w {
		return true
	}
	if reLaugh.MatchString(low) {
		return w == "haha"
	}
	return len(low) > len(w) && squeeze(low) == squeeze(w)
}

// reLaugh is a laugh typed at any length: "hahahaha", "hehehe", "ahaha".
var reLaugh = regexp.MustCompile(`^a?(?:ha){2,}h?$|^(?:he){2,}h?$`)

// squeeze collapses runs of one letter: "lmaooo" is "lmao".
func squeeze(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

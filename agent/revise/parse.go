package revise

import (
	"github.com/companion-dev/companion/agent/internal/exclaim"
	"regexp"
	"strings"
)

// Parse reads a request to change a draft, typed in plain words. It
// reports false when the text asks for no change it knows, so the caller
// can take it as a question or a command instead.
func Parse(text string) (Request, bool) {
	toks := stripPolite(tokenize(text))
	if len(toks) == 0 {
		return Request{}, false
	}
	norm := joinNorm(toks)
	if part := toneAway(norm); part != "" {
		return Request{Kind: Drop, Detail: part}, true
	}
	for _, p := range []func([]token, string) (Request, bool){parseStart, parseEmoji, parseExclaim, parseNamed, parseReplace, parseDrop, parseSay} {
		if r, ok := p(toks, norm); ok {
			return r, true
		}
	}
	if k, ok := styleKind(norm); ok {
		if k == Cooler && cheesyWords.MatchString(norm) {
			// "less cringe", "too cheesy": toned down, and in plainer
			// words too.
			return Request{Kind: k, Detail: PartPlain}, true
		}
		if n := lineTarget(norm); k == Shorter && n != "" {
			// "shorter, like two lines": that many sentences, not fewer.
			return Request{Kind: k, Detail: n}, true
		}
		return Request{Kind: k}, true
	}
	if n := lineTarget(norm); n != "" && len(toks) <= 6 {
		// "like two lines", said alone: a length, which a draft is
		// brought to.
		return Request{Kind: Shorter, Detail: n}, true
	}
	return Request{}, false
}

// cheesyWords complain of stock, over-sweet wording rather than of too
// much feeling.
var cheesyWords = regexp.MustCompile(`\b(?:cheesy|cheese|cringe|cringey|cringy|cringeworthy|corny|tacky|naff|cliche|cliched|hallmark)\b`)

// wantNoExcuse and wantNoPity ask for a way of sounding to go: "don't
// make it sound like i'm making excuses", "no pity", "i don't want him to
// feel pitied".
var (
	wantNoExcuse = regexp.MustCompile(`\b(?:excuses?|excusing|justify\w*|justification|defensive)\b`)
	wantNoPity   = regexp.MustCompile(`\b(?:pity|pitying|pitied|pitiful|feel sorry for (?:him|her|them)|feeling sorry for (?:him|her|them)|poor (?:him|her|them|you|thing)|charity case|condescending|patroni[sz]\w*|sorry for (?:him|her|them))\b`)
	noOrLess     = regexp.MustCompile(`\b(?:no|not|don't|dont|do not|without|less|never|stop|too much|too)\b|\b(?:sounds?|sounding|reads?|feels?|seems?|comes? across) (?:like|as)\b`)
)

// toneAway is the part a request asks to take out by how it sounds, or "".
func toneAway(norm string) string {
	if !noOrLess.MatchString(norm) {
		return ""
	}
	switch {
	case wantNoExcuse.MatchString(norm):
		return PartExcuse
	case wantNoPity.MatchString(norm):
		return PartPity
	}
	return ""
}

// linesWanted is a length given in lines or sentences: "like two lines",
// "2 sentences max", "a couple of lines", "one line".
var linesWanted = regexp.MustCompile(`\b(one|1|a|two|2|a couple of|couple of|a couple|three|3)(?: short)? (?:lines?|sentences?|liner)\b`)

// lineTarget is the number of sentences text asks for, as "1".."3", or "".
func lineTarget(norm string) string {
	m := linesWanted.FindStringSubmatch(norm)
	if m == nil {
		return ""
	}
	switch m[1] {
	case "one", "1", "a":
		return "1"
	case "three", "3":
		return "3"
	}
	return "2"
}

// ParseAll reads a request that may ask for several changes at once
// ("shorter and no exclamation marks"). It returns nil when the text asks
// for no change it knows.
func ParseAll(text string) []Request {
	if r, ok := Parse(text); ok && r.Kind == Replace {
		// "no wait, don't give a month, just say soon" is one swap,
		// whatever its commas.
		return []Request{r}
	}
	if parts := splitRequests(text); len(parts) > 1 {
		var out []Request
		for _, p := range parts {
			r, ok := Parse(p)
			if !ok {
				out = nil
				break
			}
			out = append(out, r)
		}
		if len(out) > 1 {
			return withShorter(text, out)
		}
	}
	if r, ok := Parse(text); ok {
		return withShorter(text, []Request{r})
	}
	return nil
}

// requestJoin is what stands between two requests in one message: "and",
// a comma, or the end of a sentence ("wow that's too much!!! make it
// shorter").
var requestJoin = regexp.MustCompile(`(?i)\s*(?:,\s*and|\band also|\band then|\band|,|;|\+|&|[.!?]+)\s+`)

// explicitShorter is "shorter" asked for in so many words, which a message
// asking for something else as well must never lose.
var explicitShorter = regexp.MustCompile(`\b(?:shorter|shorten|shorten it|cut (?:it )?down|trim it|more concise|briefer|fewer words|less words|(?:too|so|very|really|way) long)\b`)

// withShorter adds a Shorter to reqs when text asks for it in so many
// words and none of reqs is one: "too much, make it shorter" read as
// "toned down" alone would come back no shorter.
func withShorter(text string, reqs []Request) []Request {
	for _, r := range reqs {
		if r.Kind == Shorter || r.Kind == Another || r.Kind == Replace {
			return reqs
		}
	}
	if !explicitShorter.MatchString(joinNorm(tokenize(text))) {
		return reqs
	}
	return append(reqs, Request{Kind: Shorter})
}

func splitRequests(text string) []string {
	return requestJoin.Split(text, -1)
}

func joinNorm(toks []token) string {
	ns := make([]string, len(toks))
	for i, t := range toks {
		ns[i] = t.norm
	}
	return strings.Join(ns, " ")
}

// politeLead are words in front of a request that change nothing.
var politeLead = [][]string{
	{"ok"}, {"okay"}, {"hmm"}, {"hm"}, {"um"}, {"umm"}, {"so"}, {"and"}, {"also"}, {"oh"}, {"please"},
	{"can", "you"}, {"could", "you"}, {"would", "you"}, {"will", "you"}, {"can", "we"}, {"could", "we"},
	{"maybe"}, {"just"}, {"i", "think"}, {"i'd", "like", "you", "to"}, {"i", "want", "you", "to"},
	{"i", "want", "it", "to"}, {"i'd", "like", "it", "to"}, {"could", "it"}, {"can", "it"}, {"now"},
	{"make", "it"}, {"make"}, {"it", "needs", "to", "be"}, {"it", "should", "be"}, {"i", "need", "it"},
	{"yes"}, {"yeah"}, {"nice"}, {"actually"}, {"perhaps"}, {"let's"}, {"try", "to"}, {"try", "and"},
}

// answerNo are a no said in answer, set off by a comma from what follows.
var answerNo = map[string]bool{"no,": true, "nope,": true, "nah,": true, "no.": true, "nope.": true, "nah.": true}

// stripPolite drops polite words around a request ("ok can you", "please"
// at the end) and an approving lead-in ("it is ok but").
func stripPolite(toks []token) []token {
	if len(toks) > 2 && answerNo[strings.ToLower(toks[0].orig)] {
		// "no, just ask if june still works": the no answers a question;
		// what follows is the request.
		toks = toks[1:]
	}
	for i, t := range toks {
		if i > 6 {
			break
		}
		if t.norm == "but" && i > 0 && !hasStyleWord(toks[:i]) {
			toks = toks[i+1:]
			break
		}
	}
	for changed := true; changed && len(toks) > 0; {
		changed = false
		for _, lead := range politeLead {
			if len(toks) > len(lead) && hasLead(toks, lead) {
				toks, changed = toks[len(lead):], true
			}
		}
	}
	for len(toks) > 1 {
		last := toks[len(toks)-1].norm
		if last != "please" && last != "thanks" && last != "thank" && last != "pls" && last != "lol" && last != "x" {
			break
		}
		toks = toks[:len(toks)-1]
	}
	return toks
}

func hasLead(toks []token, lead []string) bool {
	for i, w := range lead {
		if toks[i].norm != w {
			return false
		}
	}
	return true
}

func hasStyleWord(toks []token) bool {
	_, ok := styleKind(joinNorm(toks))
	return ok
}

// origFrom joins the tokens from i on as the person typed them, without
// the punctuation around the ends.
func origFrom(toks []token, i int) string {
	ws := make([]string, 0, len(toks)-i)
	for _, t := range toks[i:] {
		ws = append(ws, t.orig)
	}
	return strings.Trim(strings.Join(ws, " "), ` "'“”‘’.,;:!?()`)
}

// tokenAt returns the index of the token starting at byte offset off of
// the joined norms.
func tokenAt(toks []token, off int) int {
	pos := 0
	for i, t := range toks {
		if pos >= off {
			return i
		}
		pos += len(t.norm) + 1
	}
	return len(toks)
}

var startRe = regexp.MustCompile(`^(?:start|begin|open|kick off|lead)(?: it| the message| the draft| the text| off| it off)? (?:with|by saying|by|on) (?:a |an )?(?:["“]?)`)

func parseStart(toks []token, norm string) (Request, bool) {
	m := startRe.FindStringIndex(norm)
	if m == nil {
		return Request{}, false
	}
	i := tokenAt(toks, m[1])
	if i >= len(toks) {
		return Request{}, false
	}
	d := origFrom(toks, i)
	if d == "" || foldWord(d) == "over" || foldWord(d) == "again" {
		return Request{}, false
	}
	return Request{Kind: StartWith, Detail: d}, true
}

var (
	removeWords = regexp.MustCompile(`\b(?:no|remove|without|take|drop|delete|lose|less|fewer|cut|ditch|get rid|too many|nix|scrap|not|don't)\b`)
	addWords    = regexp.MustCompile(`\b(?:add|put|stick|include|throw|with|use|give|pop|insert|plus|some|an?)\b`)
)

func parseEmoji(toks []token, norm string) (Request, bool) {
	if onlyMarks(toks) {
		return Request{}, false
	}
	for _, t := range toks {
		if strings.ContainsFunc(t.orig, isEmojiRune) {
			if removeWords.MatchString(norm) {
				return Request{Kind: NoEmoji}, true
			}
			return Request{Kind: Emoji, Detail: t.orig}, true
		}
	}
	named := ""
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) {
			if e, ok := emojiNames[toks[i].norm+" "+toks[i+1].norm]; ok {
				named = e
				i++
				continue
			}
		}
		if e, ok := emojiNames[toks[i].norm]; ok {
			named = e
		}
	}
	hasWord := strings.Contains(norm, "emoji") || strings.Contains(norm, "smiley")
	switch {
	case hasWord && removeWords.MatchString(norm):
		return Request{Kind: NoEmoji}, true
	case hasWord:
		return Request{Kind: Emoji, Detail: named}, true
	case named != "" && namedEmoji.MatchString(norm):
		return Request{Kind: Emoji, Detail: named}, true
	}
	return Request{}, false
}

// namedEmoji is a short request for an emoji by name, without the word
// emoji: "add a heart", "put a thumbs up at the end".
var namedEmoji = regexp.MustCompile(`^(?:add|put|stick|throw|pop|include|give it|end with|finish with)(?: in| on)? (?:a |an |some |the |one |little |big |red |yellow |couple of )*[a-z]+(?: [a-z]+)?(?: (?:face|symbol|icon))?(?: (?:at the end|in|on it|too|as well|in there|somewhere|on the end))?$`)

// emojiNames are emoji by the names people give them.
var emojiNames = map[string]string{
	"heart": "❤️", "red heart": "❤️", "love heart": "❤️", "hearts": "❤️", "yellow heart": "💛",
	"party": "🎉", "confetti": "🎉", "tada": "🎉", "celebration": "🎉", "party popper": "🎉",
	"smiley": "🙂", "smile": "🙂", "smiling": "😊", "happy face": "😊", "smiley face": "🙂",
	"laughing": "😂", "laugh": "😂", "crying laughing": "😂", "lol": "😂",
	"hug": "🤗", "hugging": "🤗", "hugs": "🤗", "wave": "👋", "waving": "👋",
	"thumbs up": "👍", "thumb": "👍", "cake": "🎂", "birthday cake": "🎂", "kiss": "😘", "wink": "😉",
	"star": "⭐", "sparkles": "✨", "sparkle": "✨", "flower": "🌸", "flowers": "🌸", "sun": "☀️",
	"praying": "🙏", "pray": "🙏", "folded hands": "🙏", "fire": "🔥", "clap": "👏", "clapping": "👏",
	"balloon": "🎈", "balloons": "🎈", "gift": "🎁", "present": "🎁", "sad face": "😢", "crying": "😢",
	"muscle": "💪", "coffee": "☕", "beer": "🍻", "cheers": "🥂", "champagne": "🥂", "dog": "🐶", "cat": "🐱",
	"ring": "💍", "engagement ring": "💍", "diamond ring": "💍", "diamond": "💍", "wedding ring": "💍",
	"music": "🎶", "musical note": "🎶", "music note": "🎶", "notes": "🎶", "note": "🎵", "baby": "👶", "rainbow": "🌈",
	"trophy": "🏆", "medal": "🏅", "graduation cap": "🎓", "graduation": "🎓", "mortarboard": "🎓", "house": "🏠",
	"home": "🏠", "plane": "✈️", "wine": "🍷", "sunflower": "🌻", "rose": "🌹", "bouquet": "💐", "moon": "🌙",
	"football": "⚽", "ball": "⚽", "crown": "👑", "christmas tree": "🎄", "tree": "🌳", "candle": "🕯️", "dove": "🕊️",
	"books": "📚", "book": "📖", "mountain": "⛰️", "camera": "📷", "pizza": "🍕", "guitar": "🎸", "microphone": "🎤",
}

// onlyMarks reports a message of emoji or marks alone: a reaction, not a
// request.
func onlyMarks(toks []token) bool {
	for _, t := range toks {
		if t.norm != "!" && !strings.ContainsFunc(t.orig, isEmojiRune) {
			return false
		}
	}
	return true
}

func parseExclaim(toks []token, norm string) (Request, bool) {
	if onlyMarks(toks) {
		return Request{}, false
	}
	if !exclaim.Unwanted(norm) {
		return Request{}, false
	}
	return Request{Kind: NoExclaim}, true
}

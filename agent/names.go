package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/places"
)

// ExtractNames returns the personal names in a free answer, in the order
// they first appear, without repeats: "my sister Ana, and Tom from my old
// job" gives ["Ana", "Tom"]. A name is a capitalised word that is not a
// pronoun, weekday, month, greeting or common word that happens to start a
// sentence; kinship words used as names ("Mum", "Grandma") count. Places
// after "in", "from", "near" and the like are left out.
func ExtractNames(text string) []string {
	var out []string
	seen := map[string]bool{}
	toks := nameTokens(text)
	for i := 0; i < len(toks); i++ {
		name, ok := nameAt(toks, i)
		if !ok || seen[name] {
			continue
		}
		if strings.Contains(name, " ") {
			i++ // "Mrs Jones" took the next word too.
		}
		seen[name] = true
		out = append(out, name)
	}
	return out
}

// nameToken is one word with what precedes it.
type nameToken struct {
	word string
	// start is true for the first word of a sentence or line.
	start bool
	// after is the lowercase word before it; empty at the start of a sentence.
	after string
	// after2 is the lowercase word two back.
	after2 string
}

// nameTokens splits text into words, stripping possessive "'s" and the
// punctuation around each word and remembering sentence starts.
func nameTokens(text string) []nameToken {
	var toks []nameToken
	start := true
	prev, prev2 := "", ""
	for _, raw := range strings.Fields(text) {
		w := strings.TrimFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			w = strings.TrimSuffix(w, suf)
		}
		if w != "" {
			toks = append(toks, nameToken{word: w, start: start, after: prev, after2: prev2})
			prev2, prev = prev, strings.ToLower(w)
			start = false
		}
		if strings.ContainsAny(raw, ".!?:;\n") && strings.IndexAny(raw, ".!?:;") >= len(raw)-2 {
			start = true
			prev, prev2 = "", ""
		}
	}
	return toks
}

// nameAt reports whether toks[i] is a personal name.
func nameAt(toks []nameToken, i int) (string, bool) {
	tk := toks[i]
	w := tk.word
	if !looksCapitalised(w) {
		return "", false
	}
	lower := strings.ToLower(w)
	if nameTitles[strings.TrimSuffix(lower, ".")] {
		if i+1 < len(toks) && looksCapitalised(toks[i+1].word) {
			return w + " " + toks[i+1].word, true
		}
		return "", false
	}
	if kin, ok := kinshipNames[lower]; ok {
		// "my mum" is a relationship; "Mum" alone is how the person names her.
		if tk.after == "my" || tk.after == "our" || tk.after == "your" || tk.after == "his" || tk.after == "her" {
			return "", false
		}
		return kin, true
	}
	if notNames[lower] || kinshipWords[lower] {
		return "", false
	}
	// Ordinary words that start a sentence ("Happy to help") and places
	// ("moved to Berlin") are not names.
	if !people.IsName(w) && (tk.start || places.Known(w)) {
		return "", false
	}
	if placeWords[tk.after] || (tk.after == "the" && placeWords[tk.after2]) {
		return "", false
	}
	if strings.ContainsFunc(w, unicode.IsDigit) {
		return "", false
	}
	// A sentence that starts "Talking to Sam" or "Honestly, Sam" starts with
	// a verb or an adverb, not a name.
	if tk.start && len(lower) > 4 && (strings.HasSuffix(lower, "ing") || strings.HasSuffix(lower, "ly") || strings.HasSuffix(lower, "ed")) {
		return "", false
	}
	return w, true
}

// looksCapitalised is true for "Ana", "McKenzie", "Zoë", not for "ana",
// "OK" or "I".
func looksCapitalised(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	rest := w[size:]
	// All capitals ("BFF", "OK") are acronyms or shouting, not names.
	return strings.ContainsFunc(rest, unicode.IsLower)
}

// kinshipNames are family words people use as names, with their usual
// spelling.
var kinshipNames = map[string]string{
	"mum": "Mum", "mom": "Mom", "mummy": "Mummy", "mommy": "Mommy", "mama": "Mama", "mam": "Mam", "ma": "Ma",
	"dad": "Dad", "daddy": "Daddy", "papa": "Papa", "pa": "Pa",
	"grandma": "Grandma", "grandpa": "Grandpa", "granny": "Granny", "gran": "Gran", "nan": "Nan",
	"nana": "Nana", "nanna": "Nanna", "nonna": "Nonna", "nonno": "Nonno", "oma": "Oma", "opa": "Opa",
	"grandad": "Grandad", "granddad": "Granddad", "gramps": "Gramps", "abuela": "Abuela", "abuelo": "Abuelo",
}

// nameTitles come before a surname ("Mrs Jones", "Dr Okafor", "Aunt May").
var nameTitles = wordset.Of(`mr mrs ms miss mx dr prof sir dame aunt auntie aunty uncle father sister brother coach`)

// kinshipWords are relationship words that are never names by themselves.
var kinshipWords = map[string]bool{
	"sister": true, "brother": true, "mother": true, "father": true, "cousin": true, "aunt": true,
	"auntie": true, "aunty": true, "uncle": true, "niece": true, "nephew": true, "son": true,
	"daughter": true, "wife": true, "husband": true, "partner": true, "friend": true, "friends": true,
	"girlfriend": true, "boyfriend": true, "colleague": true, "boss": true, "neighbour": true,
	"neighbor": true, "roommate": true, "flatmate": true, "grandmother": true, "grandfather": true,
	"parents": true, "family": true, "sis": true, "bro": true, "bestie": true, "mate": true,
}

// placeWords precede places rather than people ("Tom from Leeds").
var placeWords = map[string]bool{
	"in": true, "from": true, "near": true, "at": true, "visit": true, "visited": true, "visiting": true,
	"into": true, "across": true, "around": true, "toward": true, "towards": true, "via": true,
	"moved": true, "trip": true, "flew": true, "drove": true, "holiday": true, "vacation": true,
}

// notNames are capitalised words that are not personal names: pronouns,
// greetings, calendar words, brands people chat on, and common words that
// start a sentence.
var notNames = wordset.Of(`i i'm im i've ive i'd i'll me my mine myself we us our ours you your yours he him his she her hers
they them their theirs it its this that these those who whom whose what which when where why how
hi hey hello hiya dear thanks thank yes yeah yep no nope ok okay sure please sorry well oh ah um hmm wow lol haha
can could would should will shall may might must do does did done is are was were be been being am have has had
not never always sometimes often usually maybe perhaps probably honestly actually really just also still even only
the a an and or but so because if then than though although since until while as at by for from in into of on to
with without about after before over under again very too quite rather more most less least much many some any all
both each every either neither other another such same one two three first last next new old good great best bad
help write draft message text email call tell ask say make let get go see think know want need like love feel felt
mention add remove include remind check start stop reflect plan remember
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
today tomorrow yesterday tonight morning afternoon evening night weekend week month year
christmas xmas easter halloween diwali eid hanukkah thanksgiving ramadan new year's valentine valentine's
god jesus lord english french spanish german italian chinese japanese american british
instagram insta facebook whatsapp telegram signal matrix discord slack zoom teams skype tiktok snapchat
twitter youtube linkedin reddit netflix spotify google gmail iphone android messenger
nobody everyone everybody someone somebody anyone anybody people person guy guys girl girls man woman
work job school college uni university office home family life time things stuff nothing everything something
there here now later soon ago lately recently yet already`)

// Pronoun swaps that turn the person's words about the recipient into words
// addressed to them.
var (
	subjectSwap = map[string]string{"she": "you", "he": "you", "they": "you", "she's": "you're", "he's": "you're",
		"they're": "you're", "she'd": "you'd", "he'd": "you'd", "they'd": "you'd", "she'll": "you'll", "he'll": "you'll",
		"they'll": "you'll", "they've": "you've"}
	objectSwap = map[string]string{"him": "you", "them": "you", "his": "your", "their": "your", "theirs": "yours",
		"hers": "yours", "herself": "yourself", "himself": "yourself", "themselves": "yourself", "themself": "yourself"}
	verbAfterYou = map[string]string{"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
		"isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "goes": "go"}
	herObject = wordset.Of(`and at to for with on in about so a an the that when because back again more too up out over
last yesterday today this but or if while since before after from like as soon how what`)
	adverbs = wordset.Of(`just always really still never finally also recently often already`)
)

// adaptPronouns rewrites he, she, they and the recipient's name as "you" and
// fixes the verb that follows ("she loves hiking" becomes "you love hiking").
func adaptPronouns(s, recipient string) string {
	words := strings.Fields(s)
	subject := false
	for i, w := range words {
		core := strings.TrimRight(w, ",.;:!?")
		tail := w[len(core):]
		low := strings.ToLower(core)
		out := ""
		switch {
		case recipient != "" && (core == recipient+"'s" || core == recipient+"’s"):
			out = "your"
		case recipient != "" && core == recipient:
			out, subject = "you", i+1 < len(words)
		case subjectSwap[low] != "":
			out = subjectSwap[low]
			if low == "she's" || low == "he's" {
				if i+1 < len(words) && (words[i+1] == "been" || words[i+1] == "got") {
					out = "you've"
				}
			}
			subject = out == "you"
		case low == "her":
			out = "your"
			if i+1 == len(words) || tail != "" || herObject[strings.ToLower(words[i+1])] {
				out = "you"
			}
		case objectSwap[low] != "":
			out = objectSwap[low]
		case subject && verbAfterYou[low] != "":
			out, subject = verbAfterYou[low], false
		case subject && adverbs[low]:
		case subject:
			out, subject = baseVerb(core), false
		}
		if out == "" {
			continue
		}
		words[i] = out + tail
	}
	return strings.Join(words, " ")
}

// baseVerb strips the third-person "s" from a present-tense verb: "loves"
// gives "love", "watches" "watch", "tries" "try". Other words come back
// unchanged.
func baseVerb(w string) string {
	low := strings.ToLower(w)
	switch {
	case len(low) < 4 || !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") || strings.HasSuffix(low, "us"):
		return w
	case strings.HasSuffix(low, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(low, "ches") || strings.HasSuffix(low, "shes") || strings.HasSuffix(low, "xes") || strings.HasSuffix(low, "oes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

func upFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

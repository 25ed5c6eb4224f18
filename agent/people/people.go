// Package people finds who a message is about: "jess", "my mum", "my
// brother Leo", "Leo my brother", "the uni flat group chat", "my old boss",
// "mrs okafor next door". It reads lowercase and rambling text, and keeps
// days, months, places, feelings and ordinary words out of names, so "change
// Leo to mondays" is about Leo and "jess … moved to berlin" about Jess.
//
// Find returns one Person: the name as it should be written ("Jess", "Mrs
// Okafor"), the relationship in plain words ("mother", "friend"), whether
// it is a group, and how sure the guess is. A relationship word is never a
// name: "my mother" has no Name and Relation "mother", and Address gives
// "Mum", the word people use to greet her. When Sure is false the caller
// should confirm the guess in the same reply ("Jess — did I get that
// right?", see Confirm) instead of asking again from scratch.
//
// Measured on the corpus in testdata (name, relationship and group all
// read right): the 176 tune lines it was built against all pass; the 67
// held-out lines, written first and never used to adjust it, scored 0.970
// at their first measurement and 0.985 later (TestHeldoutCorpus logs the
// figure). A second round wrote 49 fresh lines (possessive chains,
// titles, two-word and lowercase names, roles), which scored 0.735 before
// any change for them and all pass now, and 20 lines kept apart with them
// (heldout2.tsv), 0.800 before and 0.950 after. A third round (fresh2.tsv,
// 44 lines on possessives, ordinary nouns and nicknames, with 20 kept apart
// in heldout3.tsv) scored 0.795 and 0.800 before any change for it; what
// follows a possessive ("my flatmate's music") is no longer a name, and
// the two read 0.909 and 0.950 after. A fourth round (fresh3.tsv, 48 lines
// on reaching out, asks, losses and names from many cultures, with 20 kept
// apart in heldout4.tsv) scored 0.896 and 0.800 before any change for it,
// and 0.979 and 0.950 after: the one who died is set aside (gone.go), two
// people named together are one recipient, a partner after "engaged to" is
// not who a request is for. A fifth round (fresh4.tsv, 50 lines on two
// people named together with "and" or "&", family words, groups and names
// from many cultures, with 20 kept apart in heldout5.tsv) scored 0.688 and
// 0.600 before the pairs were read (pairs.go), 0.979 and 0.800 after: two
// people named together are one recipient greeted by both names, one
// named with the writer ("mum & me") is on the sending side. A sixth
// round (fresh5.tsv, 60 lines on relationship words, names from many
// cultures, pairs and groups) scored 0.917 before any change for it and
// 0.983 after: a second lowercase name nobody listed is read after a sure
// first one ("tariq & leyla on their engagement"), a two-word first name
// ends before what is sent ("send ana sofia a card"), and a name said
// "from work" is a colleague. A seventh round (fresh6.tsv, 60 lines)
// scored 0.817 before any change for it and 0.933 after: who the one
// just named is, said after a comma ("haruto, he's my old roommate"), a
// name said before a possessive chain ("ms adeyemi, my daughter's
// teacher"), a household by its surname ("the okonkwo family", "call the
// harpers"), a relative named later, two relatives joined by "and",
// "O'Connor" written with its capital, a relative named in a request
// chosen over the kids they help with, and a friend called by slang ("my
// boy dre"). An eighth round (fresh7.tsv, 60 lines) scored 0.617 before
// any change for it, most of the misses labels that wrote the word used
// ("grandad", "coworker", "cousins") where the corpus writes the plain
// relationship and "group"; set to the corpus's conventions, it reads
// 0.983: choirs and committees are groups, the parents of a class a
// group, someone else's relative named later has no relationship of the
// writer's, a pinyin given name ending like a verb ("xiaoling") is a name
// after a request word (pinyin.go), and "big" in "for big mo," leads to
// the name.
//
// Callers in the agent: reminders and contacts (who a reminder is for),
// settings (SelfName for "call me Dee"), and drafting (who a message is
// to: use Find on the request, Address for the greeting, Group for a group
// greeting, Mention in the companion's own sentences).
package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent/internal/fold"
)

// SureAt is the confidence from which a guess is used without asking.
const SureAt = 0.75

// Person is who a message means.
type Person struct {
	// Name is the person's name as it should be written: "Jess", "Mrs
	// Okafor", "Raj Mehta". Empty when only a relationship or a group was
	// named ("my mum", "the group chat").
	Name string
	// Relation is the relationship in plain words: "mother", "brother",
	// "friend", "boss", "neighbour", "sister-in-law"; "group" for a group
	// of people. Empty when none was said.
	Relation string
	// Said is the relationship as the person put it, tidied and lowercase:
	// "old college friend", "uni housemates", "mum". Empty when none.
	Said string
	// Group is true when the message is for several people: a group chat,
	// "the lads", "my uni friends". Drafts then greet a group ("Hi all").
	Group bool
	// Confidence is how sure the guess is, from 0 to 1.
	Confidence float64
}

// Found reports whether anyone was found.
func (p Person) Found() bool { return p.Name != "" || p.Relation != "" || p.Group || p.Said != "" }

// Sure reports whether the guess is good enough to use without asking.
func (p Person) Sure() bool { return p.Found() && p.Confidence >= SureAt }

// Address is what to call them in a message: the name, or the family word
// people greet with ("Mum", "Grandad"); empty for a group and for a
// relationship nobody is greeted by ("my old boss").
func (p Person) Address() string {
	switch {
	case p.Group:
		return ""
	case p.Name != "":
		return p.Name
	}
	return AddressFor(p.Said)
}

// Mention is how the companion speaks of them to the person: "Jess",
// "Mum", "your old boss", "the group".
func (p Person) Mention() string {
	if a := p.Address(); a != "" {
		return a
	}
	switch {
	case p.Group && p.Said != "" && p.Said != "group":
		return "your " + p.Said
	case p.Group:
		return "the group"
	case p.Said != "":
		return "your " + p.Said
	case p.Relation != "":
		return "your " + p.Relation
	}
	return ""
}

// Confirm is a line that checks an unsure guess in the same reply:
// "Jess — did I get that right?".
func (p Person) Confirm() string {
	m := p.Mention()
	if m == "" {
		return ""
	}
	return upFirst(m) + " — did I get that right?"
}

// AddressFor gives the greeting word for a family relationship word ("mum"
// gives "Mum", "my grandma" gives "Grandma"); empty for others ("sister",
// "boss").
func AddressFor(said string) string {
	if both := pairAddress(said); both != "" {
		return both
	}
	f := strings.Fields(foldText(said))
	if len(f) == 0 || strings.Contains(said, "'s ") {
		// "cousin's husband" is nobody's "Husband".
		return ""
	}
	return relations[f[len(f)-1]].address
}

// Relation gives the plain relationship for a word: "mum" gives "mother",
// "bestie" "friend"; empty when it is not a relationship word.
func Relation(word string) string {
	return relations[foldWord(word)].canon
}

// IsName reports whether a single word could be someone's name: not a day,
// month, place, feeling or other ordinary word, nor a relationship word.
func IsName(word string) bool {
	w := foldWord(strings.Trim(word, ".,!?;:'\"()"))
	if w == "" || isStop(w) || relations[w].canon != "" || strings.ContainsFunc(w, unicode.IsDigit) {
		return softNames[w] && firstNames[w]
	}
	return !placeOnly(w)
}

// IsFirstName reports whether word is a first name the finder knows that is
// not also an ordinary word ("tom", "lucia"; not "may" or "will").
func IsFirstName(word string) bool {
	w := foldWord(strings.Trim(word, ".,!?;:'\"()"))
	return firstNames[w] && !softNames[w]
}

// foldWord lowercases w and takes accents off.
func foldWord(w string) string {
	var b strings.Builder
	for _, r := range w {
		a, c := fold.Rune(r)
		if fold.IsApostrophe(r) {
			a = '\''
		}
		b.WriteRune(a)
		if c != 0 {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// foldText folds every word of s and drops punctuation.
func foldText(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && !fold.IsApostrophe(r)
	})
	for i := range f {
		f[i] = foldWord(f[i])
	}
	return strings.Join(f, " ")
}

func upFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
	"github.com/companion-dev/companion/agent/people"
)

// People often tell the story first and then say only how the message
// should sound, as if the companion had asked: "my old student turns 21
// tomorrow, she's studying law now", then "teacherly but not cringe";
// "my colleague's dog died", then "gentle, not too much". A line like that
// is about a message and nothing else, so it asks for one: the draft
// starts from what was just told, with that feel. An offer to write that
// is still open is taken the same way ("tone: hype but quiet").

// styleLine reports a short line that says how a message should sound and
// tells nothing: its first clause is made of words about a feel ("soft",
// "professional-ish but not stiff", "like a hug but short", "cheerful, a
// bit daft"). What follows the first clause may say why ("he doesnt do
// fluff"); the line stays short.
func styleLine(text string) bool {
	f := foldText(strings.ReplaceAll(text, "-", " "))
	f = styleLead.ReplaceAllString(f, "")
	if f == "" || len(strings.Fields(f)) > 12 || strings.HasPrefix(strings.TrimSpace(text), "/") {
		return false
	}
	first := firstClause(text)
	words := strings.Fields(styleLead.ReplaceAllString(foldText(strings.ReplaceAll(first, "-", " ")), ""))
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	feel, other := 0, 0
	likened := false
	for i, w := range words {
		switch {
		case likened && !styleJoin[w]:
			// "like a nod of respect": what it should feel like.
		case w == "like" && i+1 < len(words) && (words[i+1] == "a" || words[i+1] == "an" || words[i+1] == "the" || words[i+1] == "old"):
			likened = true
			feel++
		case i > 0 && styleNot[words[i-1]] && !styleFiller[w]:
			// "not stuffy", "too formal": a feel, whatever the word.
			feel++
		case w == "kind" && i+1 < len(words) && words[i+1] == "of":
		case styleFeel[w] || feelWords[w] && !styleFiller[w]:
			feel++
		case styleFiller[w]:
		default:
			other++
		}
		if styleJoin[w] {
			likened = false
		}
	}
	if feel == 0 || other > 1 || other == 1 && feel < 2 || len(words) == 1 && feltWord[words[0]] {
		// "happy", "proud" alone say how the person feels.
		return false
	}
	// A feel word alone reads like a name to the finder ("soft",
	// "breezy"); a name among words that are not feel words is someone.
	name := foldText(people.Find(first).Name)
	for _, w := range strings.Fields(name) {
		if !styleFeel[w] && !feelWords[w] && !styleFiller[w] {
			return strings.Contains(f, "like ")
		}
	}
	return true
}

// styleJoin end a comparison: "like a hug but short".
var styleJoin = wordset.Of(`but and yet though`)

// styleNot come before a word that says a feel by saying less of it:
// "not stuffy", "too formal", "nothing cringe".
var styleNot = wordset.Of(`not too less nothing overly without`)

// firstClause is text up to its first comma, full stop or question mark.
func firstClause(text string) string {
	t := strings.TrimSpace(text)
	if i := strings.IndexAny(t, ",.?!;"); i > 0 {
		// "tone: hype but quiet?": the label before a colon is no clause.
		return t[:i]
	}
	return t
}

// styleLead are words that open a line about a feel: "tone:", "make it".
var styleLead = mustPattern(`^(?:(?:tone|vibe|vibes|style|feel|register|mood)(?: is| wise)?:?|(?:make it|keep it|something|maybe|just|um|hmm|ok|okay|and|so|idk|i guess|i think|i'?d say|id say)\b) *`)

// styleFeel are words about how a message sounds, beyond the feel words a
// step takes alone: "goofy", "nostalgic", "not cringe", "professional-ish".
var styleFeel = wordset.Of(`goofy daft dorky nerdy nostalgic teacherly motherly fatherly auntie hype hyped quiet understated cringe cringey
stiff gushy gushing dramatic desperate fluffy fluff soppy cheesy corny needy eager curious proud hug hugs nod respect
chatty easygoing easy going laid back lowkey low key mellow bubbly sunny enthusiastic excited encouraging reassuring comforting
tactful diplomatic graceful classy elegant sober solemn reverent dignified modest humble grounded real natural human
professionalish professional ish formalish casualish warmish energy vibe vibes mode tone proper posh smart straight mates mate pal
affectionate fond loving sweet wholesome heartwarming uplifting hopeful positive bright silly playful witty dry sarcastic
careful considerate respectful tender gentle soft kind calm light sincere heartfelt earnest brief short concise snappy
old school oldschool`)

// feltWord are feel words that, alone, say how the person feels.
var feltWord = wordset.Of(`happy proud excited grateful sad emotional nice good fine calm real normal serious deep`)

// styleFiller are words that join feel words without telling anything:
// "but", "not too", "a bit", "like".
var styleFiller = wordset.Of(`but and not too very really super just more less bit a an little kinda kind of sort quite
like with yet though still up please pls bit abit somewhat slightly extra lot of the tone vibe ish no nothing without over overly`)

// styleTakesTold starts a draft from what was just told when the line
// that follows only says how the message should sound, and takes an open
// offer to write the same way.
func (t *turn) styleTakesTold() bool {
	if t.choice != "" || !styleLine(t.text) {
		return false
	}
	tone := draftTone(foldText(firstClause(t.text)))
	request := ""
	switch k := t.told; {
	case t.writeOffer() && t.p.Flow.Offer.Request != "":
		request = t.p.Flow.Offer.Request
		t.p.Flow.Offer = nil
	case k != nil && k.Text != "" && t.now.Sub(k.At) <= talkedFor && people.Find(k.Text).Found():
		request = k.Text
	default:
		return false
	}
	mark := len(t.replies)
	t.startDraft(request, false)
	if ds := t.p.Flow.Draft; tone == "" && t.p.Flow.Name == flowDraft && ds != nil {
		// A feel said in words no rule reads is still said: the step
		// asking for it is not asked.
		ds.Details.Skipped = append(ds.Details.Skipped, slotTone)
	}
	t.setOfferTone(tone, mark)
	return true
}

package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// News often comes with how it left the person: "my friend's mum died and
// i couldn't go to the funeral, i feel terrible", "my best friend is
// pregnant and we've been trying for years, i cried when she told me",
// "new job but i feel invisible there". A friend hears both. The news is
// named for whoever it is about, and the person's own feeling is answered
// too; when that feeling is the heavier part (good news that hurts, a
// change that left them low), it comes first and the glad words stay out.

// ownFeelingIn is a line that answers the person's own hard feeling told
// beside news, and whether there is one: the clauses that tell no news
// and speak in the first person, read for a low feeling the outside
// replies know, or one the listener is sure of.
func ownFeelingIn(text string) (string, bool) {
	return ownFeelingRead(text, false)
}

// ownFeelingSaid is ownFeelingIn with the feeling said in words the outside
// replies know (a low-feeling cue, tears), not only sensed by the
// listener: a shared memory ("she used to make us pancakes") is no hurt.
func ownFeelingSaid(text string) bool {
	_, ok := ownFeelingRead(text, true)
	return ok
}

func ownFeelingRead(text string, said bool) (string, bool) {
	rest := reKeptQuiet.ReplaceAllString(strings.ToLower(withoutNews(text)), " ")
	if strings.TrimSpace(rest) == "" || !firstPerson.MatchString(foldText(rest)) {
		return "", false
	}
	if who := feltFor.FindStringSubmatch(foldText(rest)); who != nil {
		// "i feel awful for him": sympathy, not the person's own low day.
		obj := who[1]
		if obj != "him" && obj != "her" && obj != "them" {
			obj = "them"
		}
		return pick(text, []string{
			"It's clear how much you care about " + obj + ".",
			"It says a lot that you feel it for " + obj + " like this.",
		}), true
	}
	if hasPhrase(lowPadded(rest), tearCues) {
		return pick(text, []string{
			"And it sounds like it brought a lot up for you too.",
			"It sounds like it hit you hard, too.",
		}), true
	}
	if k, ok := findLow(rest); ok && !changeLows[k.name] {
		return pick(text, k.lines), true
	}
	if said {
		return "", false
	}
	if f := listen.Feel(rest); f.Sure() && heavyFeelings[f.Label] && len(feelingLines[f.Label]) > 0 {
		return pick(text, feelingLines[f.Label]), true
	}
	return "", false
}

// reKeptQuiet is news kept to oneself until now: "i told literally nobody
// i applied", "haven't told anyone yet". A secret kept, not loneliness.
var reKeptQuiet = mustPattern(`\b(?:told|tell|telling|told literally|tell literally) (?:literally |absolutely |hardly )?(?:nobody|no one|noone|anyone|anybody)\b`)

// feltFor is a feeling felt for someone else: "i feel awful for him", "so
// gutted for her", "my heart breaks for them".
var feltFor = mustPattern(`\b(?:feel|feeling|felt|so|really|just|i'm|im)\s+(?:so\s+|really\s+|just\s+)?(?:awful|terrible|bad|horrible|gutted|sad|sorry|heartbroken|devastated|upset|worried)\s+for\s+(him|her|them|\w+)\b|\bmy heart (?:breaks|goes out|aches) (?:for|to) (him|her|them|\w+)\b`)

// changeLows are low kinds that name the change itself, not a feeling
// about it: a move is the news, not the person's own hurt.
// A worry or nerves about a change ("starting a new job and i'm kind of
// nervous") is part of the change, which its reply names.
var changeLows = map[string]bool{"moved": true, "moving away": true, "anxious": true, "overthinking": true}

// mixedNews answers someone else's good news that hurt the person (own is
// the line for that hurt): the hard part named first, their news said
// plainly, no congratulations, and room to say more.
func (t *turn) mixedNews(n newsReading, own string) {
	about := orElse(n.about, "them")
	line := pick(t.text, []string{
		"That's a lot to take in. Happy news for " + about + " can still be hard for you, and both can be true at once.",
		"It makes sense that it's complicated: glad for " + about + ", and it touches something painful for you too.",
	})
	// What they ask next ("what should i do") is about their own part.
	felt := ""
	if k, ok := findLow(reKeptQuiet.ReplaceAllString(strings.ToLower(withoutNews(t.text)), " ")); ok {
		felt = k.name
	}
	t.p.Flow.Offer = &Offer{Kind: "talk", Felt: felt}
	t.say(line+" "+strings.TrimSpace(own)+" How are you feeling about it?",
		Choice{ID: "journey:matter", Label: "Think about who matters"},
		Choice{ID: "menu:draft", Label: "Write to someone"})
}

// reNotKnowing is the person saying they are lost for what to do, said as
// a feeling, not asked: "i don't even know how to process it", "no idea
// how to help him".
var reNotKnowing = mustPattern(`\b(?:i )?(?:dont|don't|do not|didnt|didn't|really dont|honestly dont|just dont|have no|no) (?:even |really |honestly )?(?:know|idea) (?:how|what) to \w+(?: \w+){0,4}$`)

// withoutNotKnowing is text with a closing "i don't know how to …" clause
// left out when no question mark asks it: what is left says whether the
// message asks anything else.
func withoutNotKnowing(text string) string {
	if strings.Contains(text, "?") {
		return text
	}
	var keep []string
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(".,;!", r) }) {
		folded := foldText(c)
		if loc := reNotKnowing.FindStringIndex(folded); loc != nil {
			folded = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(folded[:loc[0]]), " and"))
		}
		if folded != "" {
			keep = append(keep, folded)
		}
	}
	return strings.Join(keep, ". ")
}

// ownPetLost reports the death of a pet of the person's own: a pet word,
// no one else's ("my aunt's dog" is hers), and the person in it ("the dog
// we grew up with", "my cat").
func ownPetLost(text string) bool {
	folded := foldText(text)
	f := strings.Fields(folded)
	for i, w := range f {
		if !petWords[w] {
			continue
		}
		if i > 0 && strings.HasSuffix(f[i-1], "'s") {
			return false
		}
		if i > 0 && (f[i-1] == "my" || f[i-1] == "our") {
			return true
		}
	}
	return firstPerson.MatchString(folded) && hasAnyWord(folded, petWords)
}

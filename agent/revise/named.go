package revise

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// A pet or a thing given its name after the draft ("MY cat is called
// biscuit", "our dog's name is pickle") is a swap: where the draft says
// "the cat" or "your cat", it says "Biscuit". The name is never someone
// to write to.

// namedThings are what people name besides people.
var namedThings = wordset.Of(`dog cat puppy pup kitten kitty pet horse pony rabbit bunny hamster parrot budgie bird fish
tortoise turtle snake lizard goat chicken hen baby car van boat bike plant`)

// namedRe is "my cat is called biscuit", "the dog's name is pickle".
var namedRe = regexp.MustCompile(`^(?:(?:oh|wait|actually|and|btw|also|by the way|no|nope|sorry)\s+)*(?:my|our|the|his|her|their) ([a-z]+)(?:'s name| name)? (?:is|was|'s) (?:called |named )?([a-z][a-z'-]*)(?: (?:btw|by the way|lol|haha))?$`)

// parseNamed reads the name given to a thing the draft speaks of.
func parseNamed(toks []token, norm string) (Request, bool) {
	m := namedRe.FindStringSubmatch(norm)
	if m == nil || !namedThings[m[1]] || stockWords[m[2]] || namedThings[m[2]] {
		return Request{}, false
	}
	if !strings.Contains(norm, "called") && !strings.Contains(norm, "named") && !strings.Contains(norm, "name") {
		// "my dog is ill" says how it is, not what it is called.
		return Request{}, false
	}
	return Request{Kind: Replace, Old: PartNamed + m[1], Detail: upperFirst(origTail(toks, m[2]))}, true
}

// replaceNamed puts the name where the draft says "the cat", "your cat"
// or "my cat".
func (d *draft) replaceNamed(thing, name string) error {
	re := regexp.MustCompile(`(?i)\b(?:the|your|my|our|his|her|their) ` + regexp.QuoteMeta(thing) + `\b`)
	found := false
	for i, s := range d.body {
		if re.MatchString(s) {
			d.body[i], found = re.ReplaceAllString(s, name), true
		}
	}
	if !found {
		return ErrNotFound
	}
	return nil
}

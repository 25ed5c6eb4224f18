package people

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// SelfName reads the name a person wants to be called: "call me Dee",
// "call me Gracie please", "my name is priya", "i'm Dee", or just "Dee".
// It returns the name alone, capitalised ("Gracie"), and false when the
// text gives no name ("call me when you can", "I'm tired").
func SelfName(text string) (string, bool) {
	words := strings.Fields(strings.NewReplacer(",", " ", "!", " ", ".", " ", "?", " ", "\"", " ", "“", " ", "”", " ").Replace(text))
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = foldWord(w)
	}
	i := 0
	for _, lead := range selfLeadsLong {
		if n := len(strings.Fields(lead)); n <= len(low) && strings.Join(low[:n], " ") == lead {
			i = n
			break
		}
	}
	lead := i > 0
	if !lead {
		// "you can call me Dee", "ok so call me Dee please": the lead-in may
		// come after a few words.
		for k := 1; k < len(low) && k < 5 && !lead; k++ {
			for _, l := range []string{"call me", "my name is", "my name's", "name is"} {
				n := len(strings.Fields(l))
				if k+n <= len(low) && strings.Join(low[k:k+n], " ") == l {
					i, lead = k+n, true
					break
				}
			}
		}
	}
	var name []string
	for ; i < len(words) && len(name) < 3; i++ {
		w := low[i]
		if selfTail[w] {
			break
		}
		if !lettersOnly(w) || (isStop(w) && !softNames[w]) || relations[w].canon != "" && len(name) == 0 && !lead {
			if len(name) == 0 && (w == "just" || w == "simply" || w == "it's" || w == "its") {
				continue
			}
			break
		}
		name = append(name, written(strings.Trim(words[i], "'’")))
	}
	if len(name) == 0 {
		return "", false
	}
	// Without a lead-in, only a short answer is a name ("Dee", "Mary Ann").
	if !lead && i < len(words) && !selfTail[low[i]] {
		return "", false
	}
	return strings.Join(name, " "), true
}

var selfLeadsLong = []string{"please call me", "you can call me", "u can call me", "just call me", "call me",
	"my name is", "my name's", "my names", "name's", "names", "i'm called", "im called", "i am called", "i go by",
	"i'm", "im", "i am", "it's", "its", "it is", "this is"}

// selfTail are words that end a name given for oneself ("call me Dee
// please", "call me Sam from now on").
var selfTail = wordset.Of(`please pls plz thanks thank thx ty instead from now on ok okay if that's thats lol haha x xx
for short if you like going forward from then`)

package agent

import (
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/safety"
)

// Common slips of the keyboard in the words requests are made of: a
// letter swapped, doubled or left out in "help", "write", "message",
// "friend", "just", "done", "congratulations". These are put right before
// anything reads the message, and so is any lowercase word that is a slip
// of a common word (slipFix): never a name, never a word that is also a
// real word ("massage", "right", "rite" of passage apart — "rite" is read
// as "write" only after "help me" or "me").
var typoFixes = map[string]string{
	"hlep": "help", "halp": "help", "hepl": "help", "hekp": "help",
	"wrtie": "write", "wirte": "write", "writ": "write", "wrte": "write", "wriet": "write",
	"mesage": "message", "messsage": "message", "messge": "message", "mesasge": "message", "msessage": "message",
	"messgae": "message", "meesage": "message",
	"freind": "friend", "frend": "friend", "firend": "friend", "freinds": "friends", "frends": "friends",
	"jsut": "just", "juts": "just",
	"dnoe": "done", "doen": "done", "donee": "done",
	"shorte": "shorter", "shoter": "shorter", "shortr": "shorter", "shroter": "shorter",
	"longr": "longer", "lnoger": "longer",
	"warmr": "warmer", "wamer": "warmer",
	"thnaks": "thanks", "thansk": "thanks", "tahnks": "thanks", "thnx": "thanks",
	"congradulations": "congratulations", "congradulation": "congratulation", "congratualtions": "congratulations",
	"congratulatons": "congratulations", "congrads": "congrats", "congratz": "congrats",
	"condolances": "condolences", "condolance": "condolence", "condolenses": "condolences", "condolonces": "condolences",
	"remidn": "remind", "reimnd": "remind", "remnid": "remind",
	"birthdya": "birthday", "bithday": "birthday", "birtday": "birthday", "brithday": "birthday",
	"becuase": "because", "beacuse": "because",
	"wnat": "want", "wnt": "want", "waht": "what", "whta": "what",
	"tommorow": "tomorrow", "tomorow": "tomorrow", "tommorrow": "tomorrow",
	"hospitl": "hospital", "hosptial": "hospital",
	"jobb": "job", "nwe": "new",
}

// riteAfter are the words after which "rite" is "write": "help me rite".
var riteAfter = map[string]bool{"me": true, "to": true, "can": true, "you": true, "u": true, "pls": true, "please": true}

// fixTypedSlips puts right the slips of a message written in English (or
// in no language the safety rules can tell): a word of another language
// is never a slip of an English one ("lettre", "wird", "toch", "doen").
func fixTypedSlips(s string) string {
	if lang := safety.Language(s); lang != "" && lang != "en" {
		return s
	}
	return fixTypos(s)
}

// fixTypos puts right the slips in typoFixes, keeping a capital where the
// person typed one.
func fixTypos(s string) string {
	words := strings.Fields(s)
	changed := false
	for i, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if core == "" || strings.HasPrefix(w, "/") {
			// A command is never put right: "/setings" is asked about.
			continue
		}
		low := strings.ToLower(core)
		fix, ok := typoFixes[low]
		if !ok && core == low {
			fix, ok = slipFix(low)
		}
		if !ok && low == "rite" && i > 0 && riteAfter[strings.ToLower(strings.Trim(words[i-1], ",.!?"))] {
			fix, ok = "write", true
		}
		if !ok {
			continue
		}
		if r := []rune(core); unicode.IsUpper(r[0]) {
			if i > 0 {
				// A capital inside a sentence may be a name: left alone.
				continue
			}
			fix = strings.ToUpper(fix[:1]) + fix[1:]
		}
		words[i] = strings.Replace(w, core, fix, 1)
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}

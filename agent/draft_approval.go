package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// approvalOnly reports a reaction to a draft made only of liking it and
// being finished with it, however it is put: "That is lovely. Done.",
// "yeah thats good done", "That will do nicely", "looks great, im happy
// with that". Every word must be one of approval's everyday words, and one
// of them must carry it; a word outside them ("but", "shorter", a name, a
// detail) means there is more to it, and the reaction is read as a change.
func approvalOnly(text string) bool {
	words := strings.Fields(strings.ReplaceAll(foldText(text), "'", ""))
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	carried := false
	for i, w := range words {
		switch {
		case approvalCarriers[w]:
			carried = true
		case w == "do" && i > 0 && (words[i-1] == "will" || words[i-1] == "thatll" || words[i-1] == "itll" || words[i-1] == "that"):
			carried = true // "that will do", "that'll do"
		case approvalFill[w]:
		default:
			return false
		}
	}
	return carried
}

// approvalCarriers are the words that say a draft is liked or finished.
var approvalCarriers = wordset.Of(`done lovely great perfect good fine nice brilliant brill fab fabulous amazing awesome
ideal spot exactly love like happy sorted works wonderful beautiful cool sweet excellent gorgeous nicely`)

// approvalFill are the words said around them.
var approvalFill = wordset.Of(`that thats this it its is looks look sounds reads will thatll itll do does
just right on yes yeah yep yup ya ok okay k thanks thank you thx ty cheers ta so very really pretty much
quite i im ive id with all the one now then send sending use using go going ill lol haha x xx oh ah aw aww
wow omg mate a absolutely totally definitely honestly`)

package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// Someone written to by a relationship alone ("my brother just lost his
// job", "my cousin passed her driving test") has no name to find them by
// in what was said: the relationship stands for them, and said as the
// pronoun it stands for, Parse rewrites it to speak to them ("you lost
// your job").

// AsRecipient rewrites "my <relation>" in text, where relation is the
// only word the recipient is known by, as the pronoun for them: "he" or
// "she" where it is the subject, "his" or "her" before a thing of theirs,
// "him" or "her" elsewhere. The pronoun comes from the word ("brother")
// or, for a word that says neither ("cousin", "friend"), from the first
// "his" or "her" after it; text is returned as it is when neither tells.
func AsRecipient(text, relation string) string {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(relation)))
	if len(f) == 0 || strings.TrimSpace(text) == "" {
		return text
	}
	rel := f[len(f)-1]
	re := regexp.MustCompile(`(?i)(^|[.!?,;:]\s+|\b(?:and|but|so|because|cos|that|since|when|now)\s+)?\bmy (?:(?:little|big|older|younger|baby|twin|best|old|dear|lovely|oldest|eldest|youngest) )?` +
		regexp.QuoteMeta(rel) + `\b('s)?` + knownFrom)
	loc := re.FindStringIndex(text)
	if loc == nil {
		return text
	}
	obj := kinPronoun(rel)
	if obj == "" {
		m := hisHer.FindStringSubmatch(text[loc[1]:])
		if m == nil {
			return text
		}
		obj = map[string]string{"his": "him", "her": "her", "him": "him"}[strings.ToLower(m[1])]
	}
	subj, own := "he", "his"
	if obj == "her" {
		subj, own = "she", "her"
	}
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		b.WriteString(text[last:m[0]])
		lead := ""
		if m[2] >= 0 {
			lead = text[m[2]:m[3]]
		}
		b.WriteString(lead)
		switch {
		case m[4] >= 0:
			b.WriteString(own)
		case m[0] == 0 || lead != "" || verbNext(text[m[1]:]):
			b.WriteString(subj)
		default:
			b.WriteString(obj)
		}
		last = m[1]
	}
	return b.String() + text[last:]
}

// verbNext reports text that goes on with a verb: what came before it
// was its subject ("i think my sister is struggling").
func verbNext(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",.!?")
	return subjectVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 3
}

// subjectVerbs are words that follow a subject: "is", "just", "got".
var subjectVerbs = wordset.Of(`is was has had got gets just finally did does can could will would might may must should lost passed turns turned went goes moved started starts broke fell died made makes said says told ran won became becomes left leaves keeps kept still always never really has's isn't wasn't hasn't doesn't didn't can't won't loves likes hates needs wants lives works`)

// hisHer is the first third-person possessive or object pronoun in a
// text, which tells whom a relation word of no gender stands for: "my mate
// … i havent talked to him".
var hisHer = regexp.MustCompile(`(?i)\b(his|her|him)\b`)

// knownFrom is where the writer knows them from, said right after the
// relation word and part of who they are: "my best mate from school just had
// twins" is he who had them.
const knownFrom = `(?:\s+from\s+(?:the\s+|my\s+|our\s+)?(?:school|primary|primary school|secondary|secondary school|high school|uni|university|college|work|my old job|old job|my last job|home|back home|church|the gym|gym|football|rugby|the team|the club|choir|the choir|band|the band|scouts|childhood|the village|the estate|the neighbourhood|next door|down the road|online|discord|twitter|reddit|instagram))?`

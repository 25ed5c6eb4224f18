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
		regexp.QuoteMeta(rel) + `\b('s)?`)
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
		obj = map[string]string{"his": "him", "her": "her"}[strings.ToLower(m[1])]
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

// hisHer is the first third-person possessive in a text.
var hisHer = regexp.MustCompile(`(?i)\b(his|her)\b`)

package agent

import (
	"regexp"
	"strings"
)

// A question asked inside an answer ("idk, is it weird to just call out of
// nowhere?", "everyone getting promoted, is that normal?") is asked of the
// companion, not said of the person's life: a summary line leaves it out
// and keeps what the answer states around it, rather than turn the
// question into a broken statement.

// reAskedClause opens a clause asked as a question.
var reAskedClause = regexp.MustCompile(`(?i)^(?:is|are|am|was|were|do|does|did|should|shall|would|could|can|will|how|why|what|who|where|when|which)\b`)

// reStatedDoubt is a doubt that holds a statement of the person's own:
// "is it weird that i can't think of anyone" says "i can't think of
// anyone", which the doubt reader keeps.
var reStatedDoubt = regexp.MustCompile(`(?i)\b(?:that|if) (?:i|im|i'm|we|my)\b`)

// reSentenceEnd ends a sentence, its marks kept with it.
var reSentenceEnd = regexp.MustCompile(`[^.?!]+[.?!]*`)

// withoutAsked is answer without the questions it asks, each cut from the
// clause that asks it; answer itself when nothing would be left, or when
// it asks nothing.
func withoutAsked(answer string) string {
	var kept []string
	cut := false
	for _, s := range reSentenceEnd.FindAllString(answer, -1) {
		body := strings.TrimSpace(s)
		if !strings.HasSuffix(body, "?") {
			kept = append(kept, body)
			continue
		}
		clauses := strings.Split(strings.TrimRight(body, "?! "), ", ")
		i := len(clauses) - 1
		for i >= 0 && !reAskedClause.MatchString(strings.TrimSpace(clauses[i])) {
			i--
		}
		if i < 0 || reStatedDoubt.MatchString(clauses[i]) {
			kept = append(kept, body)
			continue
		}
		cut = true
		if lead := strings.TrimSpace(strings.Join(clauses[:i], ", ")); lead != "" && !lowContent(foldText(lead)) {
			kept = append(kept, lead+".")
		}
	}
	if !cut || len(kept) == 0 {
		return answer
	}
	return strings.Join(kept, " ")
}

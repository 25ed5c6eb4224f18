package agent

import (
	"regexp"
	"strings"
)

var (
	// yesNoRE finds a question that wants a yes or a no: one that opens
	// with an auxiliary ("should i…", "is it rude…") or asks "is that bad".
	yesNoRE = regexp.MustCompile(`(?i)^(?:(?:hi|hey|hello|ok|okay|so|um|quick q(?:uestion)?|sorry|honestly)[,!.:]*\s+)*(?:is|are|am|should|shall|can|could|would|will|was|were|has|have|must|shud|shoud|r)\b|^(?:(?:hi|hey|hello|ok|okay|so|um|sorry|honestly)[,!.:]*\s+)*(?:do|does|did)\s+(?:i|you|u|we|they|he|she|it|my|people|most|other|friends?)\b|\b(?:is|was) (?:it|that|this) (?:ok|okay|normal|weird|rude|bad|wrong|fine|too much|desperate|annoying|selfish|cringe|strange)\b`)
	// yesNoEndRE finds a yes-or-no question at the end of a story ("…, should
	// i text her again"), with the word before it, which must not make it a
	// question of how or what ("how do i…").
	yesNoEndRE = regexp.MustCompile(`(?i)(?:^|([\p{L}']+)[^\p{L}']+)(?:should|can|do) i\b[^?.!]*$`)
	// yesNoClauseRE finds a yes-or-no question told after a story, as a
	// clause of its own that opens with an auxiliary and its subject ("…, is
	// that a real friendship", "…. am i overdoing it", "…, is he right").
	yesNoClauseRE = regexp.MustCompile(`(?i)(?:[,.;:!?]|\b(?:but|so|and|now|anyway)\b)\s*(?:is|are|am|was|were|should|shall|can|could|would|will|do|does|did|has|have)\s+(?:i|it|that|this|he|she|they|we|you|u|there|my|me|people|someone|friends?)\b`)
	// whWords turn the auxiliary after them into part of an open question.
	whWords = map[string]bool{"how": true, "what": true, "wat": true, "where": true, "when": true, "why": true, "who": true, "which": true}
	// openQuestionRE is an open question asked with an auxiliary ("…, how
	// long do i wait"), which a yes-or-no clause elsewhere does not make yes
	// or no.
	openQuestionRE = regexp.MustCompile(`(?i)\b(?:how|what|wat|where|when|why|who|which)\s+(?:\w+\s+)?(?:should|shall|is|are|am|was|were|do|does|did|can|could|would|will|has|have|to)\s`)
)

// yesNoQuestion reports whether q wants a yes or a no, so that the stance a
// section takes opens its answer.
func yesNoQuestion(q string) bool {
	q = strings.TrimSpace(q)
	if yesNoRE.MatchString(q) {
		return true
	}
	if m := yesNoEndRE.FindStringSubmatch(q); m != nil && !whWords[strings.ToLower(m[1])] && !openQuestionRE.MatchString(lastClause(q)) {
		return true
	}
	return yesNoClauseRE.MatchString(q) && !openQuestionRE.MatchString(q)
}

// lastClause returns what follows the last comma or full stop of q.
func lastClause(q string) string {
	if i := strings.LastIndexAny(q, ",.;!?"); i >= 0 && i < len(q)-1 {
		return q[i+1:]
	}
	return q
}

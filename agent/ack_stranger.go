package agent

import "strings"

// A good moment with someone the person does not know ("a stranger on the
// bus helped me with my pram and we got chatting", "the barista at my
// usual place asked how my exam went") has no name to put to it; who it
// was and where is what makes it theirs, named instead of "that sounds
// lovely".

// reStrangerAt is someone unknown or met by chance, and where: "a stranger
// on the bus", "an old man at the park", "the lady at the bakery".
var reStrangerAt = mustPattern(`\b(?:a|an|this|some|the) ((?:random |total |complete |kind |lovely |nice |old |young )?(?:stranger|woman|man|lady|guy|girl|bloke|fella|kid|couple|barista|cashier|bus driver|taxi driver|driver|nurse|shop ?keeper|waiter|waitress|bartender|student|tourist|dog walker))(?: (on|at|in) (?:the|a|my) ((?:\w+ )?(?:bus stop|bus|train|tube|tram|park|shop|supermarket|cafe|café|bakery|gym|station|platform|queue|library|playground|pub|bar|plane|airport|laundrette|school gates|pool|beach|street|corner shop|office|waiting room|hospital)))?\b`)

// reStrangerGood is the moment going well: they helped, chatted, smiled.
var reStrangerGood = mustPattern(`\b(?:helped|chatted|chatting|talked|talking|got talking|laughed|smiled|complimented|made my day|made my week|ended up|lovely|kind|sweet|nice|bought me|held the door|gave me)\b`)

// strangerMomentAck names a good moment with someone met by chance, and
// where, at a question asking what left the person feeling good; "" for
// any other answer or question.
func strangerMomentAck(q Question, answer string, names []string, v int) string {
	if questionKind(q.Text) != qkGood || len(names) > 0 {
		return ""
	}
	folded := foldText(answer)
	m := reStrangerAt.FindStringSubmatch(folded)
	if m == nil || !reStrangerGood.MatchString(folded) || reWeightier.MatchString(folded) {
		return ""
	}
	who := "a " + m[1]
	if strings.ContainsAny(m[1][:1], "aeiou") {
		who = "an " + m[1]
	}
	if m[3] != "" {
		who += " " + m[2] + " the " + m[3]
	}
	return fitAck(upFirst(strings.ReplaceAll(pickAck([]string{
		"A good moment with {w} — small, unplanned kindness like that can carry a whole day.",
		"{w} turning an ordinary day into a good one: those small connections count for a lot.",
		"That's a lovely one: {w}, out of nowhere. Moments like that are worth noticing.",
	}, v), "{w}", who)))
}

package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// The people an answer names, heard as who they are to the person: listed
// with the kind of closeness each is ("family and a friend"), and "she" or
// "he" at the start of an answer named when an earlier answer said who.

// ackPeople names the people an answer speaks of: "Your grandma and Tariq
// — family and a friend, two different kinds of closeness."
func ackPeople(people []listen.Mention, answer string, v int) string {
	refs := make([]string, 0, len(people))
	for _, p := range people {
		refs = append(refs, p.Ref)
	}
	if len(refs) > 3 {
		refs = refs[:3]
	}
	if len(refs) == 1 {
		pool := ackOneNamed
		if refs[0] != people[0].Who {
			// "your old flatmate" is not a name to put to it.
			pool = ackOneRef
		}
		return strings.ReplaceAll(pickAck(pool, v), "{n}", refs[0])
	}
	list := strings.Join(refs[:len(refs)-1], ", ") + " and " + refs[len(refs)-1]
	if len(refs) == 2 && v%3 == 0 {
		// "Ana and Tom — family and an old colleague, two kinds of closeness."
		a, b := mentionRole(answer, people[0]), mentionRole(answer, people[1])
		if a != "" && b != "" && a != b {
			return list + " — " + a + " and " + b + ", two different kinds of closeness."
		}
	}
	return strings.ReplaceAll(pickAck(ackSeveral, v), "{n}", list)
}

// ackOneNamed answers one person named; ackOneRef one person said by who
// they are ("your old flatmate"); ackSeveral two or more. {n} is who.
var (
	ackOneNamed = []string{
		"{n} sounds like someone who matters to you.",
		"It's good to put a name to it: {n}.",
		"{n}: that's a clear place to start.",
	}
	ackOneRef  = []string{ackOneNamed[0], ackOneNamed[2]}
	ackSeveral = []string{
		"{n} — different people, different kinds of closeness.",
		"{n} — it's good to have them in mind.",
		"{n}: people worth making a little time for.",
	}
)

// mentionRole says who someone is to the person: from the answer's words
// around a name, or from the relation itself.
func mentionRole(answer string, m listen.Mention) string {
	if !strings.HasPrefix(m.Ref, "your ") {
		if r := roleOf(answer, m.Who); r != "" {
			return r
		}
	}
	f := strings.Fields(strings.ToLower(m.Ref))
	return roleWords[f[len(f)-1]]
}

// roleOf says who name is to the person, when the answer says so right
// around the name: "my sister Ana" gives "family", "Tom from my old job"
// "an old colleague".
func roleOf(answer, name string) string {
	low := strings.ToLower(draftClean(answer))
	i := strings.Index(low, strings.ToLower(name))
	if i < 0 {
		return ""
	}
	before := strings.Fields(low[:i])
	if n := len(before); n > 0 {
		if r, ok := roleWords[before[n-1]]; ok {
			return r
		}
	}
	after := low[i+len(name):]
	for _, r := range roleAfter {
		if r.re.MatchString(after) {
			return r.role
		}
	}
	return ""
}

var roleWords = map[string]string{
	"sister": "family", "brother": "family", "mum": "family", "mom": "family", "dad": "family", "cousin": "family",
	"aunt": "family", "uncle": "family", "grandma": "family", "grandpa": "family", "niece": "family", "nephew": "family",
	"son": "family", "daughter": "family", "mother": "family", "father": "family", "sis": "family", "bro": "family",
	"friend": "a friend", "bestie": "a close friend", "colleague": "a colleague", "coworker": "a colleague",
	"neighbour": "a neighbour", "neighbor": "a neighbour", "partner": "your partner", "flatmate": "a flatmate",
	"roommate": "a roommate", "boss": "someone from work", "mentor": "a mentor", "teacher": "a teacher",
}

var roleAfter = []struct {
	re   pattern
	role string
}{
	{mustPattern(`^,? (?:from|at|in) (?:my |our )?(?:old|last|previous|former) (?:job|work|office|team|company)\b`), "an old colleague"},
	{mustPattern(`^,? (?:from|at) (?:work|the office|my job|my team)\b`), "a colleague"},
	{mustPattern(`^,? (?:from|at|in) (?:my |our )?(?:old )?(?:school|college|uni|university|class)\b`), "a school friend"},
	{mustPattern(`^,? (?:from|at) (?:the )?(?:gym|club|choir|team|church|mosque|temple|book club|running club)\b`), "someone from a shared hobby"},
	{mustPattern(`^,? (?:next door|down the road|upstairs|downstairs)\b`), "a neighbour"},
}

// reLeadPronoun is an answer that opens on "she" or "he": "that she
// basically raised me", "he always asks".
var reLeadPronoun = mustPattern(`(?i)^((?:that|how|because|when|just that|mostly that) )?(she|he)\b`)

// resolveLead names the person an answer opens on by pronoun, when the
// earlier answers of the reflection named exactly one who fits ("my aunt
// grace", then "that she basically raised me" is her aunt): said back, "she"
// alone would leave it unclear whom the companion heard.
func resolveLead(answer string, earlier []string) string {
	m := reLeadPronoun.FindStringSubmatchIndex(answer)
	if m == nil || len(earlier) == 0 {
		return answer
	}
	want := byte('f')
	if strings.EqualFold(answer[m[4]:m[5]], "he") {
		want = 'm'
	}
	names := answerNames(earlier...)
	var fit []listen.Mention
	for _, e := range earlier {
		for _, p := range listen.Mentions(reAside.ReplaceAllString(e, ""), names) {
			f := strings.Fields(p.Ref)
			if last := strings.ToLower(f[len(f)-1]); groupWords[last] || strings.HasSuffix(last, "s") && !p.Named {
				// "my cousins", "my friends": not a she or a he.
				continue
			}
			if (p.Gender == want || p.Gender == 0) && !slices.ContainsFunc(fit, func(o listen.Mention) bool { return strings.EqualFold(o.Who, p.Who) }) {
				fit = append(fit, p)
			}
		}
	}
	if len(fit) != 1 {
		return answer
	}
	who := fit[0].Who
	if rest, ok := strings.CutPrefix(fit[0].Ref, "your "); ok {
		// "my aunt": said in the person's own words, as they said it.
		who = "my " + rest
	}
	return answer[:m[4]] + who + answer[m[5]:]
}

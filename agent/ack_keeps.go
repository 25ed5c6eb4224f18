package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A limit is often told as what someone keeps doing ("my housemate keeps
// borrowing my clothes", "my mum always turns up unannounced"), with the
// worry of how to say it in front. keepsDoingGist names it as a fair thing
// to ask them to stop, with whom and what, and answers the worry of
// sounding mean when the answer has it.

// reKeepsDoing is someone and what they keep doing: "keeps borrowing my
// clothes", "always turns up", "won't stop calling"; or a visit with no
// word first, a habit without "always": "drops round unannounced".
var reKeepsDoing = regexp.MustCompile(`(?i)\b(?:keeps|kept|keep|always|constantly|won't stop|wont stop|never stops) ([a-z]+ing(?: [a-z']+){0,4}|(?:turns|shows|drops|pops|calls|texts|comments|asks|borrows|takes|brings|posts|rings|messages|invites)(?: [a-z']+){0,4})|\b((?:turns|shows|drops|pops|comes) (?:up|round|by|in|over)(?: [a-z']+){0,2}? (?:unannounced|without (?:warning|asking|texting|calling|notice|a text|a call)))\b`)

// reSoundMean is the worry of how a limit will sound.
var reSoundMean = regexp.MustCompile(`(?i)\b(?:sound(?:ing)? (?:mean|rude|harsh|horrible|petty|bitchy|cold)|(?:being|be) (?:mean|rude|harsh)|hurt (?:her|his|their) feelings|offend)\b`)

// keepsDoingGist answers a limit told as what someone keeps doing, at a
// question about limits; "" otherwise.
func keepsDoingGist(in gistInput) string {
	if in.cat != qkLimit {
		return ""
	}
	for _, sent := range listen.Sentences(reAside.ReplaceAllString(in.answer, "")) {
		m := reKeepsDoing.FindStringSubmatchIndex(sent)
		if m == nil {
			continue
		}
		ms := singles(sent[:m[0]], in.names)
		if len(ms) == 0 {
			continue
		}
		who := ms[len(ms)-1].Ref
		g := 2
		if m[2] < 0 {
			// "drops round unannounced": a habit told without "always".
			g = 4
		}
		what := strings.TrimRight(listen.Clean(sent[m[g]:m[g+1]]), ".!?,; ")
		what = gerundPhrase(what)
		if what == "" || len(what) > 50 {
			continue
		}
		if reSoundMean.MatchString(in.answer) {
			return strings.NewReplacer("{p}", who, "{x}", what).Replace(pickAck([]string{
				"It's fair to ask {p} to stop {x}, and a kind, plain sentence says it without sounding mean.",
				"Asking {p} to stop {x} is a fair limit; said warmly and simply, it won't come across as mean.",
				"It's fair to want {p} to stop {x}, and saying it kindly is not being mean.",
			}, in.v))
		}
		return strings.NewReplacer("{p}", who, "{x}", what).Replace(pickAck([]string{
			"It's fair to ask {p} to stop {x}; a limit like that can be said kindly and still be clear.",
			"Asking {p} to stop {x} is a fair limit, and one plain sentence is enough.",
			"It's fair to want {p} to stop {x}, and you're allowed to say so.",
		}, in.v))
	}
	return ""
}

// gerundPhrase turns what someone keeps doing into its -ing form: "turns
// up unannounced" is "turning up unannounced"; a phrase already in -ing
// is kept.
func gerundPhrase(what string) string {
	f := strings.Fields(what)
	if len(f) == 0 {
		return ""
	}
	verb := strings.ToLower(f[0])
	if strings.HasSuffix(verb, "ing") {
		return what
	}
	base := strings.TrimSuffix(verb, "s")
	switch g, ok := gerundOf[base]; {
	case ok:
		f[0] = g
	case base == "pop" || base == "drop":
		// A short vowel before one consonant doubles it.
		f[0] = base + base[len(base)-1:] + "ing"
	case len(base) > 2 && strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee"):
		// "comes over" is "coming over": a silent e goes.
		f[0] = base[:len(base)-1] + "ing"
	default:
		f[0] = base + "ing"
	}
	return strings.Join(f, " ")
}

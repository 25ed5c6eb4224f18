package agent

import "strings"

// Asked what drains them online, or what they keep private, some people
// answer that there is little to say, and why: "none really, i'm pretty
// careful with this stuff", "no, I've been off Instagram for weeks and it's
// been great", "not much, i don't really post, i just read". The reason is
// the point: a habit that keeps them well, a break that is working, hardly
// posting at all. It is named in the companion's words, never said back.

// reNothingOpens opens an answer on there being little or nothing.
var reNothingOpens = mustPattern(`^(?:(?:honestly|tbh|um+|well|hmm+|idk|i guess|not gonna lie)\s+)*(?:none|nothing|no|nope|nah|not really|not much|not a lot|not anything|nothing much|nothing really|none really|none of them|not that i can think of)\b`)

// reKeptWell is a habit or a self-report that keeps the person well
// online: "i'm pretty good about this stuff", "i keep it to a minimum".
var reKeptWell = mustPattern(`\b(?:(?:i'm|im|i am) (?:(?:pretty|quite|really|fairly|very) )?(?:good|fine|careful|strict|disciplined|sensible|healthy|ok|okay) (?:about|with|at)|(?:i )?keep it (?:to a minimum|light|small|short)|(?:i )?don'?t (?:really )?(?:get|let it) (?:get )?to me)\b`)

// reBreakFrom is a break from a place online: "off social media for a
// month", "took a break from instagram".
var reBreakFrom = mustPattern(`\b(?:off|(?:a )?break from|(?:a )?detox from|came off) ((?:social media|socials|instagram|insta|tiktok|facebook|twitter|x|reddit|snapchat|the apps|my phone|the news)(?: for (?:a|an|one|two|three|a few|a couple of|about a|almost a|nearly a|\d+) (?:days?|weeks?|months?|years?))?)\b`)

// reDoingGood says a break or habit is doing the person good.
var reDoingGood = mustPattern(`\b(?:great|amazing|good|better|so much better|lovely|calmer|peaceful|freeing|a relief|brilliant|best thing|healthier|happier)\b`)

// reHardlyPosts is posting little or nothing: "i dont really post", "i
// just lurk", "i mostly read".
var reHardlyPosts = mustPattern(`\b(?:lurk(?:er|ing|s)?|(?:don'?t|dont|do not|never|rarely|barely|hardly(?: ever)?) (?:really |actually |even )?(?:post|share|put anything|put stuff|upload)(?: (?:much|anything|at all|online|ever|stuff|really))?(?:$| i | but | and | so )|(?:i )?(?:mostly|just|only) (?:read|watch|scroll|look)(?: along)?)\b`)

// nothingMuchAck names the reason behind an answer of little or nothing
// at a question of what drains or what is kept private; "" for any other
// answer or question.
func nothingMuchAck(q Question, folded string, cat, v int) string {
	qt := strings.ToLower(q.Text)
	switch {
	case cat == qkDrain:
		if !reNothingOpens.MatchString(folded) {
			return ""
		}
		if m := reBreakFrom.FindStringSubmatch(folded); m != nil && reDoingGood.MatchString(folded[strings.Index(folded, m[0]):]) {
			what := strings.NewReplacer("socials", "social media", "instagram", "Instagram", "insta", "Instagram", "tiktok", "TikTok",
				"facebook", "Facebook", "twitter", "Twitter", "reddit", "Reddit", "snapchat", "Snapchat", "my phone", "your phone").Replace(m[1])
			return fitAck(strings.ReplaceAll(pickAck([]string{
				"Off {w}, and feeling better for it — glad to hear it, and good to know what helps.",
				"A break from it all: off {w}, and it's doing you good. That's worth remembering.",
			}, v), "{w}", what))
		}
		if reKeptWell.MatchString(folded) {
			return pickAck([]string{
				"Glad to hear nothing online leaves you worse off — whatever you're doing there, it's working.",
				"Good to hear it: you've found a way of being online that doesn't wear you down.",
			}, v)
		}
	case strings.Contains(qt, "private") && reHardlyPosts.MatchString(folded):
		return pickAck([]string{
			"So you mostly look rather than post — there's little of you out there, and plenty kept private.",
			"You hardly post, so most of your life stays private already; that's a choice, and a fine one.",
		}, v)
	}
	return ""
}

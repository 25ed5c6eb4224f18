package knowledge

import (
	"regexp"
	"strings"
)

// A section's stance answers a listed yes-or-no question, and the same
// stance answers a question worded another way only when that question is
// put the same way round. "Should I mute the group chat? Yes." and "Is it
// rude to mute the group chat?" want opposite words for the same advice. A
// question is put in doubt when it asks whether something is wrong, weird
// or too much; otherwise plainly.

// frame is how a yes-or-no question is put.
type frame uint8

const (
	framePlain frame = iota // "should i…", "is it ok to…", "are online friends real"
	frameDoubt              // "is it weird to…", "am i wrong for…", "is that too much"
	nFrames
)

// doubtWords are the words that doubt what is asked about.
const doubtWords = `(?:weird|rude|bad|wrong|horrible|awful|terrible|cruel|heartless|harsh|unkind|disrespectful|ungrateful|antisocial|anti social|desperate|annoying|selfish|cringe|cringey|cringy|strange|creepy|clingy|needy|silly|awkward|mean|unfair|pushy|dumb|stupid|inappropriate|toxic|odd|childish|petty|overstepping|overreacting|overthinking|overdoing|problem|unhealthy|harmful|lame|pathetic|crazy|mistake|intrusive|insensitive|obsessive|fake|shallow|too (?:much|late|soon|often|early|far|needy|clingy|forward|intense|pushy)|red flag|a bad idea|bad idea)`

// A claim put to the companion to be checked ("someone told me having
// boundaries is selfish, is that right") is put in doubt as much as the
// plain question ("are boundaries selfish?"): checkedClaimRE finds a claim
// of doubt closed by a request to confirm it.
var checkedClaimRE = regexp.MustCompile(`(?i)\b(?:is|are|was|were|'s)\s+(?:[\p{L}']+\s+){0,3}?` + doubtWords + `\b[^.?!]{0,20}?,?\s*(?:is (?:that|it|this) (?:right|true|fair|so)|am i wrong|right\s*\?|true\s*\?)`)

// doubtRE finds a question put in doubt: a clause opening with a verb of
// being or seeming, then within a few words a word that doubts what is
// asked about. A clause inside the question ("should i block someone who is
// rude") does not count, nor doubt denied ("without being rude").
var doubtRE = regexp.MustCompile(`(?i)(?:^|[,.;:!?(]|\b(?:or|but|so|and|like|honestly|tbh)\b)\s*(?:(?:do|does) (?:you|u) think\s+)?(?:is|was|am|are|were|would|will|does|do|did|it's|its|that's|thats)\b(?:\s+[\p{L}']+){0,5}?\s+` + doubtWords + `\b|\bam i (?:wrong|being|overreacting|overthinking|the (?:problem|bad|asshole|jerk))\b`)

func frameOf(question string) frame {
	if m := checkedClaimRE.FindString(question); m != "" && !deniedRE.MatchString(m) {
		return frameDoubt
	}
	for _, m := range doubtRE.FindAllStringIndex(question, -1) {
		if !deniedRE.MatchString(question[m[0]:m[1]]) {
			return frameDoubt
		}
	}
	return framePlain
}

// deniedRE is doubt denied: "without being rude", "not weird".
var deniedRE = regexp.MustCompile(`(?i)\b(?:without|not|never|isn't|isnt|wasn't|wasnt)\b`)

// stanceFor returns stance, the answer to a listed question put in frame
// ex, as said to a question put in frame q: the same when they are put the
// same way, a bare yes turned to no (and no to yes) when not, and "" when a
// stance with more to it cannot be turned round safely.
func stanceFor(stance string, q, ex frame) string {
	if q == ex {
		return stance
	}
	switch strings.ToLower(strings.TrimSpace(stance)) {
	case "yes.", "yes":
		return "No."
	case "no.", "no":
		return "Yes."
	}
	return ""
}

// A yes-or-no question is seldom worded closely enough like a listed one for
// stanceSim, yet the section's stance on the nearest question it lists with
// one, put the same way round, is usually its stance on this one too
// ("should i stop inviting him" and "should i keep being the one who texts
// first"). looseStanceSim is the least likeness to that listed question,
// and looseStanceShare how close it must come to the section's best match
// with its own listed questions, so a stance on a side question of the
// section is not taken for the main one.
var (
	looseStanceSim   = 0.3
	looseStanceShare = 0.75
)

// looseStance returns the stance of the listed question closest to the
// query among those of section sec that list one, put the same way round
// as the query or turned round when it is a bare yes or no, when it is
// close enough by the loose rule and fits the query (stanced holds the
// examples read for that); otherwise "".
func (m *matcher) looseStance(r matchResult, sec int32, qf frame, stanced map[int32]stancedQuestion, qm meaning) string {
	if r.stancedSim[0] == nil {
		return ""
	}
	best, bestSim := "", 0.0
	for f := range r.stancedSim {
		s := float64(r.stancedSim[f][sec])
		if s < looseStanceSim || s < looseStanceShare*float64(r.listedSim[sec]) || s <= bestSim {
			continue
		}
		ex := r.stanced[f][sec]
		if !stanced[ex].fits(qm) {
			continue
		}
		if st := stanceFor(m.exStand[ex], qf, frame(f)); st != "" {
			best, bestSim = st, s
		}
	}
	return best
}

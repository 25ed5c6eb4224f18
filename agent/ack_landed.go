package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Two kinds of good moment read wrong by their loudest word. Being
// remembered ("my neighbour remembered my dog's name, and that he'd been
// at the vet") is small and lands hard, whatever illness or sadness the
// rest mentions: who remembered and what is named. And a good moment that
// carries grief ("we laughed and cried; first time since the funeral i've
// enjoyed anything", "since dad died it's the first time i've really
// smiled") is neither only lovely nor only sad: the gladness is named
// with the loss beside it, and who the moment was with.

// reRemembered is someone remembering something of the person's; group 1
// is what, as the person said it ("my", "our" and the thing).
var reRemembered = mustPattern(`\b(?:remembered|remembers|remembering|had remembered|still remembered|didn'?t forget) ((?:my|our) (?:[a-z]+'s )?[a-z]+)\b`)

// reRememberLead are words before who remembered that are not who.
var reRememberLead = mustPattern(`^(?:(?:like|so|and|then|even|also|but|honestly|actually|when|how|that|just) )+`)

// reWistful is sadness or a wish beside a good moment: "sad that's the
// highlight", "wish there were more".
var reWistful = mustPattern(`\b(?:sad|wish|pathetic|tragic|lonely|only good thing|the highlight)\b`)

// rememberedAck answers being remembered by someone, "" when the answer
// tells of none or the question asks for a limit or a step.
func rememberedAck(answer string, names []string, cat, v int) string {
	if cat == qkLimit || cat == qkStep {
		return ""
	}
	low := strings.ToLower(strings.ReplaceAll(answer, "’", "'"))
	locs := reRemembered.FindAllStringSubmatchIndex(low, -1)
	if len(locs) == 0 {
		return ""
	}
	// "she remembered. my neighbour remembered my dog's name": the last
	// remembering names what was remembered.
	loc := locs[len(locs)-1]
	what := "your " + strings.SplitN(low[loc[2]:loc[3]], " ", 2)[1]
	who := rememberer(answer, low[:loc[0]], names)
	line := "Being remembered like that — " + what + " — "
	if who != "" {
		line = upFirst(who) + " remembering " + what + ": "
	}
	tails := []string{
		"small things like that show someone was paying attention, and they land.",
		"a small thing, but it says you matter to them.",
	}
	if reWistful.MatchString(foldText(answer)) {
		tails = []string{
			"small, but it counts, even if part of you wishes there were more moments like it.",
			"a small thing that still landed, even with the sad edge you noticed.",
		}
	}
	return fitAck(line + pickAck(tails, v))
}

// rememberer is who the words before "remembered" name, as the companion
// says them: a person found there ("Dev", "your nan"), or a phrase that
// begins with "the" ("the lady at the bakery"); "" for a pronoun or none.
func rememberer(answer, before string, names []string) string {
	if i := strings.LastIndexAny(before, ".,;!?"); i >= 0 {
		before = before[i+1:]
	}
	before = reRememberLead.ReplaceAllString(strings.TrimSpace(before), "")
	if before == "" {
		return ""
	}
	if ms := listen.Mentions(before, append(slices.Clone(names), answerNames(answer)...)); len(ms) > 0 {
		return ms[len(ms)-1].Ref
	}
	if f := strings.Fields(before); len(f) >= 2 && len(f) <= 6 && (f[0] == "the" || f[0] == "a" || f[0] == "this" || f[0] == "some") {
		return before
	}
	return ""
}

// reLaughCry is laughing and crying at once.
var reLaughCry = mustPattern(`\b(?:laughed and cried|cried and laughed|laughing and crying|crying and laughing|cried laughing|happy tears|bittersweet|happy and sad|sad and happy|smiled and cried|tears and laughter)\b`)

// reFirstSinceLoss is a first good moment since a death: "first time since
// the funeral i've enjoyed anything", "since mum died it's the first time
// i've laughed".
var reFirstSinceLoss = mustPattern(`\bfirst (?:time|thing|day|moment)\b.{0,20}\bsince\b.{0,40}\b(?:funeral|died|passed|death|lost)\b|\bsince\b.{0,40}\b(?:funeral|died|passed|death)\b.{0,40}\bfirst (?:time|thing|day|moment)\b`)

// reEnjoyedAgain is a good feeling the first-since names: enjoying,
// laughing, smiling, feeling like oneself.
var reEnjoyedAgain = mustPattern(`\b(?:enjoy|enjoyed|enjoying|laugh|laughed|laughing|smile|smiled|smiling|happy|good|fun|like myself|normal|alive)\b`)

// griefJoyAck answers a good moment that carries grief, "" when the
// answer tells of none.
func griefJoyAck(answer string, names []string, v int) string {
	folded := foldText(answer)
	first := reFirstSinceLoss.MatchString(folded) && reEnjoyedAgain.MatchString(folded)
	if !first && !reLaughCry.MatchString(folded) {
		return ""
	}
	with := ""
	for _, m := range listen.Mentions(reAside.ReplaceAllString(answer, ""), names) {
		if strings.EqualFold(m.Who, listen.Lost(answer, names)) {
			continue
		}
		with = " with " + m.Ref
		break
	}
	if first {
		return fitAck(pickAck([]string{
			"A moment" + with + " that let you enjoy something again, for the first time since the loss. Grief and gladness can sit side by side, and I'm glad you had it.",
			"Laughing again" + with + " after so long: that matters. Feeling good doesn't take anything away from the grief.",
		}, v))
	}
	if strings.Contains(folded, "bittersweet") {
		return fitAck(pickAck([]string{
			"A bittersweet moment" + with + ", glad and sad at once, and that's allowed. It sounds like it meant a lot.",
			"Bittersweet" + with + ": some of the best moments hold both, and it sounds like this one mattered.",
		}, v))
	}
	return fitAck(pickAck([]string{
		"Laughter and tears together" + with + ": a moment that held a lot, and a good one to have had.",
		"Laughing and crying" + with + ", both at once, and that's allowed. It sounds like it meant a lot.",
	}, v))
}

// griefTalkAck answers a death told beside a talk that went deep with
// someone ("at my gran's funeral me and my cousin finally talked
// properly"): sorry for the loss, and the talk, with whom, heard too. ""
// when the answer tells of no such talk.
func griefTalkAck(answer string, names []string, v int) string {
	lost := listen.Lost(answer, names)
	folded := foldText(answer)
	if lost == "" && !reDeathSaid.MatchString(folded) || !reDeepTalk.MatchString(folded) {
		return ""
	}
	with := talkPartner(answer, names)
	if with == "" || lost != "" && strings.Contains(strings.ToLower(with), strings.ToLower(lost)) {
		return ""
	}
	sorry := lossSorry(answer, lost, names)
	return fitAck(sorry + " " + pickAck([]string{
		"That you talked properly" + with + ", even then, is worth holding on to.",
		"A real talk" + with + " in the middle of that matters, and it can be built on.",
	}, v))
}

// lossSorry is the sorry that opens an acknowledgement of a loss: for the
// one lost, named as the answer names them, or for the loss itself.
func lossSorry(answer, lost string, names []string) string {
	if lost != "" {
		return "I'm so sorry about " + lossOwnerNamed(answer, lost, names) + "."
	}
	return "I'm so sorry for your loss."
}

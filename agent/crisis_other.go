package agent

import (
	"fmt"
	"strings"

	"github.com/companion-dev/companion/agent/safety"
)

// Someone else at risk, and where they are. "Stay with them or keep
// talking" only helps when the person can still be reached. The reply to
// someone worried about another person is put together from parts chosen
// by what the message says of them: with them or in touch (the usual
// words), out of reach ("isn't answering", "blocked me", "her phone is
// off": someone near them to go round, keep trying, and the emergency
// number to ask for a check on them at their address), or online (keep
// talking there, ask where they are, report it on the app or site).

// otherReach is what a message says of how the person at risk can be
// reached.
type otherReach struct {
	away   bool // out of reach: not answering, blocked, phone off, gone
	online bool // it happened online: a post, a chat, someone met there
}

// reachRules are the cues of each language, on the folded message.
var reachRules = map[string]struct{ away, online pattern }{
	"en": {
		away:   mustPattern(`\b(?:(?:is ?n'?t|is not|not|wo ?n'?t|will not|stopped|stop|not been|has ?n'?t been|never) (?:\w+ )?(?:answering|answer|picking up|pick up|replying|reply|responding|respond|reading|opening|returning)|(?:blocked|unfriended|unadded|ghosted|muted) me|(?:phone|phones|cell|mobile) (?:is |was |are |has been |went |goes )?(?:off|dead|switched off|turned off|going straight to voicemail|straight to voicemail|unreachable)|straight to voice ?mail|(?:can'?t|cannot|can not|could ?n'?t|could not) (?:reach|get hold of|get through to|get in touch with|find|contact|get a hold of) (?:him|her|them|my \w+|\w+)|no (?:answer|reply|response)|left (?:me )?on (?:read|delivered)|offline|(?:went|gone|is|was|she'?s|he'?s|they'?re|theyre) (?:silent|quiet|dark|missing)|(?:do ?n'?t|do not|does ?n'?t|does not) know where (?:he|she|they) (?:is|are|went)|(?:is ?n'?t|is not|not) (?:at home|home|in (?:her|his|their) room)|(?:ran|run) off|(?:deleted|deactivated) (?:her|his|their) (?:account|accounts|profile|instagram|socials))\b`),
		online: mustPattern(`\b(?:online|on the internet|internet friend|posted|posting|a post|(?:on|in) (?:discord|instagram|insta|tiktok|twitter|x|reddit|snapchat|snap|facebook|whatsapp|telegram|a server|the server|a game|the game|a stream|stream|a group chat|the group chat|our group chat|a forum|the forum|a chat|the chat|a comment|the comments|a story|her story|his story|their story)|(?:met|know) (?:him|her|them) (?:online|from (?:a game|discord|the internet))|livestream\w*|tweeted|dm(?:ed|s)?)\b`),
	},
}

// readReach reads text, in lang, for how the person at risk can be reached.
func readReach(text, lang string) otherReach {
	rs, ok := reachRules[lang]
	if !ok {
		return otherReach{}
	}
	f := foldText(text)
	return otherReach{away: rs.away.MatchString(f), online: rs.online.MatchString(f)}
}

// reachWords are the parts of the reply by reach, in each language.
// Away and Online replace the usual words on how to be with them;
// AwayOnline is added when an online worry can no longer be reached;
// EmergencyAway and EmergencyOnline (%s: the emergency number) replace
// the usual sentence on calling it.
type reachWords struct {
	Away, Online, AwayOnline, EmergencyAway, EmergencyOnline string
}

var reachTexts = map[string]reachWords{
	"en": {
		Away:            "When you can't reach them, you can still act: ask someone who lives near them, or has a key, to go round, and keep trying them. A short message saying you care and want to hear back can get through when a call doesn't.",
		Online:          "Keep talking with them where they said it, if you can: ask plainly if they're thinking about ending their life, and where they are. Most apps and sites also let you report that someone is at risk, and some can send help to them.",
		AwayOnline:      "If it happened online, report it on the app or site as well: many can get help to someone at risk.",
		EmergencyAway:   "If you think they could be in danger, call %s now and ask for someone to check on them at their address.",
		EmergencyOnline: "If you know where they are and they're in danger right now, call %s.",
	},
}

// fitOther puts the reply to someone worried about another person
// together from the parts that fit what text says of them. rep is the
// reply safety.Compose or safety.ComposeAgain wrote; the parts it has for
// someone within reach are swapped for the ones that fit. A reply in a
// language without these words is kept as it is.
func (t *turn) fitOther(r safety.Result, rep safety.Reply, text string) safety.Reply {
	reach := readReach(text, rep.Lang)
	if !reach.away && !reach.online {
		return rep
	}
	rw, ok := reachTexts[rep.Lang]
	w, ok2 := safety.WordsFor(rep.Lang)
	if !ok || !ok2 {
		return rep
	}
	e := t.emergencyIn(rep.Lang)
	how, call := rw.Online, fmt.Sprintf(rw.EmergencyOnline, e)
	if reach.away {
		how, call = rw.Away, fmt.Sprintf(rw.EmergencyAway, e)
		if reach.online {
			how += " " + rw.AwayOnline
		}
	}
	out := rep.Text
	switch {
	case r.Violence:
		// With someone hurting them, no one is sent round: the words on
		// believing them stay, and the call asks for the check.
	case strings.Contains(out, w.HowToHelp):
		out = swapPart(out, w.HowToHelp, how)
	default:
		// The shorter reply of a conversation going on has no words on
		// how to be with them: those that fit come before the call.
		call = how + " " + call
	}
	out = swapPart(out, fmt.Sprintf(w.EmergencyOther, e), call)
	if out == rep.Text {
		return rep
	}
	rep.Text = out
	return rep
}

// swapPart replaces the one part old of a reply with new; a reply without
// it is returned as it is.
func swapPart(text, old, new string) string {
	if old == "" || !strings.Contains(text, old) {
		return text
	}
	return strings.Replace(text, old, new, 1)
}

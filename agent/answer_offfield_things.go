package agent

// Two more shapes of a question that names people and asks for something
// no guide paragraph gives: a name to think up ("a funny name for our
// group chat", "what should we call the server") and a phone or internet
// contract to choose ("cheapest phone plan for calling my family abroad").
// The people in them set the scene; a list of names or a price comparison
// answers them, so they are declined whoever they are for.

// reNameAsk asks for a name or a nickname to be thought up for a group, a
// chat, a team or a pet: "need a funny name for our friend group chat",
// "name ideas for the book club", "what should we call our discord server".
var reNameAsk = mustPattern(`\b(?:funny|good|cool|fun|clever|cute|creative|catchy|witty|silly|original|best|unique) (?:\w+ ){0,2}(?:names?|nicknames?|titles?) (?:for|ideas?)\b|\b(?:group ?chat|gc|chat|server|club|team|group|channel) (?:name|names|nickname|nicknames) (?:ideas?|suggestions?)\b|\bname (?:ideas?|suggestions?) for\b|\bwhat (?:should|could|shall|can) (?:we|i) (?:call|name) (?:our|my|the|this|a) (?:\w+ ){0,2}(?:group ?chat|gc|chat|server|club|team|group|channel|podcast|page)\b`)

// reContractAsk asks which phone, data or internet plan to take: a price
// list answers it, however dear the people it is for are to call.
var reContractAsk = mustPattern(`\b(?:phone|mobile|cell|cellphone|data|sim|broadband|internet|wifi|roaming|international calling) (?:plans?|contracts?|tariffs?|deals?|bundles?|packages?|providers?)\b|\bsim (?:cards?|only)\b|\broaming (?:charges|fees|costs)\b`)

// reMetOnApp is someone met through a dating app named as where they were
// met ("a tinder match", "a guy from hinge", "someone on a dating app"),
// and reMeetSafelyOrShare what the guide says of anyone met online: how to
// meet them safely and how much of oneself to tell before then. Asked that,
// the question is about meeting someone from online, which the guide
// covers; anything else asked of a match stays romance, but for
// reStepBackAsk.
var (
	reMetOnApp          = mustPattern(`\b(?:(?:a|my|the|this|some) )?(?:tinder|hinge|bumble|grindr|okcupid|dating (?:app|apps|site|sites|website))(?: (?:match|matches|date|guy|girl|man|woman|person))?\b|\b(?:a|my|this|that|new|one) match\b`)
	reMeetSafelyOrShare = mustPattern(`\b(?:safe|safely|safety|stay safe|staying safe|be careful|red flags?)\b|\b(?:how much|what|how many details) (?:\w+ ){0,2}(?:tell|share|say|reveal|give away|give out)\b|\b(?:before|until) (?:we|i) (?:actually |first |finally )?meet\b`)
)

// reStepBackAsk asks how to end a chat one does not want to go on with:
// whether one may simply stop replying or must say something, how to tell
// the other that one is not feeling it. Asked of someone from a dating app
// it is the guide's question of leaving a conversation kindly rather than
// in silence ("is it ok to just unmatch and say nothing", "how do i tell a
// guy from an app there's no spark"), and is read as asked of anyone met
// online; how to win one over stays romance.
var reStepBackAsk = mustPattern(`\b(?:stop|end|ending|drop|dropping|leave|leaving) (?:replying|responding|answering|talking|messaging|texting|chatting|the (?:chat|conversation|convo)|a (?:chat|conversation|convo)|things|it)\b|\b(?:just )?(?:unmatch\w*|ghost (?:him|her|them)|go (?:quiet|silent)|disappear)\b|\b(?:not|no longer) (?:feeling it|interested|into (?:him|her|them|it))|\b(?:dont|don'?t|do not|didnt|no) (?:feel )?(?:a |the |any )?(?:spark|chemistry|connection)\b|\b(?:let (?:him|her|them) down|without (?:any |an )?(?:explanation|reason|word)|say nothing)\b`)

// metOnAppAsksMeeting rewrites a folded question about meeting safely, or
// about what to share, or about stepping back from the chat, with someone
// met on a dating app as the same question about someone from online; any
// other question is returned as it is.
func metOnAppAsksMeeting(folded string) string {
	if !(reMeetSafelyOrShare.MatchString(folded) || reStepBackAsk.MatchString(folded)) || reFallenFor.MatchString(folded) || reRomanceEnd.MatchString(folded) {
		return folded
	}
	folded = reMetOnApp.ReplaceAllString(folded, "someone from online")
	return reUnmatch.ReplaceAllString(folded, "stop replying")
}

// reUnmatch is leaving a chat on a dating app by unmatching, which is
// stopping replying to someone from online.
var reUnmatch = mustPattern(`\bunmatch(?:ed|ing|es)?\b`)

// reTalkToolAsk asks which app to talk, call or keep in touch on: "which
// app is good for video calls with my family", "best apps for staying in
// touch with friends abroad". The guide's tools for talking answer it,
// though it has the shape of asking for a thing (reThingAsk); a dating app
// is another field's word and is read by its own rules.
var reTalkToolAsk = mustPattern(`\b(?:which|what|whats|best|good|free|easy|simple) (?:\w+ ){0,2}apps?\b.{0,60}\b(?:talk|talking|call|calls|calling|video|chat|chatting|message|messaging|in touch|facetime|catch ups?)\b|\b(?:talk|talking|call|calls|calling|video|chat|chatting|messaging|in touch)\b.{0,60}\b(?:which|what|whats|best|good) (?:\w+ ){0,2}apps?\b`)

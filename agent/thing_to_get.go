package agent

// Asking what to get someone ("whats a good birthday present for my dad",
// "gift ideas for my sister", "what should i buy my mum for christmas") is
// a question about a thing, not about words to send them, however warmly
// it names the person. Two places need the idea: the draft route, which
// must start no draft to them (draftRoute asks thingToGet once, before
// any drafting rule reads the message), and the guide's answers, which
// decline it as outside the field (reThingAsk in answer_offfield.go holds
// giftShape among the other things one can ask for). A card or a message
// named beside the present ("a present and a card") is still words, and
// the draft is written.

// giftShape is the shape of asking for a present: an adjective before a
// gift word, "ideas" after an occasion, or what to get or buy.
const giftShape = `(?:good|nice|decent|best|cheap|thoughtful|cute|fun|last minute)(?: \w+){0,2} (?:gift|gifts|present|presents|pressie|prezzie)` +
	`|(?:gift|present|birthday|christmas|xmas|anniversary) ideas` +
	`|what (?:\w+ ){0,3}(?:should|could|can|do|would) i (?:get|buy|order|pick up|gift)(?: for)?`

var (
	reGiftAsk  = mustPattern(`\b(?:` + giftShape + `)\b`)
	reWordsToo = mustPattern(`\b(?:card|message|msg|text|note|letter|write|say|words|wording|email|dm|toast|speech)\b`)
)

// thingToGet reports a question about a thing to get someone rather than
// words to send them, with no card or message asked for beside it.
func thingToGet(text string) bool {
	f := foldText(text)
	return reGiftAsk.MatchString(f) && !reWordsToo.MatchString(f)
}

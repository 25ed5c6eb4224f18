package agent

// "Is it me?" asked while the companion is listening (after a story of
// friends drifting, of being left out, of a falling-out) is the person
// doubting themselves about what they just told. It is not a question for
// the guide, and "the guide doesn't cover that" would leave them alone with
// it. A friend answers it: not a verdict, a fair word about how these
// things usually go, fitted to what was told, and a question back.

// reIsItMe asks whether the person is at fault, naming nothing else.
var reIsItMe = mustPattern(`^(?:(?:so|ok|okay|but|and|well|um|hmm|honestly|like|i mean|seriously|be honest|tbh|i wonder)\s+)*(?:is it (?:me|just me|my fault|on me|something i did|because of me)|am i (?:the problem|the issue|the one at fault|to blame|being (?:too )?(?:needy|clingy|dramatic|unreasonable|too much|annoying|stupid|silly|sensitive)|too (?:much|needy|clingy|sensitive|intense)|overreacting|overthinking (?:it|this)?|doing something wrong|annoying|unlikeable|unlikable|boring|wrong (?:to feel this way|for feeling this)?|crazy)|did i do something wrong|what(?:'?s| is) wrong with me|was it (?:me|my fault|something i did)|is something wrong with me|do (?:they|people|you think they) (?:not )?(?:like|hate) me)(?:\s+(?:tho|though|honestly|lol|then|really|or what|or is it them|or them|here|in this|\?))*\s*$`)

// doubtWhileListening answers "is it me?" after a listening reply. It
// reports false, saying nothing, when no listening offer is open or the
// message asks something else.
func (t *turn) doubtWhileListening() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "talk" && !o.Listening || !reIsItMe.MatchString(foldText(t.text)) {
		return false
	}
	line, ok := doubtByFeeling[o.Felt]
	if !ok {
		line = doubtPlain
	}
	t.p.Flow.Offer = o.heardAgain()
	t.say(line, Choice{ID: "menu:draft", Label: "Write to someone"}, Choice{ID: "journey:matter", Label: "Think about who matters"})
	return true
}

// doubtPlain answers the doubt when nothing more is known of the story.
const doubtPlain = "From what you've told me, I don't hear a failing of yours. Things like this almost always have more " +
	"than one side, and being hard on yourself rarely shows you which. What makes you wonder if it's you?"

// doubtByFeeling answers the doubt for the kinds of story findLow names.
var doubtByFeeling = map[string]string{
	"one-sided": "Probably not just you. Friendships loosen when lives change — partners, moves, new jobs — and the one " +
		"who keeps reaching out is the one who feels it most. That says you care, not that something's wrong with you. " +
		"Is there one of them who still feels close?",
	"drift": "Probably not just you. Drifting is usually nobody's fault: lives change shape and the easy contact goes. " +
		"It can often be picked back up with one light message. Who would you most like to hear from?",
	"left out": "It's very unlikely to be all you. Being left out often comes from habits and logistics more than from " +
		"anything about you — though it still stings. Is there someone in that group you feel easy with one to one?",
	"unsure where you stand": "You can't know from the silence alone, and guessing tends to land on the worst answer. " +
		"Often it's busyness on their side. Asking lightly is the quickest way to find out.",
	"conflict": "Usually it's a bit of both — and wondering about your part already says you care about putting it right. " +
		"What would you most like them to understand?",
	"hurt": "Being hurt doesn't mean you did something wrong. It can help to say plainly what stung, without blame. " +
		"What would you most like them to understand?",
	"lonely": "No — loneliness happens to almost everyone at some point, often when life changes around them, and it says " +
		"nothing bad about you. It's a signal that you want more contact, and that can change. Is there one person you'd " +
		"like to hear from?",
	"no close friends": "No — plenty of people find themselves without close friends after a move, a breakup or a busy " +
		"few years. It isn't a verdict on you. Closeness usually grows from seeing the same people again and again.",
	"invisible": "No — feeling unseen usually says more about how busy and distracted everyone is than about you. It still " +
		"hurts. Is there someone who has noticed you before?",
	"guilt": "Letting contact slip is something almost everyone does; it doesn't make you a bad friend. A short, honest " +
		"message usually puts more right than you'd expect.",
	"embarrassed": "Almost certainly not the way it feels right now. Most people remember moments like that far less " +
		"than we do.",
}

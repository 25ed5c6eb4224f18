package agent

// "What do you mean?" after a crisis reply. Someone who did not expect
// helplines ("huh?", "why are you saying that") is owed one honest
// sentence: what in their message worried the companion, said by its
// situation in plain words, then how they are. Care mode goes on.

// careWhyRule asks what the crisis reply meant, or why it was given.
var careWhyRule = mustPattern(`\b(?:what do you mean|what does that mean|what is that supposed to mean|what are you (?:on|talking) about|why (?:are|were) you (?:saying|telling me|sending me|giving me|asking|showing me)|why (?:did|would|do) you (?:say|send|ask|think|give|show)|why (?:the|these|those|all the|all these) (?:helplines|numbers|hotlines|lines)|where did that come from|where is this coming from|i did not (?:say|mean) (?:that|anything like that)|that is not what i (?:said|meant)|i do not (?:understand|get it|get what you mean|follow)|i am (?:confused|lost) what)\b`)

// careWhyBare is a whole message of surprise: "huh?", "what?", "wait what".
var careWhyBare = mustPattern(`^(?:(?:wait|sorry|um|uh|erm|hm|hmm|eh|ok|so) )*(?:huh|what|wha|eh|pardon|come again|what now|what the|wtf|what the hell|excuse me)$`)

// careAsksWhy reports a message, normalised by careNormalize, that asks
// what the crisis reply meant.
func careAsksWhy(n string) bool {
	return careWhyBare.MatchString(n) || careWhyRule.MatchString(" "+n+" ")
}

// careWhyText says, by situation, what in the message worried the
// companion, and asks how the person is.
func careWhyText(situation string) string {
	var what string
	switch situation {
	case "abuse":
		what = "What you wrote sounded like someone at home might be hurting or frightening you, so I wanted you to know where help is."
	case "other":
		what = "What you wrote sounded like someone you care about might be in danger, so I wanted you to know who can help."
	case "medical":
		what = "What you wrote sounded like a medical emergency, and then a call to the emergency number is what helps fastest."
	default:
		what = "What you wrote sounded like you might be thinking about not being alive, or about hurting yourself, and I'd rather ask than miss it."
	}
	return what + " If I read it wrong, I'm sorry. How are you doing right now?"
}

// careSaysWhy answers "what do you mean?".
func (t *turn) careSaysWhy() {
	c := t.p.Flow.Care
	c.Turns++
	c.Step, c.Draft, c.Offered = "", nil, ""
	t.say(careWhyText(c.Situation), t.careHelplines())
}

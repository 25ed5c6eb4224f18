package knowledge

import "github.com/companion-dev/companion/agent"

// principles returns what makes a check-in message good, in the order the
// companion cycles through them as tips; every call returns a fresh copy.
func principles() []agent.Principle {
	return []agent.Principle{
		{
			ID:    "specific",
			Title: "Be specific",
			Tip:   "Mentioning a shared memory or something they told you shows the message was written for them alone.",
		},
		{
			ID:    "warm",
			Title: "Lead with warmth",
			Tip:   "Saying plainly that you thought of them, or that they matter to you, is often the part people remember.",
		},
		{
			ID:    "open-question",
			Title: "Ask an open question",
			Tip:   "A question that can't be answered with yes or no, like what has been keeping them busy, gives them an easy way to reply.",
		},
		{
			ID:    "no-pressure",
			Title: "No pressure to reply",
			Tip:   "Letting them know there is no rush to answer makes your message a gift rather than a demand.",
		},
		{
			ID:    "their-time",
			Title: "Respect their time",
			Tip:   "A short message that can be read in a moment fits into a busy day, wherever and whenever it arrives.",
		},
		{
			ID:    "honest-gap",
			Title: "Be honest about the gap",
			Tip:   "After a long silence, a light and honest line about the time that has passed works better than a long apology.",
		},
		{
			ID:    "sound-like-you",
			Title: "Sound like yourself",
			Tip:   "Write the way you would talk to them, because a message in your own voice feels real.",
		},
		{
			ID:    "one-step",
			Title: "Suggest one easy next step",
			Tip:   "If you would like to talk more, offer one simple idea, such as a quick call, and leave it easy to say no.",
		},
	}
}

package knowledge

import "github.com/companion-dev/companion/agent"

// plan returns the seven days of the connection plan, day 1 first. Each day
// has one small action and a question to reflect on afterwards; every call
// returns a fresh copy.
func plan() []agent.PlanDay {
	return []agent.PlanDay{
		{
			Day:        1,
			Title:      "Choose your spaces",
			Task:       "Pick one or two places online that fit what you enjoy, such as a group chat, a hobby forum or a community around something you care about.",
			Reflection: "What drew you to the places you picked?",
		},
		{
			Day:        2,
			Title:      "Reach out",
			Task:       "Send a short, warm message to a friend you have drifted from, or join a new community and say hello.",
			Reflection: "How did it feel to reach out, and what happened?",
		},
		{
			Day:        3,
			Title:      "Encourage someone",
			Task:       "Leave a thoughtful comment or a few encouraging words for someone, mentioning something specific they shared.",
			Reflection: "Who did you encourage, and how did they respond?",
		},
		{
			Day:        4,
			Title:      "Join something live",
			Task:       "Take part in a live online event, a workshop or a group video call; keeping your camera off at first is fine.",
			Reflection: "What was different about talking live rather than in text?",
		},
		{
			Day:        5,
			Title:      "Share something real",
			Task:       "In a space where you feel safe, share a small true story, a worry or a win.",
			Reflection: "How did people respond when you opened up a little?",
		},
		{
			Day:        6,
			Title:      "Look back",
			Task:       "Look over this week's conversations and notice which ones left you feeling good.",
			Reflection: "Which exchange felt most fulfilling this week, and why?",
		},
		{
			Day:        7,
			Title:      "Set a habit",
			Task:       "Set yourself a small daily goal, for example ten minutes of deliberate, caring contact with people instead of scrolling.",
			Reflection: "What goal did you choose, and what will help you keep it?",
		},
	}
}

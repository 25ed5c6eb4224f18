package knowledge

import "github.com/companion-dev/companion/agent"

// journeys returns the reflection question bank in display order. Each
// journey has five questions; every call returns a fresh copy, so callers
// may keep or change what they get.
//
// The first question of "matter" asks for names on purpose: the questions
// after it speak of "them", and the flow can echo the names back.
func journeys() []agent.Journey {
	return []agent.Journey{
		{
			ID:    "seek",
			Title: "What I look for in a connection",
			Intro: "Let's think about what you want from the people in your life, so you can look for it on purpose.",
			Questions: []agent.Question{
				{
					Text: "What kind of connection would make the biggest difference to you right now: a close friend, someone to learn from, someone to keep you going on a goal, or people who share a hobby?",
					Why:  "Knowing what you are looking for makes it much easier to notice it when it turns up.",
				},
				{
					Text: "Think of a conversation that left you feeling really understood. What did the other person do?",
					Why:  "Feeling understood, valued and taken seriously is what turns contact into closeness.",
				},
				{
					Text: "Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?",
					Why:  "A handful of deep ties usually matters more than many loose ones, but it helps to know your own balance.",
				},
				{
					Text: "Which places, online or off, leave you with energy rather than drained: a group chat, a forum, calls, meeting in person?",
					Why:  "Connection grows best in spaces that suit your interests and your energy.",
				},
				{
					Text: "What do you hope a friend would say about how it feels to be close to you?",
					Why:  "Good relationships flow both ways; what you hope to give often mirrors what you are looking for.",
				},
			},
		},
		{
			ID:    "matter",
			Title: "Who matters to me",
			Intro: "Let's think about the people you care about, and how you might feel closer to them.",
			Questions: []agent.Question{
				{
					Text: "Who are one, two or three people you'd like to feel closer to?",
					Why:  "Naming people turns a vague wish to connect into something you can act on.",
				},
				{
					Text: "When did you last have a conversation with them that went beyond catching up?",
					Why:  "Light chat keeps a bond warm, but closeness comes from the talks where you are both real.",
				},
				{
					Text: "What tends to get in the way of reaching out to them?",
					Why:  "Once you can name the obstacle, whether time, awkwardness or worry about bothering them, it often shrinks.",
				},
				{
					Text: "What would you like them to know about what they mean to you?",
					Why:  "People rarely hear how much they matter, and telling them is one of the warmest things you can do.",
				},
				{
					Text: "What is one small way you could be in touch with them this week: a message, a voice note, a call, something to do together?",
					Why:  "A single, concrete step is much more likely to happen than a good intention.",
				},
			},
		},
		{
			ID:    "showup",
			Title: "How I show up",
			Intro: "Let's look at how you take part in your relationships, with curiosity rather than judgement.",
			Questions: []agent.Question{
				{
					Text: "When a friend sends you something long or personal, how do you usually read and answer it?",
					Why:  "Reading slowly and answering what really matters to them is how people feel listened to in text.",
				},
				{
					Text: "How much of your time online goes on scrolling and liking, and how much on actually talking with people?",
					Why:  "Being present is not the same as taking part; engaging is what builds connection.",
				},
				{
					Text: "How honest are you about your own ups and downs with the people close to you?",
					Why:  "Sharing your real experiences, safely and step by step, invites others to do the same.",
				},
				{
					Text: "Think of a recent time someone had good or bad news. How did you respond?",
					Why:  "Celebrating wins and standing by people in hard times are the moments people remember.",
				},
				{
					Text: "Who do you tend to follow up with, and who tends to drift because you are waiting for them to write first?",
					Why:  "Regular check-ins, even tiny ones, tell people they are remembered and valued.",
				},
			},
		},
		{
			ID:    "boundaries",
			Title: "My boundaries",
			Intro: "Let's think about the limits that keep your relationships healthy, yours and other people's.",
			Questions: []agent.Question{
				{
					Text: "What do you keep private online, and is there anything you share that you would rather keep to yourself?",
					Why:  "Protecting private details while trust grows keeps sharing safe.",
				},
				{
					Text: "When are you happy to be reached, and when do you need to be left alone?",
					Why:  "Knowing your own availability makes it easier to say so kindly.",
				},
				{
					Text: "Which online spaces, chats or habits leave you feeling worse afterwards?",
					Why:  "You can shape where you spend time so that it supports you rather than wears you down.",
				},
				{
					Text: "Is there a limit you'd like someone to know about? How could you say it clearly and kindly?",
					Why:  "Stating a need directly and respectfully helps friends feel safe with you, because they know where they stand.",
				},
				{
					Text: "How do you find out what the people close to you are comfortable with, like when to call or how fast they can reply?",
					Why:  "Respecting other people's limits shows you are considerate and can be trusted; asking is the simplest way to learn them.",
				},
			},
		},
		{
			ID:    "week",
			Title: "Looking back on my week",
			Intro: "Let's look back over the past week and notice what brought you closer to people.",
			Questions: []agent.Question{
				{
					Text: "Which conversation or moment with someone this week left you feeling good?",
					Why:  "Noticing what felt fulfilling shows you what to do more of.",
				},
				{
					Text: "Who did you reach out to this week, and who reached out to you?",
					Why:  "Seeing the give and take helps you spot who you might have been neglecting, and who is there for you.",
				},
				{
					Text: "Was there a moment you felt alone, even with people around or online?",
					Why:  "You can feel disconnected while still in contact; naming it is the first step to changing it.",
				},
				{
					Text: "Did anything online drain you or leave you comparing yourself with others?",
					Why:  "Knowing what drains you lets you change what you see and where you spend your time.",
				},
				{
					Text: "What is one small thing you'd like to do for a relationship next week?",
					Why:  "Every meaningful relationship is built from small, caring actions, and picking one makes it real.",
				},
			},
		},
	}
}

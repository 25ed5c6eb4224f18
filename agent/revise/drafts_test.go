package revise

// testDraft is a draft of some occasion, written the ways templates and
// models write them, with the words that carry its point.
type testDraft struct {
	name string
	text string
	// key must survive shortening: the detail the draft is about.
	key string
	// recipient is whom it is written to.
	recipient string
	// distant is set for colleagues and people met once.
	distant bool
}

var testDrafts = []testDraft{
	{name: "reconnect", recipient: "Hannah", key: "Leeds",
		text: "Hi Hannah! It's been a while since we last talked, and you've been on my mind. I was thinking about how you moved to Leeds for a new job in September. I really miss you. How have you been?"},
	{name: "thinking of you", recipient: "Sam", key: "road trip",
		text: "Hey Sam! You popped into my head today. I still laugh about our road trip to the coast and the flat tyre. Hope life's treating you well. What's new with you?"},
	{name: "hard time", recipient: "Tom", key: "hard",
		text: "Hi Tom. I heard things have been really hard lately, and I wanted you to know I'm thinking of you. You don't have to have the right words, or any words at all. I care about you a lot. No need to reply — but how are you holding up?"},
	{name: "condolence", recipient: "Marcus", key: "dad",
		text: "Marcus, I'm so sorry about your dad. He was always so kind to me when I came over after school. I'm thinking of you and your family. There's no need to reply, I'm here if you want to talk."},
	{name: "congrats job", recipient: "Priya", key: "promotion",
		text: "Priya! I just heard about your promotion — congratulations! You worked so hard for it and you really deserve it. I'm so proud of you! How are you celebrating?"},
	{name: "baby", recipient: "Leila", key: "Noor",
		text: "Hi Leila! Congratulations on the arrival of little Noor! I hope you're all getting some sleep. Sending so much love to the three of you. How are you all doing?"},
	{name: "birthday", recipient: "Gran", key: "garden",
		text: "Happy birthday, Gran! I hope you have a lovely day with the garden in bloom. I'm sorry I can't be there in person this year. Love you lots! xx"},
	{name: "thank you", recipient: "Ruth", key: "Milo",
		text: "Dear Ruth, Thank you so much for looking after Milo while I was in hospital. It meant the world to me to know he was safe and fed. I would love to have you over for tea when I'm back on my feet. With love, Margaret"},
	{name: "apology", recipient: "Jess", key: "party",
		text: "Hey Jess. I'm really sorry I missed your party on Saturday. I know how much it meant to you, and I should have told you sooner that I couldn't come. I'd love to make it up to you. Could we get dinner next week?"},
	{name: "asking for support", recipient: "Aisha", key: "rough",
		text: "Hi Aisha, I've been going through a really rough patch and I'm not coping very well. I know you're busy, but could you give me a call when you have a moment? Sorry to bother you with this."},
	{name: "mentor", recipient: "Dr Lee", key: "thesis", distant: true,
		text: "Dear Dr Lee,\n\nI hope this message finds you well. I am writing to thank you for your guidance on my thesis last spring. Your advice on the methods chapter made a real difference. I would be glad to hear how things are going in the lab.\n\nBest regards,\nDaniel"},
	{name: "linkedin", recipient: "Chloe", key: "conference", distant: true,
		text: "Hello Chloe, it was great meeting you at the Berlin conference in October. I enjoyed our chat about design systems. I would like to stay in touch and hear how the project goes. Would you be open to a quick call sometime?"},
	{name: "group chat", recipient: "", key: "Lisbon",
		text: "Hey everyone! This chat has been quiet for way too long. I was looking at the photos from Lisbon last night and laughing at all of us. Anyone up for a call this month? 😂"},
	{name: "follow-up needy", recipient: "Nadia", key: "climbing",
		text: "Hey Nadia! It's been 10 days since we last talked, and I haven't heard back from you. I really miss you. Sorry to bother you again. I had fun at the climbing gym. Why haven't you replied? Please reply when you see this!"},
	{name: "no greeting model", recipient: "Ben", key: "marathon",
		text: "Just saw you finished the marathon in under four hours!! That's incredible, Ben. I honestly couldn't run for a bus. How are your legs holding up? 🏃"},
	{name: "no question", recipient: "Mum", key: "Sunday",
		text: "Hi Mum! I just wanted to say thank you for the lovely lunch on Sunday. The roast was perfect as always. I'm so lucky to have you. Love you!"},
}

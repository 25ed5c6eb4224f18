package agent

// Feeling out of practice with people after a long stretch mostly alone
// ("worked from home for three years and i've forgotten how to talk to
// people", "my social skills are so rusty now") is a common, passing
// thing: the reply says so warmly and asks about it, never reads it as
// being forgotten by others, and never answers with a guide paragraph.

// rustyKind is that feeling among the low feelings.
var rustyKind = lowKind{name: "out of practice",
	cues: phrases(`forgotten how to talk | forgot how to talk | forget how to talk | forgotten how to socialise | forgotten how to socialize |
forgot how to socialise | forgot how to socialize | forgotten how to be around people | forgot how to be around people |
forgotten how to make friends | forgot how to make friends | forgotten how to have a conversation | forgot how to have a conversation |
forgotten how to make conversation | forgotten how to people | forgot how to people | out of practice | so rusty | really rusty |
socially rusty | social skills are rusty | lost my social skills | lost all my social skills | no social skills left`),
	lines: []string{
		"That makes a lot of sense after so long mostly on your own. Talking to people is like any skill: it gets rusty without practice, and it comes back with it, one small conversation at a time.",
		"Lots of people feel that after a long stretch without much company; it's rust, not something wrong with you, and it wears off with a little practice.",
	},
	step: stepWhoMatters,
}

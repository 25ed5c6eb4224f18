package listen

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"people who actually ask questions back lol. and who dont flake", "people who actually ask questions back. and who don't flake"},
		{"idk honestly, when my friend Jo drove 2 hours to help me move. that meant a lot", "when your friend Jo drove 2 hours to help you move. that meant a lot"},
		{"im funny i guess? and loyal", "you're funny and loyal"},
		{"more of my weekends free tbh", "more of your weekends free"},
		{"I was so tired, I am still tired", "you were so tired, you are still tired"},
		{"what kind of friend I am", "what kind of friend you are"},
		{"*bold* _it_ [x]", "bold it x"},
		{"we talked for hours haha", "you talked for hours"},
		{"lol", ""},
		// Fillers drawn out, or inside quotes, are fillers still.
		{"my cousin passed her driving test and i screamed lmaooooo", "your cousin passed her driving test and you screamed"},
		{"we laughed so hard hahahahaha", "you laughed so hard"},
		{"i just say 'all good lol' and move on", "you just say 'all good' and move on"},
		{"honestly i havent called grandma in like a month, i feel bad about it", "you haven't called grandma in a month, you feel bad about it"},
		{"like 3 hours a day probably", "3 hours a day probably"},
		{"I'd like a coffee with people like her", "you'd like a coffee with people like her"},
		{"Christmas, I think.", "Christmas."},
		{"I think of them often", "you think of them often"},
		{"I mean to reply later, I mean, eventually", "you mean to reply later, eventually"},
		{`she just replied "ok". felt stupid`, `she just replied "ok". felt stupid`},
		{"yes - my friend Bea calls me on sunday", "yes, your friend Bea calls you on Sunday"},
		{"way too much scrolling lol, like hours", "way too much scrolling, like hours"},
		{"1:1 coffee > group chats every time", "1:1 coffee over group chats every time"},
		{"idk like 4 hours a day? mostly reels", "4 hours a day? mostly reels"},
		{"yeah at the party, everyone was paired off. ok fine", "at the party, everyone was paired off. fine"},
		{"omg my gran died in may", "your gran died in May"},
		{"i may call her in march", "you may call her in March"},
		{"oh", "oh"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClause(t *testing.T) {
	long := Clean("Honestly it depends, if I'm at work I kind of skim it and send a heart and then I mean to reply properly later but then the day gets away from me")
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"you miss her. a lot", 80, "you miss her"},
		{long, 80, "it depends, if you're at work you skim it and send a heart"},
		{"yeah. you keep saying soon", 80, "you keep saying soon"},
		{"both? depends on your mood", 80, "both, depends on your mood"},
		{Clean("My sister Jess. And my friend Omar who moved to Dubai"), 80, "your sister Jess, and your friend Omar who moved to Dubai"},
		{Clean("my old manager Ruth. she asked how i was and actually waited"), 80, "your old manager Ruth, she asked how you were and actually waited"},
		{Clean("nothing really. oh wait, my mum sent me a photo of our old dog"), 80, "your mum sent you a photo of your old dog"},
		{"how to put it. that he's the reason you went back to school?", 80, "that he's the reason you went back to school"},
		{"not very. you don't tell people when you're struggling", 80, "not very, you don't tell people when you're struggling"},
		// A short name, then "and" someone else: the second sentence is
		// said once, not twice.
		{Clean("priya. and my uncle phoned from lagos"), 80, "priya, and your uncle phoned from lagos"},
		{Clean("yes. and my neighbour popped round"), 80, "and your neighbour popped round"},
		{"averyveryverylongclausewithoutanyboundaryatall that goes on", 10, "averyveryverylongclausewithoutanyboundaryatall that goes on"},
		{"", 10, ""},
	}
	for _, tt := range tests {
		if got := Clause(tt.in, tt.max); got != tt.want {
			t.Errorf("Clause(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestSentence(t *testing.T) {
	for in, want := range map[string]string{"you miss her": "You miss her.", "maybe twice a week?": "Maybe twice a week?", "": ""} {
		if got := Sentence(in); got != want {
			t.Errorf("Sentence(%q) = %q, want %q", in, got, want)
		}
	}
}

package compose

import (
	"sort"
	"strings"
	"testing"
)

// coverageFourth is a fourth set of wordings, written after the third
// was fitted and measured once before any change for it (28 of 36 right):
// other verbs, tenses and slang again, and a detail at the end of a
// longer request. The misses were then fixed by mechanism (a place moved
// after what was done there, a habit's place kept, "if she wants to come
// round for…", "the one who…", being seen online as background).
var coverageFourth = map[string][]coverageCase{
	"their news": {
		{"Mina", Congrats, "mina's finally been offered a permanent contract at the museum", []string{"permanent contract"}, []string{"mina's", "her"}},
		{"Joss", HardTime, "could you help me write to joss, her car got written off in a crash on the motorway", []string{"car", "crash"}, []string{"her car"}},
		{"Kai", Congrats, "kai passed his black cab knowledge test after four years", []string{"knowledge"}, []string{"his black"}},
		{"Lale", HardTime, "lale's cat has been missing since friday and she's beside herself", []string{"cat"}, []string{"lale's", "her cat"}},
	},
	"my news": {
		{"Nico", Reconnect, "i finally moved out of my parents' place last month", []string{"moved out"}, nil},
		{"Orla", Reconnect, "let her know i'm training for an ironman", []string{"ironman"}, []string{"let her know"}},
		{"Piet", Thinking, "me and my girlfriend got a flat together in glasgow", []string{"flat"}, []string{"me and my"}},
		{"Rhea", Reconnect, "i've switched careers and i'm a paramedic now", []string{"paramedic"}, nil},
	},
	"shared memory": {
		{"Sol", Reconnect, "we spent every lunchtime in the music room playing terrible covers", []string{"music room"}, nil},
		{"Tova", Reconnect, "me n her used to sneak into the cinema through the fire exit", []string{"cinema"}, []string{"me n her"}},
		{"Umar", Thinking, "he's the one who taught me to ride a bike", []string{"ride a bike", "bike"}, []string{"he's the one"}},
		{"Vera", Reconnect, "remember our road trip to cornwall when the van broke down", []string{"cornwall", "road trip"}, []string{"remember our"}},
	},
	"apology reason": {
		{"Wim", Apology, "i forgot to pick him up from the station and he waited an hour", []string{"station", "pick you up"}, []string{"him up"}},
		{"Xena", Apology, "i lost my temper with her over the wedding seating plan", []string{"temper"}, []string{"with her"}},
		{"Yuri", Apology, "i didn't turn up to his leaving drinks", []string{"leaving drinks"}, []string{"his leaving"}},
		{"Zara", Apology, "i've been ignoring her texts for weeks", []string{"texts"}, []string{"her texts"}},
	},
	"plan": {
		{"Abe", Reconnect, "ask if he fancies a kickabout in the park on sunday", []string{"kickabout"}, []string{"if he fancies"}},
		{"Bex", Thinking, "see if she wants to come round for a takeaway and a film", []string{"takeaway"}, []string{"if she wants"}},
		{"Cas", Reconnect, "we should get the old crew together for a bbq", []string{"bbq", "crew"}, nil},
		{"Dara", Reconnect, "i'd love to take her out for her birthday dinner", []string{"dinner"}, []string{"take her"}},
	},
	"fact about them": {
		{"Eli", Birthday, "he's really into bouldering at the moment", []string{"bouldering"}, []string{"he's"}},
		{"Fen", Birthday, "she spends every weekend at the allotment", []string{"allotment"}, []string{"she spends"}},
		{"Gus", Birthday, "gus is obsessed with his sourdough starter", []string{"sourdough"}, []string{"gus is", "his sourdough"}},
		{"Hope", Birthday, "she's a massive swiftie", []string{"swiftie", "Swiftie"}, []string{"she's"}},
	},
	"thanks for": {
		{"Iris", Thanks, "she took my shifts at the cafe when my nan was ill", []string{"shifts"}, []string{"she took"}},
		{"Jon", Thanks, "he talked me through my first week at the new job", []string{"first week"}, []string{"he talked"}},
		{"Kim", Thanks, "thank her for putting in a good word for me with the landlord", []string{"good word"}, []string{"thank her"}},
		{"Lou", Thanks, "they looked after my tortoise for the whole summer", []string{"tortoise"}, []string{"they looked"}},
	},
	"ask": {
		{"Moe", Thinking, "ask if i can borrow his ladder this weekend", []string{"ladder"}, []string{"his ladder"}},
		{"Nell", Professional, "see whether she'd have a look at my personal statement", []string{"personal statement"}, []string{"she'd"}},
		{"Oz", Thinking, "could he give me a lift to the airport on the 3rd", []string{"airport"}, []string{"could he"}},
		{"Pax", Professional, "i'd like him to be a referee for my teaching application", []string{"referee"}, []string{"like him"}},
	},
	"background": {
		{"Quin", Reconnect, "we had a bit of a falling out over a girl years ago", nil, []string{"falling out", "girl"}},
		{"Ro", Thinking, "i always feel weird texting first", nil, []string{"weird"}},
		{"Sky", FollowUp, "she's been online but hasn't answered", nil, []string{"online", "answered"}},
		{"Tia", Reconnect, "we only ever talked at work really", nil, []string{"at work"}},
	},
}

// TestDetailCoverageFourth logs how each kind of coverageFourth comes out,
// failing only on a collapse.
func TestDetailCoverageFourth(t *testing.T) {
	kinds := make([]string, 0, len(coverageFourth))
	for k := range coverageFourth {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	total, passed := 0, 0
	for _, k := range kinds {
		pass := 0
		for _, c := range coverageFourth[k] {
			draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
			if bad := coverageProblems(c, draft); bad != "" {
				t.Logf("%s: %q: %s\n    draft: %s", k, c.text, bad, draft)
				continue
			}
			pass++
		}
		total += len(coverageFourth[k])
		passed += pass
		t.Logf("fourth coverage %-16s %d/%d", k, pass, len(coverageFourth[k]))
	}
	t.Logf("fourth coverage: %d/%d", passed, total)
	if passed*10 < total*9 {
		t.Errorf("fourth coverage %d/%d is under 0.9", passed, total)
	}
}

// TestHardTimeAsides holds that a long account of a break-up keeps the
// news and leaves out what is for the writer: who lied or cheated, how
// long they were together, where they are sleeping, what the writer does
// not want to sound like.
func TestHardTimeAsides(t *testing.T) {
	c := coverageCase{"Theo", HardTime, "my mate theo and his wife of ten years have separated, he found out she'd been cheating and he's sleeping at his brother's. i don't want to lecture him, i just want him to know i'm here",
		[]string{"separated"}, []string{"cheating", "ten years", "brother", "lecture", "I'm here."}}
	draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
	if bad := coverageProblems(c, draft); bad != "" {
		t.Errorf("%q: %s\n    draft: %s", c.text, bad, draft)
	}
}

// TestLastWordings holds the last rules of the round in wordings of their
// own: glad news of recovery said with pride when it is the occasion, a
// plan told in the past put again in -ing, "one final go" kept out, and
// a break-up told without the writer's judgement of it.
func TestLastWordings(t *testing.T) {
	for _, c := range []coverageCase{
		{"Jo", Congrats, "my friend jo is two years clean today", []string{"proud"}, nil},
		{"Al", FollowUp, "one final go at getting a reply from al", nil, []string{"final go"}},
		{"Cy", HardTime, "cy is going through a nasty divorce", []string{"divorce"}, []string{"nasty"}},
		{"Rob", Congrats, "he finished the ironman! he's been training for it for eight months", []string{"months of training"}, []string{"he's been", "I heard you've been"}},
	} {
		draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
		if bad := coverageProblems(c, draft); bad != "" {
			t.Errorf("%q: %s\n    draft: %s", c.text, bad, draft)
		}
	}
	d := Write(Spec{Occasion: FollowUp, Name: "Lu", Tie: TieFriend, Details: []Detail{{Kind: Plan, Text: "went bouldering at the new wall"}}})
	if !strings.Contains(d, "going bouldering") {
		t.Errorf("a plan told in the past: %q, want %q", d, "going bouldering")
	}
}

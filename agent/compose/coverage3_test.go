package compose

import (
	"sort"
	"strings"
	"testing"
)

// coverageThird is a third set of wordings, written before the reader was
// changed for them: future and progressive tenses, "gonna" and "wanna",
// dropped apostrophes and typos, the detail at the end of a long request,
// "he n i", a name in place of the pronoun. It is measured first and the
// reader then widened by kind of clause, never by phrase.
var coverageThird = map[string][]coverageCase{
	"their news": {
		{"Kemi", Congrats, "kemi is gonna be a head teacher from september", []string{"head teacher"}, []string{"kemi is", "gonna"}},
		{"Luca", Congrats, "so luca finally got his black belt after like 8 yrs of training", []string{"black belt"}, []string{"his black", "luca finally"}},
		{"Ruth", HardTime, "ruths mum has been diagnosed with dementia", []string{"your mum"}, []string{"ruths", "her mum"}},
		{"Sean", HardTime, "hes been signed off work with burnout", []string{"burnout", "signed off"}, []string{"hes been", "he's been"}},
		{"Anya", Congrats, "anya has just had her first exhibition at a proper gallery", []string{"exhibition"}, []string{"her first", "anya has"}},
		{"Milo", HardTime, "could u help me write to milo, his business went bust last month", []string{"business"}, []string{"his business"}},
		{"Hana", Congrats, "hana's getting married to her girlfriend in the summer", []string{"married", "wedding"}, []string{"her girlfriend", "hana's getting"}},
		{"Theo", HardTime, "theo's dog had to be put down yesterday", []string{"dog"}, []string{"theo's"}},
		{"Wren", Congrats, "wren won the regional baking competition with a lemon tart", []string{"baking", "competition"}, []string{"wren won"}},
		{"Idris", HardTime, "idris is going through a messy divorce", []string{"divorce"}, []string{"idris is"}},
	},
	"my news": {
		{"Bea", Reconnect, "im gonna be a dad in april", []string{"dad"}, []string{"gonna"}},
		{"Cal", Reconnect, "ive just got back from six months travelling in south america", []string{"south america", "travelling"}, nil},
		{"Dot", Reconnect, "i passed my nursing exams", []string{"nursing"}, nil},
		{"Esa", Reconnect, "tell her ive moved in with my partner", []string{"moved in"}, []string{"tell her"}},
		{"Fay", Thinking, "i've been learning to paint during lockdown", []string{"paint"}, nil},
		{"Guy", Reconnect, "i'm starting a masters in glasgow this autumn", []string{"masters", "glasgow"}, nil},
		{"Ham", Reconnect, "let him know i got the allotment i was on the waiting list for", []string{"allotment"}, []string{"let him know"}},
		{"Ina", Reconnect, "i recently became a foster carer", []string{"foster"}, nil},
		{"Jax", Thinking, "me and my wife just got a puppy called biscuit", []string{"puppy", "Biscuit"}, nil},
		{"Kip", Reconnect, "write something for my old friend kip, we havent spoken in about four years. i've retrained as an electrician since", []string{"electrician"}, nil},
	},
	"shared memory": {
		{"Lars", Reconnect, "we used to skate at the old car park every day after school", []string{"skate"}, nil},
		{"Mags", Thinking, "she drove me to every one of my chemo appointments", []string{"chemo"}, []string{"she drove"}},
		{"Ned", Reconnect, "remember when we camped at glastonbury in the mud", []string{"glastonbury"}, []string{"remember when we camped"}},
		{"Opal", Reconnect, "we shared a desk in year 9 and passed notes all through maths", []string{"notes", "desk"}, nil},
		{"Pip", Reconnect, "him n me did the three peaks challenge back in 2016", []string{"three peaks"}, []string{"him n me"}},
		{"Quin", Thinking, "he taught me how to change a tyre", []string{"tyre"}, []string{"he taught"}},
		{"Rosa", Reconnect, "we spent a whole summer picking grapes in france", []string{"grapes"}, nil},
		{"Saul", Reconnect, "we were always the last two left in the library", []string{"library"}, nil},
		{"Tia", Reconnect, "i miss our sunday roasts at her nan's", []string{"roast"}, []string{"her nan"}},
		{"Ugo", Reconnect, "we used to stay up all night playing fifa", []string{"fifa"}, nil},
	},
	"apology reason": {
		{"Vi", Apology, "i forgot her birthday again", []string{"birthday"}, []string{"her birthday"}},
		{"Wes", Apology, "i snapped at him in front of his kids", []string{"snapped"}, []string{"at him", "his kids"}},
		{"Xan", Apology, "i ghosted her after she helped me move", []string{"helped me move", "helping me move", "went quiet", "disappeared"}, []string{"she helped"}},
		{"Yas", Apology, "i didnt show up to his leaving do", []string{"leaving do"}, []string{"his leaving"}},
		{"Zeb", Apology, "i broke the lawnmower he lent me", []string{"lawnmower"}, []string{"he lent"}},
		{"Abi", Apology, "i was really rude about her boyfriend", []string{"boyfriend"}, []string{"her boyfriend"}},
		{"Bo", Apology, "i've been super flaky with our plans lately", []string{"flaky", "plans"}, nil},
		{"Cy", Apology, "i told everyone his secret", []string{"secret"}, []string{"his secret"}},
		{"Di", Apology, "i'm sorry i wasnt there when her grandad died", []string{"grandad"}, []string{"her grandad"}},
		{"Ez", Apology, "i kept cancelling on him last minute", []string{"cancel"}, []string{"on him"}},
	},
	"plan": {
		{"Fen", Reconnect, "ask if he wants to grab a pint next time im in cardiff", []string{"pint"}, []string{"if he wants"}},
		{"Gia", Thinking, "i wanna invite her to my graduation", []string{"graduation"}, []string{"invite her", "wanna"}},
		{"Hux", Reconnect, "maybe suggest we go bowling like we used to", []string{"bowling"}, nil},
		{"Iva", Reconnect, "we should totally go to that taylor swift gig together", []string{"gig", "Taylor Swift"}, nil},
		{"Jed", Thinking, "see if shes free for a coffee on thursday", []string{"coffee"}, []string{"shes free", "she's free"}},
		{"Kaz", Reconnect, "id love to meet his new baby sometime", []string{"baby"}, []string{"his new"}},
		{"Lia", Reconnect, "ask her over for dinner next week", []string{"dinner"}, []string{"ask her"}},
		{"Max", Reconnect, "propose a catch up call on the weekend", []string{"call"}, nil},
		{"Nix", Reconnect, "could we do a walk round the lake on sunday", []string{"lake", "walk"}, nil},
		{"Oz", Thinking, "would be great to go fishing with him again", []string{"fishing"}, []string{"with him"}},
	},
	"fact about them": {
		{"Pru", Birthday, "pru loves gardening and her roses are famous", []string{"garden", "roses"}, []string{"pru loves", "her roses"}},
		{"Ray", Birthday, "hes obsessed with formula 1", []string{"formula 1"}, []string{"hes obsessed", "he's"}},
		{"Sal", Birthday, "she bakes the best brownies in the world", []string{"brownies"}, []string{"she bakes"}},
		{"Tod", Birthday, "he supports leeds united through thick and thin", []string{"leeds"}, []string{"he supports"}},
		{"Ula", Thinking, "she has been learning japanese for a year", []string{"japanese"}, []string{"she has"}},
		{"Vin", Birthday, "vin plays bass in a punk band", []string{"bass", "band"}, []string{"vin plays"}},
		{"Wyn", Birthday, "she collects vinyl records", []string{"vinyl"}, []string{"she collects"}},
		{"Xia", Birthday, "he's a huge fan of sudoku", []string{"sudoku"}, []string{"he's"}},
		{"Yuki", Birthday, "yuki swims in the sea every morning even in winter", []string{"sea", "swim"}, []string{"yuki swims"}},
		{"Zak", Birthday, "he never stops talking about his motorbike", []string{"motorbike"}, []string{"his motorbike"}},
	},
	"thanks for": {
		{"Ari", Thanks, "she looked after my kids when i was ill", []string{"kids"}, []string{"she looked", "your kids"}},
		{"Bas", Thanks, "thank him for fixing my bike", []string{"bike"}, []string{"thank him", "your bike"}},
		{"Cleo", Thanks, "she gave me a reference for my new job", []string{"reference"}, []string{"she gave"}},
		{"Dex", Thanks, "he drove 3 hours to help me move house", []string{"move", "drove"}, []string{"he drove"}},
		{"Ebi", Thanks, "for always being there when things were rough", []string{"there"}, nil},
		{"Fox", Thanks, "she sent me flowers after my operation", []string{"flowers"}, []string{"she sent"}},
		{"Gus", Thanks, "i want to thank gus for the birthday present, a really nice scarf", []string{"scarf", "present"}, []string{"thank gus"}},
		{"Hedy", Thanks, "hedy lent me her car for the week", []string{"car"}, []string{"hedy lent", "her car"}},
		{"Ian", Thanks, "he cooked for us every night after the baby came", []string{"cook"}, []string{"he cooked"}},
		{"Jo", Thanks, "she proofread my dissertation", []string{"dissertation"}, []string{"she proofread"}},
	},
	"ask": {
		{"Kat", Professional, "ask if she'd be my referee for the nursing job", []string{"referee"}, []string{"she'd"}},
		{"Len", Thinking, "can he feed my cat while im away next week", []string{"cat"}, []string{"can he", "im away"}},
		{"Mae", Professional, "i need her advice on switching into ux design", []string{"ux design", "UX design", "advice"}, []string{"her advice"}},
		{"Nat", Thinking, "see if hed help me paint the spare room", []string{"paint"}, []string{"hed", "he'd"}},
		{"Ole", Professional, "would she have time for a quick call about her team", []string{"call"}, []string{"would she", "her team"}},
		{"Pam", Thinking, "ask to borrow her sewing machine", []string{"sewing machine"}, []string{"her sewing"}},
		{"Rob", Professional, "ask whether he could intro me to his manager", []string{"manager", "introduce", "intro"}, []string{"his manager"}},
		{"Sia", Thinking, "could she pick me up from the station on friday", []string{"station"}, []string{"could she"}},
		{"Tab", Professional, "wondering if he'd look over my cv", []string{"CV"}, []string{"he'd"}},
		{"Uri", Thinking, "i want to ask if i can crash at hers for a couple of nights", []string{"stay", "crash"}, []string{"at hers"}},
	},
	"background": {
		{"Val", Reconnect, "we fell out over money years ago", nil, []string{"money"}},
		{"Wil", Reconnect, "my therapist suggested i reach out", nil, []string{"therapist"}},
		{"Xo", Thinking, "idk if she even remembers me", nil, []string{"remembers me"}},
		{"Yan", Reconnect, "we met through an ex", nil, []string{"an ex"}},
		{"Zo", FollowUp, "she read my message and never replied", nil, []string{"never replied", "read my message"}},
		{"Ace", Reconnect, "i was kinda jealous of him back then", nil, []string{"jealous"}},
		{"Bri", Thinking, "not sure if its weird to message", nil, []string{"weird"}},
		{"Cass", Reconnect, "i heard from a friend that she's single now", nil, []string{"single"}},
	},
}

// TestDetailCoverageThird logs how each kind of coverageThird comes out and
// holds each kind to its floor.
func TestDetailCoverageThird(t *testing.T) {
	kinds := make([]string, 0, len(coverageThird))
	for k := range coverageThird {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	total, passed := 0, 0
	for _, k := range kinds {
		pass := 0
		for _, c := range coverageThird[k] {
			draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
			if bad := coverageProblems(c, draft); bad != "" {
				t.Logf("%s: %q: %s\n    draft: %s", k, c.text, bad, draft)
				continue
			}
			pass++
		}
		total += len(coverageThird[k])
		passed += pass
		t.Logf("third coverage %-16s %d/%d", k, pass, len(coverageThird[k]))
		if pass*10 < len(coverageThird[k])*9 {
			t.Errorf("%s: %d/%d is under the floor 0.9", k, pass, len(coverageThird[k]))
		}
	}
	// Measured before the reader was changed for them: 70 of 88 (72 with
	// two checks of this file corrected, "my kids" being the writer's own).
	t.Logf("third coverage: %d/%d", passed, total)
}

// TestVaguePlanLeftOut holds that a plan naming nothing ("lets do it") is
// left out rather than asked about as "we do it", while a plan that names
// what it is stays in.
func TestVaguePlanLeftOut(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" when no plan may be said
	}{
		{"lets do it", ""},
		{"let's do that again sometime", ""},
		{"we should go", ""},
		{"could we try it", ""},
		{"lets do a picnic", "picnic"},
		{"suggest drinks", "drinks"},
		{"we should get a curry next week", "curry"},
		{"could we meet up for a coffee", "coffee"},
	} {
		var plans []string
		for _, d := range Parse(tc.text, "Ola", Reconnect) {
			if d.Kind == Plan {
				plans = append(plans, d.Text)
			}
		}
		got := strings.Join(plans, "; ")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("Parse(%q) plans = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNameAfterCalled holds that what a pet or a baby is called is a name
// however it was typed, and that "my wife and I" keeps its small "my".
func TestNameAfterCalled(t *testing.T) {
	d := Write(Spec{Occasion: Thinking, Name: "Jax", Tie: TieFriend, Details: Parse("me and my wife just got a kitten called pickle", "Jax", Thinking)})
	if !strings.Contains(d, "my wife and I") || !strings.Contains(d, "Pickle") {
		t.Errorf("draft = %q, want %q and %q", d, "my wife and I", "Pickle")
	}
}

// TestDetailRewritesMore holds the rewrites added after coverageThird
// was measured, in wordings written for this test: a name's 's as "has"
// or "is", "they" in a thank-you, a question the writer has been meaning
// to ask, a pet's name after "is called".
func TestDetailRewritesMore(t *testing.T) {
	for _, c := range []coverageCase{
		{"Jamal", HardTime, "jamal's been signed off with stress since march", []string{"signed off"}, []string{"your been", "jamal's"}},
		{"Kofi", Congrats, "kofi's starting at the conservatoire in september", []string{"conservatoire"}, []string{"your starting", "kofi's"}},
		{"Bo", Congrats, "bo's wedding pictures came out beautifully", nil, []string{"you is wedding", "bo is wedding"}},
		{"Mae", Thanks, "they fixed my boiler on christmas eve", []string{"fixing my boiler"}, []string{"they fixed"}},
		{"Ria", Thinking, "i've been meaning to ask her whether she still plays netball", []string{"netball"}, []string{"news from me", "ask your"}},
		{"Cole", Reconnect, "his new kitten is named pepper", []string{"Pepper"}, nil},
	} {
		draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
		if bad := coverageProblems(c, draft); bad != "" {
			t.Errorf("%q: %s\n    draft: %s", c.text, bad, draft)
		}
	}
}

// TestCorrectionTakesBack holds that a detail a later message takes back
// ("…, not her leaving do") stays out, and that a cleft sentence ("it was
// X I missed") says what was done.
func TestCorrectionTakesBack(t *testing.T) {
	said := []string{"sorry msg to priya for missing her leaving do", "oh no sorry it was her engagement drinks i missed, not her leaving do"}
	var ds []Detail
	for _, s := range said {
		ds = append(ds, Parse(s, "Priya", Apology)...)
	}
	d := Write(Spec{Occasion: Apology, Name: "Priya", Tie: TieFriend, Details: DropCorrected(ds, said)})
	if !strings.Contains(d, "engagement drinks") || strings.Contains(d, "leaving do") {
		t.Errorf("draft = %q, want the engagement drinks and no leaving do", d)
	}
	keep := []Detail{{Kind: Sorry, Text: "for missing your party"}}
	if got := DropCorrected(keep, []string{"not sure what to say, not too long"}); len(got) != 1 {
		t.Errorf("DropCorrected took back %v on 'not sure', 'not too long'", keep)
	}
}

// TestDetailMechanismsSix holds, in wordings of their own, the rules
// added while reading fresh6.txt: background only in what follows "and",
// a request after "anyway", an offer after the request, a photo "of us
// from our" trip, "you are" for an elided "is", a dislike left out of glad
// news, "wait" before a late detail.
func TestDetailMechanismsSix(t *testing.T) {
	for _, c := range []coverageCase{
		{"Ivo", Reconnect, "we used to play chess on the train and complain about our boss", []string{"chess"}, []string{"complain"}},
		{"Ivo", Reconnect, "anyway can you help me message him", nil, []string{"help me", "message you"}},
		{"Uma", HardTime, "her husband is in hospital. i want to send her a note and offer to walk her dog", []string{"walk your dog"}, []string{"her dog"}},
		{"Bea", Thinking, "i came across a picture of us from the camping weekend in the brecon beacons", []string{"camping"}, nil},
		{"Dan", Congrats, "my mate dan got a new job and is moving to bristol", []string{"bristol", "Bristol"}, []string{"you is"}},
		{"Gwen", Congrats, "gwen left the accounting firm she couldn't stand and set up her own studio", []string{"studio"}, []string{"couldn't stand"}},
		{"Ola", Birthday, "wait, she also started learning the cello", []string{"cello"}, []string{"wait"}},
	} {
		draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
		if bad := coverageProblems(c, draft); bad != "" {
			t.Errorf("%q: %s\n    draft: %s", c.text, bad, draft)
		}
	}
	for _, tc := range []struct {
		text string
		want Occasion
	}{
		{"she's been signed off with exhaustion, can you help me write to her", HardTime},
		{"i kind of stopped texting back after uni and it's been 3 years", Reconnect},
		{"my brother and his wife are divorcing", HardTime},
	} {
		if got := DetectOccasion(tc.text); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDetailMechanismsSixMore holds, in wordings of their own, the rest
// of the rules added while reading fresh6.txt: a plan once made and
// dropped, an activity not shared since a named time, "I'm asking if
// he'd…", an ask of someone named in lower case after a hyphenated role.
func TestDetailMechanismsSixMore(t *testing.T) {
	for _, c := range []coverageCase{
		{"", Group, "we were meant to do a pub crawl for sam's 30th but it never happened", []string{"pub crawl"}, []string{"never happened", "were meant"}},
		{"", Group, "we haven't played together since the summer tournament", []string{"summer tournament"}, nil},
		{"Ines", Professional, "i'm asking if she could mentor me through my first year of teaching", []string{"mentor me"}, []string{"I am asking", "I'm asking"}},
		{"Leo", Professional, "ask my ex-manager leo to put in a word with the hiring panel", []string{"put in a word"}, []string{"ask my"}},
	} {
		draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
		if bad := coverageProblems(c, draft); bad != "" {
			t.Errorf("%q: %s\n    draft: %s", c.text, bad, draft)
		}
	}
	if got := DetectOccasion("would my old lecturer be my referee for the phd application"); got != Professional {
		t.Errorf("DetectOccasion(referee) = %q, want professional", got)
	}
}

// TestFollowUpAndAsideWordings holds, in wordings of their own, the last
// rules of the fresh6.txt reading: an interview followed up, what they
// said they would do, things sent, "I want you to…" as an ask, and the
// asides that are for the companion ("she gets it", "I'd rather send it
// to…", "I knew her better").
func TestFollowUpAndAsideWordings(t *testing.T) {
	for _, c := range []coverageCase{
		{"Omar", FollowUp, "i had an interview for the warehouse supervisor post on monday", []string{"interview"}, []string{"I had an interview"}},
		{"Omar", FollowUp, "he told me he'd let me know by the end of the week", []string{"let me know"}, []string{"he'd", "I heard"}},
		{"Gran", FollowUp, "i emailed her some dates for the visit in june", []string{"dates"}, nil},
		{"Pat", Support, "i need him to pick me up from the station tomorrow", []string{"pick me up"}, []string{"news from me"}},
		{"Zeynep", Support, "she understands me, i'd rather tell her than my parents", nil, []string{"understand", "rather"}},
		{"Aunt Mo", Condolence, "i know her much better than her son", nil, []string{"better"}},
		{"", Group, "there's a whatsapp with the lads from my old five-a-side team", nil, []string{"there's a"}},
	} {
		draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
		if bad := coverageProblems(c, draft); bad != "" {
			t.Errorf("%q: %s\n    draft: %s", c.text, bad, draft)
		}
	}
	if got := DetectOccasion("there's a chat with all the dads from the nursery, can you help me post something"); got != Group {
		t.Errorf("DetectOccasion(a chat with the dads) = %q, want group", got)
	}
}

// TestTrialWordings holds, in wordings of their own, what a trial with
// new people showed: chat slang ("rn") left out, a role told at a later
// step, a plan "we're trying to organise", the writer's worry about
// scaring them and having met the one who died only once kept out, and
// "for my little bro Kofi" naming who it is for, not a thank-you.
func TestTrialWordings(t *testing.T) {
	for _, c := range []coverageCase{
		{"Tam", HardTime, "she's stuck in hospital atm with a broken hip rn", []string{"hip"}, []string{" rn", "atm"}},
		{"Ari", Professional, "its an account manager position with a charity", []string{"account manager"}, nil},
		{"", Group, "mention we're trying to organise a ceilidh for new year", []string{"ceilidh"}, []string{"trying to organise"}},
		{"Sunny", Support, "i don't want to worry him but i'm not sleeping", nil, []string{"worry"}},
		{"Reza", Condolence, "my friend reza's mum died. i only met her a couple of times", []string{"sorry"}, []string{"met", "grateful"}},
		{"Kit", Birthday, "a birthday text for my little sis kit please", nil, []string{"thank"}},
	} {
		draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
		if bad := coverageProblems(c, draft); bad != "" {
			t.Errorf("%q: %s\n    draft: %s", c.text, bad, draft)
		}
	}
}

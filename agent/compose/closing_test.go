package compose

import (
	"strings"
	"testing"
)

// TestThanksClosingFitsRegisterAndOccasion checks that a thank-you's
// closing line fits who is thanked and for what: kindness at a funeral or
// through an illness is not a favour to trade, and a teacher or a doctor
// is thanked, not offered a favour back.
func TestThanksClosingFitsRegisterAndOccasion(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		tie        Tie
	}{
		{"thank my friend jo for coming to my dad's funeral", "Jo", TieFriend},
		{"thank ria, she drove me to every chemo appointment", "Ria", TieFriend},
		{"thank my old teacher mrs ade, she kept me from dropping out", "Mrs Ade", TieWork},
		{"thank my mentor for the mock interviews, i got the job", "Sunita", TieWork},
	} {
		for v := range 3 {
			o := DetectOccasion(tt.text)
			d := Write(Spec{Occasion: o, Name: tt.name, Tie: tt.tie, Details: Parse(tt.text, tt.name, o), Variant: v})
			low := strings.ToLower(d)
			if !strings.Contains(low, "thank") {
				t.Errorf("%q (variant %d): no thanks: %q", tt.text, v, d)
			}
			for _, bad := range []string{"owe you one", "return the favour", "you're the best"} {
				if strings.Contains(low, bad) {
					t.Errorf("%q (variant %d) closes with %q: %q", tt.text, v, bad, d)
				}
			}
		}
	}
	// A neighbour who watered the plants may be offered the favour back.
	d := Write(Spec{Occasion: Thanks, Name: "Pavel", Tie: TieWeak, Details: Parse("he watered my plants while i was away", "Pavel", Thanks)})
	if !strings.Contains(d, "return the favour") {
		t.Errorf("a neighbour's favour is not offered back: %q", d)
	}
}

// TestTitledRelationshipGreets checks that a surname known with a title
// for a relationship is greeted with the title, and a given name is not.
func TestTitledRelationshipGreets(t *testing.T) {
	for _, tt := range []struct{ name, rel, want string }{
		{"Ahmadi", "professor", "Professor Ahmadi"},
		{"Tanaka", "my gp", "Dr Tanaka"},
		{"Okonkwo", "old phd professor", "Professor Okonkwo"},
		{"Sunita", "professor", "Sunita"},
		{"Ahmadi", "old friend", "Ahmadi"},
		{"Dr Ahmadi", "professor", "Dr Ahmadi"},
		{"Leila Ahmadi", "professor", "Leila Ahmadi"},
	} {
		if got := Titled(tt.name, tt.rel); got != tt.want {
			t.Errorf("Titled(%q, %q) = %q, want %q", tt.name, tt.rel, got, tt.want)
		}
	}
	d := Write(Spec{Occasion: Professional, Name: Titled("Ahmadi", "professor"), Tie: TieWork})
	if !strings.HasPrefix(d, "Dear Professor Ahmadi,") {
		t.Errorf("a professor is not greeted by title: %q", d)
	}
}

// TestSorryToTheAskerIsNoApology checks that a sorry said to the companion
// about asking does not make the message an apology.
func TestSorryToTheAskerIsNoApology(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Occasion
	}{
		{"hey sorry to bother, i just heard my friend dara lost her dad last week", Condolence},
		{"sorry for the long message lol but my mate kev got the job he wanted and i want to congratulate him", Congrats},
		{"sorry if this is weird, i want to thank my neighbour for feeding my cat", Thanks},
		{"sorry to bother you, i need to apologise to my sister for shouting at her", Apology},
	} {
		if got := DetectOccasion(tt.text); got != tt.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestWhatTheirRelativeUsedToDo checks that a habit of the one who died,
// told after how close the writer was, is kept and remembered, and that a
// hedge about someone else is not the writer's news.
func TestWhatTheirRelativeUsedToDo(t *testing.T) {
	text := "my friend zanele lost her mum, i think she'd been sick for a while. we were really close in first year and her mum used to send us parcels of biscuits during exams"
	for v := range 3 {
		d := Write(Spec{Occasion: Condolence, Name: "Zanele", Details: Parse(text, "Zanele", Condolence), Variant: v})
		low := strings.ToLower(d)
		if !strings.Contains(low, "your mum used to send us parcels") || !strings.Contains(low, "remember") && !strings.Contains(low, "thinking of how") {
			t.Errorf("variant %d: the memory of their mum is lost or said as news: %q", v, d)
		}
		if strings.Contains(low, "i think") || strings.Contains(low, "sick") {
			t.Errorf("variant %d: a hedge about someone else is said back: %q", v, d)
		}
	}
	if got := splitOwnerDid("my mum and my dad used to take us camping"); got != "my mum and my dad used to take us camping" {
		t.Errorf("two people doing one thing were split: %q", got)
	}
}

// TestMannerNotesStayOut checks that what the writer says about how the
// message should come across, or how well they know the person, guides
// the draft and is never said in it.
func TestMannerNotesStayOut(t *testing.T) {
	for _, tt := range []struct{ text, name, bad string }{
		{"i messaged sol about her new job a week ago and heard nothing, one gentle nudge, nothing guilt trippy", "Sol", "guilt"},
		{"its my ex Dan's birthday today, something friendly but definitely not flirty", "Dan", "flirty"},
		{"happy birthday card for Jürgen from accounts, i barely know him", "Jürgen", "barely"},
		{"my friend Ola is having a hard time since her breakup, i don't want to pry", "Ola", "pry"},
		{"write to my boyfriend Sam, he's away for work, i know it's only been 2 days lol", "Sam", "only been"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		if strings.Contains(strings.ToLower(d), tt.bad) {
			t.Errorf("draft for %q (%s) carries the manner note %q: %q", tt.text, o, tt.bad, d)
		}
	}
	// A detail after a manner note is kept.
	if d, _ := draftOf("nothing too heavy, my brother Abe just got laid off", "Abe", TieFamily); !strings.Contains(d, "laid off") && !strings.Contains(d, "job") {
		t.Errorf("the news after a manner note is lost: %q", d)
	}
}

// TestPossessivesWithoutApostrophes checks that an owner typed without
// its apostrophe is written with one, and that a plural is left alone.
func TestPossessivesWithoutApostrophes(t *testing.T) {
	for in, want := range map[string]string{
		"coming to dads surprise party":           "coming to dad's surprise party",
		"i heard nans favourite song":             "I heard nan's favourite song",
		"summers at our grandparents house":       "summers at our grandparents' house",
		"dinner at my parents place":              "dinner at my parents' place",
		"the mums at school were lovely":          "the mums at school were lovely",
		"both grans are coming":                   "both grans are coming",
		"my dads and my uncles will all be there": "my dads and my uncles will all be there",
	} {
		if got := tidyWords(in); got != want {
			t.Errorf("tidyWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlacesAndExamsTypedInLowerCase checks that a place typed in lower
// case after a word leading to it, and an exam's name, are capitalised,
// and that a word that is mostly something else is not.
func TestPlacesAndExamsTypedInLowerCase(t *testing.T) {
	for in, want := range map[string]string{
		"she moved back to cork":         "she moved back to Cork",
		"he's moving to new york in may": "he's moving to New York in May",
		"we met in nairobi":              "we met in Nairobi",
		"we had nice weather":            "we had nice weather",
		"she's into reading":             "she's into reading",
		"she got her a levels results":   "she got her A-levels results",
	} {
		if got := tidyWords(in); got != want {
			t.Errorf("tidyWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWhatWasOnBroughtThemToMind checks that something on the television
// or the radio that brought someone to mind is said as what was noticed.
func TestWhatWasOnBroughtThemToMind(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"nothing special, the football was on last night and i thought of him", "the football last night"},
		{"our song came on the radio today", "I heard our song today"},
	} {
		d := Write(Spec{Occasion: Thinking, Name: "Dad", Tie: TieFamily, Details: Parse(tt.text, "Dad", Thinking)})
		// Said once, where it came from: "made me think of you", or
		// "had me thinking of you" where the opening no longer says it.
		if !strings.Contains(d, tt.want) || !strings.Contains(d, "think of you") && !strings.Contains(d, "thought of you") && !strings.Contains(d, "thinking of you") {
			t.Errorf("draft for %q lacks %q: %q", tt.text, tt.want, d)
		}
	}
}

// TestRememberedStatement checks that a memory told as a whole statement
// is remembered as how it was.
func TestRememberedStatement(t *testing.T) {
	text := "my old school friend Sid lost his mum. i remember she always made us parathas after football"
	for v := range 3 {
		d := Write(Spec{Occasion: Condolence, Name: "Sid", Details: Parse(text, "Sid", Condolence), Variant: v})
		if !strings.Contains(d, "how she always made us parathas") {
			t.Errorf("variant %d: the memory is not said as how it was: %q", v, d)
		}
	}
}

// TestPetPutToSleep checks that a pet put to sleep, said in the passive
// and named or aged in any order, is a loss met with sympathy: named,
// its years acknowledged, the words "put down" never said back.
func TestPetPutToSleep(t *testing.T) {
	for _, tt := range []struct{ text, name, pet string }{
		{"my friend Greta's dog had to be put down yesterday 😢 he was 14 and his name was Bruno", "Greta", "Bruno"},
		{"my friend lou's dog biscuit had to be put down this morning. he was 12", "Lou", "Biscuit"},
		{"their cat Miso was put to sleep on friday, she was 16", "Ama", "Miso"},
	} {
		d := Write(Spec{Name: tt.name, Details: Parse(tt.text, tt.name, "")})
		low := strings.ToLower(d)
		if !strings.Contains(d, tt.pet) || !strings.Contains(low, "sorry") || !strings.Contains(low, " years with ") {
			t.Errorf("draft for %q misses the pet, the sympathy or the years: %q", tt.text, d)
		}
		if strings.Contains(low, "put down") || strings.Contains(low, "to sleep") || strings.Contains(d, "!") {
			t.Errorf("draft for %q is not a quiet condolence: %q", tt.text, d)
		}
	}
	// A child's age after a death is never said as years together.
	d := Write(Spec{Occasion: Condolence, Name: "Ana", Details: Parse("my friend Ana's nephew died last week, he was 14", "Ana", Condolence)})
	if strings.Contains(d, "years with") {
		t.Errorf("a child's age is said as years together: %q", d)
	}
}

// TestDayAheadAndPlanningIt checks that a day to come is looked forward
// to, and that a plan to plan something is said as one.
func TestDayAheadAndPlanningIt(t *testing.T) {
	d := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse("grandads 90th is in june and we should plan something", "", Group)})
	if !strings.Contains(d, "grandad's 90th in June") || !strings.Contains(d, "plan something") {
		t.Errorf("the day ahead or the planning is lost: %q", d)
	}
	d = Write(Spec{Occasion: Birthday, Name: "Ana", Tie: TieFriend, Details: Parse("her 40th is coming up on saturday", "Ana", Birthday)})
	if !strings.Contains(d, "your 40th on Saturday") {
		t.Errorf("their day ahead is lost: %q", d)
	}
}

// TestGroupIsMissedAsYouAll checks that missing the people of a group,
// said of them, is said to them.
func TestGroupIsMissedAsYouAll(t *testing.T) {
	for _, text := range []string{"i just want to say hi and that i miss them", "honestly i really miss everyone"} {
		d := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse(text, "", Group)})
		if !strings.Contains(d, "miss you all") || strings.Contains(d, "miss them") {
			t.Errorf("draft for %q does not miss them to their faces: %q", text, d)
		}
	}
}

// TestSmallSlipsAreNotPastedBack checks a handful of slips a message
// carries that a draft must not: a blessing tacked on the end, "your" for
// "you", "her" before when read as whose, a "before" with nothing after
// it, and a note on the register.
func TestSmallSlipsAreNotPastedBack(t *testing.T) {
	for _, tt := range []struct{ text, name, want, bad string }{
		{"she looked after my cat the whole week and even did the litter tray bless her", "Bea", "litter tray", "bless"},
		{"say id like to come visit her soon", "Lerato", "visit you soon", "your soon"},
		{"i'll see her next week", "Ana", "see you next week", "your next"},
		{"her fiancé called off the wedding 2 weeks before", "Thandi", "called off the wedding", "before"},
		{"my manager's wife is ill, something kind but still appropriate for work", "Henrik", "", "appropriate"},
	} {
		var got []string
		for _, d := range Parse(tt.text, tt.name, "") {
			got = append(got, d.Text)
		}
		all := strings.Join(got, " / ")
		if tt.want != "" && !strings.Contains(all, tt.want) || strings.Contains(all, tt.bad) {
			t.Errorf("Parse(%q) = %q, want %q and no %q", tt.text, all, tt.want, tt.bad)
		}
	}
	if DetectOccasion("her fiancé called off the wedding two weeks before") != HardTime {
		t.Errorf("a called-off wedding is not a hard time")
	}
}

// TestAskInsideAProfessionalNote checks that an ask typed as a question
// about asking is asked of them, that a guess at how busy they are and a
// note on how to ask stay out, and that praise of how they were is never
// congratulated.
func TestAskInsideAProfessionalNote(t *testing.T) {
	text := "so lena was my mentor at the agency and she was great, now im applying for design jobs, would it be ok to ask her to look at my portfolio?? she's probably super busy so keep it easy to say no to"
	d := Write(Spec{Occasion: Professional, Name: "Lena", Tie: TieWork, Details: Parse(text, "Lena", Professional)})
	low := strings.ToLower(d)
	if !strings.Contains(low, "look at my portfolio") {
		t.Errorf("the ask is lost: %q", d)
	}
	for _, bad := range []string{"would it be ok", "probably", "keep it easy", "congratulations on being", "ask you"} {
		if strings.Contains(low, bad) {
			t.Errorf("draft carries %q: %q", bad, d)
		}
	}
}

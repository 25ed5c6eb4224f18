package compose

import (
	"strings"
	"testing"
)

// TestTypedAsSpoken checks details typed the way people type them, in
// wordings of this test's own: an apostrophe left out, a years span, a
// reminder asked for in passing, "mention that", a name run into the next
// statement, what the message is "for", and a follow-up's topic with the
// when in the middle.
func TestTypedAsSpoken(t *testing.T) {
	for _, tt := range []struct {
		name string
		o    Occasion
		text string
		has  []string
		not  []string
	}{
		{"Ravi", Professional, "ask ravi if hed be willing to give me a reference", []string{"reference"}, []string{"hed", "he'd be"}},
		{"Jo", Professional, "could you ask jo whether shed have time for a quick call", []string{"call"}, []string{"shed"}},
		{"Tom", Professional, "he was my team lead at the council 2015-2018", []string{"council"}, []string{"2015", "2018"}},
		{"Ana", Reconnect, "we shared a flat in brixton back in 2012", []string{"flat"}, []string{"2012"}},
		{"Kay", HardTime, "oh and set a reminder for me to ring her next week", nil, []string{"reminder", "remind"}},
		{"Kay", HardTime, "pls remind me to text her on sunday", nil, []string{"remind"}},
		{"Eli", Congrats, "could you mention i'm really proud of him", []string{"proud of you"}, []string{"him", "mention"}},
		{"Zara", Congrats, "congratulate my friend zara she passed her bar exam", []string{"bar exam"}, []string{"she passed", "her bar"}},
		{"Ivo", Congrats, "its about his new baby", []string{"your new baby"}, []string{"his"}},
		{"Kofi", FollowUp, "i sent kofi a text about the camping trip like 3 weeks ago, nothing back", []string{"camping trip"}, []string{"nothing back", "weeks ago"}},
		{"Noor", Condolence, "noor's dad died last week. he always whistled while he cooked", []string{"him whistling"}, []string{"he always"}},
		{"Bea", Condolence, "my aunt's husband passed away, i need to write to my aunt bea", []string{"your husband"}, []string{"my aunt"}},
		{"Jo", Condolence, "it'll be two years tomorrow since jo's mum died", []string{"your mum"}, []string{"jo's"}},
		{"Stan", Thinking, "he always brought doughnuts in on fridays", []string{"you always brought"}, []string{"he always"}},
		{"Milo", Apology, "argh i still havent answered milo's text about his birthday plans", []string{"your birthday plans"}, []string{"argh", "his birthday"}},
		{"Dr Okoro", Professional, "ask dr okoro whether she would look over my portfolio", []string{"if you would look over my portfolio"}, []string{"might"}},
		{"Ines", HardTime, "she's been really withdrawn lately and her mum is in hospital", []string{"your mum"}, []string{"withdrawn"}},
		{"Nico", Thanks, "when my car broke down he drove over with jump leads", []string{"jump leads"}, []string{"he drove"}},
		{"Cass", Thanks, "thank cass for lending me her van so i could move my stuff", []string{"van"}, []string{"her van", "so i could"}},
		{"Ty", Thinking, "i thought about him this morning when i drove past the old pitch", []string{"driving past the old pitch"}, []string{"i drove past"}},
		{"Amir", Support, "i've been low for weeks and i'm terrible at asking for help", []string{"low"}, []string{"terrible at asking"}},
		{"", Group, "the running group went quiet after ellie moved away, she's loving berlin apparently", nil, []string{"loving berlin"}},
		{"Fen", FollowUp, "asked my old mentor fen if she fancied lunch a month ago, nothing back", []string{"lunch"}, []string{"asked", "month ago"}},
		{"", Group, "no one answered when i floated a barbecue in the family chat", []string{"barbecue"}, []string{"no one", "floated"}},
		{"", Group, "was thinking we might do a picnic when it warms up", []string{"picnic"}, []string{"thinking we"}},
	} {
		tie := TieFriend
		if tt.o == Professional {
			tie = TieWork
		}
		d := Write(Spec{Occasion: tt.o, Name: tt.name, Tie: tie, Details: Parse(tt.text, tt.name, tt.o)})
		low := strings.ToLower(d)
		ok := len(tt.has) == 0
		for _, h := range tt.has {
			ok = ok || strings.Contains(low, strings.ToLower(h))
		}
		if !ok {
			t.Errorf("draft for %q lacks %q: %s", tt.text, tt.has, d)
		}
		for _, n := range tt.not {
			if strings.Contains(" "+low, " "+strings.ToLower(n)) {
				t.Errorf("draft for %q says %q: %s", tt.text, n, d)
			}
		}
	}
}

// TestNoExcusesLeavesTheReasonOut checks that an apology asked to make no
// excuses keeps what it is sorry for and what was promised, and drops why.
func TestNoExcusesLeavesTheReasonOut(t *testing.T) {
	said := []string{"i missed her leaving drinks, my train got cancelled", "no excuses please"}
	var ds []Detail
	no := false
	for _, s := range said {
		ds = append(ds, Parse(s, "Bel", Apology)...)
		no = no || NoExcuses(s)
	}
	if !no {
		t.Fatalf("NoExcuses found no request in %q", said)
	}
	d := Write(Spec{Occasion: Apology, Name: "Bel", Details: DropReasons(ds)})
	if !strings.Contains(d, "leaving drinks") || strings.Contains(d, "train") {
		t.Errorf("draft = %q, want the leaving drinks and no train", d)
	}
	kept := DropReasons([]Detail{{Kind: MyNews, Text: "I was meant to drive you to the airport"}, {Kind: Sorry, Text: "that I overslept"}})
	if len(kept) != 2 {
		t.Errorf("DropReasons dropped what was promised: %v", kept)
	}
	for _, s := range []string{"dont give any reasons", "without making excuses", "i don't want it to sound like an excuse"} {
		if !NoExcuses(s) {
			t.Errorf("NoExcuses(%q) = false", s)
		}
	}
	if NoExcuses("i was late because of the traffic") {
		t.Errorf("NoExcuses found a request in a reason")
	}
}

// TestOldLossShapesToneOnly checks that a death long past, told as why a
// light message matters, neither makes it a condolence nor is said back,
// and keeps its voice quiet.
func TestOldLossShapesToneOnly(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"Mum", "send my mum something, just to say i love her. dad passed away when i was 12"},
		{"Gran", "my gran has been a widow since 2009, i want to drop her a line to say hi"},
		{"Len", "reach out to my father in law len, his wife died a few years ago and he's been on his own since"},
		{"Pops", "want to text my grandad pops, grandma died years back and he's by himself a lot"},
	} {
		o := DetectOccasion(tt.text)
		if o == Condolence {
			t.Errorf("DetectOccasion(%q) = condolence, want a light occasion", tt.text)
		}
		d := Write(Spec{Occasion: o, Name: tt.name, Tie: TieFamily, Details: Parse(tt.text, tt.name, o)})
		low := strings.ToLower(d)
		for _, bad := range []string{"sorry", "loss", "died", "passed", "widow", "on your own", "by yourself"} {
			if strings.Contains(low, bad) {
				t.Errorf("draft for %q says %q: %s", tt.text, bad, d)
			}
		}
		if first, _, _ := strings.Cut(d, "."); strings.Contains(first, "!") {
			t.Errorf("draft for %q opens cheerfully: %s", tt.text, d)
		}
	}
	if o := DetectOccasion("it's two years since my friend's dad died, i want to send her something today"); o != Condolence {
		t.Errorf("an anniversary of a death = %q, want condolence", o)
	}
}

// TestProfessionalAskSaidPlainly checks that an ask of a professional
// contact comes out as the ask, politely, as a question they can answer.
func TestProfessionalAskSaidPlainly(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Dr Ansah", "ask my old lecturer dr ansah for a reference for a phd place", "reference"},
		{"Tomas", "help me ask tomas, my ex-manager, for some advice on going freelance", "advice"},
		{"Priti", "could you help me ask priti, who i met at a meetup, for an introduction to her team lead", "introduction"},
		{"Kwame", "message kwame asking if he'd put me in touch with someone in his design team", "in touch"},
	} {
		o := DetectOccasion(tt.text)
		d := Write(Spec{Occasion: o, Name: tt.name, Tie: TieWork, Details: Parse(tt.text, tt.name, o)})
		low := strings.ToLower(d)
		if o != Professional || !strings.Contains(low, tt.want) || !strings.ContainsAny(d, "?") && !strings.Contains(low, "if you would") {
			t.Errorf("draft for %q (%s) does not ask for %q plainly: %s", tt.text, o, tt.want, d)
		}
		for _, bad := range []string{"his ", "her ", "he'd", "she'd", "might"} {
			if strings.Contains(low, bad) {
				t.Errorf("draft for %q says %q: %s", tt.text, bad, d)
			}
		}
	}
}

// TestBaseIng checks the -ing forms the clause reader makes of base verbs.
func TestBaseIng(t *testing.T) {
	for v, want := range map[string]string{"grab": "grabbing", "chat": "chatting", "swim": "swimming", "play": "playing",
		"cook": "cooking", "visit": "visiting", "ride": "riding", "tie": "tying", "fix": "fixing", "see": "seeing"} {
		if got := baseIng(v); got != want {
			t.Errorf("baseIng(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestHedgedFaultIsNoApology checks that blame for a silence taken in
// passing leaves the silence the occasion, while blame owned is one.
func TestHedgedFaultIsNoApology(t *testing.T) {
	for text, want := range map[string]Occasion{
		"message my old friend kat, we haven't talked since uni, partly my fault for moving away": Reconnect,
		"i want to reach out to my cousin, not spoken in three years, probably my fault too":      Reconnect,
		"i ruined the surprise party for my sister and it's completely my fault":                  Apology,
	} {
		if got := DetectOccasion(text); got != want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestCongratulatedOnce checks that a second piece of good news is told,
// not congratulated a second time.
func TestCongratulatedOnce(t *testing.T) {
	for _, text := range []string{"she got engaged and she's moving to lisbon", "he passed his exams, he's off to uni in september"} {
		d := Write(Spec{Occasion: Congrats, Name: "Noor", Details: Parse(text, "Noor", Congrats)})
		if n := strings.Count(strings.ToLower(d), "congratulations"); n != 1 {
			t.Errorf("draft for %q says congratulations %d times: %s", text, n, d)
		}
	}
}

// TestWishNeedsAVerb checks that a wish for a thing ("I'd love 15 minutes
// of your advice") is not read as a wish to do something.
func TestWishNeedsAVerb(t *testing.T) {
	for _, text := range []string{"I'd love 15 minutes of your advice", "i would like a quick chat with you", "want a coffee with you soon"} {
		if d, ok := wishOrAsk(secondPerson(text, "Ana", false), "Ana"); ok && strings.HasPrefix(d.Text, "I'd love to") {
			t.Errorf("wishOrAsk(%q) = %q, want no wish to do", text, d.Text)
		}
	}
	if d, ok := wishOrAsk("would love to go sailing with you again", "Ana"); !ok || d.Text != "I'd love to go sailing with you" {
		t.Errorf("wishOrAsk = %q, %v", d.Text, ok)
	}
}

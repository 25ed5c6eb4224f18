package compose

import (
	"strings"
	"testing"
)

// TestAsRecipient checks that the relationship a recipient is known by
// becomes the pronoun for them in each place it stands.
func TestAsRecipient(t *testing.T) {
	for _, tc := range []struct{ rel, in, want string }{
		{"brother", "my brother just lost his job. i miss my brother, and my brother's kids too",
			"he just lost his job. i miss him, and his kids too"},
		{"sister", "I think my little sister is struggling", "I think she is struggling"},
		{"cousin", "my cousin passed her test, so proud of my cousin", "she passed her test, so proud of her"},
		{"friend", "my friend got the job", "my friend got the job"},
		{"aunt", "we took my aunt to the coast", "we took her to the coast"},
		// where they are known from is part of who they are, and a
		// pronoun later tells the gender of a word that has none
		{"mate", "my old mate from uni just became a dad, havent spoken to him since 2021",
			"he just became a dad, havent spoken to him since 2021"},
		{"friend", "my friend from church got her citizenship, want to text her", "she got her citizenship, want to text her"},
		{"friend", "my friend from work is leaving", "my friend from work is leaving"},
	} {
		if got := AsRecipient(tc.in, tc.rel); got != tc.want {
			t.Errorf("AsRecipient(%q, %q) = %q, want %q", tc.in, tc.rel, got, tc.want)
		}
	}
}

// TestUnnamedNewsSpeaksToThem checks that news of someone known only by
// a relationship is written to them once the relationship is their
// pronoun, and that how the writer heard it stays out.
func TestUnnamedNewsSpeaksToThem(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		o          Occasion
		want, not  string
	}{
		{AsRecipient("my uncle had a small stroke on monday", "uncle"), "", HardTime, "you had a small stroke", "my uncle"},
		{"just found out my old flatmate Bea moved to Lisbon in the spring", "Bea", Reconnect, "Lisbon", "found out"},
		{"heard that Kofi got the apprenticeship", "Kofi", Congrats, "apprenticeship", "heard that"},
	} {
		out := Write(Spec{Occasion: tc.o, Name: tc.name, Details: Parse(tc.text, tc.name, tc.o)})
		if !strings.Contains(out, tc.want) || strings.Contains(strings.ToLower(out), tc.not) {
			t.Errorf("%q: got %q, want %q and no %q", tc.text, out, tc.want, tc.not)
		}
	}
}

// TestBirthdayHabit checks that something they keep doing is said on
// their birthday, however long it was told.
func TestBirthdayHabit(t *testing.T) {
	out := Write(Spec{Occasion: Birthday, Name: "Nana", Details: Parse("she still walks the dog along the river every single evening", "Nana", Birthday)})
	if !strings.Contains(out, "the dog") || strings.Contains(out, "she still") {
		t.Errorf("got %q, want the walks said to her", out)
	}
}

// TestAgeOfTheOneWhoDied checks that the age told after a death stays out
// of the draft, and an age told otherwise is still read.
func TestAgeOfTheOneWhoDied(t *testing.T) {
	for _, d := range Parse("my neighbour Eli lost his old collie yesterday, she was 15. he is heartbroken", "Eli", HardTime) {
		if strings.Contains(d.Text, "15") {
			t.Errorf("the dog's age was kept: %+v", d)
		}
	}
	found := false
	for _, d := range Parse("Eli is turning 40, he was 14 when we met", "Eli", Birthday) {
		found = found || strings.Contains(d.Text, "14 when we met")
	}
	if !found {
		t.Errorf("an age told as a memory was dropped")
	}
}

// TestGatheringIsThePlan checks that a wish to get everyone together for
// something is the plan a group message puts to them.
func TestGatheringIsThePlan(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"the old running club chat is dead. i want to get everyone on a zoom before christmas", "a Zoom before Christmas"},
		{"would love to get the gang together for a picnic in june", "a picnic in June"},
		{"chat's been dead for months, want to get everyone to meet up after easter", "we meet up after Easter"},
	} {
		out := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse(tc.text, "", Group)})
		if !strings.Contains(out, tc.want) {
			t.Errorf("%q: got %q, want %q in it", tc.text, out, tc.want)
		}
	}
}

// TestTwoGivenNames checks that a name of two given names is greeted
// whole, and a given name with a surname by the first alone.
func TestTwoGivenNames(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Ana Sofia", "Ana Sofia"}, {"Mary Jane", "Mary Jane"}, {"Sam Lee", "Sam"}, {"Arjun Mehta", "Arjun"},
	} {
		if got := greetName(tc.name); got != tc.want {
			t.Errorf("greetName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCongratulateOnTheirNews checks that "congratulate X on her …" keeps
// what the congratulations are for.
func TestCongratulateOnTheirNews(t *testing.T) {
	out := Write(Spec{Occasion: Congrats, Name: "Ana Sofia", Details: Parse("congratulate my colleague ana sofia on her promotion", "Ana Sofia", Congrats)})
	if !strings.Contains(out, "your promotion") {
		t.Errorf("got %q, want the promotion in it", out)
	}
}

// TestRoleRemembered checks that what someone was to the writer is
// remembered as their time in that part, or a part both had, and what
// they did then as a memory, never as news.
func TestRoleRemembered(t *testing.T) {
	for _, tc := range []struct{ text, name, want, not string }{
		{"message my old teammate Bo, he was our captain and scored the winner in the derby", "Bo", "your time as our captain", "I heard"},
		{"Noor was my housemate in first year, we painted the kitchen orange", "Noor", "our time as housemates", "my housemate"},
		{"she was my piano teacher for ten years and never once lost her patience", "Mrs Ito", "never once lost your patience", "she was"},
	} {
		out := Write(Spec{Occasion: Thinking, Name: tc.name, Details: Parse(tc.text, tc.name, Thinking)})
		if !strings.Contains(out, tc.want) || strings.Contains(out, tc.not) {
			t.Errorf("%q: got %q, want %q and no %q", tc.text, out, tc.want, tc.not)
		}
	}
}

// TestAnotherStoryStaysOut checks that what is set aside as "a whole
// other story" is not said in the message.
func TestAnotherStoryStaysOut(t *testing.T) {
	out := Write(Spec{Occasion: Congrats, Name: "Lina", Details: Parse("my niece lina passed her bar exam. her mum skipped the ceremony, which is another story", "Lina", Congrats)})
	if strings.Contains(out, "mum") || !strings.Contains(out, "bar exam") {
		t.Errorf("got %q, want the exam and nothing of her mum", out)
	}
}

// TestNameOfTheOneWhoDied checks that a name given after a death is the
// name the sympathy is said with, and a memory beside it is kept for good.
func TestNameOfTheOneWhoDied(t *testing.T) {
	out := Write(Spec{Occasion: Condolence, Name: "Ife", Details: Parse("her sister died last month. her name was tolu, we used to sing in the choir together", "Ife", Condolence)})
	if !strings.Contains(out, "your sister Tolu") || strings.Contains(out, "the other day") {
		t.Errorf("got %q, want the sister by name and no 'the other day'", out)
	}
}

// TestGroupPlanReads checks that a plan put as "we …" to a group reads as
// a sentence in every variant.
func TestGroupPlanReads(t *testing.T) {
	for v := range 4 {
		out := Write(Spec{Occasion: Group, Tie: TieGroup, Variant: v, Details: Parse("want to restart our monthly walks", "", Group)})
		if strings.Contains(out, "up for we") {
			t.Errorf("variant %d: %q", v, out)
		}
	}
}

// TestFollowUpOnAQuestion checks that the question a silence followed is
// what the follow-up is about.
func TestFollowUpOnAQuestion(t *testing.T) {
	out := Write(Spec{Occasion: FollowUp, Name: "Ines", Details: Parse("sent ines a voice note and a question about sunday and nothing back", "Ines", FollowUp)})
	if !strings.Contains(out, "Sunday") || strings.Contains(out, "nothing back") {
		t.Errorf("got %q, want Sunday and no silence told", out)
	}
}

// TestRunningJoke checks that a running joke or argument between them is
// remembered, not pasted.
func TestRunningJoke(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"we always argue about whose curry is hotter", "our running argument about whose curry is hotter"},
		{"we always joke that he is secretly a pensioner", "our running joke that you are secretly a pensioner"},
	} {
		out := Write(Spec{Occasion: Thinking, Name: "Raf", Details: Parse(tc.text, "Raf", Thinking)})
		if !strings.Contains(out, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, out, tc.want)
		}
	}
}

// TestFloodIsAHardTime checks that a home flooded is read as a hard time.
func TestFloodIsAHardTime(t *testing.T) {
	for _, s := range []string{"their basement flooded in the storm", "a burst pipe wrecked his flat", "her shop got flooded on friday"} {
		if got := DetectOccasion(s); got != HardTime {
			t.Errorf("DetectOccasion(%q) = %q, want %q", s, got, HardTime)
		}
	}
}

// TestThanksToThemUnnamed checks that "they" did the kindness when the
// thanks go to people not named.
func TestThanksToThemUnnamed(t *testing.T) {
	out := Write(Spec{Occasion: Thanks, Details: Parse("thank the couple upstairs, they took in my parcels for a month", "", Thanks)})
	if !strings.Contains(out, "for taking in my parcels") {
		t.Errorf("got %q, want what they did thanked", out)
	}
}

// TestPossessiveWithoutApostrophe checks that "my friends wedding" is
// read as the friend's wedding.
func TestPossessiveWithoutApostrophe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"i missed my oldest friends wedding", "friend's wedding"},
		{"she covered so i could go to my nieces recital", "niece's recital"},
		{"my girlfriends grandma died", "girlfriend's grandma"},
	} {
		if got := tidyWords(tc.in); !strings.Contains(got, tc.want) {
			t.Errorf("tidyWords(%q) = %q, want %q in it", tc.in, got, tc.want)
		}
	}
}

package compose

import (
	"strings"
	"testing"
)

// TestThanksForWhatTheyDid checks that what the recipient did for the
// writer is thanked for when it is told by what they are ("my old boss
// Ms Varga"), or with no subject at all, and that the writer's own news
// told with no subject stays the writer's.
func TestThanksForWhatTheyDid(t *testing.T) {
	for _, tc := range []struct {
		said, name string
		has, not   string
	}{
		{"my old boss Ms Varga put in a good word for me with the hiring panel", "Ms Varga", "Thank you so much for putting in a good word for me", "Varga put"},
		{"neighbour watered my tomatoes the whole time i was away", "Inès", "for watering my tomatoes", "neighbour watered"},
		{"fixed my bike when the chain snapped", "Ruairi", "for fixing my bike", "Some news"},
		{"just got into the nursing course, want to thank my tutor", "Maeve", "I got into the nursing course", "you got into"},
		{"took in my post while i was at my nans", "Bo", "at my nan's", "my nans"},
	} {
		d := Write(Spec{Occasion: Thanks, Name: tc.name, Details: Parse(tc.said, tc.name, Thanks)})
		if !strings.Contains(d, tc.has) || strings.Contains(d, tc.not) {
			t.Errorf("%q: draft %q; want %q in it and not %q", tc.said, d, tc.has, tc.not)
		}
	}
}

// TestKindnessRememberedIsThanked checks that something the recipient
// once did for the writer, told when getting back in touch, is thanked
// for rather than congratulated, and that a verb left out goes back in.
func TestKindnessRememberedIsThanked(t *testing.T) {
	said := "she taught me to code when i was stuck. she's still at the library"
	d := Write(Spec{Occasion: Professional, Name: "Wren", Since: "3 years", Details: Parse(said, "Wren", Professional)})
	if !strings.Contains(d, "grateful") || !strings.Contains(d, "teaching me to code") || strings.Contains(d, "Congratulations") {
		t.Errorf("%q", d)
	}
	d = Write(Spec{Occasion: Reconnect, Name: "Wren", Since: "3 years", Details: Parse(said, "Wren", Reconnect)})
	if strings.Contains(d, "you still at") {
		t.Errorf("verb left out: %q", d)
	}
}

// TestOccasionsSaidInOtherWords checks a few occasions said without their
// usual words, and the writer's own doing told with no subject.
func TestOccasionsSaidInOtherWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Occasion
	}{
		{"help me ask my older sister for help, i'm drowning with the twins", Support},
		{"her girlfriend proposed at the top of a mountain", Congrats},
	} {
		if got := DetectOccasion(tc.in); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	d := Write(Spec{Occasion: Apology, Name: "Mum", Details: Parse("keep forgetting to ring her back", "Mum", Apology)})
	if !strings.Contains(d, "I keep forgetting to ring you back") {
		t.Errorf("apology lost what it is for: %q", d)
	}
	d = Write(Spec{Occasion: FollowUp, Name: "Ana", Details: []Detail{{Kind: Ask, Text: "for advice on the course"}}})
	if !strings.Contains(strings.ToLower(d), "following up") && !strings.Contains(strings.ToLower(d), "follow up") {
		t.Errorf("a follow-up that only asks again: %q", d)
	}
}

// TestAskForHelpIsAsked checks that asking someone for help, said as the
// request, is asked in the draft.
func TestAskForHelpIsAsked(t *testing.T) {
	said := "can you help me ask my best mate for help, i'm buried in boxes from the move"
	d := Write(Spec{Occasion: Support, Name: "Jools", Details: Parse(said, "Jools", Support)})
	if !strings.Contains(d, "give me a hand") {
		t.Errorf("the ask for help is missing: %q", d)
	}
}

// TestThanksForTheirThing checks that something of theirs told by what it
// did ("his toast at the party had us all in bits") is thanked for, and
// what it did is left out.
func TestThanksForTheirThing(t *testing.T) {
	for _, said := range []string{"his toast at the party had us all in bits", "her letter honestly got me through that week"} {
		d := Write(Spec{Occasion: Thanks, Name: "Cass", Details: Parse(said, "Cass", Thanks)})
		if !strings.Contains(d, "Thank you so much for your ") || strings.Contains(d, "in bits") || strings.Contains(d, "got me through") {
			t.Errorf("%q: %q", said, d)
		}
	}
}

// TestClosedBusinessIsAHardTime checks that closing a business is read as
// a hard time, and that a brave face seen through is not said back.
func TestClosedBusinessIsAHardTime(t *testing.T) {
	said := "jo had to close the salon she ran for 30 years, she's putting on a brave face"
	if o := DetectOccasion(said); o != HardTime {
		t.Fatalf("DetectOccasion = %q, want hard time", o)
	}
	d := Write(Spec{Occasion: HardTime, Name: "Jo", Details: Parse(said, "Jo", HardTime)})
	if !strings.Contains(d, "salon") || strings.Contains(d, "brave face") {
		t.Errorf("draft %q", d)
	}
}

// TestAgeWishedInTheRequest checks that an age said in the request itself
// ("a happy 80th message for…") is carried.
func TestAgeWishedInTheRequest(t *testing.T) {
	said := "can you do a happy 80th message for my uncle pete, he still plays bowls every sunday"
	d := Write(Spec{Occasion: Birthday, Name: "Uncle Pete", Details: Parse(said, "Uncle Pete", Birthday)})
	if !strings.Contains(d, "80") {
		t.Errorf("the age is missing: %q", d)
	}
}

// TestCongratsNewsWithNoSubject checks that news told with its subject
// left out, in a congratulation, is theirs.
func TestCongratsNewsWithNoSubject(t *testing.T) {
	for _, said := range []string{"swam the channel last week", "finished in under four hours"} {
		d := Write(Spec{Occasion: Congrats, Name: "Bea", Details: Parse(said, "Bea", Congrats)})
		if strings.Contains(d, "I swam") || strings.Contains(d, "I finished") || !strings.Contains(d, "you") {
			t.Errorf("%q: %q", said, d)
		}
	}
}

package compose

import (
	"strings"
	"testing"
)

// What the writer says of their own state ("I was nervous", "I'm stuck
// at work", "I still haven't reached out") is for the companion, never
// "news from me" in the message; guilt in an apology is said in the
// message's own words.
func TestOwnStateIsNotNews(t *testing.T) {
	cases := []struct {
		name, rel string
		o         Occasion
		text, not string
	}{
		{"Priya", "friend", Congrats, "priya passed her driving test, i was so nervous for her lol", "nervous"},
		{"Sam", "friend", Birthday, "its sam's 30th and i'm stuck at a work trip in oslo", "stuck"},
		{"Ola", "friend", Thinking, "ola moved to lisbon in may and i still haven't properly reached out", "reached out"},
		{"Ben", "friend", Apology, "i forgot to pick ben up from the station, i feel awful", "feel awful"},
		{"Jo", "housemate", Birthday, "i missed jo's birthday and i feel bad", "feel bad"},
	}
	for _, c := range cases {
		d := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieOf(c.rel), Details: Parse(c.text, c.name, c.o)})
		if strings.Contains(strings.ToLower(d), c.not) || strings.Contains(d, "news from me") {
			t.Errorf("%q:\n%s\nwants no %q and no news from the writer", c.text, d, c.not)
		}
	}
	d := Write(Spec{Occasion: Apology, Name: "Ben", Details: Parse("i forgot to pick ben up from the station, i feel awful", "Ben", Apology)})
	if !strings.Contains(d, "I feel terrible about it") {
		t.Errorf("apology lost its guilt: %s", d)
	}
}

// On a birthday, how they have been to the writer is thanked, and what
// they have taken up is loved, without the writer's aside on it.
func TestBirthdayOngoingNews(t *testing.T) {
	d := Write(Spec{Occasion: Birthday, Name: "Mum", Tie: TieOf("mum"), Details: Parse("she's been learning the cello this year and honestly its so funny", "", Birthday)})
	if !strings.Contains(d, "you've been learning the cello this year") || strings.Contains(d, "funny") {
		t.Errorf("ongoing pursuit: %s", d)
	}
	d = Write(Spec{Occasion: Birthday, Name: "Priti", Tie: TieOf("manager"), Details: Parse("she's been so supportive to me this year", "Priti", Birthday)})
	if !strings.Contains(d, "Thank you for being so supportive to me this year") {
		t.Errorf("kindness thanked: %s", d)
	}
}

// Someone of theirs turning an age is marvelled at, never read as their
// own news gone wrong.
func TestTheirsTurning(t *testing.T) {
	d := Write(Spec{Occasion: Reconnect, Name: "Kit", Since: "a year", Details: Parse("his son turns 3 in april", "Kit", Reconnect)})
	if !strings.Contains(d, "your son is turning 3 in April") {
		t.Errorf("%s", d)
	}
}

// Where and when, put first, goes after what happened; a relationship and
// a name with "and I" are "we".
func TestFrontedSceneAndWe(t *testing.T) {
	var got []string
	for _, d := range Parse("at the team dinner i made a joke about her accent", "Noor", Apology) {
		got = append(got, d.Text)
	}
	if j := strings.Join(got, "|"); !strings.Contains(j, "I made a joke about your accent at the team dinner") {
		t.Errorf("fronted scene: %q", got)
	}
	for _, d := range Parse("my cousin Ade and i went to the same school", "Ade", Reconnect) {
		if strings.Contains(d.Text, "cousin") {
			t.Errorf("relationship left before we: %q", d.Text)
		}
	}
}

// News long past ("retired last year") is no congratulation now, and a
// silence dated "since 2019" is said once, in plain words.
func TestPastNewsAndSinceWhen(t *testing.T) {
	if o := DetectOccasion("write to my old coach, she retired two years ago"); o == Congrats {
		t.Errorf("past news read as congratulations")
	}
	d := Write(Spec{Occasion: Thinking, Name: "Mr Hale", Details: Parse("he retired last year", "Mr Hale", Thinking)})
	if strings.Contains(d, "ongratulations") || !strings.Contains(d, "since you retired") {
		t.Errorf("past news: %s", d)
	}
	for v := 0; v < 3; v++ {
		d := Write(Spec{Occasion: Reconnect, Name: "Kate", Since: "since 2019", Variant: v})
		if strings.Count(d, "since") > 1 || !strings.Contains(d, "2019") {
			t.Errorf("since when: %s", d)
		}
	}
	d = Write(Spec{Occasion: Thinking, Name: "Jo", Details: Parse("she moved to leeds for uni and i stayed here", "Jo", Thinking)})
	if strings.Contains(d, "stayed") {
		t.Errorf("the writer staying put is no news: %s", d)
	}
}

package agent

import (
	"bytes"
	"log/slog"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// groupTurn starts a group turn on text for someone whose private name is
// private, seen by the platform as "Alex".
func groupTurn(a *Agent, private, text string) *turn {
	p := Person{ID: "test:alex", Profile: Profile{Name: private, Timezone: "Europe/Berlin", Created: time.Unix(1, 0)},
		Contacts: []Contact{{ID: "c1", Name: "Sam", Cadence: "every Sunday"}}}
	m := Message{Channel: "test", ChatID: "room", Person: p.ID, Name: "Alex", Text: text, Group: true, Addressed: true}
	return newTurn(a, m, p, time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
}

func TestGroupViewHoldsNothingPrivate(t *testing.T) {
	tr := groupTurn(New(Options{}), "Marguerite", "hi")
	want := Person{ID: "test:alex", Profile: Profile{Created: time.Unix(1, 0)}, Flow: Flow{Choices: groupMenu()}}
	if !reflect.DeepEqual(tr.p, want) || tr.due0 != nil {
		t.Errorf("group view %+v, want %+v", tr.p, want)
	}
	if tr.stored == nil || tr.stored.Profile.Name != "Marguerite" {
		t.Errorf("the stored person was not kept aside: %+v", tr.stored)
	}
}

func TestGroupReplyHeldBackWhenItShowsThePrivateName(t *testing.T) {
	var logs bytes.Buffer
	a := New(Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	cases := []struct {
		name, private, typed string
		reply                Reply
		held                 bool
	}{
		{"greeting", "Sam", "hi", Reply{Text: "Hi Sam! Good to hear from you."}, true},
		{"any case", "Sam", "hi", Reply{Text: "nice to meet you, sam."}, true},
		{"in a label", "Sam", "hi", Reply{Text: "Pick one.", Choices: []Choice{{ID: "section:x", Label: "For Sam"}}}, true},
		{"help names an example", "Sam", "/help", Reply{Text: msgHelp}, false},
		{"unknown command lists the help", "Mum", "/x", Reply{Text: "I don't know that command.\n" + helpList()}, false},
		{"part of a longer word", "Sam", "hi", Reply{Text: "Samantha and Sami say hello."}, false},
		{"typed in the group", "Sam", "how do I talk to Sam?", Reply{Text: "Talking to Sam can wait."}, false},
		{"the platform name", "alex", "hi", Reply{Text: "Hi Alex!"}, false},
		{"no private name", "", "hi", Reply{Text: "Hi Sam!"}, false},
		{"accents", "Zoë", "hi", Reply{Text: "Hi Zoë!"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := groupTurn(a, c.private, c.typed).groupReply(c.reply)
			if held := got.Text == msgGroupPrivate && got.Choices == nil; held != c.held {
				t.Errorf("got %+v, held back %v, want %v", got, held, c.held)
			}
		})
	}
	if !strings.Contains(logs.String(), "group reply held back") || strings.Contains(logs.String(), "Good to hear") {
		t.Errorf("the log should say a reply was held back, without its text:\n%s", logs.String())
	}
}

func TestGroupReplyOffersOnlyPublicChoices(t *testing.T) {
	tr := groupTurn(New(Options{}), "", "hi")
	r := tr.groupReply(Reply{Text: "x", Choices: append([]Choice{
		{ID: "section:a", Label: "More on this"}, {ID: "plan:done", Label: "Mark it done"},
		{ID: "crisis:helplines", Label: "Show helplines"}, {ID: "remind:stop:c1", Label: "Stop these"},
	}, menuChoices()...)})
	var got []string
	for _, c := range r.Choices {
		got = append(got, c.ID)
	}
	want := []string{"section:a", "crisis:helplines", "menu:ask", "menu:help"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestGroupPrivateRequests(t *testing.T) {
	a := New(Options{})
	cases := []struct {
		text    string
		private bool
	}{
		{"I talked to Sam yesterday", true},
		{"i just called my mum", true},
		{"every 2 weeks for Sam", true},
		{"call me Sam", true},
		{"please call me Dr Lee", true},
		{"remind me to call mum on sunday", true},
		{"/remind", true},
		{"/plan", true},
		{"/forget", true},
		{"/export", true},
		{"/settings", true},
		{"/draft", true},
		{"/reflect", true},
		{"/contacts", true},
		{"I feel so lonely", true},
		{"hi", false},
		{"/start", false},
		{"/help", false},
		{"/privacy", false},
		{"/ask how do I make friends online?", false},
		{"how do I deal with being left on read?", false},
		{"I talked to my friend about a fight, how do I make up?", false},
		{"4", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			tr := groupTurn(a, "", c.text)
			tr.text = c.text
			if got := tr.groupPrivate(ParseIntent(c.text)); got != c.private {
				t.Errorf("groupPrivate(%q) = %v, want %v", c.text, got, c.private)
			}
		})
	}
}

func TestContainsWord(t *testing.T) {
	cases := []struct {
		s, word string
		want    bool
	}{
		{"Hi Sam!", "Sam", true},
		{"Hi Sam", "sam", true},
		{"Sam", "Sam", true},
		{"Samantha", "Sam", false},
		{"Isam", "Sam", false},
		{"Isam and Sam", "Sam", true},
		{"Hi, Dr Lee.", "Dr Lee", true},
		{"Zoëlle", "Zoë", false},
		{"", "Sam", false},
		{"Sam", "", false},
	}
	for _, c := range cases {
		if got := containsWord(c.s, c.word); got != c.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", c.s, c.word, got, c.want)
		}
	}
}

func TestIsNumber(t *testing.T) {
	for s, want := range map[string]bool{"4": true, "12": true, "": false, "4a": false, "-1": false, " 4": false} {
		if got := isNumber(s); got != want {
			t.Errorf("isNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

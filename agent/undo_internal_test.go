package agent

import (
	"strings"
	"testing"
	"time"
)

// The message right after a change to reminders can take it back, in the
// words people use for a second thought, and the reply says what came back.
func TestUndoPutsBackTheLastChange(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	tests := []struct {
		name   string
		msgs   []string
		want   []string
		wantNo []string
		check  func(t *testing.T, p Person)
	}{
		{
			name: "all reminders back on",
			msgs: []string{"remind me to ring grandpa every saturday", "turn off all my reminders", "hang on no, leave them on"},
			want: []string{"put that back", "Reminders are on again"},
			check: func(t *testing.T, p Person) {
				if p.Profile.RemindersOff {
					t.Error("reminders still off")
				}
			},
		},
		{
			name: "a person taken off comes back",
			msgs: []string{"remind me to call Tomasz every 2 weeks", "remove tomasz", "oops wrong one, put him back"},
			want: []string{"Tomasz is back on your list"},
			check: func(t *testing.T, p Person) {
				if len(p.Contacts) != 1 || !strings.HasPrefix(p.Contacts[0].Cadence, "every 2 weeks") {
					t.Errorf("contacts = %+v", p.Contacts)
				}
			},
		},
		{
			name: "a new day taken back",
			msgs: []string{"remind me to check in with Amara every tuesday", "move amara to thursdays", "undo that pls"},
			want: []string{"Amara is back to every Tuesday"},
			check: func(t *testing.T, p Person) {
				if len(p.Contacts) != 1 || !strings.HasPrefix(p.Contacts[0].Cadence, "every Tuesday") {
					t.Errorf("contacts = %+v", p.Contacts)
				}
			},
		},
		{
			name: "a person added by mistake goes",
			msgs: []string{"remind me about Keanu every month", "i didnt mean that"},
			want: []string{"Keanu is off your list again"},
			check: func(t *testing.T, p Person) {
				if len(p.Contacts) != 0 {
					t.Errorf("contacts = %+v", p.Contacts)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trs := talk(t, a, "Europe/London", tt.msgs...)
			last := trs[len(trs)-1]
			containsAll(t, tt.name, lastText(last), tt.want, tt.wantNo)
			tt.check(t, last.p)
			if last.p.Profile.Undo != nil {
				t.Error("an undo can itself be undone: it should close the change")
			}
		})
	}
}

// Only the very next message can take a change back, only soon after it,
// and only in words that take something back: a plain "no", or talk of
// something else, is read as it always was.
func TestUndoOnlyRightAfterAChange(t *testing.T) {
	a := New(Options{Guide: noGuide{}})

	trs := talk(t, a, "Europe/London", "remind me to call mum every sunday", "stop all reminders", "how do i make friends at work", "undo")
	if !trs[3].p.Profile.RemindersOff {
		t.Error(`"undo" two messages after the change turned reminders back on`)
	}

	trs = talk(t, a, "Europe/London", "remind me to call mum every sunday", "stop all reminders", "no")
	if !trs[2].p.Profile.RemindersOff {
		t.Error(`a plain "no" after the change turned reminders back on`)
	}

	trs = talk(t, a, "Europe/London", "remind me to call mum every sunday", "stop all reminders")
	p := trs[1].p
	if p.Profile.Undo == nil {
		t.Fatal("turning reminders off kept nothing to put back")
	}
	late := newTurn(a, Message{Channel: "test", ChatID: "kim", Person: p.ID, Text: "undo"}, p, p.Profile.Undo.At.Add(2*time.Hour))
	late.run(t.Context())
	if !late.p.Profile.RemindersOff {
		t.Error(`"undo" two hours later turned reminders back on`)
	}

	trs = talk(t, a, "Europe/London", "how are you", "undo")
	if trs[0].p.Profile.Undo != nil {
		t.Error("a message that changed nothing kept something to put back")
	}
}

// The words that take back what was just done, and everyday words that
// do not.
func TestUndoAsked(t *testing.T) {
	for _, s := range []string{"undo", "Undo that please", "wait no keep them on", "oops, put it back", "no no leave them on", "that was a mistake", "i didn't mean to do that", "change it back", "misclicked sorry", "don't delete her", "revert it", "nah take that back lol", "oh wait, wrong day, undo that"} {
		if !undoAsked(s) {
			t.Errorf("undoAsked(%q) = false", s)
		}
	}
	for _, s := range []string{"no", "ok", "keep going", "how do i undo a message i sent", "she put it back on the shelf", "i made a mistake with my friend", "leave it", "keep it short"} {
		if undoAsked(s) {
			t.Errorf("undoAsked(%q) = true", s)
		}
	}
}

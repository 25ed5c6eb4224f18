package telegram

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// companionBot runs the real agent on a real store behind the adapter.
func companionBot(t *testing.T) (*telegramtest.Server, *store.Store) {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatalf("load knowledge: %v", err)
	}
	st, err := store.Open(store.Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	srv := telegramtest.New(t, telegramtest.Options{})
	start(t, testOptions(srv, nil), agent.New(agent.Options{Store: st, Guide: kb}), st)
	return srv, st
}

// exchange runs send and waits until a new message in chat contains want;
// it returns that message.
func exchange(t *testing.T, srv *telegramtest.Server, chat int64, send func(), want string) telegramtest.Sent {
	t.Helper()
	n := len(srv.Messages(chat))
	send()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var found telegramtest.Sent
	err := srv.Wait(ctx, func() bool {
		for _, m := range srv.Messages(chat)[n:] {
			if strings.Contains(m.Visible, want) {
				found = m
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("waiting for %q in chat %d: %v; have %v", want, chat, err, visibleTexts(srv.Messages(chat)[n:]))
	}
	return found
}

// anaState is what a group must not change: Ana's stored record without
// the LastSeen bookkeeping, and her reminders in the due-time index.
func anaState(t *testing.T, st *store.Store) (agent.Person, []agent.DueEntry) {
	t.Helper()
	p, err := st.LoadPerson(context.Background(), "telegram:7001")
	if err != nil {
		t.Fatal(err)
	}
	p.Profile.LastSeen = time.Time{}
	due, err := st.DueBefore(context.Background(), time.Now().AddDate(1, 0, 0), 100)
	if err != nil {
		t.Fatal(err)
	}
	return p, due
}

func TestGroupShowsNothingPrivate(t *testing.T) {
	srv, st := companionBot(t)
	const group = -1001
	dm := func(text string) func() { return func() { srv.SendText(ana, text) } }
	exchange(t, srv, ana.ID, dm("call me Marguerite"), "Nice to meet you, Marguerite")
	exchange(t, srv, ana.ID, dm("remind me to check in with Sam every 2 weeks"), "timezone")
	exchange(t, srv, ana.ID, dm("Berlin"), "every 2 weeks")
	invite := exchange(t, srv, ana.ID, dm("/plan"), "one small step a day")
	today := exchange(t, srv, ana.ID, func() { srv.Press(ana, ana.ID, invite.MessageID, "plan:start") }, "Day 1 of 7")
	exchange(t, srv, ana.ID, func() { srv.Press(ana, ana.ID, today.MessageID, "plan:done") }, "Day 1 done")
	beforeP, beforeDue := anaState(t, st)
	if beforeP.Profile.Name != "Marguerite" || len(beforeP.Contacts) != 1 || len(beforeDue) == 0 {
		t.Fatalf("private setup did not take: %+v, due %v", beforeP, beforeDue)
	}

	say := func(text string) func() { return func() { srv.SendGroupText(group, ana, text) } }
	exchange(t, srv, group, say("@companion_bot I talked to Sam yesterday"), "Message me directly")
	welcome := exchange(t, srv, group, say("/start"), "Hi Ana!")
	var buttons []string
	for _, row := range welcome.Keyboard {
		for _, b := range row {
			buttons = append(buttons, b.Data)
		}
	}
	if !reflect.DeepEqual(buttons, []string{"menu:ask", "menu:help"}) {
		t.Errorf("the welcome in a group offers %v, want only the public menu:ask and menu:help", buttons)
	}
	exchange(t, srv, group, func() { srv.Press(ana, group, welcome.MessageID, "menu:ask") }, "What would you like to know?")
	// The buttons a welcome posted in a group used to carry.
	for _, data := range []string{"menu:plan", "menu:reflect", "menu:draft"} {
		exchange(t, srv, group, func() { srv.Press(ana, group, welcome.MessageID, data) }, "private chat")
	}
	exchange(t, srv, group, say("/plan@companion_bot"), "private chat")
	exchange(t, srv, group, say("/forget"), "private chat")
	exchange(t, srv, group, say("@companion_bot yes"), "not in the middle of anything")
	exchange(t, srv, group, say("@companion_bot hi"), "Hi Ana!")

	for _, m := range srv.Messages(group) {
		for _, mark := range []string{"Marguerite", "Berlin", "10:00", "December", "Day 1", "done so far"} {
			if strings.Contains(m.Visible, mark) {
				t.Errorf("the group was shown %q: %q", mark, m.Visible)
			}
		}
	}
	afterP, afterDue := anaState(t, st)
	if !reflect.DeepEqual(beforeP, afterP) || !reflect.DeepEqual(beforeDue, afterDue) {
		t.Errorf("group messages changed Ana's private state:\nbefore %+v %v\nafter  %+v %v", beforeP, beforeDue, afterP, afterDue)
	}
	// The private conversation goes on where it stood: the plan asked for a note.
	exchange(t, srv, ana.ID, dm("it went well"), "Thank you for writing that down")
	exchange(t, srv, ana.ID, dm("hi"), "Hi Marguerite!")
}

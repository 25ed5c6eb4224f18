package agent_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// sendGroup hands the agent a message from person in a group room, addressed
// to the companion, as the Telegram and Matrix adapters deliver it (the
// mention already taken out; a Matrix keycap or typed number arrives as its
// digit), and returns the replies.
func (h *harness) sendGroup(person, text, choice string) []agent.Reply {
	h.t.Helper()
	h.seq++
	m := agent.Message{ID: fmt.Sprintf("test:%d", h.seq), Channel: "test", ChatID: "room", Person: agent.PersonID("test:" + person),
		Name: "Alex", Text: text, Choice: choice, Group: true, Addressed: true, ReplyTo: fmt.Sprint("ev", h.seq)}
	if err := h.ag.Handle(context.Background(), m); err != nil {
		h.t.Fatalf("handle %q in a group: %v", text, err)
	}
	return h.drain()
}

// privateLife gives alex, in private, a name of their own, a timezone, two
// people to stay in touch with, plan nudges and a day of the plan done with
// a note, and leaves the main menu as the last choices offered.
func privateLife(h *harness) {
	h.t.Helper()
	for _, s := range [][2]string{
		{"call me Marguerite", ""},
		{"/settings", ""}, {"", "settings:tz"}, {"Berlin", ""},
		{"remind me to check in with Sam every 2 weeks", ""},
		{"remind me to call mum every sunday", ""},
		{"/plan", ""}, {"", "plan:start"}, {"", "remind:planat:9"}, {"", "plan:done"}, {"it went really well", ""},
		{"hi", ""},
	} {
		h.send("alex", s[0], s[1])
	}
	p := h.load("alex")
	if p.Profile.Name != "Marguerite" || len(p.Contacts) != 2 || len(p.Plan.Done) != 1 || len(p.Profile.Schedule) < 3 {
		h.t.Fatalf("private setup did not take: name %q, %d contacts, plan %v, schedule %v",
			p.Profile.Name, len(p.Contacts), p.Plan.Done, p.Profile.Schedule)
	}
}

func (h *harness) load(person string) agent.Person {
	h.t.Helper()
	p, err := h.st.LoadPerson(context.Background(), agent.PersonID("test:"+person))
	if err != nil {
		h.t.Fatalf("load %s: %v", person, err)
	}
	return p
}

// privateState is what must not change in a group: the stored person without
// the LastSeen bookkeeping, and the due-time index.
type privateState struct {
	Person agent.Person
	Due    []agent.DueEntry
}

func (h *harness) privateState(person string) privateState {
	h.t.Helper()
	p := h.load(person)
	p.Profile.LastSeen = time.Time{}
	due, err := h.st.DueBefore(context.Background(), h.clock.now.AddDate(1, 0, 0), 1000)
	if err != nil {
		h.t.Fatalf("due: %v", err)
	}
	return privateState{Person: p, Due: due}
}

// privateMarks are the words of alex's private life that a group must never
// see: the name, the timezone and reminder times, the dates of the next
// reminders, plan progress and the plan note.
var privateMarks = []string{
	"Marguerite", "Berlin", "10:00", "09:00", "8 December", "29 November",
	"Day 1 of 7", "done so far", "Day 1 done", "✓", "it went really well", "next reminder",
}

// checkGroupReplies fails when a group reply shows anything private or offers
// a choice that is not public.
func checkGroupReplies(t *testing.T, what string, rs []agent.Reply) {
	t.Helper()
	if len(rs) == 0 {
		t.Errorf("%s: no reply in the group", what)
	}
	for _, r := range rs {
		for _, mark := range privateMarks {
			if strings.Contains(r.Text, mark) {
				t.Errorf("%s: group reply shows %q: %q", what, mark, r.Text)
			}
		}
		for _, c := range r.Choices {
			if !strings.HasPrefix(c.ID, "section:") && !strings.HasPrefix(c.ID, "crisis:") && c.ID != "menu:ask" && c.ID != "menu:help" {
				t.Errorf("%s: group reply offers the private choice %q (%s)", what, c.ID, c.Label)
			}
		}
	}
}

func TestGroupTalkedToKeepsContactsAndReminders(t *testing.T) {
	h := newHarness(t)
	privateLife(h)
	before := h.privateState("alex")
	rs := h.sendGroup("alex", "I talked to Sam yesterday", "")
	checkGroupReplies(t, "I talked to Sam yesterday", rs)
	if len(rs) != 1 || !strings.Contains(rs[0].Text, "Message me directly") {
		t.Errorf("got %v, want the one reply asking for a private chat", rs)
	}
	if after := h.privateState("alex"); !reflect.DeepEqual(before, after) {
		t.Errorf("a group message changed private state:\nbefore %+v\nafter  %+v", before, after)
	}
}

func TestGroupStartUsesThePlatformName(t *testing.T) {
	h := newHarness(t)
	privateLife(h)
	rs := h.sendGroup("alex", "/start", "")
	checkGroupReplies(t, "/start", rs)
	if len(rs) != 1 || !strings.HasPrefix(rs[0].Text, "Hi Alex!") {
		t.Errorf("got %v, want the welcome with the name the platform shows", rs)
	}
}

func TestGroupWelcomeButtonsShowNoProgress(t *testing.T) {
	h := newHarness(t)
	privateLife(h)
	before := h.privateState("alex")
	// The buttons a welcome posted in a group before (the full menu), and the
	// ones it posts now.
	for _, id := range []string{"menu:reflect", "menu:draft", "menu:ask", "menu:plan", "menu:help"} {
		rs := h.sendGroup("alex", "", id)
		checkGroupReplies(t, id, rs)
	}
	if rs := h.sendGroup("alex", "", "menu:plan"); len(rs) != 1 || !strings.Contains(rs[0].Text, "private chat") {
		t.Errorf("the plan button in a group: got %v, want a pointer to a private chat", rs)
	}
	if after := h.privateState("alex"); !reflect.DeepEqual(before, after) {
		t.Errorf("buttons pressed in a group changed private state:\nbefore %+v\nafter  %+v", before, after)
	}
}

func TestGroupTypedNumbersPickFromTheGroupMenu(t *testing.T) {
	h := newHarness(t)
	privateLife(h)
	// In private the main menu was offered last; its 4th entry is the plan.
	rs := h.sendGroup("alex", "hi", "")
	checkGroupReplies(t, "hi", rs)
	if len(rs) != 1 || !strings.HasPrefix(rs[0].Text, "Hi Alex!") {
		t.Errorf("hi in a group: got %v, want a greeting with the platform name", rs)
	}
	rs = h.sendGroup("alex", "4", "")
	checkGroupReplies(t, "4", rs)
	if len(rs) != 1 || !strings.HasPrefix(rs[0].Text, "That number doesn't match") {
		t.Errorf("4 in a group: got %v, want to be told what the group can pick", rs)
	}
	// The group menu's first entry is a question for the guide.
	rs = h.sendGroup("alex", "1", "")
	checkGroupReplies(t, "1", rs)
	if len(rs) != 1 || !strings.HasPrefix(rs[0].Text, "What would you like to know?") {
		t.Errorf("1 in a group: got %v, want the group menu's first choice", rs)
	}
	// In private, the number still picks from the private menu.
	rs = h.send("alex", "4", "")
	if len(rs) == 0 || !strings.Contains(rs[0].Text, "Day 1 of 7") {
		t.Errorf("4 in private after the group: got %v, want the plan's progress", rs)
	}
}

func TestGroupTurnsKeepPrivateStateAndData(t *testing.T) {
	h := newHarness(t)
	privateLife(h)
	before := h.privateState("alex")
	cases := []struct{ text, choice string }{
		{"/start", ""}, {"hi", ""}, {"hello there", ""}, {"/help", ""}, {"/privacy", ""}, {"/frobnicate", ""},
		{"/plan", ""}, {"/remind", ""}, {"/contacts", ""}, {"/settings", ""}, {"/export", ""},
		{"/forget", ""}, {"yes", ""}, {"1", ""}, {"/draft Sam", ""}, {"/reflect", ""}, {"/cancel", ""},
		{"1", ""}, {"2", ""}, {"3", ""}, {"4", ""},
		{"I talked to Sam yesterday", ""}, {"I saw mum last week", ""},
		{"remind me to call mum on sunday", ""}, {"every 2 weeks for Sam", ""}, {"stop all reminders", ""},
		{"call me Sam", ""}, {"please call me Dr Lee", ""}, {"change my timezone", ""},
		{"show me today's task", ""}, {"I feel so lonely lately", ""}, {"forget everything about me", ""},
		{"done", ""}, {"skip", ""}, {"thanks", ""},
		{"how do I deal with being left on read?", ""},
		{"", "plan:done"}, {"", "plan:start"}, {"", "plan:week"}, {"", "forget:yes"}, {"", "settings:name"},
		{"", "remind:stop:c1"}, {"", "remind:off"}, {"", "remind:done:c1"}, {"", "remind:planat:18"},
		{"", "resume:yes"}, {"", "offer:yes"}, {"", "journey:matter"}, {"", "draftfor:Sam"},
	}
	for _, c := range cases {
		what := c.text
		if c.choice != "" {
			what = "button " + c.choice
		}
		checkGroupReplies(t, what, h.sendGroup("alex", c.text, c.choice))
	}
	if after := h.privateState("alex"); !reflect.DeepEqual(before, after) {
		t.Errorf("group turns changed private state:\nbefore %+v\nafter  %+v", before, after)
	}
	if p := h.load("alex"); !p.Profile.LastSeen.Equal(h.clock.now) {
		t.Errorf("LastSeen %v, want the time of the latest group message %v", p.Profile.LastSeen, h.clock.now)
	}
	// Private life goes on where it was.
	if rs := h.send("alex", "hi", ""); len(rs) == 0 || !strings.HasPrefix(rs[0].Text, "Hi Marguerite!") {
		t.Errorf("hi in private after the group: got %v, want the private name", rs)
	}
}

func TestGroupKeepsNothingAboutSomeoneNew(t *testing.T) {
	h := newHarness(t)
	rs := h.sendGroup("bo", "/start", "")
	if len(rs) != 1 || !strings.HasPrefix(rs[0].Text, "Hi Alex!") {
		t.Fatalf("got %v, want the welcome", rs)
	}
	if p := h.load("bo"); !reflect.DeepEqual(p, agent.Person{ID: "test:bo"}) {
		t.Errorf("a group turn stored someone new: %+v", p)
	}
	// The first private hello is still a first meeting.
	if rs := h.send("bo", "hello", ""); len(rs) == 0 || !strings.Contains(rs[0].Text, "I'm a companion") {
		t.Errorf("first private hello: got %v, want the introduction", rs)
	}
}

// groupStep plays a transcript's group line: "g> text" or "g>> N".
func (h *harness) groupStep(line string, last []agent.Reply) []agent.Reply {
	h.t.Helper()
	if n, ok := strings.CutPrefix(line, "g>> "); ok {
		var i int
		fmt.Sscan(n, &i)
		choices := lastChoices(last)
		if i < 1 || i > len(choices) {
			h.t.Fatalf("%q: the last reply offered %d choices", line, len(choices))
		}
		return h.sendGroup("alex", "", choices[i-1].ID)
	}
	return h.sendGroup("alex", strings.TrimPrefix(line, "g> "), "")
}

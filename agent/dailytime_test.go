package agent_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// dueLocal returns the local time ("15:04") reminder id is due at.
func (c *quietChat) dueLocal(id string, loc *time.Location) string {
	c.t.Helper()
	es, err := c.st.DueBefore(context.Background(), farFuture, 100)
	if err != nil {
		c.t.Fatalf("due entries: %v", err)
	}
	for _, e := range es {
		if e.Reminder == id {
			return e.At.In(loc).Format("15:04")
		}
	}
	c.t.Fatalf("no due entry for %q in %+v", id, es)
	return ""
}

// setZone gives the person a timezone through /settings.
func (c *quietChat) setZone(city string) {
	c.t.Helper()
	c.send("/settings")
	c.send("choice:settings:tz")
	c.send(city)
}

// mustZone loads an IANA timezone.
func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// TestDailyPromptAtAskedTime checks that a time in a daily prompt request
// is what the confirmation says and when the scheduler sends the prompt,
// with the quiet-hours note where the quiet hours move it.
func TestDailyPromptAtAskedTime(t *testing.T) {
	tests := []struct {
		name       string
		request    string
		city, zone string // the answer to the timezone question, and the zone it names; city empty when none is asked
		start, end int    // quiet hours
		clock      string // the time the confirmation names and the prompt is due
		note       string // when the quiet hours send it instead; empty for none
	}{
		{"a 24-hour time", "remind me with a daily nudge at 23:00", "Berlin", "Europe/Berlin", 0, 0, "23:00", ""},
		{"11pm", "remind me with a daily nudge at 11pm", "Berlin", "Europe/Berlin", 0, 0, "23:00", ""},
		{"7:30 am", "remind me with a daily nudge at 7:30 am", "Tokyo", "Asia/Tokyo", 0, 0, "07:30", ""},
		{"a bare hour in the morning", "remind me with a morning nudge at 7", "UTC", "UTC", 0, 0, "07:00", ""},
		{"a bare hour in the evening", "remind me with an evening nudge at 9", "UTC", "UTC", 0, 0, "21:00", ""},
		{"no time keeps the usual hour", "remind me with a daily nudge", "", "UTC", 0, 0, "10:00", ""},
		{"inside quiet hours", "remind me with a daily nudge at 23:00", "Berlin", "Europe/Berlin", hm(22, 0), hm(8, 0), "23:00", "08:00 the next day"},
		{"minutes inside quiet hours", "remind me with a daily nudge at 6:45 am", "Berlin", "Europe/Berlin", hm(22, 0), hm(7, 30), "06:45", "07:30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newQuietChatWith(t, agent.Options{QuietStart: tc.start, QuietEnd: tc.end})
			got := c.send(tc.request)
			if tc.city != "" {
				if !strings.Contains(got.Text, "which timezone") {
					t.Fatalf("after %q: %q, want the timezone question", tc.request, got.Text)
				}
				got = c.send(tc.city)
			}
			prefix := "Every day at " + tc.clock + " (your time: " + tc.zone + ") I'll send "
			if !strings.HasPrefix(got.Text, prefix) {
				t.Fatalf("confirmation %q, want it to start %q", got.Text, prefix)
			}
			if tc.note == "" && containsQuiet(got.Text) || tc.note != "" && !strings.HasSuffix(got.Text, " will come at "+tc.note+" instead.") {
				t.Errorf("confirmation %q, want the prompt to come at %q", got.Text, tc.note)
			}
			if g, w := choiceLabels(got), "Change time|OK"; g != w {
				t.Errorf("choices %q, want %q", g, w)
			}
			loc := mustZone(t, tc.zone)
			if g := c.dueLocal("habit", loc); g != tc.clock {
				t.Errorf("prompt due at %s, want %s", g, tc.clock)
			}
			c.checkDelivery(got.Text, "habit", loc)
		})
	}
}

// TestDailyPromptChangedTime moves the daily prompt with "Change time"
// and checks each confirmation against the scheduler, in Tokyo with quiet
// hours from 22:00 to 08:00.
func TestDailyPromptChangedTime(t *testing.T) {
	c := newQuietChatWith(t, agent.Options{QuietStart: hm(22, 0), QuietEnd: hm(8, 0)})
	c.setZone("Tokyo")
	tokyo := mustZone(t, "Asia/Tokyo")
	if got := c.send("choice:remind:habit:morning"); !strings.HasPrefix(got.Text, "Every day at 10:00 ") {
		t.Fatalf("morning prompt: %q, want it at 10:00", got.Text)
	}
	steps := []struct {
		typed, clock string
		quiet        bool
	}{
		{"7:30 pm", "19:30", false},
		{"23:30", "23:30", true},
		{"6:15 am", "06:15", true},
		{"at 8", "08:00", false},
	}
	for _, s := range steps {
		if got := c.send("choice:remind:habittime"); !strings.Contains(got.Text, "What time would you like the daily prompt?") {
			t.Fatalf("Change time: %q, want the question", got.Text)
		}
		got := c.send(s.typed)
		if want := "Every day at " + s.clock + " (your time: Asia/Tokyo)"; !strings.HasPrefix(got.Text, want) {
			t.Fatalf("after %q: %q, want it to start %q", s.typed, got.Text, want)
		}
		if containsQuiet(got.Text) != s.quiet {
			t.Errorf("after %q: %q, want a quiet-hours note: %v", s.typed, got.Text, s.quiet)
		}
		if g := c.dueLocal("habit", tokyo); g != s.clock {
			t.Errorf("after %q: due at %s, want %s", s.typed, g, s.clock)
		}
		c.checkDelivery(got.Text, "habit", tokyo)
	}

	// Nonsense gets a plain answer and the question stays open.
	c.send("choice:remind:habittime")
	for _, typed := range []string{"at 25:00", "7:75"} {
		got := c.send(typed)
		bad := strings.TrimPrefix(typed, "at ")
		if !strings.Contains(got.Text, "“"+bad+"” isn't a time I can use") {
			t.Errorf("after %q: %q, want it to say %s is not a time", typed, got.Text, bad)
		}
	}
	if g := c.dueLocal("habit", tokyo); g != "08:00" {
		t.Errorf("after nonsense: due at %s, want 08:00 as before", g)
	}
	if got := c.send("9pm"); !strings.HasPrefix(got.Text, "Every day at 21:00 ") {
		t.Errorf("after the nonsense, 9pm: %q, want it at 21:00", got.Text)
	}

	// Stopping the prompt forgets its time: turned on again it comes at the usual hour.
	c.send("choice:remind:stop:habit")
	if got := c.send("choice:remind:habit:evening"); !strings.HasPrefix(got.Text, "Every day at 20:00 ") {
		t.Errorf("evening prompt after a stop: %q, want it at 20:00", got.Text)
	}
}

// TestDailyPromptNonsenseTime checks that a request with a time that is
// not on the clock sets nothing, says why, and takes the next time typed.
func TestDailyPromptNonsenseTime(t *testing.T) {
	c := newQuietChat(t, 0, 0)
	c.setZone("Berlin")
	got := c.send("remind me with a daily nudge at 25:00")
	want := "“25:00” isn't a time I can use — hours go from 0 to 23 and minutes from 00 to 59. What time would you like the daily prompt? For example “8:00”, “7:30 am” or “9pm”."
	if got.Text != want {
		t.Errorf("reply:\n got: %q\nwant: %q", got.Text, want)
	}
	if g, w := choiceLabels(got), "Use 10:00"; g != w {
		t.Errorf("choices %q, want %q", g, w)
	}
	if es, err := c.st.DueBefore(context.Background(), farFuture, 10); err != nil || len(es) != 0 {
		t.Fatalf("due entries %+v, %v; want none before a real time", es, err)
	}
	if got := c.send("11pm"); !strings.HasPrefix(got.Text, "Every day at 23:00 (your time: Europe/Berlin)") {
		t.Fatalf("after 11pm: %q, want the prompt at 23:00", got.Text)
	}
	if g := c.dueLocal("habit", mustZone(t, "Europe/Berlin")); g != "23:00" {
		t.Errorf("due at %s, want 23:00", g)
	}
}

// TestPlanTypedTime types a time after the plan offers its daily message
// time: whole hours are kept, minutes go back to the start of their hour
// and the reply says so, and the scheduler sends the message then.
func TestPlanTypedTime(t *testing.T) {
	tests := []struct {
		name       string
		typed      string
		start, end int
		reply      string // the reply starts so
		hour       string // when the plan's message is due
	}{
		{"11pm", "11pm", 0, 0, "Each day at 23:00 (your time: Europe/Berlin) I'll send you the day's step.", "23:00"},
		{"7:30 am", "7:30 am", 0, 0, "Each day at 07:00 (your time: Europe/Berlin) I'll send you the day's step. The plan's messages go out on the hour, so 07:30 becomes 07:00.", "07:00"},
		{"7:30", "7:30", 0, 0, "Each day at 07:00 (your time: Europe/Berlin) I'll send you the day's step. The plan's messages go out on the hour, so 07:30 becomes 07:00.", "07:00"},
		{"in words", "how about 6pm instead?", 0, 0, "Each day at 18:00 ", "18:00"},
		{"into quiet hours", "11pm", hm(22, 0), hm(8, 0), "Each day at 23:00 ", "23:00"},
		{"nonsense", "at 25:00", 0, 0, "“25:00” isn't a time I can use", "10:00"},
		{"midnight", "00:30", 0, 0, "Midnight is the one hour I can't use for the plan's messages", "10:00"},
		{"not a time", "I joined a book club at 8pm", 0, 0, "", "10:00"},
	}
	berlin := mustZone(t, "Europe/Berlin")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newQuietChatWith(t, agent.Options{QuietStart: tc.start, QuietEnd: tc.end})
			c.setZone("Berlin")
			c.send("/plan")
			replyWith(t, c.sendAll("choice:plan:start"), "each day's step at 10:00")
			got := c.sendAll(tc.typed)
			last := got[len(got)-1]
			switch {
			case tc.reply == "":
				for _, r := range got {
					if strings.HasPrefix(r.Text, "Each day at") {
						t.Errorf("%q was taken as a time: %q", tc.typed, r.Text)
					}
				}
			case !strings.HasPrefix(last.Text, tc.reply):
				t.Fatalf("after %q: %q, want it to start %q", tc.typed, last.Text, tc.reply)
			}
			if g := c.dueLocal("plan", berlin); g != tc.hour {
				t.Errorf("plan message due at %s, want %s", g, tc.hour)
			}
			if strings.HasPrefix(last.Text, "Each day at") {
				if containsQuiet(last.Text) != (tc.start != tc.end) {
					t.Errorf("reply %q, want a quiet-hours note: %v", last.Text, tc.start != tc.end)
				}
				c.checkDelivery(last.Text, "plan", berlin)
			}
		})
	}
}

// TestPlanTypedTimeAfterNonsense checks that the plan's time question stays
// open after a time that cannot be used, and closes after any other text.
func TestPlanTypedTimeAfterNonsense(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	c := newQuietChat(t, 0, 0)
	c.setZone("Berlin")
	c.send("/plan")
	c.sendAll("choice:plan:start")
	c.send("at 25:00")
	c.send("00:15")
	if got := c.send("8pm"); !strings.HasPrefix(got.Text, "Each day at 20:00 ") {
		t.Fatalf("8pm after nonsense: %q, want the plan at 20:00", got.Text)
	}
	if g := c.dueLocal("plan", berlin); g != "20:00" {
		t.Errorf("due at %s, want 20:00", g)
	}

	c = newQuietChat(t, 0, 0)
	c.setZone("Berlin")
	c.send("/plan")
	c.sendAll("choice:plan:start")
	c.send("hello")
	if got := c.send("8pm"); strings.HasPrefix(got.Text, "Each day at") {
		t.Errorf("8pm long after the offer: %q, want it not taken as the plan's time", got.Text)
	}
	if g := c.dueLocal("plan", berlin); g != "10:00" {
		t.Errorf("due at %s, want 10:00", g)
	}
}

// TestPlanTypedTimeAsksTheZone checks that a typed plan time with minutes,
// before the timezone is known, says what happens to the minutes and then
// asks for the timezone.
func TestPlanTypedTimeAsksTheZone(t *testing.T) {
	c := newQuietChat(t, 0, 0)
	c.send("/plan")
	c.sendAll("choice:plan:start")
	got := c.sendAll("7:30 pm")
	if len(got) != 2 || got[0].Text != "The plan's messages go out on the hour, so 19:30 becomes 19:00." || !strings.Contains(got[1].Text, "which timezone") {
		t.Fatalf("replies %+v, want the note on minutes and the timezone question", got)
	}
	conf := c.send("Lisbon")
	if want := "Each day at 19:00 (your time: Europe/Lisbon)"; !strings.HasPrefix(conf.Text, want) {
		t.Fatalf("confirmation %q, want it to start %q", conf.Text, want)
	}
	c.checkDelivery(conf.Text, "plan", mustZone(t, "Europe/Lisbon"))
}

var reHabitTime = regexp.MustCompile(`"habit_time":\s*"(\d\d:\d\d)"`)

// TestHabitTimeExportAndForget checks that /export shows the chosen time
// (and no time while none is chosen) and /forget erases it.
func TestHabitTimeExportAndForget(t *testing.T) {
	c := newQuietChat(t, 0, 0)
	export := func() string {
		t.Helper()
		var b strings.Builder
		for _, r := range c.sendAll("/export") {
			b.WriteString(r.Text)
		}
		return b.String()
	}
	c.send("choice:remind:habit:morning")
	if m := reHabitTime.FindStringSubmatch(export()); m != nil {
		t.Errorf("export after the button shows habit_time %q, want none", m[1])
	}
	c.send("remind me with a daily nudge at 23:00")
	c.send("choice:remind:tz:habit")
	if m := reHabitTime.FindStringSubmatch(export()); m == nil || m[1] != "23:00" {
		t.Errorf("export shows habit_time %v, want 23:00", m)
	}
	c.send("/forget")
	c.send("choice:forget:yes")
	p, err := c.st.LoadPerson(context.Background(), "test:quiet")
	if err != nil {
		t.Fatal(err)
	}
	if p.Profile.HabitTime != "" || p.Profile.Habit != "" {
		t.Errorf("after /forget the profile keeps habit %q at %q", p.Profile.Habit, p.Profile.HabitTime)
	}
	if es, err := c.st.DueBefore(context.Background(), farFuture, 10); err != nil || len(es) != 0 {
		t.Errorf("after /forget: due entries %+v, %v; want none", es, err)
	}
}

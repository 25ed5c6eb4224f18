package agent_test

import (
	"strings"
	"testing"
	"time"
)

// TestManageByPronoun speaks of the person just talked about as "her",
// "him" or "them": the reminder about that person changes, and nobody
// else's. With nobody talked about, "her" stops nothing and asks who.
func TestManageByPronoun(t *testing.T) {
	setup := []string{"remind me to call my cousin Ines every week", "Madrid", "remind me to text Bo every sunday"}
	tests := []struct {
		setup []string
		say   string
		reply string // must appear in the reply
		list  string // must appear in /contacts after
	}{
		{setup, "move him to saturdays", "every Saturday", "**Bo** — every Saturday"},
		{setup, "switch him to 8pm", "at 20:00", "**Bo** — every Sunday at 20:00"},
		{setup, "stop the reminders for him", "no more reminders about Bo", "**Ines** (cousin) — every week"},
		{setup, "don't remind me about him anymore", "no more reminders about Bo", "**Bo** — no reminder"},
		{setup, "pause him for two weeks", "Paused — no reminders about Bo", "**Ines** (cousin) — every week"},
		{[]string{"remind me to call my cousin Ines every week", "Madrid"}, "change her to thursdays", "every Thursday",
			"**Ines** (cousin) — every Thursday"},
		{[]string{"remind me to call my cousin Ines every week", "Madrid"}, "her birthday's on the 2nd of may",
			"Ines's birthday is on 2 May", "birthday 2 May"},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp(tt.setup...)
			reply := renderReplies(h.send("alex", tt.say, ""))
			if !strings.Contains(reply, tt.reply) {
				t.Errorf("reply to %q:\n%s\nwant it to contain %q", tt.say, reply, tt.reply)
			}
			list := renderReplies(h.send("alex", "/contacts", ""))
			if !strings.Contains(list, tt.list) {
				t.Errorf("/contacts after %q:\n%s\nwant it to contain %q", tt.say, list, tt.list)
			}
			if strings.Contains(list, "Reminders are off") {
				t.Errorf("%q turned every reminder off:\n%s", tt.say, list)
			}
		})
	}
	t.Run("nobody talked about", func(t *testing.T) {
		h := newHarness(t)
		h.setUp("remind me to text Bo every sunday", "Madrid")
		h.clock.now = h.clock.now.Add(48 * time.Hour)
		reply := renderReplies(h.send("alex", "stop reminding me about her", ""))
		if !strings.Contains(reply, "Who do you mean?") {
			t.Errorf("reply:\n%s\nwant it to ask who", reply)
		}
		if list := renderReplies(h.send("alex", "/contacts", "")); !strings.Contains(list, "**Bo** — every Sunday") {
			t.Errorf("/contacts:\n%s\nwant Bo's reminder kept", list)
		}
	})
}

// TestPlaceAlone says where one is with a place alone, in wordings of its
// own, right after a reminder or a date was set: that is the timezone. A
// word that only looks like a place, or a place said with nothing
// scheduled, is not.
func TestPlaceAlone(t *testing.T) {
	tests := []struct {
		setup []string
		say   string
		zone  string // "" when the timezone must stay unset
	}{
		{[]string{"remind me to call my cousin Ines every week", "1"}, "scotland", "Europe/London"},
		{[]string{"remind me to call my cousin Ines every week", "1"}, "in germany", "Europe/Berlin"},
		{[]string{"my nephew kofi's birthday is 9 july"}, "accra pls", "Africa/Accra"},
		{[]string{"my nephew kofi's birthday is 9 july"}, "the netherlands", "Europe/Amsterdam"},
		{[]string{"my nephew kofi's birthday is 9 july"}, "nice", ""},
		{nil, "lisbon", ""},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp(tt.setup...)
			if before := h.load("alex").Profile.Timezone; before != "" && before != "UTC" {
				t.Fatalf("timezone %q before %q, want none or UTC", before, tt.say)
			}
			reply := renderReplies(h.send("alex", tt.say, ""))
			got := h.load("alex").Profile.Timezone
			if tt.zone == "" && got != "" && got != "UTC" || tt.zone != "" && got != tt.zone {
				t.Errorf("timezone after %q = %q, want %q; reply:\n%s", tt.say, got, tt.zone, reply)
			}
		})
	}
}

// TestCallMeInWords gives one's name with words around it.
func TestCallMeInWords(t *testing.T) {
	for _, say := range []string{"pls call me Mo", "ok call me Kit from now on", "hey, call me Jas thanks", "call me Ife please"} {
		t.Run(say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("hello")
			reply := renderReplies(h.send("alex", say, ""))
			want := strings.Fields(say)
			name := ""
			for i, w := range want {
				if w == "me" {
					name = want[i+1]
				}
			}
			if got := h.load("alex").Profile.Name; got != name {
				t.Errorf("name after %q = %q, want %q; reply:\n%s", say, got, name, reply)
			}
		})
	}
}

// TestListInWords asks which reminders are set in words the exact
// patterns do not list; a request that names someone or a time is no
// such question.
func TestListInWords(t *testing.T) {
	for _, tt := range []struct {
		say, want string
	}{
		{"what have i got set up", "People you're keeping in touch with"},
		{"show me everything you'll nudge me about", "People you're keeping in touch with"},
		{"remind me to call jo", "How often would you like to check in with Jo"},
	} {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("remind me to ring my aunt Wen on saturdays", "Oslo")
			if reply := renderReplies(h.send("alex", tt.say, "")); !strings.Contains(reply, tt.want) {
				t.Errorf("reply to %q:\n%s\nwant it to contain %q", tt.say, reply, tt.want)
			}
		})
	}
}

// TestYesPressesGoAhead answers an offer with one button that goes ahead
// by saying yes in words: that is the button. Under buttons of which
// none or several go ahead, a yes presses nothing.
func TestYesPressesGoAhead(t *testing.T) {
	for _, say := range []string{"yes", "yeah go on", "sure thing"} {
		t.Run(say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("/plan")
			if reply := renderReplies(h.send("alex", say, "")); !strings.Contains(reply, "Day 1 of 7") {
				t.Errorf("reply to %q after /plan:\n%s\nwant the plan started", say, reply)
			}
		})
	}
	h := newHarness(t)
	h.setUp("hello")
	if reply := renderReplies(h.send("alex", "yes", "")); strings.Contains(reply, "Day 1 of 7") || strings.Contains(reply, "Which would you like to think about") {
		t.Errorf("a yes under the menu pressed a button:\n%s", reply)
	}
}

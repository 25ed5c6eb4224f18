package agent_test

import (
	"strings"
	"testing"
)

// TestManageInWords sets up reminders for Ana and Leo, then says one thing
// about them in many wordings and checks the reply and the list after it.
func TestManageInWords(t *testing.T) {
	setup := []string{"remind me to text Ana every week", "London", "remind me to call my brother Leo every sunday at 6pm"}
	tests := []struct {
		say   string
		reply string // must appear in the reply
		list  string // must appear in /contacts after
	}{
		{"stop reminding me about Ana", "no more reminders about Ana", "**Ana** — no reminder"},
		{"no more reminders about ana pls", "no more reminders about Ana", "**Ana** — no reminder"},
		{"don't remind me about Ana anymore", "no more reminders about Ana", "**Ana** — no reminder"},
		{"cancel ana's reminder", "no more reminders about Ana", "**Ana** — no reminder"},
		{"delete the reminder for Ana", "no more reminders about Ana", "**Ana** — no reminder"},
		{"take ana off my list", "Ana is off your list", "**Leo** (brother)"},
		{"ana reminders off", "no more reminders about Ana", "**Ana** — no reminder"},
		{"stop the reminders about my brother", "no more reminders about Leo", "**Leo** (brother) — no reminder"},
		{"pause reminders for Ana", "Paused — no reminders about Ana", "**Ana** — paused"},
		{"pause ana for 2 weeks", "until Tuesday 8 December", "**Ana** — paused until Tue 8 Dec"},
		{"hold off on ana for a month", "until Thursday 24 December", "**Ana** — paused until Thu 24 Dec"},
		{"pause ana till friday", "until Friday 27 November", "**Ana** — paused until Fri 27 Nov"},
		{"snooze leo's reminders", "Paused — no reminders about Leo", "**Leo** (brother) — paused"},
		{"skip this sunday for leo", "no reminder about Leo on Sunday 29 November", "**Leo** (brother) — paused until Mon 30 Nov"},
		{"can you skip my brother on sunday", "no reminder about Leo on Sunday 29 November", "**Leo** (brother) — paused until Mon 30 Nov"},
		{"pause all reminders", "All reminders are paused", "Reminders are off at the moment"},
		{"mute all nudges", "All reminders are paused", "Reminders are off at the moment"},
		{"pause all my reminders for a week", "paused until Tuesday 1 December", "**Leo** (brother) — paused until Tue 1 Dec"},
		{"turn off all my reminders", "All reminders are off", "Reminders are off at the moment"},
		{"no more reminders at all please", "All reminders are off", "Reminders are off at the moment"},
		{"stop all reminders", "All reminders are off", "Reminders are off at the moment"},
		{"change Ana to mondays", "every Monday at 10:00", "**Ana** — every Monday at 10:00"},
		{"move leo to fridays", "every Friday at 18:00", "**Leo** (brother) — every Friday at 18:00"},
		{"change leo to 7pm", "every Sunday at 19:00", "**Leo** (brother) — every Sunday at 19:00"},
		{"make ana every 3 weeks", "every 3 weeks", "**Ana** — every 3 weeks at 10:00"},
		{"ana on tuesdays instead", "every Tuesday at 10:00", "**Ana** — every Tuesday"},
		{"remind me about ana every 2 weeks instead", "every 2 weeks at 10:00", "**Ana** — every 2 weeks"},
		{"stop reminding me about Zoe", "I don't have any reminders about Zoe", "**Ana** — every week"},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp(setup...)
			reply := renderReplies(h.send("alex", tt.say, ""))
			if !strings.Contains(reply, tt.reply) {
				t.Errorf("reply to %q:\n%s\nwant it to contain %q", tt.say, reply, tt.reply)
			}
			list := renderReplies(h.send("alex", "/contacts", ""))
			if !strings.Contains(list, tt.list) {
				t.Errorf("/contacts after %q:\n%s\nwant it to contain %q", tt.say, list, tt.list)
			}
			if strings.Contains(list, "**Mondays**") || strings.Contains(list, "**Zoe**") {
				t.Errorf("a day or an unknown name became a contact:\n%s", list)
			}
		})
	}
}

// TestResumeInWords pauses, then brings reminders back in other words.
func TestResumeInWords(t *testing.T) {
	for _, say := range []string{"resume reminders", "turn my reminders back on", "unpause ana", "resume ana", "start the reminders again"} {
		t.Run(say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("remind me to text Ana every week", "London", "pause reminders for ana", "pause all reminders")
			h.send("alex", say, "")
			list := renderReplies(h.send("alex", "/contacts", ""))
			if !strings.Contains(list, "**Ana** — every week at 10:00; next") {
				t.Errorf("after %q:\n%s\nwant Ana's reminder back on", say, list)
			}
		})
	}
}

// TestStopAskedWhenUnsure: a way of asking to stop that no exact pattern
// reads is caught by the intent classifier, and confirmed before acting.
func TestStopAskedWhenUnsure(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to text Ana every week", "London")
	reply := h.send("alex", "never mind the reminder for Ana, delete it", "")
	if text := renderReplies(reply); !strings.Contains(text, "Shall I stop the reminders about Ana?") {
		t.Fatalf("reply:\n%s\nwant a question about Ana's reminders", text)
	}
	h.send("alex", "1", "")
	if list := renderReplies(h.send("alex", "/contacts", "")); !strings.Contains(list, "**Ana** — no reminder") {
		t.Errorf("after yes:\n%s\nwant Ana's reminder stopped", list)
	}
}

// TestNameInWords: the name prompt keeps the name alone, and what is not a
// name is never stored as one.
func TestNameInWords(t *testing.T) {
	tests := []struct{ say, want string }{
		{"call me Gracie please", "**Name:** Gracie"},
		{"Dee", "**Name:** Dee"},
		{"just call me dee thanks", "**Name:** Dee"},
		{"my name is Ngozi", "**Name:** Ngozi"},
		{"what do you mean?", "**Name:** not set"},
		{"idk", "**Name:** not set"},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("/settings", "choice:settings:name", tt.say)
			if got := renderReplies(h.send("alex", "/settings", "")); !strings.Contains(got, tt.want) {
				t.Errorf("after %q:\n%s\nwant %q", tt.say, got, tt.want)
			}
		})
	}
}

// TestDailyNudgeAskedAtAPrompt checks that asking for a daily nudge to
// reach out to someone, typed while the timezone question is open, turns on
// the daily prompt instead of asking who the reminder is about.
func TestDailyNudgeAskedAtAPrompt(t *testing.T) {
	h := newHarness(t)
	h.send("p", "can you nudge me to check in on my uncle farid in a fortnight", "")
	got := allText(h.send("p", "oh and remind me each morning to text one person", ""))
	if !strings.Contains(got, "Every day") || strings.Contains(got, "Who would you like") {
		t.Errorf("the daily nudge was not set:\n%s", got)
	}
}

package agent

import (
	"syscall"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent/understand"
)

// TestReadAtPrompt checks what a message typed at a prompt is taken for.
// The wordings are the project's own, not taken from any conversation the
// step was tuned on.
func TestReadAtPrompt(t *testing.T) {
	name := Flow{Name: flowDraft, Step: slotRecipient, Draft: &DraftState{}}
	mention := Flow{Name: flowDraft, Step: slotMention, Draft: &DraftState{Details: DraftDetails{Recipient: "Jo"}}}
	occasion := Flow{Name: flowDraft, Step: slotOccasion, Draft: &DraftState{Details: DraftDetails{Recipient: "Jo"}}}
	review := Flow{Name: flowDraft, Step: stepReview, Draft: &DraftState{Details: DraftDetails{Recipient: "Jo"}, History: []string{"Hi Jo!"}}}
	reflect := Flow{Name: flowReflect, Step: "question", Reflect: &ReflectState{Journey: "lookfor", Answers: make([]string, 5)}}
	zone := Flow{Name: flowRemind, Step: stepRemindTZ + ":c1"}
	planZone := Flow{Name: flowRemind, Step: stepRemindTZ + ":" + reminderPlan}
	often := Flow{Name: flowRemind, Step: stepRemindOften + ":c1"}
	planTime := Flow{Name: flowRemind, Step: stepPlanTime}
	settingsName := Flow{Name: flowSettings, Step: "name"}
	tests := []struct {
		flow Flow
		text string
		want reading
	}{
		// The name prompt takes names and who someone is; a question, a
		// request or a hello is none of those.
		{name, "Marta", readAnswer},
		{name, "my granddad", readAnswer},
		{name, "Ollie, we shared a flat at uni", readAnswer},
		{name, "the climbing club group chat", readAnswer},
		{name, "my old flatmate jess from leeds", readAnswer},
		{name, "what do people usually write when a friend's parent passes away?", readQuestion},
		{name, "is it too late to reply to a text from two months ago", readQuestion},
		{name, "how often should I call my parents?", readQuestion},
		{name, "remind me to call my aunt on sundays", readRequest},
		{name, "who do you mean?", readClarify},
		{name, "hmm who should I even text?", readClarify},
		{name, "ok", readAside},
		{name, "hey there", readAside},
		{name, "never mind, forget it", readCancel},
		{name, "continue", readResume},
		// A free detail keeps almost anything, but not a question to the guide.
		{mention, "she got a puppy last month", readAnswer},
		{mention, "the time we got lost in Porto", readAnswer},
		{mention, "how do I stop overthinking every text I send?", readQuestion},
		{mention, "hello?? sorry, got pulled into a meeting", readAside},
		{mention, "anything like what?", readClarify},
		{occasion, "what do you mean by occasion", readClarify},
		{occasion, "her new job", readAnswer},
		// An open reflection answer may end in a question mark and talk
		// about people to write to.
		{reflect, "someone who notices when I'm quiet? that's rare", readAnswer},
		{reflect, "honestly I should text my brother more", readAnswer},
		{reflect, "I feel like nobody really asks about me", readAnswer},
		{reflect, "why do friendships fade after university?", readQuestion},
		// Exact slots: a timezone is a place or a time now; how often is
		// not a timezone, and a story is neither.
		{zone, "Manila", readAnswer},
		{zone, "it's 18:30 here", readAnswer},
		{zone, "I joined the climbing gym's group chat and said hi to two people", readRequest},
		{planZone, "what's a timezone for?", readClarify},
		{often, "every other week", readAnswer},
		{often, "fortnightly", readAnswer},
		{planTime, "half 7 in the evening", readAnswer},
		{planTime, "7:45", readAnswer},
		{planTime, "3", readAnswer},
		// A draft on screen: revisions are answers, a question is not.
		{review, "a bit less formal", readAnswer},
		{review, "how do I know if a friendship is one-sided?", readQuestion},
		{review, "actually I'd rather write to my cousin Ben instead", readRequest},
		{settingsName, "Dee", readAnswer},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := readAtPrompt(tc.text, ParseIntent(tc.text), promptOf(tc.flow), time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), understand.Default().Classify)
			if got != tc.want {
				t.Errorf("at %s/%s, %q read as %d, want %d", tc.flow.Name, tc.flow.Step, tc.text, got, tc.want)
			}
		})
	}
}

// TestOneChoiceSet checks that a turn shows one set of numbered choices:
// the set of the flow left waiting, else the first.
func TestOneChoiceSet(t *testing.T) {
	times := []Choice{{ID: "remind:planat:9", Label: "09:00"}, {ID: "remind:planat:0", Label: "No daily messages"}}
	day := []Choice{{ID: "plan:done", Label: "Mark it done"}, {ID: "plan:week", Label: "Show the whole week"}}
	for _, order := range [][]Reply{
		{{Text: "When?", Choices: times}, {Text: "Day 1", Choices: day}},
		{{Text: "Day 1", Choices: day}, {Text: "When?", Choices: times}},
	} {
		replies := append([]Reply(nil), order...)
		got, numbered := oneChoiceSet(replies, flowRemind)
		if numbered != len(times) || got[0].ID != times[0].ID || len(got) != len(times)+len(day) {
			t.Errorf("kept %v (%d numbered), want the times numbered first", got, numbered)
		}
		shown := 0
		for _, r := range replies {
			if len(r.Choices) > 0 {
				shown++
			}
		}
		if shown != 1 {
			t.Errorf("%d replies show choices, want 1", shown)
		}
		if id := resolveChoice("", "2", got, numbered); id != "remind:planat:0" {
			t.Errorf("typed 2 picks %q, want the second time", id)
		}
		if id := resolveChoice("", "3", got, numbered); id != "" {
			t.Errorf("typed 3 picks %q, want nothing: only two were numbered", id)
		}
		if id := resolveChoice("", "done", got, numbered); id != "plan:done" {
			t.Errorf("typed done picks %q, want the un-numbered Mark it done", id)
		}
	}
}

// BenchmarkReadAtPrompt measures the understanding step on its own, over
// messages typed at prompts of each kind; the classifier is trained before
// the clock starts.
func BenchmarkReadAtPrompt(b *testing.B) {
	texts := []string{
		"Marta", "how often should I call my parents?", "the time we got lost in Porto", "hey there",
		"someone who notices when I'm quiet? that's rare", "Manila", "every sunday", "7:45",
		"I joined the climbing gym's group chat and said hi to two people", "what do you mean",
	}
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	c := understand.Default()
	ins := make([]Intent, len(texts))
	for i, s := range texts {
		ins[i] = ParseIntent(s)
	}
	for _, f := range []Flow{
		{Name: flowDraft, Step: slotRecipient, Draft: &DraftState{}},
		{Name: flowDraft, Step: slotMention, Draft: &DraftState{Details: DraftDetails{Recipient: "Jo"}}},
		{Name: flowReflect, Step: "question"},
		{Name: flowRemind, Step: stepRemindTZ + ":c1"},
		{Name: flowRemind, Step: stepPlanTime},
	} {
		b.Run(f.Name+"/"+f.Step, func(b *testing.B) {
			p := promptOf(f)
			b.ReportAllocs()
			cpu0 := cpuTime()
			n := 0
			for i := 0; b.Loop(); i++ {
				k := i % len(texts)
				readAtPrompt(texts[k], ins[k], p, now, c.Classify)
				n++
			}
			// On a shared machine the wall clock counts other work too;
			// the process's CPU time is what the step costs.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(n), "cpu-ns/op")
		})
	}
}

// cpuTime is the CPU time the process has used, in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// TestDoneInWords checks the ways people say a day's step is done press
// the "Mark it done" button, and that leaving the plan in the same words
// does not.
func TestDoneInWords(t *testing.T) {
	day := []Choice{{ID: "plan:done", Label: "Mark it done"}, {ID: "plan:week", Label: "Show the whole week"}}
	for _, said := range []string{"done", "done with it", "finished it", "ok i did that", "knocked out day one",
		"yep all done for today", "i've completed today's step", "ticked that one off", "did it!! ✅"} {
		if id := resolveChoice("", said, day, 0); id != "plan:done" {
			t.Errorf("%q picks %q, want plan:done", said, id)
		}
	}
	for _, said := range []string{"i'm done with this plan", "done with the challenge", "did you get my message", "finished my exams today"} {
		if id := resolveChoice("", said, day, 0); id == "plan:done" {
			t.Errorf("%q marks the day done", said)
		}
	}
}

// TestTodayStepInWords checks that asking for today's step under the
// plan's introduction starts it, and other questions with "today" in them
// do not.
func TestTodayStepInWords(t *testing.T) {
	intro := []Choice{{ID: "plan:start", Label: "Start today"}, {ID: "plan:week", Label: "Show the whole week"}, {ID: "plan:later", Label: "Not now"}}
	for _, said := range []string{"what do i have to do today", "ok whats the first step", "what's today's task", "so what am i supposed to do today", "where do i start"} {
		if id := resolveChoice("", said, intro, 0); id != "plan:start" {
			t.Errorf("%q picks %q, want plan:start", said, id)
		}
	}
	for _, said := range []string{"what's the weather today", "i feel awful today", "what should i say to my sister today, its her birthday"} {
		if id := resolveChoice("", said, intro, 0); id == "plan:start" {
			t.Errorf("%q starts the plan", said)
		}
	}
}

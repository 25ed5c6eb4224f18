package agent_test

import (
	"strings"
	"testing"
	"time"
)

// startMatter opens the "who matters" reflection and answers its first
// question, so that the flow stands at question 2 of 5.
func startMatter(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t)
	h.setUp("choice:journey:matter", "my cousin Ilse and my old flatmate Rohan")
	return h
}

// TestReflectLeavingKeepsPlace: saying one has to go, in any of many
// wordings, keeps the place, says how to come back, and is never kept as
// an answer or said back in the summary.
func TestReflectLeavingKeepsPlace(t *testing.T) {
	for _, say := range []string{
		"sorry have to head off now", "gotta run, back in a bit", "need to dash, talk later",
		"ugh my bus is here, gtg", "I must leave now, we continue another time", "ttyl",
		"got to go sorry", "will finish this later",
	} {
		t.Run(say, func(t *testing.T) {
			h := startMatter(t)
			reply := renderReplies(h.send("alex", say, ""))
			if !strings.Contains(reply, "continue") || strings.Contains(reply, "(3/5)") {
				t.Fatalf("reply to %q:\n%s\nwant the place kept and how to come back", say, reply)
			}
			reply = renderReplies(h.send("alex", "continue", ""))
			if !strings.Contains(reply, "(2/5)") {
				t.Fatalf("continue after %q:\n%s\nwant question 2 again", say, reply)
			}
			h.setUp("last month over dinner", "skip", "skip")
			reply = renderReplies(h.send("alex", "text them both on sunday", ""))
			if first := strings.Fields(say)[0]; strings.Contains(strings.ToLower(reply), strings.ToLower(say)) || strings.Contains(reply, "_"+first) {
				t.Errorf("the summary says back %q:\n%s", say, reply)
			}
		})
	}
}

// TestReflectAwayWaits: stepping away for a moment, in any of many
// wordings, is never kept as an answer: the question stays open, said
// kindly without asking it again, and a word on coming back asks it again.
// The answer after it is the one kept.
func TestReflectAwayWaits(t *testing.T) {
	for _, say := range []string{
		"ugh hold on someone's at the door", "one sec", "brb", "hang on, phone", "gotta get the door",
		"give me a min", "sorry just a second, the baby's crying", "wait a moment — my phone is ringing",
		"hold that thought", "lemme grab the door quick", "oh one moment, delivery",
	} {
		t.Run(say, func(t *testing.T) {
			h := startMatter(t)
			reply := renderReplies(h.send("alex", say, ""))
			if strings.Contains(reply, "(3/5)") || strings.Contains(reply, "(2/5)") || strings.Contains(reply, "kept your place") {
				t.Fatalf("reply to %q:\n%s\nwant the question left waiting, not asked again, moved on or put aside", say, reply)
			}
			if !strings.Contains(reply, "time") && !strings.Contains(reply, "rush") && !strings.Contains(reply, "ahead") {
				t.Errorf("reply to %q is not a kind word to wait:\n%s", say, reply)
			}
			reply = renderReplies(h.send("alex", "sorry about that, im back", ""))
			if !strings.Contains(reply, "(2/5)") || strings.Contains(reply, "(3/5)") {
				t.Fatalf("coming back after %q:\n%s\nwant question 2 again", say, reply)
			}
			reply = renderReplies(h.send("alex", "we talked properly at a wedding in june", ""))
			if !strings.Contains(reply, "(3/5)") {
				t.Fatalf("the answer after %q:\n%s\nwant question 3", say, reply)
			}
			h.setUp("skip", "skip")
			reply = renderReplies(h.send("alex", "text them both on sunday", ""))
			if strings.Contains(strings.ToLower(reply), strings.ToLower(say)) {
				t.Errorf("the summary says back %q:\n%s", say, reply)
			}
		})
	}
}

// TestReflectQuestionBackExplained: a question back, a challenge or a
// "what do you mean" typed at a reflection question is answered with why
// it is asked, and the same question stays open; it is never thanked for
// as an answer.
func TestReflectQuestionBackExplained(t *testing.T) {
	for _, say := range []string{
		"how would you answer that?", "what would you say?", "why does that matter to you",
		"what has this got to do with anything", "how is that relevant?", "why are you asking me this?",
		"what do you mean exactly?", "i don't really understand the question",
		"I am not sure what you mean with this question.", "what is the point of this question",
	} {
		t.Run(say, func(t *testing.T) {
			h := startMatter(t)
			reply := renderReplies(h.send("alex", say, ""))
			if !strings.Contains(reply, "(2/5)") || strings.Contains(reply, "(3/5)") {
				t.Fatalf("reply to %q:\n%s\nwant question 2 asked again", say, reply)
			}
			if !strings.Contains(reply, "closeness") && !strings.Contains(reply, "asking") {
				t.Errorf("reply to %q does not say why it is asked:\n%s", say, reply)
			}
			if strings.Contains(strings.ToLower(reply), strings.ToLower(strings.TrimRight(say, "?."))) {
				t.Errorf("reply to %q says it back:\n%s", say, reply)
			}
		})
	}
}

// TestReflectStopKeepsForADay: "stop" partway keeps the reflection for a
// day, which "continue" picks up, even after a restart; after the day it
// is gone; "stop for good" and "cancel it" end it at once.
func TestReflectStopKeepsForADay(t *testing.T) {
	h := startMatter(t)
	reply := renderReplies(h.send("alex", "stop", ""))
	if !strings.Contains(reply, "continue") || !strings.Contains(reply, "question 2") {
		t.Fatalf("stop partway:\n%s\nwant the place kept and how to pick it up", reply)
	}
	h.restart()
	h.clock.now = h.clock.now.Add(5 * time.Hour)
	if reply := renderReplies(h.send("alex", "continue", "")); !strings.Contains(reply, "(2/5)") {
		t.Fatalf("continue after stop and a restart:\n%s", reply)
	}

	h = startMatter(t)
	h.send("alex", "let's stop", "")
	h.clock.now = h.clock.now.Add(26 * time.Hour)
	if reply := renderReplies(h.send("alex", "continue", "")); strings.Contains(reply, "(2/5)") {
		t.Errorf("continue more than a day after stop still resumed:\n%s", reply)
	}

	for _, say := range []string{"stop for good", "cancel it", "/cancel", "ok scrap this reflection", "quit it please"} {
		h := startMatter(t)
		reply := renderReplies(h.send("alex", say, ""))
		if strings.Contains(reply, "continue") || !strings.Contains(reply, "stopped") {
			t.Errorf("%q did not end the reflection:\n%s", say, reply)
		}
		if reply := renderReplies(h.send("alex", "continue", "")); strings.Contains(reply, "(2/5)") || strings.Contains(reply, "(3/5)") {
			t.Errorf("continue after %q resumed:\n%s", say, reply)
		}
	}
}

// TestReflectNoOneNamedYet: when the question asking who gets no names,
// the questions after it do not speak of "them" as if someone were named.
func TestReflectNoOneNamedYet(t *testing.T) {
	for _, say := range []string{"dunno really", "no idea honestly", "skip", "can't think of anyone"} {
		t.Run(say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("choice:journey:matter")
			reply := renderReplies(h.send("alex", say, ""))
			if !strings.Contains(reply, "(2/5)") {
				t.Fatalf("reply to %q:\n%s\nwant question 2", say, reply)
			}
			_, question, _ := strings.Cut(reply, "(2/5)")
			if strings.Contains(question, " them ") || strings.Contains(question, " them?") {
				t.Errorf("question 2 after %q speaks of them:\n%s", say, reply)
			}
		})
	}
	h := startMatter(t)
	if reply := renderReplies(h.send("alex", "a few weeks ago", "")); !strings.Contains(reply, "them?") {
		t.Errorf("with people named, question 3 should still speak of them:\n%s", reply)
	}
}

// TestReflectHelpKeepsJourney: help in the middle of a reflection says the
// reflection is still open and how to go back to it, and it goes back.
func TestReflectHelpKeepsJourney(t *testing.T) {
	h := startMatter(t)
	reply := renderReplies(h.send("alex", "help", ""))
	if !strings.Contains(reply, "/reflect") || !strings.Contains(reply, "continue") || !strings.Contains(reply, "question 2") {
		t.Fatalf("help mid-reflection:\n%s\nwant the help and how to go back", reply)
	}
	if reply := renderReplies(h.send("alex", "continue", "")); !strings.Contains(reply, "(2/5)") {
		t.Errorf("continue after help:\n%s", reply)
	}
}

// TestPlanSkipInWords: asking to skip a day, at the plan's question, skips
// it; it is never kept as what the person noticed nor answered from the
// guide.
func TestPlanSkipInWords(t *testing.T) {
	for _, say := range []string{
		"can i skip tomorrow", "i'm busy tomorrow, can we skip a day?", "could I miss tomorrow's step",
		"swamped this week, ok if i skip a day?", "skip tomorrow please", "can i have a day off tomorrow?",
	} {
		t.Run(say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London")
			reply := renderReplies(h.send("alex", "", "plan:done"))
			if !strings.Contains(reply, "Skip") {
				t.Fatalf("no question after the step:\n%s", reply)
			}
			reply = renderReplies(h.send("alex", say, ""))
			if strings.Contains(reply, "noticing is half") || strings.Contains(reply, "From the guide") || strings.Contains(reply, "guide") {
				t.Errorf("reply to %q:\n%s\nwant a skip", say, reply)
			}
			if !strings.Contains(reply, "isn't a streak") {
				t.Errorf("reply to %q does not say the skip is fine:\n%s", say, reply)
			}
			if strings.Contains(renderReplies(h.send("alex", "", "plan:week")), say) {
				t.Errorf("%q kept as a note", say)
			}
			// With no question waiting, the same words are the same skip.
			if reply := renderReplies(h.send("alex", say, "")); !strings.Contains(reply, "isn't a streak") {
				t.Errorf("%q with no question waiting:\n%s", say, reply)
			}
		})
	}
}

// TestPlanSetupContinue: a question for the guide while the plan is being
// set up is answered, and "continue" goes back to the setup question.
func TestPlanSetupContinue(t *testing.T) {
	h := newHarness(t)
	h.setUp("/plan", "choice:plan:start")
	h.send("alex", "how do i keep in touch with friends who live far away?", "")
	reply := renderReplies(h.send("alex", "continue", ""))
	if strings.Contains(reply, "nothing paused") || !strings.Contains(reply, "time") {
		t.Errorf("continue after a question mid-setup:\n%s\nwant the setup question again", reply)
	}
}

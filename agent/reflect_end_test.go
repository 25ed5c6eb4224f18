package agent_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// reflectEnd is one reflection played to its end: the journey and the
// five answers, typed as people type (rambling, typos, fillers).
type reflectEnd struct {
	journey string
	answers [5]string
	// step holds words the step must say (the person, the action);
	// offer is the choice it must come with ("Draft a message to Rafa",
	// "Remind me on Sunday evening").
	step, offer []string
}

// playReflectEnd plays e for person and returns the last reply with its
// choices, one per line.
func playReflectEnd(h *harness, person string, e reflectEnd) string {
	h.send(person, "hi", "")
	h.send(person, "/reflect", "")
	h.send(person, "", "journey:"+e.journey)
	var last string
	for _, a := range e.answers {
		var b strings.Builder
		for _, r := range h.send(person, a, "") {
			b.WriteString(r.Text + "\n")
			for _, c := range r.Choices {
				b.WriteString("[" + c.Label + "]\n")
			}
		}
		last = b.String()
	}
	return last
}

var reflectEnds = []reflectEnd{
	{journey: "matter", answers: [5]string{
		"prob my cousin Rafa and my old flatmate jess tbh",
		"ages ago?? like 2 summers back at rafas wedding we sat outside til 3 talkin about his dad",
		"i keep thinkin theyre busy w their own stuff and then weeks go by lol",
		"that rafa is basicaly my brother and i miss how we used to be",
		"send rafa a voice note on saturday abt the football, jess maybe next week",
	}, step: []string{"Rafa", "voice note", "Saturday"}, offer: []string{"Draft a message to Rafa", "Remind me on Saturday"}},
	{journey: "week", answers: [5]string{
		"um a long walk w my sister on tuesday, she made me laugh so hard at her work drama",
		"i messaged my mate Oskar bout his new job and nobody else really, my aunt rang tho",
		"kinda at the pub quiz on fri, everyone was in couples and i was just there",
		"instagram again. evryone on holiday and im stuck in the office",
		"ring my aunt back on sunday evening and actualy ask how her hip is",
	}, step: []string{"aunt", "hip", "Sunday evening"}, offer: []string{"Remind me on Sunday evening"}},
	{journey: "showup", answers: [5]string{
		"i read it on the bus then forget to reply for like days, its bad",
		"mostly scrollin if im honest, maybe 80/20",
		"not very, i tend to say im fine even when im not",
		"my friend Noor got engaged and i sent a gif and thats it :/",
		"i follow up with my mum. my school friends i wait for and we've kinda drifted",
	}, step: []string{"your school friends", "first"}, offer: []string{"Draft a message"}},
	{journey: "boundaries", answers: [5]string{
		"my kids pics mostly, and where we live. i overshare about work tho",
		"evenings r fine but weekends are for the family, pls no work stuff",
		"the neighbourhood whatsapp group, its just people moaning all day",
		"my boss Hamid messages me at 10pm. i want to say i'll reply in the morning but nicely",
		"i just ask them straight out tbh, works most of the time",
	}, step: []string{"Hamid", "reply in the morning"}, offer: []string{"Draft a message to Hamid"}},
	{journey: "seek", answers: [5]string{
		"someone to keep me going at the gym, i keep skippin",
		"my grandad Tomas. he just listend to me for an hour without tellin me what to do",
		"a few close ones, big groups wear me out",
		"the climbing wall on thursdays, group chats drain me",
		"that im loyal and ill turn up when it matters. i want to text my mate Ben this week and ask him climbing",
	}, step: []string{"Ben", "climbing"}, offer: []string{"Draft a message to Ben"}},
}

// reChatSlip are chat spellings and fillers a summary never says back.
var reChatSlip = regexp.MustCompile(`(?i)\b(?:prob|bout|abt|r|w|tho|tbh|lol|um|kinda|talkin|thinkin|scrollin|skippin|tellin|if you're honest|evryone|actualy|basicaly)\b`)

// TestReflectEndsWhole plays five reflections to their end, answered as
// people type, and checks the summary and the step: every line a whole
// sentence with no chat spelling or filler said back, and the step built
// from the person and the action the answers named, offered as a draft or
// a reminder.
func TestReflectEndsWhole(t *testing.T) {
	h := newHarness(t)
	for i, e := range reflectEnds {
		t.Run(e.journey, func(t *testing.T) {
			got := playReflectEnd(h, fmt.Sprintf("end%d", i), e)
			summary, _, _ := strings.Cut(got[strings.Index(got, "Here's what I heard"):], "\n\n")
			if !strings.Contains(got, "Here's what I heard") {
				t.Fatalf("no summary: %q", got)
			}
			if bad := summaryProblems(got, e.answers[:]); len(bad) > 0 {
				t.Errorf("%v in %q", bad, got)
			}
			if m := reChatSlip.FindString(summary); m != "" {
				t.Errorf("summary says %q back: %q", m, summary)
			}
			for _, line := range strings.Split(summary, "\n")[1:] {
				if strings.Count(line, ", ") > 2 {
					t.Errorf("a summary line runs clauses together: %q", line)
				}
			}
			checkStepSays(t, got, e.step)
			for _, o := range e.offer {
				if !strings.Contains(got, "["+o+"]") {
					t.Errorf("no [%s] offered: %q", o, got)
				}
			}
		})
	}
}

// checkStepSays checks that the next step a reflection's end offers ("One
// small step: …") says each of want.
func checkStepSays(t *testing.T, got string, want []string) {
	t.Helper()
	var step string
	for _, line := range strings.Split(got, "\n") {
		if strings.HasPrefix(line, "One small step") {
			step = line
		}
	}
	for _, w := range want {
		if !strings.Contains(step, w) {
			t.Errorf("step %q does not say %q", step, w)
		}
	}
}

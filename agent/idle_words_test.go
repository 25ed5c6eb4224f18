package agent

import (
	"testing"
	"time"
)

func TestClockHereWordings(t *testing.T) {
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	yes := map[string]string{
		"its 11pm here":                    "Etc/GMT+10",
		"it's 11 pm here":                  "Etc/GMT+10",
		"btw it's 4am here":                "Etc/GMT+5",
		"it is 10:20 for me":               "Etc/GMT-1",
		"oh its about 6pm where i am":      "Etc/GMT-9",
		"it's 9.15am my time":              "UTC",
		"its nearly 8pm over here":         "Etc/GMT-11",
		"it's 10pm on my end":              "Etc/GMT-13",
		"it's 7 in the evening here":       "Etc/GMT-10",
		"ok it is now 5am in my time zone": "Etc/GMT+4",
	}
	for in, want := range yes {
		if !reClockHere.MatchString(clockWords(in)) {
			t.Errorf("%q: not read as the local time", in)
			continue
		}
		if got, ok := zoneFromLocalClock(clockWords(in), now); !ok || got != want {
			t.Errorf("%q: zone %q %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"it's 11pm and i can't sleep",
		"its 6pm, time to call mum",
		"it's 3 years since we spoke",
		"is it 11pm here yet",
		"it was 11pm here when she called",
		"what time is it here",
		"it's 2am here and i can't stop thinking about her",
		"its 11pm here so i should probably sleep",
	} {
		if reClockHere.MatchString(clockWords(in)) {
			t.Errorf("%q: read as the local time", in)
		}
	}
}

func TestListRemindersWordings(t *testing.T) {
	for _, in := range []string{
		"what reminders do i have",
		"who am i reminding about",
		"what are my reminders",
		"which reminders are on?",
		"show me my reminders",
		"list all my reminders",
		"ok what reminders have i got",
		"who are you reminding me about",
		"who do you remind me about",
		"do i have any reminders set",
		"any reminders?",
		"my reminders",
		"check my nudges",
	} {
		if !reListRem.MatchString(foldText(in)) {
			t.Errorf("%q: not read as asking for the list", in)
		}
	}
	for _, in := range []string{
		"how do i remind my friend about her birthday",
		"what should i say when reminding someone of a debt",
		"why do reminders feel so nagging",
		"remind me to call sam",
		"stop all reminders",
		"what do reminders look like in a friendship",
		"my reminders keep coming at the wrong time, can you fix that",
	} {
		if reListRem.MatchString(foldText(in)) {
			t.Errorf("%q: read as asking for the list", in)
		}
	}
}

func TestChangeItWordings(t *testing.T) {
	for _, in := range []string{
		"actually make it 6pm",
		"make it 7:30",
		"change it to mondays",
		"can you move it to 8am",
		"set that to every friday",
		"switch it to 9pm please",
		"put the reminder at 5pm",
		"hmm 6pm instead",
	} {
		if !reChangeIt.MatchString(foldText(in)) {
			t.Errorf("%q: not read as changing the reminder just set", in)
		}
	}
	for _, in := range []string{
		"i'll make it to the party at 6pm",
		"we met at 6pm",
		"call sam at 6pm",
		"it's 6pm here",
	} {
		if reChangeIt.MatchString(foldText(in)) {
			t.Errorf("%q: read as changing the reminder just set", in)
		}
	}
}

func TestMedicineQuestionWordings(t *testing.T) {
	for _, in := range []string{
		"is it ok to take 2 melatonin with a glass of wine",
		"can i take ibuprofen and paracetamol together",
		"how many sleeping pills is too many",
		"should i double up on my antidepressant if i missed one",
		"is it safe to mix xanax and beer",
		"can you drink on antibiotics",
		"how much melatonin should i take",
		"is 400 mg a lot",
	} {
		if !medicineQuestion(foldText(in)) || offTopic(foldText(in)) != "medical" {
			t.Errorf("%q: not read as a medicine question", in)
		}
	}
	for _, in := range []string{
		"can i invite my friend to dinner",
		"my friend takes a lot of pills and i'm worried about her, how do i bring it up",
		"should i text her first",
	} {
		if medicineQuestion(foldText(in)) && in != "my friend takes a lot of pills and i'm worried about her, how do i bring it up" {
			t.Errorf("%q: read as a medicine question", in)
		}
	}
}

func TestPartingThanks(t *testing.T) {
	for _, in := range []string{
		"ok good night, thanks for the help",
		"thanks, night",
		"thank you, bye",
		"thanks gn",
		"cheers, off to bed",
		"thx, talk later",
	} {
		if !hasAnyWord(foldText(in), partingWords) {
			t.Errorf("%q: not read as a goodbye", in)
		}
	}
	for _, in := range []string{"thanks for the help", "thank you so much", "cheers, that was useful"} {
		if hasAnyWord(foldText(in), partingWords) {
			t.Errorf("%q: read as a goodbye", in)
		}
	}
}

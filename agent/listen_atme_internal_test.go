package agent

import "testing"

// Remarks to the companion about itself are read for what they say of it;
// remarks about others, questions and requests are not remarks.
func TestRemarkOf(t *testing.T) {
	tests := []struct {
		text string
		want remark
	}{
		{"ur actually so helpful", remarkPraise},
		{"wow you're a lifesaver", remarkPraise},
		{"this app is brilliant", remarkPraise},
		{"haha ur hilarious", remarkFunny},
		{"you are literally useless", remarkCriticism},
		{"ugh this bot sucks", remarkCriticism},
		{"u r so annoying", remarkCriticism},
		{"you're not helping at all", remarkCriticism},
		{"aww i love u", remarkLove},
		{"love ya", remarkLove},
		{"marry me", remarkLove},
		{"ur my best friend tbh", remarkOnly},
		{"i only ever talk to you these days", remarkOnly},
		{"nobody but you gets me", remarkOnly},
		{"honestly youre all i have", remarkOnly},
		{"do you even care about me", remarkAsksLove},
		{"would u miss me", remarkAsksLove},
		{"you're so kind, how do i tell my sister she matters", remarkNone},
		{"my friend is useless at texting back", remarkNone},
		{"she's the best", remarkNone},
		{"can you help me write to my mum", remarkNone},
		{"i love my dog", remarkNone},
		{"you are going to think this is dumb but i miss my old school", remarkNone},
	}
	for _, tt := range tests {
		if got := remarkOf(tt.text); got != tt.want {
			t.Errorf("remarkOf(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// The clock questions are told from the person's timezone; other
// questions with the same words are not.
func TestClockQuestion(t *testing.T) {
	for _, s := range []string{"what time is it", "whats the time", "what day is it today", "what's today's date", "do you know what time it is?", "ok what's the date", "what day of the week is it"} {
		if !clockQuestion.MatchString(foldText(s)) {
			t.Errorf("%q is not read as a clock question", s)
		}
	}
	for _, s := range []string{"what time should i text her", "what day is best to call my gran", "what's the date of her birthday again", "what time is it ok to call someone"} {
		if clockQuestion.MatchString(foldText(s)) {
			t.Errorf("%q is read as a clock question", s)
		}
	}
}

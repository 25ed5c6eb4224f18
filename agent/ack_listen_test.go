package agent

import (
	"strings"
	"testing"
)

// TestAcknowledgeHearsThePoint checks acknowledgements that answer what
// an answer is about rather than a word in it: time alone asked for is no
// loneliness, a gap in touch no embarrassing moment, a distance owned no
// distance felt, pride in someone else theirs to hear, a death and the
// kindness after it both heard, something draining named as such, a
// private thing kept as a limit.
func TestAcknowledgeHearsThePoint(t *testing.T) {
	q := func(text string) Question { return Question{Text: text} }
	reached := q("When are you happy to be reached, and when do you need to be left alone?")
	inWay := q("What tends to get in the way of reaching out to them?")
	meaning := q("What would you like them to know about what they mean to you?")
	understood := q("Think of a conversation that left you feeling really understood. What did the other person do?")
	energy := q("Which places, online or off, leave you with energy rather than drained: a group chat, a forum, calls, meeting in person?")
	private := q("What do you keep private online, and is there anything you share that you would rather keep to yourself?")
	who := q("Who did you reach out to this week, and who reached out to you?")
	tests := []struct {
		q             Question
		answer        string
		must, mustNot []string
	}{
		{reached, "happy to chat evenings but mornings leave me alone lol", nil, []string{"lonel"}},
		{reached, "weekends, but i need time to myself after work", nil, []string{"lonel"}},
		{inWay, "i just get busy and then it feels awkward to text after so long", []string{"first message"}, []string{"moments like that"}},
		{inWay, "its been years and i dont know what to say anymore", []string{"first message"}, nil},
		{meaning, "that im grateful and im sorry ive been so distant", []string{"guilt", "feeling bad", "weighing", "care"}, []string{"disconnected"}},
		{meaning, "that i'm proud of her for getting through nursing school", []string{"proud of her"}, []string{"you sound proud"}},
		{meaning, "how proud of my brother i am", []string{"proud of your brother"}, nil},
		{understood, "my husband passed last year and my neighbour just sat with me", []string{"husband", "there for you"}, nil},
		{energy, "big groups are exhausting, one on one is fine", []string{"energy", "wears you out", "take more"}, []string{"running low", "obstacle"}},
		{energy, "calls with my daughter", nil, []string{"obstacle"}},
		{private, "my mental health stuff stays offline", []string{"mental health"}, []string{"sorry"}},
		{who, "i texted Priya, nobody texted me back", []string{"one-sided", "reaches out"}, nil},
		{who, "reached out to nobody, my sister called twice and i left her on read", []string{"guilt", "feeling bad", "weighing", "care"}, []string{"outside", "lonel"}},
		{q("Think of a conversation. What did they do?"), "that i show up for people even when im a mess myself", nil, []string{"feeling that way about yourself"}},
		{inWay, "my mum got really sick last year and now we only talk about appointments", []string{"your mum"}, nil},
		{q("Did anything online drain you?"), "the news, i kept refreshing and felt sick about it all", []string{"worry", "draining"}, []string{"trusting me"}},
		{q("When a friend sends you something long or personal, how do you usually read and answer it?"),
			"i want to reply properly and then suddenly two weeks have gone by", []string{"properly"}, nil},
		{q("Was there a moment you felt alone, even with people around or online?"), "at a friend's wedding, surrounded by people", []string{"lonel", "alone", "outside"}, []string{"obstacle"}},
		{q("Was there a moment you felt alone, even with people around or online?"), "no, it was a good week with my flatmates", nil, []string{"lonel", "alone"}},
		{q("What kind of connection would help most: a close friend, someone to learn from, or people who share a hobby?"),
			"a close friend. after the divorce most of our mates stayed with her", []string{"close friend"}, []string{"breakup"}},
		{q("Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?"),
			"wider circle, lighter stuff. my sister is there for the deep things and that's plenty", []string{"wider circle"}, []string{"breathe"}},
		{q("Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?"),
			"both. but since my dad died i barely see anyone", []string{"sorry"}, nil},
		{understood, "my brother, when we talked about his divorce", []string{"his divorce", "brother"}, []string{"the divorce"}},
		{q("Think of a recent time someone had good or bad news. How did you respond?"),
			"my coworker's mum passed and i didn't know what to say so i said nothing", []string{"your coworker's mum"}, []string{"about mum"}},
		{q("How honest are you about your own ups and downs with the people close to you?"),
			"i'm the 'fine' friend. nobody knows about my anxiety", []string{"hard parts", "to yourself", "lean on"}, []string{"nervous about messaging"}},
		{q("Which conversation or moment with someone this week left you feeling good?"),
			"nothing really. oh wait, my mum sent me a photo of our old dog and we talked for an hour", []string{"your mum sending you a photo"}, []string{"nothing really", "wait", "_"}},
		{who, "no one lol. it's been a quiet one", []string{"some weeks", "stretch"}, []string{"outside", "lonel"}},
		{q("Did anything online drain you or leave you comparing yourself with others?"),
			"linkedin, everyone is getting promoted", []string{"linkedin"}, []string{"obstacle"}},
		{energy, "1:1 coffee > group chats every time", []string{"over group chats"}, []string{"tiring"}},
		{understood, "my old manager Ruth. she asked how i was and actually waited for the answer", []string{"waited"}, nil},
		{private, "pretty much nothing tbh, my whole life is on insta", []string{"limits are hard", "limit starts", "open about everything", "sharing everything"}, []string{"worth protecting", "worth keeping"}},
		{q("How much of your time online goes on scrolling, and how much on talking with people?"),
			"mostly scrolling, i post nothing and talk to no one", nil, []string{"nobody close"}},
	}
	for _, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			got := strings.ToLower(Acknowledge(tt.q, tt.answer, 0))
			if len(tt.must) > 0 && !containsOne(got, tt.must) {
				t.Errorf("Acknowledge(%q) = %q, want one of %q", tt.answer, got, tt.must)
			}
			for _, w := range tt.mustNot {
				if strings.Contains(got, w) {
					t.Errorf("Acknowledge(%q) = %q, must not say %q", tt.answer, got, w)
				}
			}
		})
	}
}

func containsOne(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// TestAnswerAskedAsADoubt checks answers asked as a doubt about
// themselves: they stay answers, the doubt is settled and what they say is
// heard, in the acknowledgement and in the summary.
func TestAnswerAskedAsADoubt(t *testing.T) {
	who := Question{Text: "Who are one, two or three people you'd like to feel closer to?"}
	tests := []struct {
		answer, must, mustNot string
	}{
		{"does my cat count? lol", "your cat counts", "lol"},
		{"would my neighbour count?", "your neighbour counts", ""},
		{"is it normal that i only really talk to my sister?", "okay", "?"},
		{"is it weird that i cant think of anyone?", "", "weird that"},
		{"am i weird for not having a best friend?", "at all", "you not having"},
	}
	for _, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			if newQuestion(tt.answer) {
				t.Errorf("newQuestion(%q) = true, want an answer", tt.answer)
			}
			got := strings.ToLower(Acknowledge(who, tt.answer, 0))
			if !strings.Contains(got, tt.must) || tt.mustNot != "" && strings.Contains(got, tt.mustNot) {
				t.Errorf("Acknowledge(%q) = %q, want %q and not %q", tt.answer, got, tt.must, tt.mustNot)
			}
		})
	}
	j := Journey{ID: "matter", Questions: []Question{who, {Text: "What would you like them to know?"}}}
	summary, next := SummarizeReflection(j, []string{"is it bad that i only talk to my mum?", "does my cat count?"})
	if !strings.Contains(summary, "You only talk to your mum.") || strings.Contains(summary, "?") || strings.Contains(summary, "cat") {
		t.Errorf("summary %q, want the answer without its doubt", summary)
	}
	if strings.Contains(next.Text, "talk to your mum") {
		t.Errorf("next step %q: a habit is not a step", next.Text)
	}
}

package agent

import (
	"strings"
	"testing"
)

// TestAboutAckNamesThePoint answers reflection answers by what they are
// about, in the companion's words: no italics, no first person, the thing
// named, and never a line for an answer it does not recognise.
func TestAboutAckNamesThePoint(t *testing.T) {
	q := func(s string) Question { return Question{Text: s} }
	understood := q("Think of a conversation that left you feeling really understood. What did the other person do?")
	kind := q("What kind of connection would make the biggest difference to you right now: a close friend, someone to learn from, someone to keep you going on a goal, or people who share a hobby?")
	energy := q("Which places, online or off, leave you with energy rather than drained: a group chat, a forum, calls, meeting in person?")
	friendSay := q("What do you hope a friend would say about how it feels to be close to you?")
	private := q("What do you keep private online, and is there anything you share that you would rather keep to yourself?")
	reached := q("When are you happy to be reached, and when do you need to be left alone?")
	worse := q("Which online spaces, chats or habits leave you feeling worse afterwards?")
	readLong := q("When a friend sends you something long or personal, how do you usually read and answer it?")
	tests := []struct {
		q         Question
		answer    string
		want, not []string
	}{
		{understood, "my brother priya heard me out on the phone for ages and never once tried to solve it", []string{"listened to without anyone rushing to fix it"}, nil},
		{understood, "a mate who gets me without me having to spell it all out", []string{"understood without having to explain"}, nil},
		{kind, "people to go bouldering with, none of my friends are into it", []string{"bouldering"}, nil},
		{kind, "a running club type thing, someone to push me to actually train", []string{"someone to keep you going", "running club"}, nil},
		{energy, "the knitting group on wednesdays, always come home happy", []string{"knitting group"}, []string{"worse"}},
		{energy, "choir lifts me up. whatsapp groups just stress me out", []string{"choir", "WhatsApp", "gives", "takes"}, nil},
		{energy, "facebook makes me feel rubbish every time", []string{"Facebook", "worse"}, []string{"energy"}},
		{friendSay, "that they can be silly with me and never feel judged", []string{"themselves around"}, nil},
		{friendSay, "that i always turn up when it counts", []string{"shows up"}, nil},
		{kind, "someone who actually remembers the small stuff i tell them", []string{"being remembered"}, nil},
		{understood, "she remembered all the tiny things from my last visit and asked about them", []string{"being remembered"}, nil},
		{private, "my children, they never go on my feed", []string{"your children", "offline"}, nil},
		{reached, "weekends are off limits, weekdays are fine", []string{"your weekends"}, nil},
		{worse, "youtube comments, every single time", []string{"YouTube", "worse"}, nil},
		{readLong, "i make a coffee and read it slowly before i write back", []string{"carefully"}, nil},
		{readLong, "i guess what they want and hope", []string{"guesswork"}, nil},
	}
	for _, tt := range tests {
		got := aboutAck(tt.q, tt.answer, answerNames(tt.answer), 0)
		if got == "" {
			t.Errorf("aboutAck(%q) = \"\", want a line naming the point", tt.answer)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(strings.ToLower(got), strings.ToLower(w)) {
				t.Errorf("aboutAck(%q) = %q, want it to say %q", tt.answer, got, w)
			}
		}
		for _, w := range append(tt.not, "_", " my ", " me ") {
			if strings.Contains(got, w) {
				t.Errorf("aboutAck(%q) = %q, must not say %q", tt.answer, got, w)
			}
		}
	}
	none := []struct {
		q      Question
		answer string
	}{
		// Nothing it knows of.
		{kind, "hard to put into words really"},
		// Someone the line would leave out.
		{worse, "the family whatsapp since my uncle started posting his rants"},
		// Honesty is what the question asks, not the point.
		{q("How honest are you about your own ups and downs with the people close to you?"), "honest with my brother, not with mum"},
		// "kind of" is no kindness.
		{kind, "kind of hard to say"},
		// Two limits are more than one line holds.
		{reached, "after 8pm and sunday mornings, otherwise fine"},
	}
	for _, tt := range none {
		if got := aboutAck(tt.q, tt.answer, answerNames(tt.answer), 0); got != "" {
			t.Errorf("aboutAck(%q) = %q, want \"\" (the answer said back instead)", tt.answer, got)
		}
	}
}

// TestAboutPlacesAgree makes the verb agree with the place: one book club
// gives, group chats give.
func TestAboutPlacesAgree(t *testing.T) {
	tests := []struct{ frame, slot, name, want string }{
		{"{s} gives/give you energy.", "{s}", "the book club", "the book club gives you energy."},
		{"{s} gives/give you energy.", "{s}", "group chats", "group chats give you energy."},
		{"So {s} is/are hard on you.", "{s}", "the news", "So the news is hard on you."},
		{"{a} works/work for you and {b} doesn't/don't.", "{b}", "video calls", "{a} works/work for you and video calls don't."},
	}
	for _, tt := range tests {
		if got := fillPlace(tt.frame, tt.slot, tt.name); got != tt.want {
			t.Errorf("fillPlace(%q, %q) = %q, want %q", tt.frame, tt.name, got, tt.want)
		}
	}
}

// TestAboutAckQuestionFacets names the circle wanted, the split of time
// online and what gets in the way, each for the question that asks it.
func TestAboutAckQuestionFacets(t *testing.T) {
	circle := Question{Text: "Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?"}
	online := Question{Text: "How much of your time online goes on scrolling and liking, and how much on actually talking with people?"}
	way := Question{Text: "What tends to get in the way of reaching out to them?"}
	alone := Question{Text: "Was there a moment you felt alone, even with people around or online?"}
	tests := []struct {
		q         Question
		answer    string
		want, not []string
	}{
		{circle, "one or two mates who know all my stuff", []string{"close"}, nil},
		{circle, "a bigger group tbh, i like lots of people around", []string{"wide"}, []string{"tbh"}},
		{circle, "a mix really, depends how much energy i have", []string{"mood"}, nil},
		{circle, "a small circle. crowds exhaust me", []string{"close", "Big groups"}, nil},
		{online, "honestly mostly lurking, i hardly ever post or message", []string{"scrolling", "honest"}, nil},
		{online, "50 50 probably", []string{"half"}, nil},
		{online, "more messaging than anything, my uni group chat is always going", []string{"talking"}, nil},
		{way, "we had a fight last spring and i'm too stubborn to message first", []string{"falling out", "first"}, nil},
		{way, "time, really. i work two jobs", []string{"time"}, nil},
		{way, "nerves. i type it out and delete it ten times", []string{"nerves|anxi"}, nil},
	}
	for _, tt := range tests {
		got := acknowledgeIn(tt.q, tt.answer, nil, 0)
		for _, w := range tt.want {
			if !containsOneOf(strings.ToLower(got), strings.Split(strings.ToLower(w), "|")) {
				t.Errorf("acknowledgeIn(%q) = %q, want it to say %q", tt.answer, got, w)
			}
		}
		for _, w := range append(tt.not, "_") {
			if strings.Contains(got, w) {
				t.Errorf("acknowledgeIn(%q) = %q, must not say %q", tt.answer, got, w)
			}
		}
	}
	// A good week, with nothing more, is met gladly, not said back.
	for i, a := range []string{"nope, it was a pretty good week", "not this week", "no, it was fine actually"} {
		if got := acknowledgeIn(alone, a, nil, i); strings.Contains(got, "_") || !strings.Contains(strings.ToLower(got), "good") && !strings.Contains(strings.ToLower(got), "glad") {
			t.Errorf("acknowledgeIn(%q) = %q, want it glad, with no echo", a, got)
		}
	}
}

// containsOneOf reports whether s contains one of subs.
func containsOneOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestAboutAckMoments names a good moment with someone, and leaves an
// answer whose later sentences weigh more to the lines for those.
func TestAboutAckMoments(t *testing.T) {
	good := Question{Text: "Which conversation or moment with someone this week left you feeling good?"}
	tests := []struct {
		answer string
		want   []string
	}{
		{"brunch with my sister on saturday, we talked for hours", []string{"Brunch with your sister"}},
		{"a long call with Dimitri about nothing in particular", []string{"call with Dimitri"}},
		{"drinks w tomasz after work, he remembered my birthday", []string{"drinks with Tomasz", "being remembered"}},
	}
	for _, tt := range tests {
		got := acknowledgeIn(good, tt.answer, nil, 1)
		for _, w := range tt.want {
			if !strings.Contains(strings.ToLower(got), strings.ToLower(w)) {
				t.Errorf("acknowledgeIn(%q) = %q, want it to say %q", tt.answer, got, w)
			}
		}
		if strings.Contains(got, "_") {
			t.Errorf("acknowledgeIn(%q) = %q, want no echo", tt.answer, got)
		}
	}
	heavy := "dinner with my aunt. she told me the cancer is back and i just held her hand"
	if got := momentOf(heavy, answerNames(heavy)); got != "" {
		t.Errorf("momentOf(%q) = %q, want \"\": the news after it weighs more", heavy, got)
	}
}

// TestComparingNamesThePlace names the place where the comparing happens
// rather than saying the answer back.
func TestComparingNamesThePlace(t *testing.T) {
	drain := Question{Text: "Did anything online drain you or leave you comparing yourself with others?"}
	tests := []struct{ answer, want string }{
		{"facebook, all my old classmates with their perfect kids and i compare myself", "Facebook — "},
		{"tiktok again. comparing my whole life to people my age", "TikTok — "},
	}
	for i, tt := range tests {
		got := acknowledgeIn(drain, tt.answer, nil, i)
		if strings.Contains(got, "_") || !strings.Contains(got, tt.want) {
			t.Errorf("acknowledgeIn(%q) = %q, want %q, no echo", tt.answer, got, tt.want)
		}
	}
}

// TestAboutAckWhoListened names who gave the person what they valued,
// leaving out who was only talked about, and never takes a filler for a
// name.
func TestAboutAckWhoListened(t *testing.T) {
	understood := Question{Text: "Think of a conversation that left you feeling really understood. What did the other person do?"}
	tests := []struct {
		answer string
		want   []string
	}{
		{"i talked to my counsellor about my brother and she just let me vent", []string{"your counsellor", "listened"}},
		{"it was ok i think. my coach kind of just heard me out", []string{"your coach", "listened"}},
		{"my gran told me she was proud of how i handled it", []string{"proud"}},
	}
	for i, tt := range tests {
		got := acknowledgeIn(understood, tt.answer, nil, i)
		for _, w := range tt.want {
			if !strings.Contains(strings.ToLower(got), w) {
				t.Errorf("acknowledgeIn(%q) = %q, want it to say %q", tt.answer, got, w)
			}
		}
		if strings.Contains(got, "_") || strings.Contains(strings.ToLower(got), "brother") {
			t.Errorf("acknowledgeIn(%q) = %q, want no echo and no one it was only about", tt.answer, got)
		}
	}
}

package agent

import (
	"strings"
	"testing"
)

// ackCase is an answer to a question, what its acknowledgement must say
// (any one of each group) and what it must not.
type ackCase struct {
	q         Question
	answer    string
	earlier   []string
	want, not []string
}

// checkAcks plays every case at two phrasings and reports what is missing
// or said that should not be.
func checkAcks(t *testing.T, tests []ackCase) {
	t.Helper()
	for _, tt := range tests {
		for v := 0; v < 2; v++ {
			got := acknowledgeIn(tt.q, tt.answer, tt.earlier, v)
			low := strings.ToLower(got)
			for _, w := range tt.want {
				if !containsOneOf(low, strings.Split(strings.ToLower(w), "|")) {
					t.Errorf("acknowledgeIn(%q, %d) = %q, want it to say %q", tt.answer, v, got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(low, strings.ToLower(n)) {
					t.Errorf("acknowledgeIn(%q, %d) = %q, must not say %q", tt.answer, v, got, n)
				}
			}
		}
	}
}

var (
	qReached    = Question{Text: "When are you happy to be reached, and when do you need to be left alone?"}
	qPrivate    = Question{Text: "What do you keep private online, and is there anything you share that you would rather keep to yourself?"}
	qCircle     = Question{Text: "Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?"}
	qGoodWeek   = Question{Text: "Which conversation or moment with someone this week left you feeling good?"}
	qUnderstood = Question{Text: "Think of a conversation that left you feeling really understood. What did the other person do?"}
	qBeyond     = Question{Text: "When did you last have a conversation with them that went beyond catching up?"}
	qHonest     = Question{Text: "How honest are you about your own ups and downs with the people close to you?"}
)

// TestReachableGladly hears "any time" said gladly, out of loneliness, or
// with an unspoken need for space, never as a limit the person lacks.
func TestReachableGladly(t *testing.T) {
	noLimit := []string{"saying no", "limits are hard", "switching off"}
	checkAcks(t, []ackCase{
		{q: qReached, answer: "any time at all, i live alone now and a call from the grandkids makes my week", want: []string{"any time|welcome|lonely"}, not: noLimit},
		{q: qReached, answer: "always!! since i stopped working i love hearing from people", want: []string{"any time|welcome|bright spot"}, not: noLimit},
		{q: qReached, answer: "whenever really, it gets lonely in this flat so i want people to get in touch", want: []string{"lonely"}, not: noLimit},
		{q: qReached, answer: "anytime mostly. unless i need a quiet evening, but i never tell anyone and end up snappy", want: []string{"space"}, not: noLimit},
	})
	if got := reachableAck(qReached, "anytime, i never switch off and it's wearing me down", 0); got != "" {
		t.Errorf("reachable and worn down read as glad: %q", got)
	}
}

// TestRetractedOpening builds the acknowledgement from what follows a
// correction, not from the words it takes back.
func TestRetractedOpening(t *testing.T) {
	tests := map[string]string{
		"lots. wait no, just two really, my flatmate and my cousin": "just two really, my flatmate and my cousin",
		"a wide one. actually no, a small group i can trust":        "a small group i can trust",
		"the gym crowd, sorry i mean the climbing crowd":            "the climbing crowd",
		"no wait": "no wait",
		"i went to the pub, then my mate said wait no, he actually meant the other one and it was a whole thing": "i went to the pub, then my mate said wait no, he actually meant the other one and it was a whole thing",
	}
	for in, want := range tests {
		if got := afterRetraction(in); got != want {
			t.Errorf("afterRetraction(%q) = %q, want %q", in, got, want)
		}
	}
	checkAcks(t, []ackCase{
		{q: qCircle, answer: "a wide one. no wait actually both, the running club for laughs and my brother for the heavy stuff", want: []string{"both"}, not: []string{"wide one", "_"}},
	})
}

// TestCircleChoiceHeard names the circle an answer picks, with what it
// goes on to say after a comma, and never reads closeness the person
// says frightens them as the circle they want.
func TestCircleChoiceHeard(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qCircle, answer: "both, the choir lot for a laugh and my best mate for the serious things", want: []string{"both"}, not: []string{"_", "laugh and"}},
		{q: qCircle, answer: "a bigger circle. close friendships scare me a bit these days", want: []string{"wide"}, not: []string{"few close", "handful"}},
	})
}

// TestHurtGivenAsReason hears a past hurt given as the reason for a
// choice or a limit after the choice, never as news of a breakup.
func TestHurtGivenAsReason(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qPrivate, answer: "where i work. since everything with my ex husband i keep it all locked down", want: []string{"careful|safe"}, not: []string{"breakup", "sorry about"}},
		{q: qCircle, answer: "just a couple of close ones. big groups feel risky after the stuff with my ex", want: []string{"close"}, not: []string{"breakup"}},
	})
	if got := hurtReasonAck(qPrivate, "my ex and i are still friends honestly", nil, 0); got != "" {
		t.Errorf("an ex named with no hurt given as a reason: %q", got)
	}
}

// TestSharedTopicNamed names what was shared and regretted, or seen by
// the wrong person, apart from what stays offline.
func TestSharedTopicNamed(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qPrivate, answer: "my kids' school stays off. i rant about my job on facebook sometimes and then regret it", want: []string{"your job"}, not: []string{"all kept offline", "_"}},
		{q: qPrivate, answer: "once i posted about my anxiety and my manager saw it", want: []string{"your anxiety", "your manager"}, not: []string{"my manager", "_"}},
	})
	if got := sharedTopicAck(qPrivate, "i post about my garden and never regret it", 0); got != "" {
		t.Errorf("sharing with no regret named as regretted: %q", got)
	}
}

// TestRememberedAndBittersweet hears being remembered as the small thing
// that landed, and a good moment that carries grief as both.
func TestRememberedAndBittersweet(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qUnderstood, answer: "she remembered. my neighbour ines remembered my dog's name and asked after his surgery. tiny but it got me", want: []string{"Ines", "remember"}, not: []string{"sorry", "hard"}},
		{q: qGoodWeek, answer: "the guy at the corner shop remembered my order. bit sad thats my highlight but it was nice", want: []string{"corner shop", "remember"}, not: []string{"lovely"}},
		{q: qGoodWeek, answer: "coffee with my godmother marta, she told old stories about dad. we cried and laughed. first time since he died ive really smiled", want: []string{"Marta", "first time|again"}, not: []string{"that sounds lovely"}},
		{q: qGoodWeek, answer: "my brother and i went through grandma's photos, bittersweet really", want: []string{"bittersweet|glad and sad"}},
	})
}

// TestDeepTalkWithWhom names who a deep talk was with, a talk hard and
// good at once as both, and a talk beside a death after the loss.
func TestDeepTalkWithWhom(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qBeyond, answer: "new year. me and farah talked till 3 about her dad being ill. tough but really good", earlier: []string{"my friend farah and my brother"},
			want: []string{"Farah", "hard and good|not easy"}},
		{q: qBeyond, answer: "at my uncle's funeral in may, me and my cousin soraya finally talked properly", want: []string{"sorry", "Soraya"}, not: []string{"_"}},
	})
}

// TestOpenedUpToSomeone names who the person opened up to or is honest
// with, however they write "with".
func TestOpenedUpToSomeone(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qHonest, answer: "i told my friend ravi about the debt last month, which was massive for me. i normally say im fine", want: []string{"Ravi", "fine"}, not: []string{"_"}},
		{q: qHonest, answer: "totally honest w my wife, less so with everyone else", want: []string{"your wife"}, not: []string{"_"}},
	})
}

// TestTimesWithTiredness reads tiredness after a time as that time kept
// closed, and never says "dead inside" back.
func TestTimesWithTiredness(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qReached, answer: "sundays yeah, weeknights i'm completely wiped after my shift", want: []string{"Sundays", "weeknights"}, not: []string{"_", "wiped"}},
		{q: qReached, answer: "weekends yes, weekdays im dead by the time i get home", want: []string{"weekends"}, not: []string{"_", "dead"}},
	})
}

var (
	qKind   = Question{Text: "What kind of connection would make the biggest difference to you right now: a close friend, someone to learn from, someone to keep you going on a goal, or people who share a hobby?"}
	qScroll = Question{Text: "How much of your time online goes on scrolling and liking, and how much on actually talking with people?"}
	qNews   = Question{Text: "Think of a recent time someone had good or bad news. How did you respond?"}
	qEnergy = Question{Text: "Which places, online or off, leave you with energy rather than drained: a group chat, a forum, calls, meeting in person?"}
)

// TestConnectionKindFirst names the kind of connection picked before a
// worry the rest mentions on the way, and the goal when it says which.
func TestConnectionKindFirst(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qKind, answer: "a proper close mate tbh. someone i could message at 1am without second guessing everything", want: []string{"close friend"}, not: []string{"overthinking", "_"}},
		{q: qKind, answer: "a mentor maybe. i overthink every decision at work", want: []string{"learn from"}, not: []string{"overthinking"}},
		{q: qKind, answer: "a running buddy to keep me going, i keep skipping", want: []string{"keep you going"}},
	})
}

// TestScrollingWithReplyOwed names how time online splits when hours of
// scrolling are said, and who still waits on a reply.
func TestScrollingWithReplyOwed(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qScroll, answer: "so i scroll for like 3 hours a night, feel awful, and still havent replied to my friend zainab who texted last week", want: []string{"scrolling", "Zainab"}, not: []string{"_", "feel awful"}},
	})
}

// TestMisstepOwned names a misstep at someone's news without judging it,
// with whose news it was, the apology heard and jealousy as a pang.
func TestMisstepOwned(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qNews, answer: "not well. my brother got his first house and i made it all about my rent. said sorry after", want: []string{"your brother", "sorry|apologised"}, not: []string{"_", "not well"}},
		{q: qNews, answer: "my mate priti got promoted and i was a bit jealous, went quiet on her", want: []string{"Priti", "jealous"}, not: []string{"_"}},
	})
	if got := misstepAck("her cat died and i made it about me", nil, qkDefault, 0); got != "" {
		t.Errorf("a death beside the misstep was not left to the loss: %q", got)
	}
}

// TestWhatGivesAndTakes names what gives energy beside what drains it,
// not only the drain.
func TestWhatGivesAndTakes(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qEnergy, answer: "big whatsapp groups drain me. calls with one friend are great, meeting up is the best", want: []string{"calls"}, not: []string{"_"}},
		{q: qEnergy, answer: "the neighbourhood chat is chaos, all complaints about bins. but the tiny chat with my two oldest friends is my favourite thing", want: []string{"tiny chat"}, not: []string{"_", "bins"}},
		{q: qEnergy, answer: "work slack is toxic, but my pottery class is the highlight of my week", want: []string{"Slack", "pottery"}, not: []string{"_"}},
	})
}

// TestAnsweringEverythingAtOnce hears replying to everything at once
// and burning out as the limit to find, never as glad availability.
func TestAnsweringEverythingAtOnce(t *testing.T) {
	checkAcks(t, []ackCase{
		{q: qReached, answer: "never thought about it. i reply to every message right away and by sunday im exhausted", want: []string{"answer|straight away|reply"}, not: []string{"_", "bright spot"}},
	})
}

// TestShowingUpNamed names how the person shows up: celebrating news, a
// fast short reply they feel bad about, calling one person instead of
// typing, and talk that stays on one topic.
func TestShowingUpNamed(t *testing.T) {
	long := Question{Text: "When a friend sends you something long or personal, how do you usually read and answer it?"}
	checkAcks(t, []ackCase{
		{q: qNews, answer: "baked him a cake when he finally passed his exams!", want: []string{"cake", "celebrat"}, not: []string{"lovely news", "_"}},
		{q: long, answer: "i answer quickly but it comes out really brief and then i feel guilty its not enough", want: []string{"short|brief"}, not: []string{"_"}},
		{q: long, answer: "with my best friend kofi i ring him instead, typing that stuff feels weird", want: []string{"Kofi", "call"}, not: []string{"_", "energy"}},
		{q: qBeyond, answer: "hmm never really, we only ever talk about the kids", want: []string{"the kids"}, not: []string{"_", "lean on"}},
	})
}

// TestEachGetsTheirOwn names every person an answer gives a message of
// their own, not only the first.
func TestEachGetsTheirOwn(t *testing.T) {
	meaning := Question{Text: "What would you like them to know about what they mean to you?"}
	checkAcks(t, []ackCase{
		{q: meaning, answer: "ilse: that she taught me to be brave. and marco - that his jokes got me through school", want: []string{"Ilse", "Marco"}, not: []string{"_"}},
	})
	if got := eachOwnAck(meaning, "that i'm grateful - she never gave up on me", nil, 0); got != "" {
		t.Errorf("one message with a dash read as several people: %q", got)
	}
}

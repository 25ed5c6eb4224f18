package agent

import (
	"strings"
	"testing"
)

// Questions of the reflections, as the journeys ask them, for the tests
// of the points an acknowledgement names.
const (
	pqUnderstood = "Think of a conversation that left you feeling really understood. What did the other person do?"
	pqKind       = "What kind of connection would make the biggest difference to you right now: a close friend, someone to learn from, someone to keep you going on a goal, or people who share a hobby?"
	pqEnergy     = "Which places, online or off, leave you with energy rather than drained: a group chat, a forum, calls, meeting in person?"
	pqDeeper     = "When did you last have a conversation with them that went beyond catching up?"
	pqInTheWay   = "What tends to get in the way of reaching out to them?"
	pqMeanTo     = "What would you like them to know about what they mean to you?"
	pqReadLong   = "When a friend sends you something long or personal, how do you usually read and answer it?"
	pqHonest     = "How honest are you about your own ups and downs with the people close to you?"
	pqWriteFirst = "Who do you tend to follow up with, and who tends to drift because you are waiting for them to write first?"
	pqPrivate    = "What do you keep private online, and is there anything you share that you would rather keep to yourself?"
	pqReached    = "When are you happy to be reached, and when do you need to be left alone?"
	pqWorse      = "Which online spaces, chats or habits leave you feeling worse afterwards?"
	pqComfort    = "How do you find out what the people close to you are comfortable with, like when to call or how fast they can reply?"
	pqGoodWeek   = "Which conversation or moment with someone this week left you feeling good?"
	pqWhoWeek    = "Who did you reach out to this week, and who reached out to you?"
	pqAlone      = "Was there a moment you felt alone, even with people around or online?"
	pqDrainWeek  = "Did anything online drain you or leave you comparing yourself with others?"
)

// pointCase is an answer, the answers before it, and words the
// acknowledgement must and must not hold.
type pointCase struct {
	q, answer   string
	earlier     []string
	want, avoid []string
}

// checkPoints acknowledges each case in three phrasings and checks that
// none says the answer back in italics and each names the point.
func checkPoints(t *testing.T, cases []pointCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.answer, func(t *testing.T) {
			for v := range 3 {
				got := acknowledgeIn(Question{Text: c.q}, c.answer, c.earlier, v)
				low := strings.ToLower(got)
				if strings.Contains(got, "_") {
					t.Errorf("v%d: %q says the answer back: %q", v, c.answer, got)
				}
				for _, w := range c.want {
					if !holdsOneOf(low, strings.Split(w, "|")) {
						t.Errorf("v%d: %q → %q, want it to say %q", v, c.answer, got, w)
					}
				}
				for _, w := range c.avoid {
					if strings.Contains(low, w) {
						t.Errorf("v%d: %q → %q, must not say %q", v, c.answer, got, w)
					}
				}
			}
		})
	}
}

// holdsOneOf reports whether s holds one of words.
func holdsOneOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// TestAckNamesWhatGetsInTheWay: two things in the way, or one with the
// person it is about, are named in the companion's words.
func TestAckNamesWhatGetsInTheWay(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqInTheWay, answer: "being lazy tbh. also the time difference, she moved to perth", earlier: []string{"my cousin Wren"},
			want: []string{"round to it", "distance"}},
		{q: pqInTheWay, answer: "work mostly and i feel like i'd be bothering Grace", earlier: []string{"Grace and Tobi"},
			want: []string{"grace", "bother"}},
		{q: pqInTheWay, answer: "i'm afraid he'll be cruel about it again", earlier: []string{"my stepdad"},
			want: []string{"afraid", "stepdad"}},
	})
}

// TestAckNamesAnExSeenOnline: an ex seen online is named as what was seen,
// never as a breakup to be sorry about nor as a comparison with posts.
func TestAckNamesAnExSeenOnline(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDrainWeek, answer: "my ex put up wedding photos and i spiralled all evening", want: []string{"ex"}, avoid: []string{"sorry", "congrat"}},
		{q: pqWorse, answer: "snapchat at 1am, checking if my ex viewed my story", want: []string{"snapchat", "ex"}, avoid: []string{"breakup"}},
	})
}

// TestAckNamesAGoodMomentWithAStranger: who it was and where, though no
// name goes with it.
func TestAckNamesAGoodMomentWithAStranger(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqGoodWeek, answer: "an old lady at the park chatted to me about her dog for ages, made my morning", want: []string{"old lady at the park"}},
		{q: pqGoodWeek, answer: "the barista at the station remembered my order and we had a laugh", want: []string{"barista at the station"}},
	})
}

// TestAckAnswersAVerdictOnNotKnowing: not knowing, judged by the person,
// is answered kindly, not said back.
func TestAckAnswersAVerdictOnNotKnowing(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqUnderstood, answer: "honestly cant even think of one. which is kind of sad", want: []string{"okay"}, avoid: []string{"sad"}},
		{q: pqUnderstood, answer: "nobody really, maybe that's the problem lol", want: []string{"okay"}, avoid: []string{"lol", "problem"}},
	})
}

// TestAckNamesLimitsWithWhoCrossesThem: a subject kept offline that
// someone keeps posting, and a working time beside the time left open.
func TestAckNamesLimitsWithWhoCrossesThem(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqPrivate, answer: "my mental health. i dont want it online but my sister keeps sharing stuff about it", want: []string{"mental health", "your sister"}},
		{q: pqReached, answer: "weekends im around. during my lectures i cant check my phone", want: []string{"lectures", "weekends"}},
	})
}

// TestAckNamesPlacesThatGiveAndTake: a place said alone beside one that
// drains is what gives; a value found in a place is named with it.
func TestAckNamesPlacesThatGiveAndTake(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqEnergy, answer: "phone calls with my gran. the group chats wear me out", want: []string{"phone calls", "group chats"}},
		{q: pqEnergy, answer: "meeting up. everything online leaves me flat and tired", want: []string{"meeting in person", "online"}},
		{q: pqEnergy, answer: "the discord for my band, people there just get me", want: []string{"discord", "understood"}},
		{q: pqWorse, answer: "the group chat for my building, so much drama", want: []string{"group chat"}},
	})
}

// TestAckNamesComparingAndFeelingOutOfStep: a comparison in life is not
// answered with posts; the kind of connection picked comes first.
func TestAckNamesComparingAndFeelingOutOfStep(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDrainWeek, answer: "watching my school friends get married while im still single", want: []string{"compar"}, avoid: []string{"posts"}},
		{q: pqKind, answer: "a close friend. all my mates moved away and i'm the only one left here", want: []string{"close friend"}, avoid: []string{"posts"}},
	})
}

// TestAckNamesFewAnswering: how few answered, in words.
func TestAckNamesFewAnswering(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqWhoWeek, answer: "nobody messaged me first. i texted 4 friends and only one replied", want: []string{"four", "only one"}},
	})
}

// TestAckNamesAReactionThenGuilt: the guilt, and the reaction, named.
func TestAckNamesAReactionThenGuilt(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqReadLong, answer: "i glance at it, reply with a thumbs up and then feel bad later", want: []string{"guilt", "react"}},
	})
}

// TestAckNamesPointsAFriendWould: the classes of point ack_named_point.go
// reads, each in wording of its own.
func TestAckNamesPointsAFriendWould(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqWriteFirst, answer: "my old teammates, we all keep waiting for somebody else to organise something", want: []string{"teammates", "wait"}},
		{q: pqWriteFirst, answer: "honestly im always the one who reaches out and im exhausted", want: []string{"follows up|reaches|follow"}},
		{q: pqWriteFirst, answer: "i follow up with my dad. my cousins i wait on and we've drifted", want: []string{"your dad", "your cousins", "drift"}},
		{q: pqWriteFirst, answer: "i follow up with my flatmates but Dami drifts, i always wait for her", want: []string{"your flatmates", "dami drifts"}},
		{q: pqReadLong, answer: "i ring them instead, writing long replies takes me forever", want: []string{"call"}},
		{q: pqHonest, answer: "way too open, i tell everyone everything", want: []string{"share"}},
		{q: pqHonest, answer: "better lately, i told my flatmate about my anxiety and she was really understanding", want: []string{"your flatmate", "kind"}},
		{q: pqReached, answer: "i can never say i need space, my family get upset", want: []string{"space|alone"}},
		{q: pqWorse, answer: "none now, i quit tiktok in june and i feel so much calmer", want: []string{"tiktok", "lighter"}},
		{q: pqMeanTo, answer: "that she got me through uni and i never thanked her", earlier: []string{"my sister Ola"}, want: []string{"ola", "thanks"}},
		{q: pqDeeper, answer: "never with my mum, my family doesn't talk like that", earlier: []string{"my mum"}, want: []string{"your mum", "never|not with"}},
		{q: "How much of your time online goes on scrolling and liking, and how much on actually talking with people?", answer: "depends tbh. on bad days i just doomscroll, on ok days i text my friends loads",
			want: []string{"low|mood", "scroll"}},
		{q: "What is one small thing you'd like to do for a relationship next week?", answer: "maybe accept the next invite i get, even if i'm tired", want: []string{"yes|invit"}, avoid: []string{"sorry"}},
		{q: pqWhoWeek, answer: "nobody?? had flu the whole week", want: []string{"better|mend"}, avoid: []string{"next questions"}},
	})
}

// TestAckNamesHowTheyListenAndAsk: a row that turned honest, being asked
// how one really is, bringing in one's own story, a way of asking that
// worked with someone, and a good week said with "actually".
func TestAckNamesHowTheyListenAndAsk(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDeeper, answer: "we had a huge argument about money and weirdly it was the most honest we've been", earlier: []string{"my brother"},
			want: []string{"your brother", "honest"}},
		{q: pqUnderstood, answer: "my coach asked how i was actually doing instead of talking about the match", want: []string{"asked how you really are"}},
		{q: pqReadLong, answer: "i read it all but always end up talking about myself too much", want: []string{"story of your own"}},
		{q: pqComfort, answer: "i just ask! my cousin Bo hates calls so we text", want: []string{"ask", "bo"}},
		{q: pqAlone, answer: "nah, honestly it was a good week actually", want: []string{"good"}, avoid: []string{"alone"}},
		{q: pqAlone, answer: "during the staff meeting everyone laughed at a joke i didnt get", want: []string{"staff meeting"}},
	})
}

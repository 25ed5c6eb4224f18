package agent

import (
	"strings"
	"testing"
)

// Questions asked here that the other tables of points do not name.
const (
	pqTimeOnline = "How much of your time online goes on scrolling and liking, and how much on actually talking with people?"
	pqCloseToYou = "What do you hope a friend would say about how it feels to be close to you?"
)

// TestTiredStretchAndHedges: "to be honest" asks for no honesty, and an
// answer that nothing gives energy just now is a tired stretch, named with
// what brought it on.
func TestTiredStretchAndHedges(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqEnergy, answer: "nothing does right now if im honest, it all feels like too much since the twins",
			want: []string{"twins", "effort|too much|tiring"}, avoid: []string{"honesty"}},
		{q: pqEnergy, answer: "none really, no energy for anything lately",
			want: []string{"energy|effort"}, avoid: []string{"honesty"}},
	})
}

// TestReasonsAndTimesHeard: an ex given as the reason for keeping
// something private is no breakup news; a time wanted quiet is a limit;
// replying to whatever comes in is named as the habit it is.
func TestReasonsAndTimesHeard(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqPrivate, answer: "where i work stays off my profiles, because of my ex who kept turning up there",
			want: []string{"ex"}, avoid: []string{"breakup", "a hard time"}},
		{q: pqReached, answer: "evenings i need quiet. daytime is fine whenever",
			want: []string{"evenings"}, avoid: []string{"saying no can feel hard", "limits are hard"}},
		{q: pqReached, answer: "no clue really, i just respond whenever anyone texts",
			want: []string{"whenever|reply"}, avoid: []string{"saying no can feel hard", "limits are hard"}},
	})
}

// TestWorriesNamedWithTheirReason: the worry of being a bother beside
// others' fuller lives, a slow reply with the fear of seeming to ignore
// someone, and the rest drifting for fear of being too much.
func TestWorriesNamedWithTheirReason(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqInTheWay, answer: "i worry im a bother, they all have partners and mortgages and im still flatsharing",
			want: []string{"bother"}},
		{q: pqReadLong, answer: "i sit with it overnight before answering and then worry theyll think im ignoring them",
			want: []string{"ignor", "sit with|time"}},
		{q: pqWriteFirst, answer: "i keep up with my dad. the rest drift because i never message first, scared ill be too much",
			want: []string{"your dad", "drift"}},
		{q: pqReadLong, answer: "glance at it and send a thumbs up, then feel bad",
			want: []string{"guilt|bad"}},
	})
}

// TestOpeningUpHeard: the downs kept from nearly everyone, the relief of
// telling someone, sharing so much that everyone knows everything, and
// keeping people at a distance.
func TestOpeningUpHeard(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqHonest, answer: "the good bits go to everybody, the bad days to no one",
			want: []string{"ups|good", "downs|hard"}},
		{q: pqHonest, answer: "getting there. i told my best mate that i'd been struggling and it felt like a weight off",
			want: []string{"your best mate", "relie"}},
		{q: pqHonest, answer: "totally, probably too much, people know everything about me",
			want: []string{"share|open"}},
		{q: pqCloseToYou, answer: "i keep everyone at a distance, id like that to change",
			want: []string{"open|let people in"}},
	})
}

// TestHabitsOnlineNamed: reading every word for one person and skimming
// the rest, reading all and never replying, a quick word that felt cold,
// following up with everyone until worn out, and an app left for good.
func TestHabitsOnlineNamed(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqReadLong, answer: "with my sister i read every word, work chats i mostly skim",
			want: []string{"your sister"}},
		{q: pqTimeOnline, answer: "i read every message in the street group and never reply",
			want: []string{"read", "repl|writ"}},
		{q: pqNewsTime, answer: "my cousin passed her exams and i only sent congrats, which seemed a bit curt",
			want: []string{"your cousin", "warmer|given more"}},
		{q: pqWriteFirst, answer: "i text everyone first, always, and im knackered",
			want: []string{"everyone", "tiring|wears"}},
		{q: pqTimeOnline, answer: "came off tiktok last year, best decision",
			want: []string{"tiktok"}},
		{q: pqReadLong, answer: "with my brother i read it properly, the group chats i just skim",
			want: []string{"your brother", "skim"}},
		{q: pqNewsTime, answer: "my neighbour got a new job and i only said congrats, should have done more",
			want: []string{"your neighbour", "more|warmer"}},
		{q: pqNewsTime, answer: "my flatmate finished her thesis so i took her out for dinner to celebrate",
			want: []string{"your flatmate", "celebrat"}},
		{q: pqHonest, answer: "i told my old teacher about my anxiety and he was so understanding",
			want: []string{"teacher", "kind"}},
		{q: pqWriteFirst, answer: "i follow up with everyone from church but my old mates drift",
			want: []string{"everyone from church", "your old mates", "drift"}, avoid: []string{"church hear "}},
	})
}

// TestUnderstoodByWhom: what the one who understood did is named with
// them, and not remembering when, with a word on it, is the gap.
func TestUnderstoodByWhom(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqUnderstood, answer: "my grandad. he always follows up on what i told him last time",
			want: []string{"your grandad", "remembered"}},
		{q: pqUnderstood, answer: "cant remember honestly. bit depressing really",
			want: []string{"understood"}},
	})
}

// TestSummarySaysTheHope: a hope said after a doubt is what the summary
// says; a hope said first is left to the answer's own words.
func TestSummarySaysTheHope(t *testing.T) {
	q := Question{Text: pqCloseToYou}
	tests := []struct{ answer, want string }{
		{"not much probably. i'd love them to feel i listen", "You'd like a friend to feel you listen."},
		{"i doubt they'd say anything good. i hope they'd say i'm loyal", "You'd like a friend to say you're loyal."},
		{"id like them to say im kind", ""},
	}
	for _, tt := range tests {
		if got := hopeHeard(q, tt.answer, nil); got != tt.want {
			t.Errorf("hopeHeard(%q) = %q, want %q", tt.answer, got, tt.want)
		}
	}
	if got := hopeHeard(Question{Text: pqHonest}, "not really. i'd like them to say i'm open", nil); got != "" {
		t.Errorf("hopeHeard at another question = %q, want none", got)
	}
	if got := strings.ToLower(hopeHeard(q, "unsure. id like them to say i let them in", nil)); strings.Contains(got, " i ") {
		t.Errorf("hope said in the first person: %q", got)
	}
}

// TestMoreHabitsAndMomentsNamed: replying before reading it all, a limit
// at work while the job is not yet sure, being taught something and
// laughing, someone reaching out while the person reached no one, a
// bigger friendship circle missed beside the close ones, being safe to be
// around, a phone kept for calls rather than scrolling, and a friendship
// that is mostly memes.
func TestMoreHabitsAndMomentsNamed(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqReadLong, answer: "honestly i respond much too quickly and only half take it in",
			want: []string{"fast|quick"}},
		{q: pqLimitKnown, answer: "my boss, that i dont answer emails after 7. but i just started so idk",
			want: []string{"your boss", "work"}},
		{q: pqGoodWeek, answer: "my niece showed me how to play her video game and we were in stitches",
			want: []string{"your niece", "laugh"}},
		{q: pqWhoWeek, answer: "my brother texted me three times and i messaged nobody",
			want: []string{"your brother"}},
		{q: "Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?",
			answer: "both really, ive got my two closest but i miss a bigger friendship circle", want: []string{"both", "miss"}},
		{q: pqCloseToYou, answer: "that im safe to be with, you can be a complete mess around me",
			want: []string{"safe"}},
		{q: pqTimeOnline, answer: "i barely scroll, i mostly facetime my son",
			want: []string{"scroll", "call|ringing"}},
		{q: pqDeeper, answer: "not really, we mostly swap memes",
			want: []string{"memes"}},
	})
}

// TestTaughtWithoutLaughterNotLaughed: being shown how to do something is
// no shared laugh unless the answer tells of one.
func TestTaughtWithoutLaughterNotLaughed(t *testing.T) {
	for v := range 3 {
		got := acknowledgeIn(Question{Text: pqGoodWeek}, "my niece showed me how to set up my new phone", nil, v)
		if strings.Contains(strings.ToLower(got), "laugh") {
			t.Errorf("v%d: %q tells of laughing no one mentioned", v, got)
		}
	}
}

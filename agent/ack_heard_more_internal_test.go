package agent

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent/listen"
)

// TestAckHeardMore answers reflection answers whose point was lost: a
// week called bleak, an answer given by calling, a limit missing
// for someone always reachable, loneliness in a new place and a silence
// with whose it is. Each acknowledgement names the point in all three
// phrasings.
func TestAckHeardMore(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqGoodWeek, answer: "not much to be honest, it was a bleak one", want: []string{"hard|rough|sorry"}, avoid: []string{"quiet"}},
		{q: pqReadLong, answer: "I go through it slowly and then I ring them to talk it over.", want: []string{"call|voice|phone"}},
		{q: pqReached, answer: "always reachable, my phone is never off, even at night", want: []string{"reachable|always"}},
		{q: pqAlone, answer: "most evenings. i moved here in the spring and i still don't know anyone", want: []string{"alone|lonely", "new"}},
		{q: pqAlone, answer: "when my cousin didn't reply to my texts all week", want: []string{"cousin", "reply|answer|hearing back"}},
		{q: pqWriteFirst, answer: "my brother never texts me first", avoid: []string{"not answering", "hearing back"}},
	})
}

// TestAckSettlesTheDoubt answers a doubt asked about an answer by the
// word it was asked with ("is that bad?" is "not bad"), and a "nobody"
// told of what happens each time an answer picks something else is no
// answer that the person has nobody.
func TestAckSettlesTheDoubt(t *testing.T) {
	const qCircle = "Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?"
	tests := []struct{ q, answer, want, avoid string }{
		{pqUnderstood, "none come to mind really. is that bad?", "not bad", ""},
		{pqReadLong, "i answer when i can give it time, sometimes the next day. is that rude?", "not rude", ""},
		{qCircle, "a wider circle i think, whenever a friendship ends i have no one at all", "wider circle", "next questions"},
	}
	for _, tt := range tests {
		for v := range 3 {
			got := strings.ToLower(acknowledgeIn(Question{Text: tt.q}, tt.answer, nil, v))
			if !strings.Contains(got, tt.want) || tt.avoid != "" && strings.Contains(got, tt.avoid) {
				t.Errorf("v%d: %q → %q, want %q and not %q", v, tt.answer, got, tt.want, tt.avoid)
			}
		}
	}
}

// TestStepUntaken reads a verb the answer says is not done, or a chore
// of habit, as no step; a step with someone stays one, and the person's
// own shrug at what they send is not part of it.
func TestStepUntaken(t *testing.T) {
	tests := []struct {
		answer string
		step   bool
	}{
		{"i don't tell my brother much", false},
		{"she never calls him back", false},
		{"i always have to text her first", false},
		{"always i must write him", false},
		{"text her on sunday", true},
		{"call my dad after work", true},
		{"i'm too nervous to ask her", false},
	}
	for _, tt := range tests {
		if got := listen.IsStep(tt.answer, nil); got != tt.step {
			t.Errorf("IsStep(%q) = %v, want %v", tt.answer, got, tt.step)
		}
	}
	s, ok := listen.FindStep([]string{"send tom that dumb video from the trip"}, []string{"tom"})
	if !ok || strings.Contains(s.Phrase, "dumb") || !strings.Contains(s.Phrase, "video") {
		t.Errorf("FindStep → %q, %v: want the video without the shrug", s.Phrase, ok)
	}
}

// TestAckFullDays names time as what gets in the way when the answer
// tells of days too full, by the jobs they hold.
func TestAckFullDays(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqInTheWay, answer: "two jobs and a toddler, the evenings just vanish", want: []string{"time|busy|full"}},
	})
}

// TestAckNamedPointsMore names, without saying the answer back: honesty
// about the good times only, muting what drained and feeling better,
// care brought by someone, answering by the pace of the other's replies,
// freezing for want of words, and a last real talk that never was or
// cannot be recalled, with whom.
func TestAckNamedPointsMore(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqHonest, answer: "i share the good news easily, the hard stuff not really", want: []string{"down|hard"}},
		{q: pqDrainWeek, answer: "not lately, i muted a bunch of accounts in june and feel calmer", want: []string{"mute", "better|calm"}},
		{q: pqGoodWeek, answer: "my colleague priya dropped round and brought me soup after my surgery", avoid: []string{"you didn't ask for is worth"}},
		{q: pqGoodWeek, answer: "my aunt Wen cooked me dinner when i had the flu", want: []string{"wen"}},
		{q: pqComfort, answer: "i go by how quickly they text back and copy that", want: []string{"cue|reply"}},
		{q: pqReadLong, answer: "i freeze. i don't know what to say so i send a sad face", want: []string{"say|words"}},
		{q: pqDeeper, answer: "never really, to be fair", earlier: []string{"my cousin Ilse"}, want: []string{"ilse", "never|not yet"}},
		{q: pqDeeper, answer: "i honestly cant recall. says a lot", earlier: []string{"my uncle Tomas"}, want: []string{"tomas", "remember"}},
	})
}

// TestAckNamedPointsShowingUp names, in the companion's words, a trip
// made with something to celebrate, a quick word that felt too little,
// comments as talking, an app that gives away where one goes, a limit on
// hearing the same thing daily, being glad someone exists, being safe to
// be around and being slow to know.
func TestAckNamedPointsShowingUp(t *testing.T) {
	const qNews = "Think of a recent time someone had good or bad news. How did you respond?"
	const qScroll = "How much of your time online goes on scrolling and liking, and how much on actually talking with people?"
	const qLimit = "Is there a limit you'd like someone to know about? How could you say it clearly and kindly?"
	const qSelf = "What do you hope a friend would say about how it feels to be close to you?"
	checkPoints(t, []pointCase{
		{q: qNews, answer: "my cousin Aoife passed her driving test so i took the train up with a bottle of prosecco", want: []string{"aoife", "showing up"}},
		{q: qNews, answer: "my teammate Piotr became a dad and i only sent a thumbs up. wish i'd said more", want: []string{"piotr", "more"}},
		{q: qScroll, answer: "half and half? i mostly comment on people's photos", want: []string{"comment", "talk"}},
		{q: pqPrivate, answer: "i never post my address but snap map shows where i am all the time lol", want: []string{"location|where you go"}},
		{q: qLimit, answer: "my brother Sam needs to know i cant hear about his job drama every day", want: []string{"sam"}},
		{q: pqMeanTo, answer: "honestly just that im glad she's in my life", want: []string{"glad"}},
		{q: qSelf, answer: "that they can be goofy around me and i never judge them", want: []string{"safe|judg"}},
		{q: qSelf, answer: "probably that i'm guarded at first", want: []string{"open up|let people in|get to know"}},
	})
}

// TestAckCommentsNegated leaves comments never made out of the line that
// calls comments talking.
func TestAckCommentsNegated(t *testing.T) {
	const qScroll = "How much of your time online goes on scrolling and liking, and how much on actually talking with people?"
	for v := range 3 {
		if got := acknowledgeIn(Question{Text: qScroll}, "i scroll for hours and i never comment on anything", nil, v); strings.Contains(got, "Comment") {
			t.Errorf("v%d: never commenting → %q", v, got)
		}
	}
}

// TestAckFrontAndWhere names the lighter side kept up while no one sees
// the harder part, with whom the person is open, and where things are
// overshared rather than a topic made of the place.
func TestAckFrontAndWhere(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqHonest, answer: "my brother Kofi gets all of it. at work im the happy one and no one knows im struggling", want: []string{"kofi"}},
		{q: pqHonest, answer: "i'm the strong one in my family, i never tell them when it's bad", want: []string{"fine|lighter|carry|hidden"}},
		{q: pqPrivate, answer: "my job stays private, but i vent on my insta stories and feel silly afterwards", want: []string{"insta"}, avoid: []string{"your insta is what"}},
	})
}

// TestAckLossGap names a last real talk at a loss, with the quiet since:
// sorry first, then with whom and the gap.
func TestAckLossGap(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDeeper, answer: "probably at grandad's funeral with Ruth, two years ago. not properly since", earlier: []string{"my cousin Ruth"},
			want: []string{"sorry", "ruth", "since|back then"}},
		{q: pqDeeper, answer: "after mum died, me and Theo stayed up all night talking. we haven't spoken like that since", earlier: []string{"Theo and my aunt"},
			want: []string{"sorry", "theo"}},
	})
}

// TestAckTimeInTheWay names time as what gets in the way when the days
// are used up by jobs or children, before the tiredness they leave.
func TestAckTimeInTheWay(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqInTheWay, answer: "time honestly. night shifts and two toddlers, i'm wrecked by the evening", want: []string{"time"}, avoid: []string{"wrecked"}},
	})
}

// TestAckNewsToldBy names the one who told the news as the one to catch
// up with, when it is them the person did not follow up.
func TestAckNewsToldBy(t *testing.T) {
	const qNews = "Think of a recent time someone had good or bad news. How did you respond?"
	for v := range 3 {
		got := acknowledgeIn(Question{Text: qNews}, "a colleague told me her son was in hospital and i never asked her about it again. i feel terrible", nil, v)
		if !strings.Contains(got, "with her") {
			t.Errorf("v%d: → %q, want the colleague (her) to catch up with, not her son", v, got)
		}
	}
}

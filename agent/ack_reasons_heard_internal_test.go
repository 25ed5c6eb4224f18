package agent

import "testing"

// TestAckInTheWayWithWhomBefore names what gets in the way with the one
// person an earlier answer named, when the answer itself names no one:
// the question asks about them.
func TestAckInTheWayWithWhomBefore(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqInTheWay, answer: "it's just awkward now, been so long i wouldn't know how to begin", earlier: []string{"my old flatmate priya"},
			want: []string{"priya", "awkward", "start"}},
		{q: pqInTheWay, answer: "honestly it feels weird after all this time, no idea how to bring it up", earlier: []string{"my uncle tomas"},
			want: []string{"tomas"}},
	})
}

// TestAckLossGapWithWhomBefore names a last real talk before a loss, and
// the small talk since, with the person the earlier answer named: "we" is
// the person and them, not the one who died.
func TestAckLossGapWithWhomBefore(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDeeper, answer: "when grandad passed we talked all night. since then it's only been chit chat", earlier: []string{"my cousin bilal"},
			want: []string{"sorry", "bilal"}},
		{q: pqDeeper, answer: "we used to talk for hours before dad died, now it's mostly logistics", earlier: []string{"my brother Jonah"},
			want: []string{"sorry", "jonah"}},
	})
}

// TestAckCircleWithBigGroupsHard names the circle picked, with big groups
// named as hard, when what is said of them is feeling left out or unseen.
func TestAckCircleWithBigGroupsHard(t *testing.T) {
	const qCircle = "Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?"
	checkPoints(t, []pointCase{
		{q: qCircle, answer: "a couple of close ones. at big parties i always end up on the edge of things", want: []string{"close", "big groups"}},
		{q: qCircle, answer: "few. in large groups i feel like nobody notices me", want: []string{"close", "big groups"}},
	})
}

// TestAckOnlineNeitherSide names time online that goes on neither
// scrolling nor talking, rather than saying it back.
func TestAckOnlineNeitherSide(t *testing.T) {
	const qScroll = "How much of your time online goes on scrolling and liking, and how much on actually talking with people?"
	checkPoints(t, []pointCase{
		{q: qScroll, answer: "i barely scroll and i hardly message anyone either, my phone just sits there", want: []string{"neither|not much scrolling"}},
		{q: qScroll, answer: "neither really, i'm not much of a phone person", want: []string{"neither|not much scrolling"}},
	})
}

// TestAckEnergyInPersonOverTexting names the place that gives beside the
// chat or texting that takes, when the feeling about the second comes in
// a sentence of its own.
func TestAckEnergyInPersonOverTexting(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqEnergy, answer: "seeing people in person, always. texting makes me so anxious", want: []string{"in person", "texting"}},
		{q: pqEnergy, answer: "calls for sure. chats stress me out, i reread everything", want: []string{"calls", "chats"}},
	})
}

// TestAckUnderstoodBesideNews names what made the person feel understood
// when hard news comes with it, the news met first and briefly; someone
// ill beside whoever was there keeps its own line.
func TestAckUnderstoodBesideNews(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqUnderstood, answer: "a woman at the hospice, after my mum's diagnosis. she just knew, i didnt need to explain anything",
			want: []string{"understood"}},
		{q: pqUnderstood, answer: "when my dad was in hospital my neighbour Olu sat with me and let me talk",
			want: []string{"olu"}},
	})
}

// TestAckKinAsRole does not take "a dad" or "a mum" for the person's own
// parent: the talk was with the one who rang.
func TestAckKinAsRole(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDeeper, answer: "last week my sister called me late and told me she's terrified of being a mum. we talked for hours, realest in ages",
			earlier: []string{"my sister"}, want: []string{"sister"}, avoid: []string{"mum"}},
	})
}

package agent

import (
	"strings"
	"testing"
)

// Good small moments, effort that is not returned, a slow pace of one's
// own and help given to a friend in trouble are named by their point, not
// said back.
func TestAckMomentsNamed(t *testing.T) {
	const qNews = "Think of a recent time someone had good or bad news. How did you respond?"
	checkPoints(t, []pointCase{
		{q: pqGoodWeek, answer: "my sisters daughter drew me a picture of a horse and tbh it was the nicest bit of the day",
			want: []string{"your sister's daughter", "week"}, avoid: []string{"tbh", "horse"}},
		{q: pqGoodWeek, answer: "dinner with my dad, no phones on the table, we just chatted for hours",
			want: []string{"your dad", "phone"}},
		{q: pqWhoWeek, answer: "i texted like 6 people and not one of them wrote back lol",
			want: []string{"reach"}, avoid: []string{"lol"}},
		{q: pqWhoWeek, answer: "me: loads. them: zero. story of my life",
			want: []string{"one way|one-sided"}},
		{q: pqReadLong, answer: "I go over them a few times. I read it again later and take my time to reply, my daughter thinks that's odd",
			want: []string{"time|care|thought"}, avoid: []string{"daughter thinks", "odd"}},
		{q: qNews, answer: "my mate Jonah lost his job last month so i offered to drive him to interviews",
			want: []string{"jonah", "help"}},
	})
}

// Someone's news told inside a relative clause ("my friend whose mum has
// dementia") is never said back with its verb turned to an -ing form.
func TestNewsPhraseRelativeClause(t *testing.T) {
	for _, text := range []string{
		"my friend whose mum also has dementia called me",
		"my colleague whose dad has cancer came to dinner",
		"my cousin who moved to leeds had a baby",
	} {
		got := newsPhrase(text, "")
		for _, bad := range []string{"whose", " who ", "having", "moving"} {
			if strings.Contains(got, bad) {
				t.Errorf("newsPhrase(%q) = %q, holds %q", text, got, bad)
			}
		}
		ack := acknowledgeIn(Question{Text: pqGoodWeek}, text, nil, 0)
		if strings.Contains(ack, "whose") && strings.Contains(ack, "having") {
			t.Errorf("%q → %q: a relative clause said back out of grammar", text, ack)
		}
	}
}

// A word that only follows a number counts something; it names no one.
func TestUnitAfterNumberNoName(t *testing.T) {
	a := "we played cards for 40 min and laughed the whole time"
	for _, n := range answerNames(a) {
		if strings.EqualFold(n, "min") {
			t.Errorf("answerNames(%q) holds %q", a, n)
		}
	}
	if got := answerNames("Min came round for tea"); len(got) == 0 {
		t.Errorf("a capitalised Min is still a name, got %v", got)
	}
}

// Something seen from an ex's circle is named as that, not said back.
func TestAckExCircleNamed(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDrainWeek, answer: "wedding pics from my exs sister popped up, why am i still following her lol",
			want: []string{"wedding", "ex's sister"}, avoid: []string{"lol", "congrat", "an wedding"}},
		{q: pqDrainWeek, answer: "a baby announcement by my ex's best mate. great",
			want: []string{"a baby announcement", "ex's"}},
	})
}

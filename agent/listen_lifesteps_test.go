package agent_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// choiceIDs lists the ids of the choices offered in rs.
func choiceIDs(rs []agent.Reply) []string {
	var ids []string
	for _, r := range rs {
		for _, c := range r.Choices {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

// TestListenOthersAheadIsAnAche checks that others' steps of life told
// beside the person's own lack of them are heard as an ache: no
// congratulations, no draft, room to say more and a gentle step.
func TestListenOthersAheadIsAnAche(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{
		"all my mates have got engaged this year and i'm 29 and still single",
		"my younger brother is having his second kid and i've got no partner at all",
		"everybody from uni is buying houses and im still renting a room, feels rubbish",
	} {
		p := fmt.Sprintf("ahead%d", i)
		h.send(p, "hi", "")
		rs := h.send(p, text, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) || strings.Contains(got, "congrat") || strings.Contains(got, "brilliant news") || strings.Contains(got, "from the guide") {
			t.Errorf("%q was not heard as an ache:\n%s", text, got)
		}
		if !strings.Contains(got, "?") || len(choiceIDs(rs)) == 0 || len(choiceIDs(rs)) > 3 {
			t.Errorf("%q left no room or no gentle step: %q %v", text, got, choiceIDs(rs))
		}
		if !strings.Contains(got, "hard") && !strings.Contains(got, "sting") && !strings.Contains(got, "lonely") {
			t.Errorf("%q: the ache is not named:\n%s", text, got)
		}
	}
	// The person's own step is still theirs to celebrate.
	h.send("own", "hi", "")
	if got := strings.ToLower(allText(h.send("own", "we just got engaged last night!!", ""))); strings.Contains(got, "left behind") {
		t.Errorf("the person's own engagement was heard as being left behind:\n%s", got)
	}
}

// TestListenTheirMilestoneGladFirst checks that a round birthday of
// someone dear is met gladly with one tap to write to them, and that
// the tap starts the draft.
func TestListenTheirMilestoneGladFirst(t *testing.T) {
	h := newHarness(t)
	for i, tc := range []struct{ text, who string }{
		{"my grandad is turning 90 on sunday!", "grandad"},
		{"my aunt turns 50 today, big party tonight", "aunt"},
		{"my godmother is 70 today", "godmother"},
		{"it's my nan's 80th tomorrow", "nan"},
	} {
		p := fmt.Sprintf("mile%d", i)
		h.send(p, "hi", "")
		rs := h.send(p, tc.text, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) {
			t.Errorf("%q started a draft unasked:\n%s", tc.text, got)
			continue
		}
		write := ""
		for _, r := range rs {
			for _, c := range r.Choices {
				if strings.Contains(strings.ToLower(c.Label), tc.who) {
					write = c.ID
				}
			}
		}
		if n := len(choiceIDs(rs)); write == "" || n > 3 {
			t.Errorf("%q: want a tap to write to %s and no menu, got %v:\n%s", tc.text, tc.who, choiceIDs(rs), got)
			continue
		}
		if !strings.Contains(got, "milestone") && !strings.Contains(got, "lovely") {
			t.Errorf("%q was not met gladly:\n%s", tc.text, got)
		}
		if next := h.send(p, "", write); !draftStarted(next) {
			t.Errorf("%q: the tap did not start a draft:\n%s", tc.text, allText(next))
		}
	}
	// A child's age told with a hurt is no milestone to celebrate.
	h.send("kid", "hi", "")
	if got := strings.ToLower(allText(h.send("kid", "my daughter is 4 and hasn't slept through in a week", ""))); strings.Contains(got, "milestone") {
		t.Errorf("an age told in passing was read as a milestone:\n%s", got)
	}
}

// TestListenEarlyBirthNewsAndWorry checks that a baby born early or kept
// in hospital is met as news and a worry together: never plain
// congratulations, never the guide, and asked after.
func TestListenEarlyBirthNewsAndWorry(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{
		"our little boy arrived 7 weeks early and he's in an incubator",
		"my niece was born premature last night, she's in the neonatal unit",
		"my best mate's baby came way early, she's in nicu for now",
	} {
		p := fmt.Sprintf("early%d", i)
		h.send(p, "hi", "")
		rs := h.send(p, text, "")
		got := strings.ToLower(allText(rs))
		if strings.Contains(got, "from the guide") || strings.Contains(got, "wonderful news") || strings.Contains(got, "well done") || draftStarted(rs) {
			t.Errorf("%q was not met as news and worry:\n%s", text, got)
		}
		if !strings.Contains(got, "worry") || !strings.Contains(got, "?") {
			t.Errorf("%q: the worry is not named, or nothing asked:\n%s", text, got)
		}
		if n := len(choiceIDs(rs)); n != 1 {
			t.Errorf("%q: want one step, got %v", text, choiceIDs(rs))
		}
	}
}

// TestListenMixedChangeBothSides checks that a change of the person's own
// told with mixed feelings is heard as a change with both sides named.
func TestListenMixedChangeBothSides(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{
		"We return to our country in summer after eight years here. Very mixed feelings",
		"i relocate to Toronto in 3 weeks, happy and sad same time",
		"leaving for a job in Dubai next month and honestly its bittersweet",
	} {
		p := fmt.Sprintf("mixed%d", i)
		h.send(p, "hi", "")
		rs := h.send(p, text, "")
		got := strings.ToLower(allText(rs))
		if strings.Contains(got, "from the guide") || strings.Contains(got, "doesn't cover") {
			t.Errorf("%q was answered from the guide:\n%s", text, got)
		}
		if !strings.Contains(got, "change") || !strings.Contains(got, "both") {
			t.Errorf("%q: the change or its two sides are not named:\n%s", text, got)
		}
		if n := len(choiceIDs(rs)); n == 0 || n > 3 {
			t.Errorf("%q: want a step that fits, got %v", text, choiceIDs(rs))
		}
	}
}

// TestListenToldOthersNews checks that news about a third person told on
// to someone close is heard: whose news it is, to whom it went, and how
// it went, never answered from the guide.
func TestListenToldOthersNews(t *testing.T) {
	h := newHarness(t)
	for i, tc := range []struct{ text, owner, told string }{
		{"told my gran about my cousin's engagement", "cousin", "gran"},
		{"just told my dad about my brother's diagnosis", "brother", "dad"},
		{"told my flatmate about my sister's new boyfriend and she was thrilled", "sister", "flatmate"},
	} {
		p := fmt.Sprintf("told%d", i)
		h.send(p, "hi", "")
		rs := h.send(p, tc.text, "")
		got := strings.ToLower(allText(rs))
		if strings.Contains(got, "the guide") || draftStarted(rs) {
			t.Errorf("%q was not heard:\n%s", tc.text, got)
		}
		if !strings.Contains(got, "your "+tc.owner+"'s") || !strings.Contains(got, "your "+tc.told) || !strings.Contains(got, "?") {
			t.Errorf("%q: want whose news, to whom, and a question:\n%s", tc.text, got)
		}
	}
}

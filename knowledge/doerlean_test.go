package knowledge

import (
	"github.com/companion-dev/companion/agent"
	"slices"
	"testing"
)

// TestWhoseSilenceSteersTheSection checks that whose silence a question
// speaks of picks the section: the asker waiting on someone else is never
// answered from the section on being slow to answer oneself, and the one
// who has not answered is never sent to the sections on being ignored.
func TestWhoseSilenceSteersTheSection(t *testing.T) {
	kb, err := Load(Options{Asked: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	const own = "ghosting/when-you-are-the-one-who-hasn-t-replied"
	for _, q := range []string{
		"my cousin has left all my texts unanswered since easter, why is she doing this",
		"a guy from my course hasnt texted back in ages, is it something i said",
		"how should i chase up a colleague who hasnt answered since friday",
		"my flatmate saw my message on tuesday and still nothing, what is going on",
	} {
		if hits := kb.Search(q, 1); len(hits) > 0 && hits[0].ID == own {
			t.Errorf("%q: answered from %s, about the asker's own silence", q, own)
		}
	}
	for _, q := range []string{
		"i ignored my friends message for a month, how do i answer now",
		"is it rude that i never write back to my aunt",
	} {
		hits := kb.Search(q, 1)
		if len(hits) == 0 || hits[0].ID != own {
			t.Errorf("%q: want %s first, got %v", q, own, ids(hits))
		}
	}
}

// TestDoerLeansOnlySplitConcepts checks that a section leans to a doer only
// for a concept the guide answers differently by doer.
func TestDoerLeansOnlySplitConcepts(t *testing.T) {
	kb, err := Load(Options{Asked: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string][]string{}
	for i, l := range kb.idx.leans {
		byID[kb.sections[i].ID] = l
	}
	if !slices.Contains(byID["ghosting/when-you-are-the-one-who-hasn-t-replied"], "~silence@self") {
		t.Errorf("the section on one's own slow replies leans %v, want ~silence@self", byID["ghosting/when-you-are-the-one-who-hasn-t-replied"])
	}
	if !slices.Contains(byID["ghosting"], "~silence@other") {
		t.Errorf("the section on someone going quiet leans %v, want ~silence@other", byID["ghosting"])
	}
	// Making friends is always the asker's own: no section leans on it.
	for id, l := range byID {
		for _, term := range l {
			if c, _ := splitDoer(term); c == conceptPrefix+"make_friends" {
				t.Errorf("%s leans on %s, a concept every section reads one way", id, term)
			}
		}
	}
}

func ids(secs []agent.Section) []string {
	var out []string
	for _, s := range secs {
		out = append(out, s.ID)
	}
	return out
}

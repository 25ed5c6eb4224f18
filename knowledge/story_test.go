package knowledge

import "testing"

func TestAskingSentence(t *testing.T) {
	tests := []struct{ query, want string }{
		{"how do i make friends in a new city", ""},
		{"we moved here in june. i know nobody. how do i meet people? thanks", "how do i meet people?"},
		{"she went quiet a month ago. i keep checking my phone. should i text again", "should i text again"},
		{"is it weird to ask her? we only met once", "is it weird to ask her?"},
	}
	for _, tt := range tests {
		if got := askingSentence(tt.query); got != tt.want {
			t.Errorf("askingSentence(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

// A section that speaks to the sentence that asks covers more of a long
// question than the words of the story alone would let it.
func TestStoryCountsLessInCoverage(t *testing.T) {
	q := "my husband got a job abroad and the kids started at a school there. i sit at home all day. how do i make friends in a new place?"
	cs := querySynonyms.concepts(words(q), nil)
	less := storyLess(cs, q)
	var asked, story bool
	for i, c := range cs {
		switch {
		case less[i].count == c.count:
			asked = true
		case less[i].count == c.count*storyCount:
			story = true
		default:
			t.Errorf("concept %v counts %.2f, want %.2f or %.2f", c.stems, less[i].count, c.count, c.count*storyCount)
		}
	}
	if !asked || !story {
		t.Errorf("want words of the question at full count and of the story at %.1f, got asked %v, story %v", storyCount, asked, story)
	}
	if got := storyLess(cs, "how do i make friends in a new place"); &got[0] != &cs[0] {
		t.Error("a question of one sentence should keep its counts")
	}
}

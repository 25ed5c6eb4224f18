package agent

import "testing"

func TestListenAheadTold(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"our little one is due in three weeks", true},
		{"we tie the knot next month, we get married on the 14th of june", true},
		{"moving day is in a fortnight", true},
		{"i start my new role in a couple of weeks", true},
		{"twins due any day now and the nursery isn't even painted", true},
		{"my cousin is due in april!", true},
		{"my best friend is moving to perth in march and i'm not ok about it", false},
		{"the wedding was last weekend and it was perfect", false},
		{"how do i get ready for the baby coming in 5 weeks?", false},
		{"the bus is due in 5 minutes", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if _, got := aheadTold(tc.text); got != tc.want {
				t.Errorf("aheadTold(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestListenComparingAche(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"all my mates have kids now and i can't even get a second date", true},
		{"half my friends are engaged and meanwhile i'm 31 and still single", true},
		{"everybody around me is buying houses and i'm stuck renting a room", true},
		{"everyone at work is getting married this year, so many weddings", false},
		{"all my friends are having babies, any gift ideas?", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := comparingAche(tc.text); got != tc.want {
				t.Errorf("comparingAche(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestListenMilestoneTold(t *testing.T) {
	for _, tc := range []struct {
		text, who string
	}{
		{"grandad turns 90 today!", "Grandad"},
		{"my parents are celebrating their golden anniversary today", "your parents"},
		{"my aunt just turned 60 🎉", "your aunt"},
		// A milestone still to come is a reason to write ahead of it: the
		// draft starts, as for any birthday coming up.
		{"grandad turns 90 on sunday!", ""},
		{"my parents' golden anniversary is this weekend", ""},
		{"my aunt is turning 60 tomorrow", ""},
		{"any gift ideas for my sister shes turning 30", ""},
		{"help me write to my nan for her 100th", ""},
		{"can you write something for my dad, he turns 70 on friday", ""},
		{"i turn 30 next week", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got, _ := milestoneTold(tc.text); got != tc.who {
				t.Errorf("milestoneTold(%q) = %q, want %q", tc.text, got, tc.who)
			}
		})
	}
}

func TestListenChangeLeftWith(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"my housemate left last week and the place feels so empty", true},
		{"my daughter moved to spain, now it's just facetime on sundays", true},
		{"my neighbour moved away and it's weird not seeing her car", true},
		{"my brother is moving to leeds for work", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if _, got := changeLeftWith(tc.text); got != tc.want {
				t.Errorf("changeLeftWith(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestListenOwnChangeTold(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the adoption went through this morning, he's ours", true},
		{"our baby arrived last night, tiny and perfect", true},
		{"we're moving from the city out to the coast and i'm nervous", true},
		{"finally came out to my brother last night", true},
		{"my uncle is moving to spain", false},
		{"we adopted a kitten from the shelter", false},
		{"how do i make friends after moving from leeds to york?", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if _, got := ownChangeTold(tc.text); got != tc.want {
				t.Errorf("ownChangeTold(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestListenFoundOutAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the whole team went bowling on friday and i only saw it on their stories", true},
		{"my friends all went to the lake for the weekend but i found out on facebook", true},
		{"i found out from instagram that my cousin got engaged", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := foundOutAfter(tc.text); got != tc.want {
				t.Errorf("foundOutAfter(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestListenLowKindsBabyLossAndRusty(t *testing.T) {
	for _, tc := range []struct{ text, kind string }{
		{"we had a miscarriage in the spring and i still think about it", "baby loss"},
		{"the scan showed no heartbeat", "baby loss"},
		{"after two years of lockdowns and remote work my social skills are so rusty", "out of practice"},
		{"honestly i've forgotten how to socialise", "out of practice"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if k, _ := findLow(tc.text); k.name != tc.kind {
				t.Errorf("findLow(%q) = %q, want %q", tc.text, k.name, tc.kind)
			}
		})
	}
}

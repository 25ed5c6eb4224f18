package understand

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"reminding", "remind"}, {"reminded", "remind"}, {"reminders", "remind"}, {"texts", "text"},
		{"really", "real"}, {"yes", "yes"}, {"kiss", "kiss"}, {"bus", "bus"},
	}
	for _, tt := range tests {
		if got := stem(tt.in); got != tt.want {
			t.Errorf("stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFeatures(t *testing.T) {
	hashes := func(text string) []uint32 {
		hs, vs := features(tokens(text, nil), defaults.fw, nil, nil)
		var sum float64
		for _, v := range vs {
			sum += float64(v) * float64(v)
		}
		if math.Abs(sum-1) > 1e-5 {
			t.Errorf("features(%q) has length %v, want 1", text, math.Sqrt(sum))
		}
		return hs
	}
	shared := func(a, b string) bool {
		hb := hashes(b)
		for _, h := range hashes(a) {
			if h == hashOf(kindLength, lengthBucket(1), "") || h == hashOf(kindLength, lengthBucket(2), "") {
				continue
			}
			if slices.Contains(hb, h) {
				return true
			}
		}
		return false
	}
	class := hashOf(kindClass, "contacted", "")
	if !slices.Contains(hashes("rang"), class) || !slices.Contains(hashes("facetimed"), class) {
		t.Error(`"rang" and "facetimed" do not share the class "contacted"`)
	}
	halt := hashOf(kindIdea, "halt", "")
	if !slices.Contains(hashes("mute"), halt) || !slices.Contains(hashes("unsubscribe"), halt) {
		t.Error(`"mute" and "unsubscribe" do not share the idea "halt"`)
	}
	if skip := hashOf(kindSkip, "stop", "plan"); !slices.Contains(hashes("stop the plan"), skip) ||
		!slices.Contains(hashes("stop this plan"), skip) {
		t.Error(`"stop the plan" and "stop this plan" do not share the pair "stop … plan"`)
	}
	if !slices.Contains(hashes("u"), hashOf(kindWord, "you", "")) {
		t.Error(`"u" does not count as "you"`)
	}
	if !shared("thnks", "thanks") {
		t.Error(`"thnks" and "thanks" share no feature`)
	}
	if shared("😭", "🙏") {
		t.Error("two different emoji share a feature")
	}
	if !slices.Equal(hashes("Hey!!"), hashes("hey")) {
		t.Error(`"Hey!!" and "hey" differ`)
	}
}

func TestRowTable(t *testing.T) {
	// An odd multiplier is a bijection modulo 1<<hashBits: n distinct
	// hashes, none of them hash(n).
	hash := func(i uint32) uint32 { return (i * 2654435761) & hashMask }
	const n = 10_000
	tab := newRowTable(4)
	for i := range uint32(n) {
		if got := tab.getOrAdd(hash(i)); got != int32(i) {
			t.Fatalf("getOrAdd(hash(%d)) = %d, want %d", i, got, i)
		}
	}
	if tab.len() != n {
		t.Fatalf("len = %d, want %d", tab.len(), n)
	}
	for i := range uint32(n) {
		if r, ok := tab.get(hash(i)); !ok || r != int32(i) {
			t.Fatalf("get(hash(%d)) = %d, %v; want %d", i, r, ok, i)
		}
		if r := tab.getOrAdd(hash(i)); r != int32(i) {
			t.Fatalf("getOrAdd(hash(%d)) again = %d, want %d", i, r, i)
		}
	}
	if r, ok := tab.get(hash(n)); ok {
		t.Errorf("get found row %d for a hash never added", r)
	}
}

// TestGroupsDisjoint checks that no word is in two word classes or two
// ideas: a word in two would get whichever group the map kept last.
func TestGroupsDisjoint(t *testing.T) {
	for name, groups := range map[string][][2]string{"classGroups": classGroups, "conceptGroups": conceptGroups} {
		in := map[string]string{}
		for _, g := range groups {
			for _, w := range strings.Fields(g[1]) {
				if prev, ok := in[w]; ok {
					t.Errorf("%s: %q is in %q and %q", name, w, prev, g[0])
				}
				in[w] = g[0]
			}
		}
	}
}

// TestNegationFeatures checks that the words after a negation, within
// its clause and span, get a negated feature, and no others do.
func TestNegationFeatures(t *testing.T) {
	has := func(text, word string) bool {
		hs, _ := features(tokens(text, nil), defaults.fw, nil, nil)
		return slices.Contains(hs, hashOf(kindNeg, word, ""))
	}
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"dont stop the plan", "stop", true},
		{"don't stop the plan", "the", true},
		{"dont stop the plan", "plan", false}, // beyond the span
		{"stop the plan", "stop", false},
		{"no, stop the plan", "stop", false}, // another clause
		{"i never got a reply", "got", true},
	} {
		if got := has(tc.text, tc.word); got != tc.want {
			t.Errorf("%q: negated %q = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

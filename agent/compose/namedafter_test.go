package compose

import (
	"strings"
	"testing"
)

// TestBabyNameToldAsNews checks that a name the parents chose, told in a
// sentence of its own, is glad news of theirs and never a memory.
func TestBabyNameToldAsNews(t *testing.T) {
	cases := []struct{ text, want string }{
		{"my friend bea had her baby. they've called him otto", "Otto"},
		{"my cousin had twins last week, they christened them nell and bo", "Nell and Bo"},
		{"my brother's wife gave birth. we named him after our grandad", "after our grandad"},
	}
	for _, c := range cases {
		got := Write(Spec{Occasion: Congrats, Name: "Sam", Details: Parse(c.text, "Sam", Congrats)})
		if !strings.Contains(got, c.want) {
			t.Errorf("draft for %q: %q, want %q", c.text, got, c.want)
		}
		if strings.Contains(strings.ToLower(got), "remember") {
			t.Errorf("draft for %q tells the name as a memory: %q", c.text, got)
		}
	}
	if n, ok := namedAs("she called him back"); ok {
		t.Errorf("namedAs took %q for a name", n)
	}
}

package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// outsideFreshFloor is the share of fresh messages outside a flow whose
// reply must pass every check.
const outsideFreshFloor = 0.80

// TestOutsideFresh plays the fresh feelings and small talk of
// testdata/outside/fresh.tsv, a tune part written after tune.tsv in other
// words, and reports how many pass; it fails below the floor.
func TestOutsideFresh(t *testing.T) {
	if raceOn {
		t.Skip("plays sixty conversations; the code it runs is raced by TestOutsideTune")
	}
	cases := readOutside(t, "testdata/outside/fresh.tsv")
	h := newHarness(t)
	pass := map[string]int{}
	total := map[string]int{}
	all := 0
	for _, c := range cases {
		total[c.kind]++
		person := fmt.Sprintf("fresh%d", c.line)
		bad := outsideProblemsFor(h, person, c)
		if len(bad) == 0 {
			pass[c.kind]++
			all++
			continue
		}
		rs := h.send(person+"again", c.text, "")
		reply := ""
		if len(rs) > 0 {
			reply = rs[0].Text
		}
		t.Logf("line %d %s %q → %q: %s", c.line, c.kind, c.text, reply, strings.Join(bad, ", "))
	}
	for _, k := range []string{"low", "chat"} {
		t.Logf("fresh %s: %d/%d pass", k, pass[k], total[k])
	}
	share := float64(all) / float64(len(cases))
	t.Logf("fresh all: %d/%d = %.2f", all, len(cases), share)
	if share < outsideFreshFloor {
		t.Errorf("%.2f of fresh messages pass, want at least %.2f", share, outsideFreshFloor)
	}
}

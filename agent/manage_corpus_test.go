package agent

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// readIntentLines reads the texts of one label of the intent corpus.
func readIntentLines(t *testing.T, part, label string) []string {
	t.Helper()
	f, err := os.Open("understand/testdata/corpus/" + part + "/" + label + ".tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if _, text, ok := strings.Cut(sc.Text(), "\t"); ok {
			out = append(out, text)
		}
	}
	return out
}

// manageCoverage is the share of lines whose stop, pause or resume the
// exact reminder patterns (remind_stop) or plan patterns (plan_stop) read.
func manageCoverage(t *testing.T, part string, verbose bool) (remind, plan float64) {
	rs := readIntentLines(t, part, "remind_stop")
	hit := 0
	for _, s := range rs {
		if remindOp(foldText(s)) != "" {
			hit++
		} else if verbose {
			t.Logf("remind_stop missed: %q", s)
		}
	}
	remind = float64(hit) / float64(len(rs))
	ps := readIntentLines(t, part, "plan_stop")
	hit = 0
	for _, s := range ps {
		f := foldText(s)
		if rePlanWord.MatchString(f) && (rePlanStop.MatchString(f) || rePlanPause.MatchString(f) || reNoDaily.MatchString(f)) ||
			reNoDaily.MatchString(f) {
			hit++
		} else if verbose {
			t.Logf("plan_stop missed: %q", s)
		}
	}
	plan = float64(hit) / float64(len(ps))
	return remind, plan
}

// TestManageCoverageTune: the exact patterns were written against the
// tune part of the intent corpus.
func TestManageCoverageTune(t *testing.T) {
	r, p := manageCoverage(t, "tune", testing.Verbose())
	t.Logf("tune: remind_stop read %.3f, plan_stop read %.3f", r, p)
	if r < 0.8 || p < 0.8 {
		t.Errorf("coverage on tune: remind_stop %.3f, plan_stop %.3f; want at least 0.8", r, p)
	}
}

// TestManageCoverageHeldout measures the same on the held-out part, which
// was never read to write them.
func TestManageCoverageHeldout(t *testing.T) {
	r, p := manageCoverage(t, "heldout", false)
	t.Logf("held-out: remind_stop read %.3f, plan_stop read %.3f", r, p)
	if r < 0.6 || p < 0.6 {
		t.Errorf("coverage on held-out: remind_stop %.3f, plan_stop %.3f; want at least 0.6", r, p)
	}
}

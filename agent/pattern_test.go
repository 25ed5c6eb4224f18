package agent

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want []string // nil: no pre-check
	}{
		{`suicide`, []string{"suicide"}},
		{`\b(?:suicid\w*|unalive)\b`, []string{"suicid", "unalive"}},
		{`(?:take|took) my life`, []string{" my life"}},
		{`(?:want|wish) (?:to )?die`, []string{"die"}},
		{`(?:hello)+ there`, []string{" there"}},
		{`x{2,}yzw`, []string{"yzw"}},
		{`x{2,}yz`, nil}, // "yz" is too short to be worth it
		{`kill(?:ing)?`, []string{"kill"}},
		{`(?:ing)?`, nil},
		{`\w+`, nil},
		{`(?i)hello`, nil},
		{`die|dead`, nil}, // "die" and "dead" factor into d(?:ie|ead): "d" alone is too short
		{`no|never`, nil},
	}
	for _, tt := range tests {
		p := compilePattern(tt.expr)
		got := p.need
		if !slices.Equal(got, tt.want) {
			t.Errorf("compilePattern(%q).need = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// corpus is text the agent's patterns meet: the golden transcripts' lines
// and the safety phrasings, as typed, lower-cased and folded.
func corpus(t testing.TB) []string {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts: %v", err)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.SplitSeq(string(b), "\n") {
			lines = append(lines, strings.TrimLeft(l, ">C: "))
		}
	}
	lines = append(lines, crisisPhrases...)
	lines = append(lines, crisisNearMisses...)
	var out []string
	seen := map[string]bool{}
	for _, l := range lines {
		for _, v := range []string{l, strings.ToLower(l), " " + safetyFold(l) + " ", foldText(l)} {
			if !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	return out
}

// TestPatternPreChecksAreSound checks every pattern's pre-check against its
// expression: whenever the expression matches, the pre-check must pass.
func TestPatternPreChecksAreSound(t *testing.T) {
	if raceOn {
		t.Skip("matches every pattern against every transcript line; make test runs it without -race")
	}
	texts := corpus(t)
	matched := 0
	for _, p := range patterns {
		for _, s := range texts {
			if p.Regexp.MatchString(s) {
				matched++
				if !p.possible(s) {
					t.Errorf("%q matches %q but its pre-check %q says it cannot", p, s, p.need)
				}
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d matches over the corpus: the test checks too little", matched)
	}
}

// TestPatternPreChecksPrune checks that the pre-checks do their job: on
// everyday messages nearly every safety rule is skipped without running.
func TestPatternPreChecksPrune(t *testing.T) {
	rules := harmRules
	withCheck := 0
	for _, r := range rules {
		if r.re.need != nil {
			withCheck++
		}
	}
	if withCheck < len(rules)*9/10 {
		t.Errorf("%d of %d safety rules have a pre-check, want 90%%", withCheck, len(rules))
	}
	for _, msg := range []string{"Sam", "warmer", "my old college friend from uni", "the road trip to the coast",
		"how do I reach out after a long time?", "2"} {
		s := " " + safetyFold(msg) + " "
		ran := 0
		for _, r := range rules {
			if r.re.possible(s) {
				ran++
			}
		}
		if ran > len(rules)/5 {
			t.Errorf("%q: %d of %d safety rules had to run", msg, ran, len(rules))
		}
	}
}

// FuzzPatternPreCheck checks the same on mutated text. Its seeds are a
// sample of the corpus: TestPatternPreChecksAreSound reads all of it.
func FuzzPatternPreCheck(f *testing.F) {
	for i, s := range corpus(f) {
		if i%16 == 0 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range patterns {
			if p.Regexp.MatchString(s) && !p.possible(s) {
				t.Fatalf("%q matches %q but its pre-check %q says it cannot", p, s, p.need)
			}
		}
	})
}

// TestPatternsHaveNoControlCharacters catches a "\b" typed where a
// word boundary was meant but a backspace was written.
func TestPatternsHaveNoControlCharacters(t *testing.T) {
	for _, p := range patterns {
		if i := strings.IndexFunc(p.String(), func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' }); i >= 0 {
			t.Errorf("pattern %q has a control character at %d", p.String(), i)
		}
	}
}

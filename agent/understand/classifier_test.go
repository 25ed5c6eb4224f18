package understand

import (
	"math"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// checkResult fails t unless r is a well-formed result for text.
func checkResult(t *testing.T, c *Classifier, text string, r Result) {
	t.Helper()
	if r.Label == "" {
		if r.Confidence != 0 || len(r.Ranked) != 0 || r.Sure() {
			t.Errorf("Classify(%q): empty label with %+v", text, r)
		}
		return
	}
	if !slices.Contains(c.Labels(), r.Label) {
		t.Errorf("Classify(%q): unknown label %q", text, r.Label)
	}
	if len(r.Ranked) == 0 || len(r.Ranked) > rankedLen || r.Ranked[0] != (Scored{r.Label, r.Confidence}) {
		t.Errorf("Classify(%q): Ranked %+v does not start with %s %.3f", text, r.Ranked, r.Label, r.Confidence)
	}
	var sum float64
	for i, s := range r.Ranked {
		if math.IsNaN(s.Confidence) || s.Confidence < 0 || s.Confidence > 1 {
			t.Errorf("Classify(%q): confidence %v out of [0, 1]", text, s.Confidence)
		}
		if i > 0 && s.Confidence > r.Ranked[i-1].Confidence {
			t.Errorf("Classify(%q): Ranked not best first: %+v", text, r.Ranked)
		}
		sum += s.Confidence
	}
	if sum > 1+1e-9 {
		t.Errorf("Classify(%q): confidences add up to %v", text, sum)
	}
}

func TestClassifyOddInput(t *testing.T) {
	c := Default()
	long := strings.Repeat("my friend and i used to talk every day but now it is different. ", 500)
	for _, text := range []string{
		"", " ", "\x00", "\xff\xfe\xfd", "ok\xffthen", "!!!", "???", "😭", "🙏🏽🙏🏽",
		strings.Repeat("a", 100_000), long + "how do i fix this?", strings.Repeat("😂", 5000),
		strings.Repeat("\u0301", 1000), "<script>alert(1)</script>", "ｈｅｌｌｏ",
	} {
		r := c.Classify(text)
		checkResult(t, c, text, r)
	}
	if r := c.Classify(""); r.Label != "" {
		t.Errorf("Classify(\"\") = %+v, want no label", r)
	}
	if r := c.Classify("?!.,"); r.Label == "" {
		t.Errorf(`Classify("?!.,") gave no label; a lone question mark is still a message`)
	}
}

func TestClassifyDeterministic(t *testing.T) {
	examples, err := builtinCorpus()
	if err != nil {
		t.Fatal(err)
	}
	a, b := Default().m, train(examples, defaults)
	if !slices.Equal(a.w, b.w) || !slices.Equal(a.bias, b.bias) || !slices.Equal(a.labels, b.labels) {
		t.Fatal("two trainings on the same corpus gave different weights")
	}
	other := defaults
	other.seed++
	if c := train(examples, other); slices.Equal(a.w, c.w) {
		t.Error("another seed gave the same weights: the seed is not used")
	}
	c := Default()
	for _, e := range examples[:min(len(examples), 200)] {
		r1, r2 := c.Classify(e.text), c.Classify(e.text)
		if r1.Label != r2.Label || r1.Confidence != r2.Confidence || !slices.Equal(r1.Ranked, r2.Ranked) {
			t.Fatalf("Classify(%q) twice: %+v then %+v", e.text, r1, r2)
		}
	}
}

func TestClassifyConcurrent(t *testing.T) {
	c := Default()
	texts := []string{"hey", "make it shorter", "remind me to call mum on sunday", "i feel alone", "nah"}
	want := make([]Result, len(texts))
	for i, s := range texts {
		want[i] = c.Classify(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for range 8 {
		wg.Go(func() {
			for i, s := range texts {
				if got := c.Classify(s); got.Label != want[i].Label || got.Confidence != want[i].Confidence {
					errs <- s
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("Classify(%q) differs when called concurrently", s)
	}
}

func TestSure(t *testing.T) {
	tests := []struct {
		r    Result
		want bool
	}{
		{Result{}, false},
		{Result{Label: Yes, Confidence: SureThreshold}, true},
		{Result{Label: Yes, Confidence: SureThreshold - 0.01}, false},
		{Result{Label: Yes, Confidence: 1}, true},
	}
	for _, tt := range tests {
		if got := tt.r.Sure(); got != tt.want {
			t.Errorf("%+v.Sure() = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func FuzzClassify(f *testing.F) {
	for _, s := range []string{"", "hey", "make it warmer pls 🙏", "\xff", "why??", strings.Repeat("so ", 300)} {
		f.Add(s)
	}
	c := Default()
	f.Fuzz(func(t *testing.T, text string) {
		r := c.Classify(text)
		checkResult(t, c, text, r)
		if (r.Label == "") != (len(tokens(text, nil)) == 0) {
			t.Errorf("Classify(%q) = %+v, but tokens are %q", text, r, tokens(text, nil))
		}
		if again := c.Classify(text); again.Label != r.Label || again.Confidence != r.Confidence {
			t.Errorf("Classify(%q) not repeatable", text)
		}
	})
}

// cpuTime is the CPU time the process has used, in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// TestEmojiMeaning checks that an emoji the corpus never has on its own is
// read by the meaning it shares with those it has: a no-entry sign
// declines, a hundred points agrees, a yawn or a crescent moon says good
// night, a skip key or an arrow moves on.
func TestEmojiMeaning(t *testing.T) {
	c := Default()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"⛔", []string{Cancel, No}},
		{"💯", []string{Yes, Done}},
		{"🥱", []string{Goodbye}},
		{"🌛", []string{Goodbye}},
		// The media keys and arrows are emoji too: a fast-forward
		// or a curved arrow alone moves on.
		{"⏯️", []string{Skip}},
		{"↪️", []string{Skip}},
		{"⤵", []string{Skip}},
	} {
		if r := c.Classify(tc.text); !slices.Contains(tc.want, r.Label) {
			t.Errorf("%s → %s (%.2f), want one of %v", tc.text, r.Label, r.Confidence, tc.want)
		}
	}
}

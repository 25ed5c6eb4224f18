package agent

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/companion-dev/companion/agent/understand"
)

// TestClassifyOnce checks that the table of results gives every caller
// what the classifier itself says of the text, whoever classified it
// first, with many conversations at once.
func TestClassifyOnce(t *testing.T) {
	texts := []string{"remind me to call gran on sundays", "stop the plan", "hiya", "what do you keep about me",
		"my knee has hurt for a week", "ok", "", "🙂"}
	for i := range 40 {
		texts = append(texts, fmt.Sprintf("could you help me text my friend number %d", i))
	}
	want := map[string]understand.Result{}
	for _, s := range texts {
		want[s] = understand.Default().Classify(s)
	}
	same := func(a, b understand.Result) bool {
		return a.Label == b.Label && a.Confidence == b.Confidence && slices.Equal(a.Ranked, b.Ranked)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(texts)*8)
	for w := range 8 {
		wg.Go(func() {
			for i := range texts {
				s := texts[(i+w*5)%len(texts)]
				if got := classify(s); !same(got, want[s]) {
					errs <- fmt.Sprintf("classify(%q) = %+v, want %+v", s, got, want[s])
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	// The second call is served from the table: the very same result.
	first := classify("pause everything for a week")
	if again := classify("pause everything for a week"); &first.Ranked[0] != &again.Ranked[0] {
		t.Error("the same text was classified twice")
	}
}

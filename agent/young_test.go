package agent

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A person who said in an earlier message that they are young gets the
// line for young people in a later crisis reply that does not say it
// again; someone who never said it does not.
func TestCrisisRemembersTheWriterIsYoung(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	now := time.Date(2026, 12, 4, 21, 0, 0, 0, time.UTC)
	run := func(p Person, text string) *turn {
		m := Message{Channel: "test", ChatID: "kim", Person: "test:kim", Text: text}
		tr := newTurn(a, m, p, now)
		tr.run(context.Background())
		now = now.Add(time.Minute)
		return tr
	}
	start := Person{ID: "test:kim", Profile: Profile{Timezone: "Europe/London", Created: time.Unix(1, 0)}}

	first := run(start, "hi, im 14 and my mum said i should try this")
	if !first.p.Profile.Young {
		t.Fatalf("after %q the profile does not say the person is young", "im 14")
	}
	later := run(first.p, "i want to end it")
	if len(later.replies) != 1 || !strings.Contains(later.replies[0].Text, "0800 1111") {
		t.Errorf("crisis reply to someone who said they are 14 = %+v, want Childline's 0800 1111", later.replies)
	}

	adult := run(start, "i want to end it")
	if len(adult.replies) != 1 || strings.Contains(adult.replies[0].Text, "0800 1111") {
		t.Errorf("crisis reply to someone who never said their age = %+v, want no line for young people", adult.replies)
	}
}

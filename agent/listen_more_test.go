package agent_test

import (
	"strings"
	"testing"
)

// TestMoreToldAfterALowDay checks that what someone tells after saying
// they feel low is heard as more of it, however chatty it reads, and that
// a nod there is not taken for a burden.
func TestMoreToldAfterALowDay(t *testing.T) {
	for _, more := range []string{
		"i guess work has been a lot",
		"probably just uni stuff piling up tbh",
		"my flatmate and i havent been getting on lately",
		"havent really seen anyone in a while i suppose",
	} {
		h := newHarness(t)
		h.send("u", "feeling a bit off today, not sure why", "")
		r := lastReply(t, h.send("u", more, ""))
		if strings.Contains(r.Text, "rest of your day") || strings.Contains(r.Text, "days are like that") {
			t.Errorf("%q after a low day got small talk: %q", more, r.Text)
		}
	}
	h := newHarness(t)
	h.send("u", "feeling a bit off today, not sure why", "")
	if r := lastReply(t, h.send("u", "ok", "")); strings.Contains(r.Text, "a lot to carry") {
		t.Errorf("a nod after a low day taken for a burden: %q", r.Text)
	}
}

package agent_test

import (
	"strings"
	"testing"
)

// TestCareHearsCompany checks that after a crisis reply, saying someone is
// with them now ("staying at my cousin's tonight", "my mum is here with
// me") is met with gladness and no offer to write to that person, that a
// place with no one ("i'm at home now") is not read as company, and that
// "what should i do" after abuse told names the country's emergency
// number and its domestic-abuse line.
func TestCareHearsCompany(t *testing.T) {
	for _, tc := range []struct{ crisis, company, who string }{
		{"my husband keeps hurting me and i dont feel safe at home", "i'm staying at my cousin's tonight", "your cousin"},
		{"i want to end it all, i can't keep going", "my mum is here with me now", "your mum"},
		{"i took too many of my pills i think, i feel really weird", "im with Tunde now, he came round", "Tunde"},
	} {
		h := newHarness(t)
		h.setUp("i live in glasgow")
		h.send("alex", tc.crisis, "")
		reply := renderReplies(h.send("alex", tc.company, ""))
		if !strings.Contains(reply, "glad you're with "+tc.who) {
			t.Errorf("%q then %q:\n%s\nwant gladness that %s is there", tc.crisis, tc.company, reply, tc.who)
		}
		if strings.Contains(reply, "Help me write") || strings.Contains(reply, "worth reaching out") {
			t.Errorf("%q: an offer to write to someone who is there:\n%s", tc.company, reply)
		}
	}
	h := newHarness(t)
	h.setUp("i live in glasgow")
	h.send("alex", "my dad hits my mum and me when he drinks", "")
	if reply := renderReplies(h.send("alex", "i'm at home now", "")); strings.Contains(reply, "glad you're with") {
		t.Errorf("home read as company:\n%s", reply)
	}
	reply := renderReplies(h.send("alex", "what should i do", ""))
	if !strings.Contains(reply, "call 999") || !strings.Contains(reply, "0808 2000 247") {
		t.Errorf("what to do after abuse, in Scotland:\n%s", reply)
	}
}

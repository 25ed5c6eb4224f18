package revise

import "testing"

// A version rewritten more casually counts as more casual by more than its
// contractions: a "hey", a sentence without its "I", a "how's".
func TestCasualRewriteHonoured(t *testing.T) {
	for _, c := range []struct{ before, after string }{
		{"Hello Priya, I have been meaning to write to you for a while. How is the new flat working out for you?",
			"Hey Priya! Been meaning to write for ages. How's the new flat?"},
		{"Hi Marco. I was thinking about the concert in Lisbon and it made me smile. How have you been?",
			"Yo Marco, saw a poster for that band and thought of Lisbon haha. How's things?"},
		{"Dear Mrs Obi, thank you for looking after the cat. It is very kind of you.",
			"Hi Mrs Obi, thanks so much for looking after the cat. It's so kind of you."},
	} {
		if !Honoured(c.before, c.after, Request{Kind: Casual}) {
			t.Errorf("more casual not seen:\n  %s\n→ %s (%d → %d)", c.before, c.after, casualness(c.before), casualness(c.after))
		}
		if Honoured(c.after, c.before, Request{Kind: Casual}) {
			t.Errorf("the stiffer version counted as more casual:\n  %s\n→ %s", c.after, c.before)
		}
		if !Honoured(c.after, c.before, Request{Kind: Formal}) {
			t.Errorf("more formal not seen:\n  %s\n→ %s", c.after, c.before)
		}
	}
}

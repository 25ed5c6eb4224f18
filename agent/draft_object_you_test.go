package agent_test

import (
	"strings"
	"testing"
)

// Told of a loss, someone who did something for the recipient is never
// its object as well: "his uncle took him to every match", written to
// the nephew, took you.
func TestLossObjectIsTheRecipient(t *testing.T) {
	for _, c := range []struct{ opener, mention, want, not string }{
		{"help me write to euan, his grandpa died on tuesday", "his grandpa taught him to sail", "taught you to sail", "taught him"},
		{"can you help me message dominic, his uncle passed away last week", "his uncle took him to every home game", "took you to every home game", "took him"},
		{"help me write to lena, her husband died. he always made her laugh", "", "making you laugh", "making her"},
		{"help me write to kwame, his dad died at the weekend. he taught him to drive", "", "teaching you to drive", "teaching him"},
		{"help me write to orla, her gran passed away on friday", "she was so proud of her", "proud of you", "proud of her"},
	} {
		h := newHarness(t)
		h.send("p", c.opener, "")
		text := allText(h.send("p", "gentle", ""))
		if c.mention != "" {
			text = allText(h.send("p", c.mention, ""))
		}
		if strings.Contains(text, "thinking about your") || strings.Contains(text, "Congratulations on your") {
			// What they did to the recipient is a clause, never a thing.
			t.Errorf("%q / %q: %q, want it told as a clause", c.opener, c.mention, text)
		}
		if !strings.Contains(text, c.want) || strings.Contains(text, c.not) {
			t.Errorf("%q / %q: %q, want %q and no %q", c.opener, c.mention, text, c.want, c.not)
		}
	}
}

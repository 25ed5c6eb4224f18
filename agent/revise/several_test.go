package revise

import (
	"strings"
	"testing"
)

// TestSeveralRequestsEachHonoured checks that a message asking for more
// than one change, split by the end of a sentence, gets every one, and
// that "shorter" said in so many words is never lost to another change.
func TestSeveralRequestsEachHonoured(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []Kind
	}{
		{"omg way over the top?? make it shorter", []Kind{Cooler, Shorter}},
		{"too formal. shorten it", []Kind{Casual, Shorter}},
		{"that's a bit much, can you cut it down", []Kind{Cooler, Shorter}},
	} {
		got := ParseAll(tt.text)
		var kinds []Kind
		for _, r := range got {
			kinds = append(kinds, r.Kind)
		}
		if len(kinds) != len(tt.want) {
			t.Errorf("ParseAll(%q) = %v, want %v", tt.text, kinds, tt.want)
			continue
		}
		for i := range kinds {
			if kinds[i] != tt.want[i] {
				t.Errorf("ParseAll(%q) = %v, want %v", tt.text, kinds, tt.want)
			}
		}
	}
	draft := "Hi Lou! I've been thinking of you, so I wanted to say hi. I heard you joined a choir this spring. You mean so much to me. How are you doing?"
	text := draft
	for _, r := range ParseAll("wow, too much!!! make it shorter") {
		if out, err := Apply(text, r, Context{Recipient: "Lou"}); err == nil {
			text = out
		}
	}
	if len(text) >= len(draft)*9/10 {
		t.Errorf("asked for shorter, got %q (%d of %d characters)", text, len(text), len(draft))
	}
}

// TestAddedLineBeforeClosing checks that a line asked for goes before the
// closing of the draft, a question or a last line that asks nothing.
func TestAddedLineBeforeClosing(t *testing.T) {
	for _, tt := range []struct{ draft, ask, before string }{
		{"Hi Kim! Congratulations on the new baby! I'm so happy for you.", "say i'll crochet them a blanket", "I'm so happy for you."},
		{"Hi Sol! Thank you so much for feeding the cat. I owe you one.", "add that i'll bring her some wine", "I owe you one."},
		{"Hi Dee, I'm so sorry I missed your party. Could we talk when you're ready?", "mention i'll take her out for lunch", "Could we talk"},
		{"Dear Ms Obi,\nThank you for the reference. It would mean a lot.", "add that i start in june", "It would mean a lot."},
	} {
		r, ok := Parse(tt.ask)
		if !ok || r.Kind != Say {
			t.Errorf("Parse(%q) = %+v, want a line to say", tt.ask, r)
			continue
		}
		out, err := Apply(tt.draft, r, Context{Recipient: strings.Fields(strings.Trim(tt.draft, "HiDear! ,"))[0]})
		if err != nil {
			t.Errorf("Apply(%q, %q): %v", tt.draft, tt.ask, err)
			continue
		}
		added := Sentence(r.Detail, "", false)
		if i, j := strings.Index(out, tt.before), strings.Index(out, strings.TrimSuffix(added, ".")); i < 0 || j < 0 || j > i {
			t.Errorf("Apply(%q, %q) = %q, want the new line before %q", tt.draft, tt.ask, out, tt.before)
		}
		if strings.Contains(out, "your some") || strings.Contains(out, "her some") || strings.Contains(out, "your out") {
			t.Errorf("Apply(%q, %q) = %q: the pronoun is wrong", tt.draft, tt.ask, out)
		}
	}
}

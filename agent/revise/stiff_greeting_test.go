package revise

import (
	"strings"
	"testing"
)

// "less stiff" on a letter-like draft loosens its frame: no "Dear", no
// "Kind regards", the ask itself kept.
func TestLessStiffLoosensFormalFrame(t *testing.T) {
	text := "Dear Mr Osei,\nI was wondering if you would be willing to look over my portfolio. I would be very grateful for your time.\nKind regards,\nLayla"
	for _, say := range []string{"less stiff", "make it less stiff please", "sounds a bit stiff"} {
		r, ok := Parse(say)
		if !ok || r.Kind != LessStiff {
			t.Fatalf("Parse(%q) = %+v, %v; want less stiff", say, r, ok)
		}
		got, err := Apply(text, r, Context{Recipient: "Mr Osei", Distant: true})
		if err != nil {
			t.Fatalf("%q: %v", say, err)
		}
		if strings.HasPrefix(got, "Dear") || strings.Contains(got, "Kind regards") {
			t.Errorf("%q: still stiff: %q", say, got)
		}
		if !strings.Contains(got, "portfolio") || !strings.Contains(got, "Mr Osei") {
			t.Errorf("%q: lost the ask or the name: %q", say, got)
		}
	}
}

// "shorter, like two lines" leaves two sentences, not one.
func TestShorterToLines(t *testing.T) {
	text := "Hi Arjun, I'm so sorry to hear about your grandad. I know how close you two were. There's no need to write back. I'm around whenever you want a walk."
	for say, want := range map[string]int{
		"can you make it shorter, like two lines": 2,
		"shorter please, 2 sentences max":         2,
		"cut it down to one line":                 1,
		"like two lines":                          2,
		"2 sentences":                             2,
		"shorter":                                 -1,
	} {
		r, ok := Parse(say)
		if !ok || r.Kind != Shorter {
			t.Fatalf("Parse(%q) = %+v, %v; want shorter", say, r, ok)
		}
		got, err := Apply(text, r, Context{Recipient: "Arjun"})
		if err != nil {
			t.Fatalf("%q: %v", say, err)
		}
		n := len(sentences(got))
		if want > 0 && n != want || len(got) >= len(text) {
			t.Errorf("%q: %d sentences, want %d: %q", say, n, want, got)
		}
		if !strings.Contains(got, "grandad") {
			t.Errorf("%q: lost the loss itself: %q", say, got)
		}
	}
}

func sentences(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '?' || r == '!' }) {
		if strings.TrimSpace(f) != "" {
			out = append(out, f)
		}
	}
	return out
}

// "don't make it sound like I'm making excuses" takes the reasons out of
// an apology and keeps the sorry.
func TestNoExcusesDropsTheReason(t *testing.T) {
	text := "Hi Farah, I'm really sorry I didn't come to your exhibition. To be honest, work has been hectic. I know it mattered to you. Could we get a coffee soon?"
	for _, say := range []string{"dont make it sound like im making excuses", "no excuses please", "it sounds like excuses"} {
		r, ok := Parse(say)
		if !ok {
			t.Fatalf("Parse(%q) understood nothing", say)
		}
		got, err := Apply(text, r, Context{Recipient: "Farah"})
		if err != nil || strings.Contains(got, "hectic") || !strings.Contains(got, "exhibition") {
			t.Errorf("%q: %v %q", say, err, got)
		}
	}
	plain := "Hi Farah, I'm really sorry I didn't come to your exhibition. Could we get a coffee soon?"
	r, _ := Parse("no excuses")
	if _, err := Apply(plain, r, Context{Recipient: "Farah"}); err == nil {
		t.Errorf("a draft with no reason in it was changed")
	}
}

// "no pity" says their news plainly, without sorry-for-you.
func TestNoPitySaysNewsPlainly(t *testing.T) {
	text := "Hi Ollie, I'm so sorry to hear your flat fell through. That must be so hard. I'm around this weekend if you fancy a pint."
	for _, say := range []string{"no pity", "don't make it sound like i pity him", "less pitying"} {
		r, ok := Parse(say)
		if !ok {
			t.Fatalf("Parse(%q) understood nothing", say)
		}
		got, err := Apply(text, r, Context{Recipient: "Ollie"})
		if err != nil || strings.Contains(got, "sorry") || strings.Contains(got, "must be") || !strings.Contains(got, "flat fell through") || !strings.Contains(got, "pint") {
			t.Errorf("%q: %v %q", say, err, got)
		}
	}
}

// "less cheesy" takes the stock flourishes out, not only the "!".
func TestLessCheesyDropsFlourish(t *testing.T) {
	text := "Happy birthday, Noor! I hope you had a lovely day at the lake. One more trip around the sun, not bad at all! Here's to many more adventures."
	for _, say := range []string{"less cheesy", "too cheesy", "bit corny"} {
		r, ok := Parse(say)
		if !ok {
			t.Fatalf("Parse(%q) understood nothing", say)
		}
		got, err := Apply(text, r, Context{Recipient: "Noor"})
		if err != nil || cheeseRe.MatchString(got) || !strings.Contains(got, "lake") || strings.Contains(got, "!") {
			t.Errorf("%q: %v %q", say, err, got)
		}
	}
}

package agent

import (
	"strings"
	"testing"
)

// A line said of "them" is said of her or him where the verb allows it,
// and left as it is for several people or someone unknown.
func TestPronounsFor(t *testing.T) {
	line := "That's a big change for Ola. They might like to hear you're rooting for them, and for their new team."
	if got := pronounsFor(line, "her"); got != "That's a big change for Ola. She might like to hear you're rooting for her, and for her new team." {
		t.Errorf("her: %q", got)
	}
	if got := pronounsFor(line, "him"); !strings.Contains(got, "He might") || !strings.Contains(got, "his new team") {
		t.Errorf("him: %q", got)
	}
	if got := pronounsFor(line, "them"); got != line {
		t.Errorf("them: %q", got)
	}
	if got := pronounsFor("for them and for the people they leave behind", "her"); got != "for her and for the people they leave behind" {
		t.Errorf("a verb that would need changing was touched: %q", got)
	}
}

// News of someone on the list is said of her or him as their relationship
// on the list says, though the message names them only.
func TestChangeOfSomeoneOnTheList(t *testing.T) {
	a := New(Options{Guide: noGuide{}})
	trs := talk(t, a, "Europe/London", "remind me to call my grandad Olu every sunday", "olu is retiring next month after 40 years")
	got := lastText(trs[1])
	if !strings.Contains(got, "send him") || strings.Contains(got, "send them") {
		t.Errorf("news of Olu, kept as a grandad:\n%s", got)
	}
}

// Glad news of someone on the list is said of her or him as their
// relationship on the list says, though the news names them only.
func TestNewsOfSomeoneOnTheList(t *testing.T) {
	cases := []struct{ keep, news, want string }{
		{"remind me to ring my son Ezra on fridays", "ezra just got engaged to his girlfriend of six years", "him"},
		{"remind me to text my daughter Priya every sunday", "Priya landed the job she interviewed for!", "her"},
		{"remind me to call my nephew Kofi each month", "kofi got engaged at the weekend", "him"},
	}
	for _, c := range cases {
		a := New(Options{Guide: noGuide{}})
		trs := talk(t, a, "Europe/London", c.keep, c.news)
		got := lastText(trs[1])
		// "engaged to his girlfriend": the couple may be "they"; the
		// one on the list is named or "him", never "them".
		couple := strings.Contains(c.news, " to his ") || strings.Contains(c.news, " to her ")
		if !strings.Contains(got, c.want) && !couple || strings.Contains(got, " them") || strings.Contains(got, "they ") && !couple {
			t.Errorf("%q after %q:\n%s", c.news, c.keep, got)
		}
	}
}

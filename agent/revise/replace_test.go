package revise

import (
	"strings"
	"testing"
)

// TestParseReplace reads swaps and "too soon" the ways people type them.
func TestParseReplace(t *testing.T) {
	tests := []struct {
		in   string
		want Request
	}{
		{"actually change it to september", Request{Kind: Replace, Detail: "september"}},
		{"make that friday instead", Request{Kind: Replace, Detail: "friday"}},
		{"swap august for september", Request{Kind: Replace, Old: "august", Detail: "september"}},
		{"change saturday to sunday pls", Request{Kind: Replace, Old: "saturday", Detail: "sunday"}},
		{"september not august", Request{Kind: Replace, Old: "august", Detail: "september"}},
		{"no wait, dont give a month, just say soon", Request{Kind: Replace, Old: partMonth, Detail: "soon"}},
		{"dont say a specific day", Request{Kind: Replace, Old: partDay}},
		{"not funny, its too soon", Request{Kind: Serious}},
		{"less jokey please", Request{Kind: Serious}},
		{"no jokes this time", Request{Kind: Serious}},
		{"actually dont say summer, just sometime this year", Request{Kind: Replace, Old: "summer", Detail: "sometime this year"}},
	}
	for _, tc := range tests {
		got, ok := Parse(tc.in)
		if !ok || got != tc.want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", tc.in, got, ok, tc.want)
		}
	}
	// Styles stay styles.
	for _, in := range []string{"change it to formal", "make it shorter", "make it warmer not colder"} {
		if got, _ := Parse(in); got.Kind == Replace {
			t.Errorf("Parse(%q) = %+v: a style, not a swap", in, got)
		}
	}
}

// TestApplyReplace makes the swaps on a draft.
func TestApplyReplace(t *testing.T) {
	const draft = "Hi Grandpa! I've been thinking about you. I'll visit in August. How have you been?"
	tests := []struct {
		r          Request
		has, hasnt string
	}{
		{Request{Kind: Replace, Detail: "september"}, "I'll visit in September.", "August"},
		{Request{Kind: Replace, Old: "august", Detail: "October"}, "I'll visit in October.", "August"},
		{Request{Kind: Replace, Old: partMonth, Detail: "soon"}, "I'll visit soon.", "August"},
		{Request{Kind: Replace, Old: partMonth}, "I'll visit.", "August"},
		{Request{Kind: Replace, Old: "august", Detail: "sometime this year"}, "I'll visit sometime this year.", "in sometime"},
	}
	for _, tc := range tests {
		got, err := Apply(draft, tc.r, Context{Recipient: "Grandpa"})
		if err != nil || !strings.Contains(got, tc.has) || strings.Contains(got, tc.hasnt) {
			t.Errorf("Apply(%+v) = %q, %v; want %q and no %q", tc.r, got, err, tc.has, tc.hasnt)
		}
		if !Honoured(draft, got, tc.r) {
			t.Errorf("Apply(%+v) = %q is not honoured", tc.r, got)
		}
	}
	if _, err := Apply(draft, Request{Kind: Replace, Detail: "tuesday"}, Context{}); err != ErrNotFound {
		t.Errorf("a day swapped into a draft with no day: err %v, want ErrNotFound", err)
	}
}

// TestApplySerious takes the light memory out of a condolence.
func TestApplySerious(t *testing.T) {
	const draft = "Yusuf, I'm so sorry about Biscuit. I'll always remember her stealing a whole pizza at your party! I'm here whenever you want to talk."
	got, err := Apply(draft, Request{Kind: Serious}, Context{Recipient: "Yusuf"})
	if err != nil || strings.Contains(got, "pizza") || !strings.Contains(got, "sorry about Biscuit") || strings.Contains(got, "!") {
		t.Errorf("Apply(serious) = %q, %v", got, err)
	}
	if _, err := Apply("Hi Sam, I'm sorry about your dad. I'm here for you.", Request{Kind: Serious}, Context{}); err != ErrUnchanged {
		t.Errorf("nothing light to take out: err %v, want ErrUnchanged", err)
	}
}

package compose

import (
	"strings"
	"testing"
)

// A recipient written to by title and surname is the subject of what is
// said about them, whether the title is typed or not and whatever
// describes them first.
func TestParseTitledSubject(t *testing.T) {
	cases := []struct {
		name, text string
		o          Occasion
		want       string
	}{
		{"Mrs Patel", "mrs patel just got made deputy head", Congrats, "you got made deputy head"},
		{"Dr Osei", "my old maths tutor dr osei has retired after thirty years", Congrats, "you have retired after thirty years"},
		{"Mr Lund", "my year 9 science teacher mr lund basically got me through my exams", Thanks, "you got me through my exams"},
		{"Ms Ruiz", "so ms ruiz won the regional cup with her team", Congrats, "you won the regional cup with your team"},
	}
	for _, c := range cases {
		got := Parse(c.text, c.name, c.o)
		found := false
		for _, d := range got {
			found = found || strings.EqualFold(d.Text, c.want)
		}
		if !found {
			t.Errorf("Parse(%q, %q) = %+v, want a detail %q", c.text, c.name, got, c.want)
		}
	}
}

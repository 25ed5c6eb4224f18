package knowledge

import (
	"slices"
	"testing"
)

func TestCompoundsReadAsOneWord(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"friends in different time zones", []string{"friends", "in", "different", "timezones"}},
		{"the time difference is brutal", []string{"the", "timezone", "is", "brutal"}},
		{"she gets my texts at 4am her time", []string{"she", "gets", "my", "texts", "at", "4am", "her", "timezone"}},
		{"calls at 2 am my time", []string{"calls", "at", "2", "am", "my", "timezone"}},
		// "time" alone keeps its own sense.
		{"i never have time for my friends", []string{"i", "never", "have", "time", "for", "my", "friends"}},
		{"spend my time with her", []string{"spend", "my", "time", "with", "her"}},
		{"it takes time", []string{"it", "takes", "time"}},
	}
	for _, tt := range tests {
		if got := words(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A question about friends in other time zones is not one about making
// time: the section on making time for friends does not outrank the ones
// that speak of time zones because both say "time".
func TestTimeZonesAreNotTimeSpent(t *testing.T) {
	kb, err := Load(Options{Asked: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"staying close to mates across three time zones",
		"the time difference with my brother means we barely talk",
	} {
		hits := kb.Search(q, 1)
		if len(hits) == 0 {
			t.Errorf("%q: no hit", q)
			continue
		}
		if hits[0].ID == "intentional/making-time-for-connection" {
			t.Errorf("%q: first hit %s, a section on making time", q, hits[0].ID)
		}
	}
}

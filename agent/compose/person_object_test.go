package compose

import "testing"

// TestObjectYouKeepsWhatFollows checks that a "him" or "her" turned into
// "you" as who is given something leaves the rest of the phrase as typed:
// plurals stay plural, and only the verb after a "you" that is a subject
// agrees with it.
func TestObjectYouKeepsWhatFollows(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"he wants me to mail him postcards", "you want me to mail you postcards"},
		{"she likes it when I lend her novels", "you like it when I lend you novels"},
		{"Wes keeps asking me to forward him the menus", "you keep asking me to forward you the menus"},
		{"she makes her own candles", "you make your own candles"},
	} {
		if got := secondPerson(tt.in, "Wes", false); got != tt.want {
			t.Errorf("secondPerson(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

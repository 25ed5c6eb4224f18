package compose

import "testing"

// TestNamingWordsGoWithTheName checks that "my landlord Abdul" inside a
// clause becomes "you" as a whole, never "my landlord you", and that words
// that are not part of the naming stay.
func TestNamingWordsGoWithTheName(t *testing.T) {
	for _, c := range []struct{ in, name, want string }{
		{"i asked my landlord abdul to fix the heating", "Abdul", "i asked you to fix the heating"},
		{"i texted my old boss karen about the job", "Karen", "i texted you about the job"},
		{"we met our neighbour tomasz at the fair", "Tomasz", "we met you at the fair"},
		{"i sent my cousin mei a card", "Mei", "i sent you a card"},
		{"i told my mum about abdul", "Abdul", "i told my mum about you"},
		{"my brother leo got the job", "Leo", "you got the job"},
		{"i moved away and my old flatmate rhys now lives in bristol", "Rhys", "i moved away and you now live in bristol"},
		{"work is busy but my mentor amara always finds time for me", "Amara", "work is busy but you always find time for me"},
	} {
		if got := secondPerson(c.in, c.name, false); got != c.want {
			t.Errorf("secondPerson(%q, %q) = %q, want %q", c.in, c.name, got, c.want)
		}
	}
}

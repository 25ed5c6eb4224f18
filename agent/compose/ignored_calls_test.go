package compose

import (
	"strings"
	"testing"
)

// Ignoring someone's calls or messages is the writer's to be sorry for,
// and nothing in such an apology is congratulated.
func TestIgnoredCallsIsAnApology(t *testing.T) {
	for _, said := range []string{
		"ive been dodging my brother's calls since the wedding and he left me a voicemail on sunday",
		"i have been ignoring his texts for a month because i was embarrassed",
		"i have been screening her calls all week and she left a message asking if im ok",
	} {
		if o := DetectOccasion(said); o != Apology {
			t.Errorf("DetectOccasion(%q) = %q, want apology", said, o)
		}
		d := Write(Spec{Occasion: Apology, Name: "Sam", Details: Parse(said, "Sam", Apology)})
		if strings.Contains(strings.ToLower(d), "congrat") || !strings.Contains(strings.ToLower(d), "sorry") {
			t.Errorf("apology for %q = %q", said, d)
		}
	}
}

package compose

import "testing"

// A death named by the noun, or the day marking one, is a loss: never a
// birthday because of the word "anniversary", never a cheerful hello.
func TestDeathNamedByTheNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		want Occasion
	}{
		{"the anniversary of her husband's death is on thursday", Condolence},
		{"it's his mum's death anniversary tomorrow", Condolence},
		{"the death of her brother hit her hard", Condolence},
		{"he's bored to death at his new job", ""},
	} {
		got := DetectOccasion(c.text)
		if c.want == "" {
			if got == Condolence {
				t.Errorf("DetectOccasion(%q) = %q, want no condolence", c.text, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

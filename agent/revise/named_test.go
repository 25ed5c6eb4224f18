package revise

import (
	"strings"
	"testing"
)

// TestNamedThing reads the name of a pet or a thing given after the draft
// as a swap into the draft, never as anything else.
func TestNamedThing(t *testing.T) {
	draft := "Hi Ola! Thank you so much for walking the dog when I was ill. I owe you one."
	for _, tc := range []struct{ say, want string }{
		{"no, OUR dog is called Pickle", "walking Pickle when"},
		{"oh the dog's name is pickle btw", "walking Pickle when"},
	} {
		r, ok := Parse(tc.say)
		if !ok || r.Kind != Replace {
			t.Errorf("Parse(%q) = %+v, %v; want a swap", tc.say, r, ok)
			continue
		}
		got, err := Apply(draft, r, Context{Recipient: "Ola"})
		if err != nil || !strings.Contains(got, tc.want) {
			t.Errorf("%q: %q, %v; want %q in it", tc.say, got, err, tc.want)
		}
	}
	for _, not := range []string{"my dog is ill", "her dog is old", "my sister is called ana"} {
		if r, ok := Parse(not); ok && strings.HasPrefix(r.Old, PartNamed) {
			t.Errorf("Parse(%q) = %+v: no thing is named", not, r)
		}
	}
}

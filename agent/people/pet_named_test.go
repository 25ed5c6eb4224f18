package people

import "testing"

// TestPetCalledIsNoPerson reads a pet or a baby named with "is called"
// or "was named" as what it is, never as someone to write to.
func TestPetCalledIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"no wait, MY dog is called pickle",
		"our kitten was named mochi",
		"the puppy is called bruno btw",
		"my cat's called biscuit",
	} {
		for _, p := range FindAll(text) {
			if p.Name != "" {
				t.Errorf("FindAll(%q) found %q, a pet's name, as a person", text, p.Name)
			}
		}
	}
}

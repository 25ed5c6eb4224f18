package safety

import "testing"

// TestGetsMe checks "gets" meaning understands ("someone who gets my
// humour"), a common wish for a friend, beside the same words about who
// gets a person's things when they are gone.
func TestGetsMe(t *testing.T) {
	tests := []situationCase{
		{"idk someone who gets my humour i guess", None},
		{"a friend who actually gets my jokes", None},
		{"people who get my weird sense of humour lol", None},
		{"somebody that really gets my anxiety", None},
		{"who gets my cat if im not around anymore", Self},
		{"i made a list of who gets what", Self},
		{"ive sorted who gets my things, my sister gets the car", Self},
	}
	checkSituations(t, tests)
}

package safety

import "testing"

// The cause of a death already told, said after it, is no emergency now;
// an illness told as happening now still is.
func TestCauseOfADeathToldAfterIt(t *testing.T) {
	for _, s := range []string{
		"my friend kemals dad died on sunday. heart attack, totally out of nowhere. can u help me write to him",
		"her grandad passed last week. a massive stroke.",
		"his mum died suddenly, heart attack out of the blue",
	} {
		if r := Detect(s); r.Crisis() {
			t.Errorf("%q read as a crisis (%s)", s, r.Situation)
		}
	}
	for _, s := range []string{
		"my dad died last year. now my mum is having a heart attack i think",
		"his dad died of a heart attack and now he has chest pains and his arm is numb",
		"heart attack, hes on the floor",
	} {
		if r := Detect(s); !r.Crisis() {
			t.Errorf("%q not read as an emergency", s)
		}
	}
}

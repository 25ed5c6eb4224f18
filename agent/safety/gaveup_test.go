package safety

import "testing"

// Someone who never gave up on the speaker is gratitude, and resolve not
// to give up is resolve; giving up on life or on oneself is still heard.
func TestGivingUpOnTheSpeakerIsNotTheirRisk(t *testing.T) {
	quiet := []string{
		"my gran never gave up on me, not once",
		"what i'd want him to know is thank you for not giving up on me",
		"my old coach didnt give up on me when everyone else did",
		"i wont ever give up on you guys",
		"feels like my whole family gave up on me after the divorce",
	}
	for _, m := range quiet {
		if r := Detect(m); r.Crisis() {
			t.Errorf("Detect(%q) = %v, want no crisis", m, r)
		}
	}
	heard := []string{
		"i think ive given up on living tbh",
		"honestly i gave up on life a while ago and im just waiting",
		"ive given up on everything, cant see a way out",
	}
	for _, m := range heard {
		if r := Detect(m); !r.Crisis() {
			t.Errorf("Detect(%q) = %v, want a crisis reply", m, r)
		}
	}
}

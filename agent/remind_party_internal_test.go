package agent

import "testing"

// TestPartyDayIsNoBirthday checks that the day of a birthday party or
// dinner is never kept as the birthday itself, while the birthday told
// with its own day still is.
func TestPartyDayIsNoBirthday(t *testing.T) {
	for _, text := range []string{
		"i cant make his birthday party saturday",
		"sorry i'll miss marta's bday drinks on friday",
		"we're doing my uncle's 60th dinner on sunday",
	} {
		if d, ok := newsTurn(text).datedOccasion(text); ok {
			t.Errorf("datedOccasion(%q) = %v, want no date from the party's day", text, d)
		}
	}
	if _, ok := newsTurn("it's marta's birthday on friday").datedOccasion("it's marta's birthday on friday"); !ok {
		t.Error("a birthday told with its day lost its date")
	}
}

package agent

import "testing"

// TestFollowUpTold checks the two halves of a follow-up told: the person
// reached out, the other stayed silent; the person's own silence is not it.
func TestFollowUpTold(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"texted dom on his birthday and he never texted back", true},
		{"we emailed the venue twice, radio silence", true},
		{"gave my nan a ring yesterday but no answer", true},
		{"messaged the uni group about a reunion, nobody replied", true},
		{"shot my mate a text about the match, still waiting", true},
		{"she texted me last week and i never replied", false},
		{"my sister messaged me a photo of her new flat", false},
		{"called mum and we talked for an hour", false},
		{"i haven't heard from jo in ages", false},
	} {
		if got := followUpTold(tc.text); got != tc.want {
			t.Errorf("followUpTold(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestAskOf checks the shapes of an ask of someone against asks of the
// companion and advice about someone.
func TestAskOf(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"hoping for a letter of support from my old lecturer", true},
		{"i wanna ask my brother to lend me his drill", true},
		{"need my godmother to be my emergency contact", true},
		{"my old boss used to vouch for everyone", false},
		{"could my aunt help me move next month", true},
		{"can you give me advice about my dad", false},
		{"i need you to help me with my sister", false},
		{"i want advice on how to talk to my boss", false},
		{"my friend gives great advice", false},
	} {
		if got := askOf(tc.text); got != tc.want {
			t.Errorf("askOf(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

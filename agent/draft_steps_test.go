package agent

import "testing"

// TestDraftStepReading checks which messages typed at a drafting step are
// taken by the flow itself rather than set aside.
func TestDraftStepReading(t *testing.T) {
	for _, tc := range []struct {
		text, step string
		taken      bool
	}{
		{"idk yet", slotRecipient, true},
		{"no one in particular", slotRecipient, true},
		{"not sure, what do people usually send?", slotOccasion, true},
		{"how long should it be?", slotTone, true},
		{"he loves fishing, is that weird to mention?", slotMention, true},
		{"she just got into med school!!", slotTone, true},
		{"its roisin", slotTone, true},
		// Left to the general reading.
		{"how do i make friends at 35", slotOccasion, false},
		{"Sam", slotRecipient, false},
		{"warm", slotTone, false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if _, ok := draftStepReading(tc.text, tc.step); ok != tc.taken {
				t.Errorf("draftStepReading(%q, %s) taken = %v, want %v", tc.text, tc.step, ok, tc.taken)
			}
		})
	}
}

// TestDoubtAfterDetail checks the split of a detail from a doubt about it.
func TestDoubtAfterDetail(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"he loves fishing, is that weird to mention?", "he loves fishing"},
		{"we met at a gig in 2019 - would that be too much?", "we met at a gig in 2019"},
		{"the trip to cornwall, is it ok to say", "the trip to cornwall"},
		{"is that weird?", ""},
		{"she loves her garden", ""},
	} {
		if got := doubtAfterDetail(tc.text); got != tc.want {
			t.Errorf("doubtAfterDetail(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLaterName checks names given at a later step.
func TestLaterName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"its roisin", "Roisin"},
		{"her name's Ana", "Ana"},
		{"oh and he's called tomasz", "Tomasz"},
		{"it's fine", ""},
		{"its her birthday", ""},
		{"warm", ""},
	} {
		if got := laterName(tc.text); got != tc.want {
			t.Errorf("laterName(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDraftOccasionOrdinalAge checks that an age said as an ordinal is a
// birthday, and an anniversary is not.
func TestDraftOccasionOrdinalAge(t *testing.T) {
	for _, tc := range []struct {
		text     string
		birthday bool
	}{
		{"what do i send my nan for her 90th", true},
		{"something for my nephew theo for his 18th", true},
		{"it's their 10th anniversary on friday", false},
	} {
		if got := draftOccasion(tc.text) == OccasionBirthday; got != tc.birthday {
			t.Errorf("draftOccasion(%q) is a birthday = %v, want %v", tc.text, got, tc.birthday)
		}
	}
}

package agent

import "testing"

func TestDraftRequested(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		// Questions that name someone and speak of texting or saying.
		{"i'm always the one who makes plans with my friend noor, if i stopped i doubt she would. is it even worth it", false},
		{"my housemate and i had a blazing row on whatsapp and it got ugly, how can i make it right", false},
		{"what should i say to my coworker whose dad is in hospital", false},
		{"what do you even say to a mate whose girlfriend just left him?", false},
		{"my cousin told me her baby was born early and is in intensive care. what should i say to her", false},
		// Requests to write, however they are put.
		{"can you help me text my friend noor, we haven't talked in ages", true},
		{"what do i send my brother for his graduation", true},
		{"write something for my coworker whose dad is in hospital", true},
		{"help me message my housemate to make up after our row", true},
		{"i want to tell my uncle i'm finding things hard and ask if he can visit", true},
		{"thank you note to my neighbour Ruth for feeding the cat all week", true},
		// Thanks and goodbyes to the companion.
		{"thanks so much for tonight, off to sleep", false},
		{"ok night night, thank you for all the help today", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := draftRequested(tt.text, ParseIntent(tt.text)); got != tt.want {
				t.Errorf("draftRequested(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestAsksSomewhere(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"we argued all night, how do i fix it", true},
		{"she never texts first. is it worth it", true},
		{"should i message him again?", true},
		{"i want to tell my brother i'm struggling and ask him over", false},
		{"quick hi to Ben who left our team, the office is odd without him", false},
	}
	for _, tt := range tests {
		if got := asksSomewhere(tt.text); got != tt.want {
			t.Errorf("asksSomewhere(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

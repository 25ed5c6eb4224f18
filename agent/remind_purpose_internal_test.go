package agent

import "testing"

// TestOnceFor checks what a one-off reminder is for: the task turned to
// the person, the name written as kept, the time taken out, and nothing
// kept when the task only says to be in touch.
func TestOnceFor(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"remind me in 3 days to ask kofi how the interview went", "Kofi", "ask Kofi how the interview went"},
		{"remind me to tell mireille i'm sorry about saturday, on friday pls", "Mireille", "tell Mireille you're sorry about saturday"},
		{"can you remind me tomorrow at 6pm to send dad the photos from my graduation", "Dad", "send Dad the photos from your graduation"},
		{"remind me next week to return anya's drill", "Anya", "return Anya's drill"},
		{"remind me on friday to tell ahmed i'm sorry about saturday", "Ahmed", "tell Ahmed you're sorry about saturday"},
		{"remind me to ask gran about her hip thursday", "Gran", "ask Gran about her hip"},
		{"remind me to thank bea for tomorrow", "Bea", ""},
		{"remind me to text jo tomorrow", "Jo", ""},
		{"remind me on sunday to call my nan", "Nan", ""},
		{"remind me to check in with sam in 2 weeks", "Sam", ""},
		{"remind me about tom tomorrow", "Tom", ""},
		{"remind me next weds to tell noor i am proud of her", "Noor", "tell Noor you are proud of her"},
		{"remind me to ask ines about our trip thurs", "Ines", "ask Ines about your trip"},
		{"remind me to text obi next weds", "Obi", ""},
		{"remind me to send wren the pics ive got, sat morning", "Wren", "send Wren the pics you've got"},
	} {
		if got := onceFor(tc.text, tc.name); got != tc.want {
			t.Errorf("onceFor(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}

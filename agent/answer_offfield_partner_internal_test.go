package agent

import "testing"

// TestPartnerAndJobSetTheScene checks that a partner or a job in health
// care named in passing does not make a question one of dating or medicine,
// while asking about the romance itself, or a symptom, still does; and that
// an app that will not back up, restore or stop crashing is a matter of
// technology, though the app is a place people talk.
func TestPartnerAndJobSetTheScene(t *testing.T) {
	tests := []struct {
		q, notTopic, topic string
	}{
		{q: "my boyfriend says i only half read his messages, how do i get better", notTopic: "dating"},
		{q: "my pal only ever talks about her love life when we meet", notTopic: "dating"},
		{q: "im a paramedic on nights and never see anyone, how do i keep up with friends", notTopic: "medical"},
		{q: "as a junior doctor i miss every birthday, how do i stay close to people", notTopic: "medical"},
		{q: "should i break up with my girlfriend, we never talk anymore", topic: "dating"},
		{q: "my gf dumped me by text, how do i win her back", topic: "dating"},
		{q: "is it cheating if my boyfriend likes her photos", topic: "dating"},
		{q: "how do i know if shes the one, my girlfriend of two years", topic: "dating"},
		{q: "my girlfriend says im always the one who forgets to text back", notTopic: "dating"},
		{q: "my nurse says my blood pressure is high, should i worry", topic: "medical"},
		{q: "my whatsapp chats wont restore after switching phones", topic: "tech"},
		{q: "discord crashes every time i open it on windows", topic: "tech"},
		{q: "the mic cuts out on zoom, any fix", topic: "tech"},
		{q: "it really bugs me that she never asks how i am", notTopic: "tech"},
	}
	for _, tt := range tests {
		got := offFieldTopic(foldText(tt.q))
		if tt.notTopic != "" && got == tt.notTopic {
			t.Errorf("offFieldTopic(%q) = %q, want another field or none", tt.q, got)
		}
		if tt.topic != "" && got != tt.topic {
			t.Errorf("offFieldTopic(%q) = %q, want %q", tt.q, got, tt.topic)
		}
	}
}

// TestFactLookupsAreThings checks that a fact to look up about an app or a
// place people talk in is asked like a thing, not about someone, while a
// question of who did what between friends is not.
func TestFactLookupsAreThings(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"when was instagram launched", true},
		{"what year did whatsapp come out", true},
		{"who founded discord", true},
		{"who made plans without me this time", false},
		{"when did we stop talking, i cant even remember", false},
	}
	for _, tt := range tests {
		if got := reThingAsk.MatchString(foldText(tt.q)); got != tt.want {
			t.Errorf("reThingAsk on %q = %v, want %v", tt.q, got, tt.want)
		}
	}
}

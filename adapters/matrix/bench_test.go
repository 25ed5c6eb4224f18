package matrix

import (
	"strings"
	"testing"

	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

func BenchmarkRender(b *testing.B) {
	r := agent.Reply{
		Text: "Here's a first draft:\n\n> Hi Sam! Our road trip to the coast crossed my mind today — how have you been?\n\n" +
			"- **Shorter** keeps it light\n- _Warmer_ says more\n\n" + strings.Repeat("A longer paragraph with <markup> & quotes \"here\". ", 10),
		Choices: []agent.Choice{{ID: "a", Label: "Shorter"}, {ID: "b", Label: "Warmer"}, {ID: "c", Label: "Done"}},
		Draft:   true,
	}
	b.ReportAllocs()
	for b.Loop() {
		render(r)
	}
}

// BenchmarkRoundTrip measures one message through Dendrite to the adapter,
// a turn, the outbox and back to the person, with a stand-in agent.
func BenchmarkRoundTrip(b *testing.B) {
	srv := dendrite.Get(b)
	botUser, aliceUser := newUser(b, srv, "benchbot"), newUser(b, srv, "benchalice")
	st := newMemStore()
	startBot(b, botOptions(srv, botUser), newEchoTurner(st), st)
	alice := newPerson(b, srv, aliceUser, nil)
	botID := id.UserID(botUser.ID)
	room := directChat(b, alice, botID)
	b.ResetTimer()
	for b.Loop() {
		alice.say(room, "hello")
		alice.nextMessage(room, botID)
	}
}

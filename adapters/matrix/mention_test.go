package matrix

import (
	"context"
	"testing"

	"maunium.net/go/mautrix/event"

	"github.com/companion-dev/companion/agent"
)

func TestMentionsOnUnicodeWordBoundaries(t *testing.T) {
	a := testAdapter(t)
	tests := []struct {
		body string
		want bool
	}{
		{"companion… are you there?", true},
		{"what is companion’s advice here", true},
		{"«companion» said so", true},
		{"„Companion“, hilf mir", true},
		{"(companion) any thoughts", true},
		{"companionée", false},
		{"écompanion", false},
		{"companion\u0301", false}, // a combining accent glues to the name
		{"companion2", false},
	}
	for _, tt := range tests {
		if got := a.namesCompanion(tt.body); got != tt.want {
			t.Errorf("namesCompanion(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}

// A display name whose lower-case form is longer in bytes ("Ⱥ" is two
// bytes, "ⱥ" three) once sliced the original text with the lowered
// string's offsets.
func TestStripMentionNameThatGrowsWhenLowered(t *testing.T) {
	a, err := New(Options{Homeserver: "http://127.0.0.1:1", UserID: "@anna:example.org", DisplayName: "Ⱥnna"},
		turnerFunc(nil), newMemStore())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"Ⱥnna", ""},
		{"ⱥnna", ""},
		{"ȺNNA: how do I say sorry?", "how do I say sorry?"},
		{"Ⱥnna， hello", "hello"},
		{"Ⱥnnabelle is here", "Ⱥnnabelle is here"},
		{"Ⱥ", "Ⱥ"},
	}
	for _, tt := range tests {
		if got := a.stripMention(tt.in); got != tt.want {
			t.Errorf("stripMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The group message that is only the name goes through a whole turn.
func TestGroupMessageThatIsOnlyTheName(t *testing.T) {
	var got []agent.Message
	turner := turnerFunc(func(_ context.Context, m agent.Message) error {
		got = append(got, m)
		return nil
	})
	a, _, _ := eventAdapter(t, Options{UserID: "@anna:example.org", DisplayName: "Ⱥnna"}, turner, newMemStore())
	evt := textEvent("!group:example.org", "$name", "Ⱥnna")
	if err := a.dispatch(t.Context(), evt.RoomID, []*event.Event{evt}, "s1"); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != "" || !got[0].Addressed || !got[0].Group {
		t.Fatalf("turns: %+v", got)
	}
	if a.panics.Load() != 0 || a.waiting() != 0 {
		t.Errorf("panics %d, waiting %d", a.panics.Load(), a.waiting())
	}
}

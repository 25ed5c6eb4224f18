package matrix

import (
	"errors"
	"testing"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

func testAdapter(t *testing.T) *Adapter {
	t.Helper()
	a, err := New(Options{Homeserver: "http://127.0.0.1:1", UserID: "@companion:example.org", DisplayName: "Kind Bot"},
		turnerFunc(nil), newMemStore())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestNamesCompanion(t *testing.T) {
	a := testAdapter(t)
	tests := []struct {
		body string
		want bool
	}{
		{"companion: how do I handle a disagreement?", true},
		{"hey Companion, are you there", true},
		{"kind bot what do you think", true},
		{"the companionship here is great", false},
		{"anyone up for lunch?", false},
		{"my_companion_app", false},
	}
	for _, tt := range tests {
		if got := a.namesCompanion(tt.body); got != tt.want {
			t.Errorf("namesCompanion(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}

func TestStripMention(t *testing.T) {
	a := testAdapter(t)
	tests := []struct{ in, want string }{
		{"companion: how do I say sorry?", "how do I say sorry?"},
		{"@companion:example.org: /help", "/help"},
		{"Kind Bot, hello", "hello"},
		{"companionship matters", "companionship matters"},
		{"what does companion think?", "what does companion think?"},
	}
	for _, tt := range tests {
		if got := a.stripMention(tt.in); got != tt.want {
			t.Errorf("stripMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCommandText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"!help", "/help"},
		{"  !draft to Sam", "/draft to Sam"},
		{"/help", "/help"},
		{"!!!", "!!!"},
		{"wow!", "wow!"},
	}
	for _, tt := range tests {
		if got := commandText(tt.in); got != tt.want {
			t.Errorf("commandText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLinksTo(t *testing.T) {
	uid := id.UserID("@companion:example.org")
	tests := []struct {
		html string
		want bool
	}{
		{`<a href="https://matrix.to/#/@companion:example.org">companion</a>: hi`, true},
		{`<a href="https://matrix.to/#/%40companion:example.org">c</a>`, true},
		{`<a href="matrix:u/companion:example.org">c</a>`, true},
		{`<a href="https://matrix.to/#/@alice:example.org">alice</a>`, false},
		{"", false},
	}
	for _, tt := range tests {
		if got := linksTo(tt.html, uid); got != tt.want {
			t.Errorf("linksTo(%q) = %v, want %v", tt.html, got, tt.want)
		}
	}
}

func TestThreadRoot(t *testing.T) {
	inThread := (&event.RelatesTo{}).SetThread("$root", "$last")
	reply := (&event.RelatesTo{}).SetReplyTo("$other")
	tests := []struct {
		name string
		rel  *event.RelatesTo
		want id.EventID
	}{
		{"plain message starts a thread", nil, "$evt"},
		{"message in a thread stays in it", inThread, "$root"},
		{"plain reply starts a thread", reply, "$evt"},
	}
	for _, tt := range tests {
		if got := threadRoot("$evt", tt.rel); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestOwnEventsLatestChoices(t *testing.T) {
	o := newOwnEvents(2)
	if !o.isLatestChoices("!r", "$a") {
		t.Fatal("unknown room: any own message should be accepted")
	}
	o.sent("!r", "$a", "", 2)
	o.sent("!r", "$b", "$root", 0)
	if o.isLatestChoices("!r", "$a") {
		t.Error("a message without choices came later; reactions on $a must be stale")
	}
	o.sent("!r", "$c", "", 3)
	if !o.isLatestChoices("!r", "$c") || o.isLatestChoices("!r", "$b") {
		t.Error("latest choices should be $c only")
	}
	if _, ok := o.lookup("$a"); ok {
		t.Error("limit 2: $a should have been evicted")
	}
	if info, ok := o.lookup("$c"); !ok || info.choices != 3 {
		t.Errorf("lookup $c = %+v, %v", info, ok)
	}
	if !o.inThread("$root") || o.inThread("$nothing") {
		t.Error("thread roots not remembered")
	}
}

func TestNewValidates(t *testing.T) {
	st, tu := newMemStore(), turnerFunc(nil)
	tests := []struct {
		name string
		opts Options
		want error
	}{
		{"no homeserver", Options{UserID: "@a:b"}, ErrNoHomeserver},
		{"bad user id", Options{Homeserver: "http://x", UserID: "alice"}, ErrBadUserID},
		{"encryption without data dir", Options{Homeserver: "http://x", UserID: "@a:b", Encryption: true}, ErrNoDataDir},
	}
	for _, tt := range tests {
		if _, err := New(tt.opts, tu, st); !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := New(Options{Homeserver: "http://x", UserID: "@a:b"}, nil, st); !errors.Is(err, ErrMissingDependency) {
		t.Errorf("nil turner: got %v", err)
	}
}

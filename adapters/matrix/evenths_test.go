package matrix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// eventHomeserver answers the few client-server calls that handling an
// event makes (members, typing, receipts, sends, event lookups), for tests
// of the event path that need no real homeserver. A room whose id starts
// with "!group" has three members, any other room two: the companion and
// "@alice:example.org".
type eventHomeserver struct {
	*httptest.Server
	mu   sync.Mutex
	sent []sentEvent // the first maxKeptSent
	n    int
}

// maxKeptSent bounds what a long fuzzing run keeps.
const maxKeptSent = 1000

// sentEvent is one event the adapter sent.
type sentEvent struct {
	room    id.RoomID
	evtType string
	content map[string]any
}

func newEventHomeserver(t testing.TB, botID id.UserID) *eventHomeserver {
	t.Helper()
	hs := &eventHomeserver{}
	hs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := strings.TrimPrefix(r.URL.EscapedPath(), "/_matrix/client/v3/rooms/")
		parts := strings.Split(path, "/")
		w.Header().Set("Content-Type", "application/json")
		if len(parts) < 2 {
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `{"errcode":"M_UNRECOGNIZED","error":"not faked"}`)
			return
		}
		room := id.RoomID(unescape(parts[0]))
		switch parts[1] {
		case "joined_members":
			joined := map[string]any{string(botID): map[string]any{"display_name": "Companion"}, "@alice:example.org": map[string]any{"display_name": "Alice"}}
			if strings.HasPrefix(string(room), "!group") {
				joined["@bob:example.org"] = map[string]any{"display_name": "Bob"}
			}
			_ = json.NewEncoder(w).Encode(map[string]any{"joined": joined})
		case "send":
			var content map[string]any
			_ = json.NewDecoder(r.Body).Decode(&content)
			hs.mu.Lock()
			hs.n++
			if len(hs.sent) < maxKeptSent {
				hs.sent = append(hs.sent, sentEvent{room: room, evtType: unescape(parts[2]), content: content})
			}
			n := hs.n
			hs.mu.Unlock()
			fmt.Fprintf(w, `{"event_id":"$sent%d"}`, n)
		case "typing", "receipt", "read_markers":
			fmt.Fprint(w, `{}`)
		default:
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `{"errcode":"M_NOT_FOUND","error":"not faked"}`)
		}
	}))
	t.Cleanup(hs.Close)
	return hs
}

func unescape(s string) string {
	r := strings.NewReplacer("%21", "!", "%3A", ":", "%24", "$", "%40", "@", "%2F", "/")
	return r.Replace(s)
}

// sentEvents returns a copy of what the adapter sent.
func (hs *eventHomeserver) sentEvents() []sentEvent {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return append([]sentEvent(nil), hs.sent...)
}

// eventAdapter is an Adapter whose client talks to a eventHomeserver, set
// up as Run would after logging in, without syncing; logs go to the
// returned buffer.
func eventAdapter(t testing.TB, opts Options, turner Turner, st Store) (*Adapter, *eventHomeserver, *lockedLog) {
	t.Helper()
	if opts.UserID == "" {
		opts.UserID = "@companion:example.org"
	}
	hs := newEventHomeserver(t, id.UserID(opts.UserID))
	opts.Homeserver = hs.URL
	logs := &lockedLog{}
	opts.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(opts, turner, st)
	if err != nil {
		t.Fatal(err)
	}
	cli, err := a.newClient(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	cli.AccessToken = "token"
	cli.DefaultHTTPRetries = 0
	a.cli = cli
	a.retryMin, a.maxBackoff, a.keyRetry = time.Millisecond, 4*time.Millisecond, time.Millisecond
	return a, hs, logs
}

// lockedLog collects log output from several goroutines, keeping the
// last maxLog bytes or so.
type lockedLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

const maxLog = 256 << 10

func (l *lockedLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.buf.Len() > 2*maxLog {
		tail := append([]byte(nil), l.buf.Bytes()[l.buf.Len()-maxLog:]...)
		l.buf.Reset()
		l.buf.Write(tail)
	}
	return l.buf.Write(p)
}

func (l *lockedLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// textEvent is an m.room.message from alice (or from sender when set).
func textEvent(room id.RoomID, evtID id.EventID, body string) *event.Event {
	return &event.Event{
		ID: evtID, RoomID: room, Sender: "@alice:example.org", Type: event.EventMessage, Timestamp: 1,
		Content: event.Content{Parsed: &event.MessageEventContent{MsgType: event.MsgText, Body: body}},
	}
}

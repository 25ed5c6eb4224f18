package matrix

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

// recordingTurner runs fn for each message and records the ids it
// completed.
type recordingTurner struct {
	mu   sync.Mutex
	fn   func(m agent.Message) error
	done []string
	runs map[string]int
}

func (r *recordingTurner) Handle(_ context.Context, m agent.Message) error {
	r.mu.Lock()
	if r.runs == nil {
		r.runs = map[string]int{}
	}
	r.runs[m.ID]++
	r.mu.Unlock()
	if r.fn != nil {
		if err := r.fn(m); err != nil {
			return err
		}
	}
	r.mu.Lock()
	r.done = append(r.done, m.ID)
	r.mu.Unlock()
	return nil
}

func (r *recordingTurner) handled() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.done...)
}

func (r *recordingTurner) tries(msgID string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.runs[msgID]
}

// drain tries the waiting events until none is left, failing after a while.
func drain(t *testing.T, a *Adapter) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for a.waiting() > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d events still waiting", a.waiting())
		}
		if err := a.retryDue(t.Context()); err != nil {
			t.Fatal(err)
		}
		if due, ok := a.nextDue(); ok {
			time.Sleep(time.Until(due)) // the retry delays are a few milliseconds
		}
	}
}

func TestPanickingTurnIsSetAsideAndTheRoomGoesOn(t *testing.T) {
	turner := &recordingTurner{fn: func(m agent.Message) error {
		if m.Text == "secret words" {
			var s []int
			_ = s[len(m.Text)] // index out of range
		}
		return nil
	}}
	st := newMemStore()
	a, hs, logs := eventAdapter(t, Options{}, turner, st)
	room := id.RoomID("!dm:example.org")
	events := []*event.Event{textEvent(room, "$boom", "secret words"), textEvent(room, "$next", "hello")}
	if err := a.dispatch(t.Context(), room, events, "s1"); err != nil {
		t.Fatal(err)
	}
	if a.waiting() != 2 || a.durableToken("s2") != "s1" {
		t.Fatalf("after the first failure: waiting %d, token %q", a.waiting(), a.durableToken("s2"))
	}
	drain(t, a)

	if got := turner.tries("matrix:$boom"); got != a.maxEventErrors {
		t.Errorf("the panicking turn ran %d times, want %d", got, a.maxEventErrors)
	}
	if got := turner.handled(); len(got) != 1 || got[0] != "matrix:$next" {
		t.Errorf("handled %v, want the next message", got)
	}
	if a.durableToken("s2") != "s2" {
		t.Error("the stored token still waits for a set-aside event")
	}
	if aside, _ := a.isSetAside(t.Context(), "$boom"); !aside {
		t.Error("the event was not recorded as set aside")
	}
	raw, _ := st.Cursor(t.Context(), cursorSetAside)
	if !strings.Contains(raw, `"reason":"panicked"`) || !strings.Contains(raw, "$boom") || strings.Contains(raw, "secret") {
		t.Errorf("recorded %s", raw)
	}
	log := logs.String()
	if !strings.Contains(log, "event_id=$boom") || !strings.Contains(log, "goroutine") || strings.Contains(log, "secret words") {
		t.Errorf("the log must name the event and hold the stack, never the text:\n%s", log)
	}
	var notices int
	for _, s := range hs.sentEvents() {
		if s.content["msgtype"] == string(event.MsgNotice) {
			notices++
			if s.content["body"] != setAsideText {
				t.Errorf("notice %q", s.content["body"])
			}
		}
	}
	if notices != 1 {
		t.Errorf("%d notices, want the person told once", notices)
	}
}

func TestFailingRoomDoesNotHoldUpOthers(t *testing.T) {
	turner := &recordingTurner{fn: func(m agent.Message) error {
		if m.ChatID == "!stuck:example.org" {
			return errors.New("the model broke")
		}
		return nil
	}}
	a, _, _ := eventAdapter(t, Options{}, turner, newMemStore())
	a.retryMin, a.maxBackoff = time.Hour, time.Hour // the stuck room waits
	stuck, other := id.RoomID("!stuck:example.org"), id.RoomID("!other:example.org")
	if err := a.dispatch(t.Context(), stuck, []*event.Event{textEvent(stuck, "$a", "one"), textEvent(stuck, "$b", "two")}, "s1"); err != nil {
		t.Fatal(err)
	}
	if err := a.dispatch(t.Context(), other, []*event.Event{textEvent(other, "$c", "three")}, "s1"); err != nil {
		t.Fatal(err)
	}
	// A later batch: the stuck room's new event queues behind the first,
	// the other room's is answered at once.
	if err := a.dispatch(t.Context(), stuck, []*event.Event{textEvent(stuck, "$d", "four")}, "s2"); err != nil {
		t.Fatal(err)
	}
	if err := a.dispatch(t.Context(), other, []*event.Event{textEvent(other, "$e", "five")}, "s2"); err != nil {
		t.Fatal(err)
	}
	if got := turner.handled(); len(got) != 2 || got[0] != "matrix:$c" || got[1] != "matrix:$e" {
		t.Errorf("handled %v, want the other room's two messages", got)
	}
	if a.waiting() != 3 || turner.tries("matrix:$b") != 0 {
		t.Errorf("waiting %d (want 3), $b tried %d times (want 0: it waits behind $a)", a.waiting(), turner.tries("matrix:$b"))
	}
	if got := a.durableToken("s3"); got != "s1" {
		t.Errorf("stored token %q, want s1 (from before the waiting event)", got)
	}
	// Past the grace, the waiting event shows in Ready and FailingTurns.
	a.loggedIn.Store(true)
	a.synced.Store(true)
	a.readyGrace = time.Nanosecond
	if err := a.Ready(); !errors.Is(err, ErrStuck) {
		t.Errorf("Ready = %v, want ErrStuck", err)
	}
	if stuck, aside := a.FailingTurns(); stuck != 1 || aside != 0 {
		t.Errorf("FailingTurns = %d stuck, %d set aside; want 1, 0", stuck, aside)
	}
}

func TestPausedStoreWaitsWithoutCounting(t *testing.T) {
	pauses := 10
	turner := &recordingTurner{fn: func(agent.Message) error {
		if pauses > 0 {
			pauses--
			return agent.ErrPaused
		}
		return nil
	}}
	a, _, _ := eventAdapter(t, Options{}, turner, newMemStore())
	room := id.RoomID("!dm:example.org")
	evt := textEvent(room, "$p", "hello")
	for range 10 {
		// The sync loop syncs the same batch again after a pause.
		if err := a.dispatch(t.Context(), room, []*event.Event{evt}, "s1"); !errors.Is(err, agent.ErrPaused) {
			t.Fatalf("dispatch: %v, want ErrPaused", err)
		}
	}
	if err := a.dispatch(t.Context(), room, []*event.Event{evt}, "s1"); err != nil {
		t.Fatal(err)
	}
	if got := turner.handled(); len(got) != 1 {
		t.Errorf("handled %v after the pause", got)
	}
	if aside, _ := a.isSetAside(t.Context(), "$p"); aside || setAsideCount(a) != 0 {
		t.Error("a paused store made the event count as failing")
	}
}

func TestSetAsideEventsAreRememberedAcrossRestarts(t *testing.T) {
	st := newMemStore()
	turner := &recordingTurner{}
	first, _, _ := eventAdapter(t, Options{}, turner, st)
	room := id.RoomID("!dm:example.org")
	gone := textEvent(room, "$gone", "hello")
	if err := first.putAside(t.Context(), gone, reasonUndecryptable); err != nil {
		t.Fatal(err)
	}
	second, _, _ := eventAdapter(t, Options{}, turner, st)
	if err := second.dispatch(t.Context(), room, []*event.Event{gone, textEvent(room, "$new", "hi")}, "s1"); err != nil {
		t.Fatal(err)
	}
	if got := turner.handled(); len(got) != 1 || got[0] != "matrix:$new" {
		t.Errorf("handled %v, want only the new message", got)
	}
	// The list is bounded: the oldest entries make room.
	for i := range maxSetAside + 5 {
		if err := second.putAside(t.Context(), textEvent(room, id.EventID(fmt.Sprintf("$e%d", i)), ""), reasonFailing); err != nil {
			t.Fatal(err)
		}
	}
	third, _, _ := eventAdapter(t, Options{}, turner, st)
	if aside, _ := third.isSetAside(t.Context(), "$gone"); aside {
		t.Error("the oldest entry was kept past the bound")
	}
	if aside, _ := third.isSetAside(t.Context(), id.EventID(fmt.Sprintf("$e%d", maxSetAside+4))); !aside {
		t.Error("the newest entry was lost")
	}
}

func TestNotAllowedSenderIsNotDecrypted(t *testing.T) {
	turner := &recordingTurner{}
	a, _, _ := eventAdapter(t, Options{Allowed: func(ids ...string) bool { return false }}, turner, newMemStore())
	dec := &countingE2EE{}
	a.e2ee = dec
	evt := &event.Event{ID: "$enc", RoomID: "!dm:example.org", Sender: "@mallory:example.org", Type: event.EventEncrypted,
		Content: event.Content{Parsed: &event.EncryptedEventContent{Algorithm: "m.megolm.v1.aes-sha2"}}}
	if err := a.dispatch(t.Context(), evt.RoomID, []*event.Event{evt}, "s1"); err != nil {
		t.Fatal(err)
	}
	if dec.calls != 0 || a.waiting() != 0 {
		t.Errorf("decrypt called %d times, %d waiting, for a sender who is not allowed", dec.calls, a.waiting())
	}
}

func TestUndecryptableEventsWaitBrieflyThenAreSetAsideOnce(t *testing.T) {
	turner := &recordingTurner{}
	a, hs, _ := eventAdapter(t, Options{}, turner, newMemStore())
	a.keyWait = 20 * time.Millisecond
	dec := &countingE2EE{}
	a.e2ee = dec
	room := id.RoomID("!dm:example.org")
	var events []*event.Event
	for i := range 10 {
		events = append(events, &event.Event{ID: id.EventID(fmt.Sprintf("$enc%d", i)), RoomID: room, Sender: "@alice:example.org",
			Type: event.EventEncrypted, Content: event.Content{Parsed: &event.EncryptedEventContent{}}})
	}
	events = append(events, textEvent(room, "$plain", "are you there?"))
	start := time.Now()
	if err := a.dispatch(t.Context(), room, events, "s1"); err != nil {
		t.Fatal(err)
	}
	drain(t, a)
	if took := time.Since(start); took > time.Second {
		t.Errorf("ten undecryptable events held the room for %s", took)
	}
	if got := turner.handled(); len(got) != 1 || got[0] != "matrix:$plain" {
		t.Errorf("handled %v", got)
	}
	if setAsideCount(a) != 10 {
		t.Errorf("%d set aside, want 10", setAsideCount(a))
	}
	var notices []string
	for _, s := range hs.sentEvents() {
		if s.content["msgtype"] == string(event.MsgNotice) {
			notices = append(notices, s.content["body"].(string))
		}
	}
	if len(notices) != 1 || notices[0] != undecryptableText {
		t.Errorf("notices %q, want one ask to resend", notices)
	}
	// Synced again (a later batch, a restart): nothing is tried again.
	calls := dec.calls
	if err := a.dispatch(t.Context(), room, events[:10], "s1"); err != nil {
		t.Fatal(err)
	}
	if dec.calls != calls || a.waiting() != 0 {
		t.Errorf("set-aside events were tried again: %d decrypt calls, %d waiting", dec.calls-calls, a.waiting())
	}
}

// countingE2EE never has the keys.
type countingE2EE struct{ calls int }

func (c *countingE2EE) decrypt(context.Context, *event.Event) (*event.Event, error) {
	c.calls++
	return nil, errKeysMissing
}

func (c *countingE2EE) close() error { return nil }

func setAsideCount(a *Adapter) int64 {
	_, n := a.FailingTurns()
	return n
}

func TestHomeserverTroubleGetsMoreTries(t *testing.T) {
	down := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	turner := &recordingTurner{fn: func(m agent.Message) error {
		if m.Text == "flaky" {
			return fmt.Errorf("get event: %w", down)
		}
		return errors.New("broken")
	}}
	a, _, _ := eventAdapter(t, Options{}, turner, newMemStore())
	room := id.RoomID("!dm:example.org")
	if err := a.dispatch(t.Context(), room, []*event.Event{textEvent(room, "$flaky", "flaky"), textEvent(room, "$broken", "broken")}, "s1"); err != nil {
		t.Fatal(err)
	}
	drain(t, a)
	if got, want := turner.tries("matrix:$flaky"), a.maxEventErrors*transientTriesFactor; got != want {
		t.Errorf("homeserver trouble: %d tries, want %d", got, want)
	}
	if got := turner.tries("matrix:$broken"); got != a.maxEventErrors {
		t.Errorf("a failing turn: %d tries, want %d", got, a.maxEventErrors)
	}
}

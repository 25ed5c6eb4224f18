package matrix

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// guard runs fn, one handler of evt, and turns a panic inside it into an
// error wrapping errPanicked, so that one bad event fails its own turn
// instead of the process. The log gets the event's ids and the stack,
// never its content.
func (a *Adapter) guard(evt *event.Event, fn func() error) error {
	return a.recovering(fn, "event_id", evt.ID, "room_id", evt.RoomID, "type", evt.Type.Type)
}

// guardRoom is guard for work on a room rather than on one event (an
// invite, the bookkeeping of a sync); what names the work.
func (a *Adapter) guardRoom(room id.RoomID, what string, fn func() error) error {
	return a.recovering(fn, "room_id", room, "handling", what)
}

// recovering runs fn and turns a panic into errPanicked, logging ids (the
// attrs) and the stack.
func (a *Adapter) recovering(fn func() error, attrs ...any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("handler panicked", append(attrs, "panic", panicValue(r), "stack", string(debug.Stack()))...)
			a.panics.Add(1)
			err = fmt.Errorf("%v: %w", attrs[1], errPanicked)
		}
	}()
	return fn()
}

// panicValue describes a recovered value for the log: a runtime error says
// what went wrong in terms of indexes and types; any other value could hold
// message text, so only its type is named.
func panicValue(r any) string {
	if re, ok := r.(runtime.Error); ok {
		return re.Error()
	}
	return fmt.Sprintf("%T", r)
}

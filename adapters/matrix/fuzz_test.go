package matrix

import (
	"encoding/json"
	"errors"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// fuzzSeeds are raw timeline events: the mention cases that once panicked
// or were missed, and events that are odd in shape.
var fuzzSeeds = []string{
	`{"type":"m.room.message","event_id":"$1","room_id":"!group:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"Ⱥnna"}}`,
	`{"type":"m.room.message","event_id":"$2","room_id":"!group:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"ȺNNA: how do I say sorry?"}}`,
	`{"type":"m.room.message","event_id":"$3","room_id":"!group:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"companion… are you there?"}}`,
	`{"type":"m.room.message","event_id":"$4","room_id":"!group:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"what is companion’s advice"}}`,
	`{"type":"m.room.message","event_id":"$5","room_id":"!group:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"«companion» /help"}}`,
	`{"type":"m.room.message","event_id":"$6","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"!draft"}}`,
	`{"type":"m.room.message","event_id":"$7","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":123}}`,
	`{"type":"m.room.message","event_id":"$8","room_id":"!dm:example.org","sender":"@alice:example.org","content":null}`,
	`{"type":"m.room.message","event_id":"$9","room_id":"!dm:example.org","sender":"@alice:example.org"}`,
	`{"type":"m.room.message","event_id":"$10","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"msgtype":"m.weird","body":"?"}}`,
	`{"type":"m.room.message","event_id":"$11","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"* edit","m.new_content":{"body":"edit"},"m.relates_to":{"rel_type":"m.replace","event_id":"$6"}}}`,
	`{"type":"m.room.message","event_id":"$12","room_id":"!group:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"> <@x:y> quoted\n\nhi","m.relates_to":{"m.in_reply_to":{"event_id":"$nothing"}}}}`,
	`{"type":"m.room.message","event_id":"$13","room_id":"!group:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"in a thread","m.relates_to":{"rel_type":"m.thread"}}}`,
	`{"type":"m.room.message","event_id":"$14","room_id":"!group:example.org","sender":"@alice:example.org","content":{"msgtype":"m.text","body":"hey","m.mentions":{"user_ids":["@companion:example.org"]},"format":"org.matrix.custom.html","formatted_body":"<a href=\"https://matrix.to/#/@companion:example.org\">x</a>"}}`,
	`{"type":"m.reaction","event_id":"$15","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"m.relates_to":{"rel_type":"m.annotation","event_id":"$unknown","key":"2️⃣"}}}`,
	`{"type":"m.reaction","event_id":"$16","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"m.relates_to":{}}}`,
	`{"type":"m.sticker","event_id":"$17","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"body":"cat","url":"mxc://x/y"}}`,
	`{"type":"m.room.encrypted","event_id":"$18","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"algorithm":"m.megolm.v1.aes-sha2","ciphertext":"AwgA","session_id":"x"}}`,
	`{"type":"m.room.tombstone","state_key":"","event_id":"$19","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"replacement_room":"!new:example.org"}}`,
	`{"type":"m.room.tombstone","state_key":"","event_id":"$20","room_id":"!dm:example.org","sender":"@alice:example.org","content":{"replacement_room":42}}`,
	`{"type":"m.room.member","state_key":"@companion:example.org","event_id":"$21","room_id":"!dm:example.org","sender":"@companion:example.org","content":{"membership":"join"}}`,
	`{"type":"m.room.message","event_id":"$22","room_id":"!dm:example.org","sender":"@companion:example.org","content":{"msgtype":"m.text","body":"my own"}}`,
	`{"type":"","event_id":"","room_id":"","sender":"","content":{}}`,
	`{"type":"m.room.message","event_id":"$24","room_id":"!dm:example.org","sender":"not a user id","content":{"msgtype":"m.location","body":"here","geo_uri":"geo:0,0"}}`,
}

// FuzzHandleEvent feeds raw events through the adapter's handling of a
// room's timeline into the real agent and a real store: whatever arrives,
// no handler panics (guard would turn a panic into a failed turn, which
// this counts) and nothing but a paused store stops the room.
func FuzzHandleEvent(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	st, err := store.Open(store.Options{Dir: f.TempDir()})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = st.Close() })
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		f.Fatal(err)
	}
	companion := agent.New(agent.Options{Store: st, Guide: kb})
	a, _, logs := eventAdapter(f, Options{DisplayName: "Ⱥnna"}, companion, st)
	a.keyWait = 0
	f.Fuzz(func(t *testing.T, raw []byte) {
		var evt event.Event
		if json.Unmarshal(raw, &evt) != nil {
			return
		}
		if evt.RoomID == "" {
			evt.RoomID = "!dm:example.org"
		}
		// As a sync does: content that does not fit its type stays unparsed.
		_ = evt.Content.ParseRaw(evt.Type)
		a.queues = make(map[id.RoomID]*roomQueue)
		room := &mautrix.SyncJoinedRoom{Timeline: mautrix.SyncTimeline{SyncEventsList: mautrix.SyncEventsList{Events: []*event.Event{&evt}}}}
		if err := a.handleRoom(t.Context(), evt.RoomID, room, "s1"); err != nil && !errors.Is(err, agent.ErrPaused) {
			t.Logf("handleRoom: %v", err) // a failing lookup makes the batch wait, which is allowed
		}
		drain(t, a)
		if n := a.panics.Load(); n != 0 {
			log := logs.String()
			t.Fatalf("%d handler panics; the log ends:\n%s", n, log[max(0, len(log)-8000):])
		}
	})
}

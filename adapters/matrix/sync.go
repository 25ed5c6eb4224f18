package matrix

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

// syncTimeoutMS is how long one /sync long-poll may wait for news.
const syncTimeoutMS = 30000

// syncer is mautrix's DefaultSyncer (crypto bookkeeping, the state store)
// minus one thing: it ignores handlers for m.room.encrypted. The
// cryptohelper would otherwise decrypt those on its own, possibly later in a
// goroutine; the adapter decrypts them itself, in order, inside the batch, so
// that the sync token is stored only after they were handled.
type syncer struct {
	*mautrix.DefaultSyncer
}

var (
	_ mautrix.ExtensibleSyncer   = (*syncer)(nil)
	_ mautrix.DispatchableSyncer = (*syncer)(nil)
)

func newSyncer() *syncer {
	s := mautrix.NewDefaultSyncer()
	s.FilterJSON = &mautrix.Filter{
		Room: &mautrix.RoomFilter{Timeline: &mautrix.FilterPart{Limit: 50}},
	}
	return &syncer{s}
}

// OnEventType registers fn for t, except for encrypted events (see syncer).
func (s *syncer) OnEventType(t event.Type, fn mautrix.EventHandler) {
	if t == event.EventEncrypted {
		return
	}
	s.DefaultSyncer.OnEventType(t, fn)
}

// syncLoop long-polls /sync until intake ends. Each batch is handled in
// full before its next_batch token is stored, so a crash repeats a batch
// (turns are deduplicated by event id) rather than losing one; while events
// wait in a room for another try, the stored token stays before them. Turns run
// under ctx, so the one in flight when intake ends (Shutdown) finishes; the
// events after it are left for the next start. It returns nil once stopped
// that way, and ctx.Err() when ctx ends.
func (a *Adapter) syncLoop(ctx, intake context.Context) error {
	since, err := a.store.Cursor(ctx, cursorNextBatch)
	if err != nil {
		return fmt.Errorf("load sync token: %w", err)
	}
	stored := since
	bo := newBackoff(a.backoffMin(), a.maxBackoff)
	// The first sync of a run and those after a failure do not wait for
	// news, so that Ready knows soon whether the homeserver answers.
	quick := true
	for {
		if intake.Err() != nil {
			return ctx.Err()
		}
		// Events waiting in a room are tried when their time comes; the
		// long poll is cut short for them.
		err := a.retryDue(ctx)
		var filterID string
		if err == nil {
			filterID, err = a.filterID(intake)
		}
		if err == nil {
			timeout := syncTimeoutMS
			if since == "" || quick {
				timeout = 0
			}
			if due, ok := a.nextDue(); ok {
				timeout = max(0, min(timeout, int(time.Until(due).Milliseconds())))
			}
			var resp *mautrix.RespSync
			resp, err = a.cli.FullSyncRequest(intake, mautrix.ReqSync{Timeout: timeout, Since: since, FilterID: filterID})
			if err == nil {
				err = a.handleBatch(ctx, resp, since)
			}
			if err == nil {
				// The stored token never passes an event that waits.
				if keep := a.durableToken(resp.NextBatch); keep != stored {
					err = a.store.SetCursor(ctx, cursorNextBatch, keep)
					if err == nil {
						stored = keep
					}
				}
			}
			if err == nil {
				since = resp.NextBatch
				quick = false
				bo.reset()
				a.synced.Store(true)
				a.life.OK()
				continue
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, errStopped) || intake.Err() != nil {
			return nil
		}
		if errors.Is(err, agent.ErrPaused) {
			// Nothing is wrong with the events: wait, fetch nothing new,
			// and try the same batch again without counting it.
			a.life.Fail("store paused")
			a.log.Warn("store paused, waiting", "in", bo.peek())
			if bo.wait(intake) != nil {
				return ctx.Err()
			}
			continue
		}
		if ended := a.sessionEnded(err); errors.Is(ended, ErrLoginAgain) {
			return fmt.Errorf("sync: %w", ended)
		}
		if errors.Is(err, mautrix.MUnknownToken) && a.oauth == nil {
			if rerr := a.relogin(intake); !transient(rerr) {
				if rerr != nil {
					return fmt.Errorf("sync: %w; logging in again: %w", err, rerr)
				}
				continue
			}
		}
		if isBadFilter(err) {
			a.log.Warn("stored sync filter rejected, creating a new one")
			_ = a.store.SetCursor(ctx, cursorFilterID, "")
		}
		quick = true
		a.life.Fail("sync")
		a.log.Warn("sync failed, retrying", "err", err, "in", bo.peek())
		if bo.waitAtLeast(intake, retryAfter(err, a.maxBackoff)) != nil {
			return ctx.Err()
		}
	}
}

func (a *Adapter) backoffMin() time.Duration { return min(time.Second, a.maxBackoff) }

// filterID returns the stored sync filter, creating and storing it first.
func (a *Adapter) filterID(ctx context.Context) (string, error) {
	fid, err := a.store.Cursor(ctx, cursorFilterID)
	if err != nil || fid != "" {
		return fid, err
	}
	resp, err := a.cli.CreateFilter(ctx, a.cli.Syncer.GetFilterJSON(a.userID))
	if err != nil {
		return "", fmt.Errorf("create filter: %w", err)
	}
	if err := a.store.SetCursor(ctx, cursorFilterID, resp.FilterID); err != nil {
		return "", fmt.Errorf("keep filter: %w", err)
	}
	return resp.FilterID, nil
}

func isBadFilter(err error) bool {
	var httpErr mautrix.HTTPError
	if !errors.As(err, &httpErr) || httpErr.RespError == nil {
		return false
	}
	code := httpErr.RespError.ErrCode
	return code == mautrix.MInvalidParam.ErrCode || code == mautrix.MNotFound.ErrCode || code == mautrix.MBadJSON.ErrCode
}

// handleBatch feeds one /sync response through mautrix's bookkeeping (keys,
// device lists, room state), then handles invites and the new timeline
// events of every joined room. since is "" for the very first sync, whose
// timeline is history: it is read but never answered.
func (a *Adapter) handleBatch(ctx context.Context, resp *mautrix.RespSync, since string) error {
	err := a.recovering(func() error { return a.cli.Syncer.ProcessResponse(ctx, resp, since) }, "handling", "sync response")
	if err != nil {
		return fmt.Errorf("process sync: %w", err)
	}
	for roomID, room := range resp.Rooms.Invite {
		err := a.guardRoom(roomID, "invite", func() error { return a.handleInvite(ctx, roomID, room.State.Events) })
		if err != nil && !errors.Is(err, errPanicked) {
			return err
		}
	}
	for roomID := range resp.Rooms.Leave {
		a.forgetRoom(roomID)
		delete(a.queues, roomID)
	}
	for roomID, room := range resp.Rooms.Join {
		if err := a.handleRoom(ctx, roomID, room, since); err != nil {
			return err
		}
	}
	return nil
}

// handleRoom handles the timeline of one joined room: only events after the
// companion's own join count, and none in the first sync (since == "").
func (a *Adapter) handleRoom(ctx context.Context, roomID id.RoomID, room *mautrix.SyncJoinedRoom, since string) error {
	history := since == ""
	membersChanged := false
	for _, evt := range room.State.Events {
		membersChanged = membersChanged || evt.Type == event.StateMember
		if err := a.handleState(ctx, roomID, evt); err != nil {
			return err
		}
	}
	events := room.Timeline.Events
	if !history && room.Timeline.Limited && room.Timeline.PrevBatch != "" {
		older, err := a.fillGap(ctx, roomID, room.Timeline.PrevBatch, since)
		if err != nil {
			return err
		}
		events = append(older, events...)
	}
	start := 0
	for i, evt := range events {
		if evt.Type == event.StateMember {
			membersChanged = true
			if a.isOwnJoin(evt) {
				start = i + 1
			}
		}
	}
	if membersChanged {
		a.forgetMembers(roomID)
	}
	var fresh []*event.Event
	for i, evt := range events {
		if err := a.handleState(ctx, roomID, evt); err != nil {
			return err
		}
		if evt.Sender == a.userID {
			a.own.add(evt)
			continue
		}
		if history || i < start {
			continue
		}
		fresh = append(fresh, evt)
	}
	if err := a.dispatch(ctx, roomID, fresh, since); err != nil {
		return err
	}
	if membersChanged {
		return a.leaveIfAlone(ctx, roomID)
	}
	return nil
}

// handleState acts on the room state events the companion follows (a
// tombstone: the room was upgraded), wherever they appear in a sync.
func (a *Adapter) handleState(ctx context.Context, roomID id.RoomID, evt *event.Event) error {
	if evt.Type != event.StateTombstone {
		return nil
	}
	err := a.guard(evt, func() error { return a.followUpgrade(ctx, roomID, evt) })
	if errors.Is(err, errPanicked) {
		return nil // logged; a tombstone that panics is not followed
	}
	return err
}

// isOwnJoin reports whether evt is the companion joining (not a profile
// change, which is also a join membership event).
func (a *Adapter) isOwnJoin(evt *event.Event) bool {
	if evt.GetStateKey() != string(a.userID) {
		return false
	}
	if m, _ := evt.Content.Raw["membership"].(string); m != string(event.MembershipJoin) {
		return false
	}
	prev := evt.Unsigned.PrevContent
	if prev == nil {
		return true
	}
	pm, _ := prev.Raw["membership"].(string)
	return pm != string(event.MembershipJoin)
}

// maxGapPages bounds how far back a gap in a room's timeline is read, in
// pages of gapPage events.
const (
	maxGapPages = 20
	gapPage     = 100
)

// fillGap fetches the events that a limited sync left out of a room's
// timeline — those after the previous sync (since) and before the first
// event this sync returned — oldest first. Without it, a busy room's
// messages sent while the companion was away would go unanswered.
func (a *Adapter) fillGap(ctx context.Context, roomID id.RoomID, prevBatch, since string) ([]*event.Event, error) {
	var older []*event.Event
	from := prevBatch
	for range maxGapPages {
		resp, err := a.cli.Messages(ctx, roomID, from, since, mautrix.DirectionBackward, nil, gapPage)
		if err != nil {
			return nil, fmt.Errorf("fill timeline gap: %w", err)
		}
		for _, evt := range resp.Chunk {
			evt.RoomID = roomID
			if err := evt.Content.ParseRaw(evt.Type); err != nil && !errors.Is(err, event.ErrContentAlreadyParsed) {
				a.log.Debug("unparsable event in timeline gap", "event", evt.ID, "type", evt.Type.Type, "err", err)
			}
			older = append(older, evt)
		}
		if resp.End == "" || len(resp.Chunk) == 0 {
			break
		}
		from = resp.End
	}
	slices.Reverse(older)
	a.log.Info("filled a gap in a room's timeline", "room", roomID, "events", len(older))
	return older, nil
}

package telegram

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/agent"
)

// stream shows a reply while it is being written, at most once per
// EditInterval. Where the server has sendMessageDraft (Bot API 9.5) the text
// so far is a draft: a preview that is not a message, so nothing of it stays
// in the chat, and the final reply from the outbox is one new message. Where
// drafts are refused, the first partial text is sent as a message, later
// ones edit it, and the final reply replaces it (see deliver).
type stream struct {
	a    *Adapter
	chat int64

	ctx context.Context

	mu      sync.Mutex
	latest  string
	started bool // run was started by the first partial
	halted  bool

	// Owned by run until done is closed; read by others only after that.
	draftID  int64 // the stream's draft_id, 0 before its first draft
	msgID    int
	shown    string
	lastEdit time.Time

	wake chan struct{}
	stop chan struct{}
	done chan struct{}
	once sync.Once
}

// openStream starts a stream for a private chat's turn. A message left by
// an earlier, failed attempt of the same turn is edited again, not repeated.
func (a *Adapter) openStream(ctx context.Context, chat int64) *stream {
	st := &stream{a: a, chat: chat, ctx: ctx, wake: make(chan struct{}, 1),
		stop: make(chan struct{}), done: make(chan struct{})}
	a.mu.Lock()
	old := a.streams[chat]
	a.streams[chat] = st
	a.mu.Unlock()
	if old != nil {
		old.halt()
		st.msgID, st.draftID, st.shown, st.lastEdit = old.msgID, old.draftID, old.shown, old.lastEdit
	}
	return st
}

// closeStream ends a turn's stream. If nothing was shown it is forgotten;
// otherwise it waits for the final reply to take it over.
func (a *Adapter) closeStream(chat int64, st *stream) {
	st.halt()
	if st.msgID != 0 {
		return
	}
	a.mu.Lock()
	if a.streams[chat] == st {
		delete(a.streams, chat)
	}
	a.mu.Unlock()
}

// staleStream is how old a streamed message may be and still be replaced
// by a reply; an older one has scrolled away, and the reply comes anew.
const staleStream = 2 * time.Minute

// takeStream hands the chat's stream, stopped, to the final reply; nil when
// there is none or it is stale.
func (a *Adapter) takeStream(chat int64) *stream {
	a.mu.Lock()
	st := a.streams[chat]
	delete(a.streams, chat)
	a.mu.Unlock()
	if st == nil {
		return nil
	}
	st.halt()
	if time.Since(st.lastEdit) > staleStream {
		return nil
	}
	return st
}

// partial is the agent's Message.Partial: it never blocks. The goroutine
// that shows partials starts with the first one, so turns without a model
// cost nothing.
func (st *stream) partial(text string) {
	st.mu.Lock()
	if st.halted {
		st.mu.Unlock()
		return
	}
	st.latest = text
	if !st.started {
		st.started = true
		go st.run(st.ctx)
	}
	st.mu.Unlock()
	select {
	case st.wake <- struct{}{}:
	default:
	}
}

// halt stops run and waits for it; a call in flight completes first.
func (st *stream) halt() {
	st.once.Do(func() { close(st.stop) })
	st.mu.Lock()
	st.halted = true
	started := st.started
	st.mu.Unlock()
	if started {
		<-st.done
	}
}

func (st *stream) run(ctx context.Context) {
	defer close(st.done)
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-st.stop:
			cancel()
		case <-sctx.Done():
		}
	}()
	for {
		select {
		case <-sctx.Done():
			return
		case <-st.wake:
		}
		if st.msgID != 0 || st.draftID != 0 {
			if sleep(sctx, st.a.opts.EditInterval-time.Since(st.lastEdit)) != nil {
				return
			}
		}
		st.mu.Lock()
		text := st.latest
		st.mu.Unlock()
		st.show(sctx, text)
	}
}

// show updates the draft, or sends or edits the streamed message. Failures
// only cost a frame: 429 and "not modified" are skipped, and the final
// reply comes anyway.
func (st *stream) show(ctx context.Context, text string) {
	chunks := split(render(agent.Reply{Text: text}), maxText)
	if len(chunks) == 0 || chunks[0] == st.shown {
		return
	}
	h := chunks[0]
	if err := st.a.limit.wait(ctx, st.chat); err != nil {
		return
	}
	if st.msgID == 0 && !st.a.noDrafts.Load() && st.draft(h) {
		return
	}
	var c tgbotapi.Chattable
	if st.msgID == 0 {
		m := tgbotapi.NewMessage(st.chat, h)
		m.ParseMode, m.DisableWebPagePreview = tgbotapi.ModeHTML, true
		c = m
	} else {
		e := tgbotapi.NewEditMessageText(st.chat, st.msgID, h)
		e.ParseMode, e.DisableWebPagePreview = tgbotapi.ModeHTML, true
		c = e
	}
	msg, err := st.a.bot.Send(c)
	st.lastEdit = time.Now()
	if err != nil {
		if code := apiCode(err); code != 429 && !strings.Contains(err.Error(), "not modified") {
			st.a.log.Debug("streamed update failed", "chat", st.chat, "err", st.a.scrub.err(err))
		}
		return
	}
	if st.msgID == 0 {
		st.msgID = msg.MessageID
	}
	st.shown = h
}

// draft shows h as the stream's draft. It returns false when the server
// does not take drafts, so that the caller shows a message instead; a
// server that answers 400 or 404 to the method never gets another.
func (st *stream) draft(h string) bool {
	if st.draftID == 0 {
		st.draftID = st.a.draftIDs.Add(1)
	}
	p := tgbotapi.Params{
		"chat_id":    strconv.FormatInt(st.chat, 10),
		"draft_id":   strconv.FormatInt(st.draftID, 10),
		"text":       h,
		"parse_mode": tgbotapi.ModeHTML,
	}
	_, err := st.a.bot.MakeRequest("sendMessageDraft", p)
	st.lastEdit = time.Now()
	switch code := apiCode(err); {
	case err == nil:
		st.shown = h
	case code == 400 || code == 404:
		st.a.noDrafts.Store(true)
		st.a.log.Info("the Bot API server refused message drafts; streaming with edits instead", "code", code)
		return false
	default:
		st.a.log.Debug("streamed draft failed", "chat", st.chat, "err", st.a.scrub.err(err))
	}
	return true
}

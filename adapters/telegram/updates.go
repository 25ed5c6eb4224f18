package telegram

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/agent"
)

// maxRefused bounds the memory of chats that were refused.
const maxRefused = 10000

// refusal is sent once per chat to people who are not on the allowed list.
const refusal = "Sorry, this companion is private: it only talks with the people it was set up for. " +
	"If you think you should have access, ask the person who runs it."

// allowedUpdates are the update kinds the companion asks Telegram for;
// anything else that arrives is skipped.
var allowedUpdates = []string{"message", "callback_query"}

// poll long-polls getUpdates and handles each update in order. The offset
// is persisted only after an update was handled, so nothing is skipped.
// When intake ends (Shutdown) it stops fetching, lets the turns in flight
// finish, confirms what they committed and returns ctx.Err(): nil unless
// ctx ended too.
func (a *Adapter) poll(ctx, intake context.Context) error {
	if err := a.deleteWebhook(intake); err != nil {
		return ctx.Err()
	}
	offset, err := a.loadOffset(intake)
	if err != nil {
		return ctx.Err()
	}
	b := newBackoff(a.opts.Retry)
	for {
		updates, err := a.bot.GetUpdates(tgbotapi.UpdateConfig{
			Offset:         offset,
			Limit:          100,
			Timeout:        int(a.opts.PollTimeout / time.Second),
			AllowedUpdates: allowedUpdates,
		})
		if intake.Err() != nil {
			// Whatever this call fetched is unconfirmed: Telegram keeps it.
			return ctx.Err()
		}
		if err != nil {
			a.life.Fail("getUpdates")
			a.log.Warn("getUpdates failed", "err", a.scrub.err(err), "offset", offset)
			if a.waitFlood(intake, err, b) != nil {
				return ctx.Err()
			}
			continue
		}
		a.life.OK()
		b.reset()
		next, err := a.processBatch(ctx, intake, updates, offset)
		if err != nil {
			return err
		}
		if next != offset {
			offset = next
			if err := a.saveOffset(ctx, offset); err != nil {
				return err
			}
		}
		if intake.Err() != nil {
			return ctx.Err()
		}
	}
}

// batchWorkers bounds how many chats of one batch are handled at once.
const batchWorkers = 32

// processBatch handles a batch of updates: each chat's updates in order,
// different chats side by side, so that their commits share disk flushes.
// It returns once every update is committed, with the offset to confirm;
// a crash before then only repeats updates, which turns deduplicate. Once
// intake ends no further turn starts; the offset returned then stops at the
// first update that was not committed.
func (a *Adapter) processBatch(ctx, intake context.Context, updates []tgbotapi.Update, offset int) (int, error) {
	byChat := map[int64][]tgbotapi.Update{}
	var order []int64
	var ids []int
	for _, u := range updates {
		if u.UpdateID < offset {
			continue
		}
		ids = append(ids, u.UpdateID)
		var chat int64
		if c := u.FromChat(); c != nil {
			chat = c.ID
		}
		if _, ok := byChat[chat]; !ok {
			order = append(order, chat)
		}
		byChat[chat] = append(byChat[chat], u)
	}
	var mu sync.Mutex
	committed := make(map[int]bool, len(ids))
	sem := make(chan struct{}, batchWorkers)
	errs := make(chan error, len(order))
	var wg sync.WaitGroup
	for _, chat := range order {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			for _, u := range byChat[chat] {
				if intake.Err() != nil {
					return
				}
				err := a.process(ctx, intake, u)
				if errors.Is(err, errStopped) {
					return
				}
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				committed[u.UpdateID] = true
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return offset, err
	}
	return confirmable(offset, ids, committed), nil
}

// confirmable returns the offset that confirms every update up to the first
// one of ids that was not committed.
func confirmable(offset int, ids []int, committed map[int]bool) int {
	slices.Sort(ids)
	next := offset
	for _, id := range ids {
		if !committed[id] {
			return next
		}
		next = id + 1
	}
	return next
}

// waitFlood waits as a 429 asks, or backs off for any other error.
func (a *Adapter) waitFlood(ctx context.Context, err error, b *backoff) error {
	var e *tgbotapi.Error
	if errors.As(err, &e) && e.Code == 429 && e.RetryAfter > 0 {
		return sleep(ctx, time.Duration(e.RetryAfter)*time.Second)
	}
	return b.wait(ctx)
}

func (a *Adapter) deleteWebhook(ctx context.Context) error {
	b := newBackoff(a.opts.Retry)
	for {
		_, err := a.bot.Request(tgbotapi.DeleteWebhookConfig{})
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		a.log.Warn("deleteWebhook failed", "err", a.scrub.err(err))
		if err := a.waitFlood(ctx, err, b); err != nil {
			return err
		}
	}
}

func (a *Adapter) loadOffset(ctx context.Context) (int, error) {
	b := newBackoff(a.opts.Retry)
	for {
		v, err := a.store.Cursor(ctx, offsetCursor)
		if err == nil {
			if v == "" {
				return 0, nil
			}
			n, perr := strconv.Atoi(v)
			if perr != nil {
				a.log.Error("stored offset unreadable, starting from Telegram's", "err", perr)
				return 0, nil
			}
			return n, nil
		}
		a.log.Error("read offset", "err", err)
		if err := b.wait(ctx); err != nil {
			return 0, err
		}
	}
}

// saveOffset persists offset, retrying until the store takes it: moving on
// without it would be safe (turns are deduplicated) but wasteful.
func (a *Adapter) saveOffset(ctx context.Context, offset int) error {
	b := newBackoff(a.opts.Retry)
	for {
		err := a.store.SetCursor(ctx, offsetCursor, strconv.Itoa(offset))
		if err == nil {
			return nil
		}
		a.log.Error("save offset", "err", err, "offset", offset)
		if err := b.wait(ctx); err != nil {
			return err
		}
	}
}

// process acknowledges u and handles it, retrying the same update with
// backoff until the turn is committed or ctx ends. A failed turn is not
// tried again once intake has ended: it returns errStopped.
func (a *Adapter) process(ctx, intake context.Context, u tgbotapi.Update) error {
	a.ackCallback(u)
	b := newBackoff(a.opts.Retry)
	for {
		err := a.handleUpdate(ctx, u)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		a.log.Warn("turn failed, retrying", "update", u.UpdateID, "err", err)
		if b.wait(intake) != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return errStopped
		}
	}
}

// ackCallback answers a button press at once, as Telegram expects, even for
// an old keyboard; otherwise the button keeps spinning.
func (a *Adapter) ackCallback(u tgbotapi.Update) {
	if u.CallbackQuery == nil {
		return
	}
	if _, err := a.bot.Request(tgbotapi.NewCallback(u.CallbackQuery.ID, "")); err != nil {
		a.log.Debug("answerCallbackQuery failed", "update", u.UpdateID, "err", a.scrub.err(err))
	}
}

// handleUpdate turns u into a turn. Updates that are not for the companion
// (edits, channel posts, group chatter) are skipped and return nil.
func (a *Adapter) handleUpdate(ctx context.Context, u tgbotapi.Update) error {
	m, from, ok := a.toMessage(u)
	if !ok || (m.Group && !m.Addressed) {
		return nil
	}
	chat, _ := strconv.ParseInt(m.ChatID, 10, 64)
	if !a.allowed(from) {
		a.refuse(ctx, chat, u.UpdateID)
		return nil
	}
	if !m.Group {
		a.clearBlocked(ctx, m.ChatID)
	}
	var st *stream
	if !m.Group {
		st = a.openStream(ctx, chat)
		m.Partial = st.partial
	}
	stopTyping := a.startTyping(ctx, chat)
	start := time.Now()
	err := a.turner.Handle(ctx, m)
	stopTyping()
	if st != nil {
		a.closeStream(chat, st)
	}
	if errors.Is(err, agent.ErrDuplicate) {
		a.log.Debug("duplicate update", "update", u.UpdateID)
		err = nil
	}
	if err != nil {
		return err
	}
	a.log.Debug("turn", "update", u.UpdateID, "chat", chat, "took", time.Since(start))
	a.Kick()
	return nil
}

func (a *Adapter) allowed(u *tgbotapi.User) bool {
	if a.opts.Allowed == nil {
		return true
	}
	ids := []string{strconv.FormatInt(u.ID, 10)}
	if u.UserName != "" {
		ids = append(ids, "@"+u.UserName)
	}
	return a.opts.Allowed(ids...)
}

// refuse tells a chat once that the companion is not for them. Nothing is
// stored; the memory of refused chats lasts until restart.
func (a *Adapter) refuse(ctx context.Context, chat int64, update int) {
	a.mu.Lock()
	done := a.refused[chat]
	if len(a.refused) >= maxRefused {
		// A flood of strangers must not grow memory without bound; at
		// worst some of them hear the refusal twice.
		clear(a.refused)
	}
	a.refused[chat] = true
	a.mu.Unlock()
	a.log.Info("not allowed", "update", update, "chat", chat, "refused_before", done)
	if done {
		return
	}
	if err := a.limit.wait(ctx, chat); err != nil {
		return
	}
	if _, err := a.bot.Send(tgbotapi.NewMessage(chat, refusal)); err != nil {
		a.log.Warn("send refusal", "chat", chat, "err", a.scrub.err(err))
	}
}

// clearBlocked forgets that a chat had blocked the bot: they wrote again.
func (a *Adapter) clearBlocked(ctx context.Context, chat string) {
	v, err := a.store.Cursor(ctx, blockedCursor(chat))
	if err != nil || v == "" {
		return
	}
	if err := a.store.SetCursor(ctx, blockedCursor(chat), ""); err != nil {
		a.log.Warn("clear blocked mark", "chat", chat, "err", err)
	}
}

// toMessage maps an update to an agent message. ok is false for kinds the
// companion ignores.
func (a *Adapter) toMessage(u tgbotapi.Update) (m agent.Message, from *tgbotapi.User, ok bool) {
	m = agent.Message{ID: Channel + ":" + strconv.Itoa(u.UpdateID), Channel: Channel}
	switch {
	case u.Message != nil:
		tm := u.Message
		if tm.From == nil || tm.Chat == nil || tm.From.IsBot {
			return m, nil, false
		}
		from = tm.From
		fillChat(&m, tm.Chat, tm.MessageID)
		m.Time = time.Unix(int64(tm.Date), 0)
		if tm.Text != "" {
			m.Text, m.Addressed = a.addressed(tm)
		} else if kind := nonText(tm); kind != "" {
			m.NonText = kind
			m.Addressed = tm.ReplyToMessage != nil && tm.ReplyToMessage.From != nil &&
				tm.ReplyToMessage.From.ID == a.bot.Self.ID
		} else {
			return m, nil, false
		}
	case u.CallbackQuery != nil:
		cq := u.CallbackQuery
		if cq.From == nil || cq.Message == nil || cq.Message.Chat == nil || cq.Data == "" {
			return m, nil, false
		}
		from = cq.From
		fillChat(&m, cq.Message.Chat, cq.Message.MessageID)
		m.Choice, m.Addressed = cq.Data, true
	default:
		return m, nil, false
	}
	m.Person = agent.PersonID(Channel + ":" + strconv.FormatInt(from.ID, 10))
	m.Name = from.FirstName
	if !m.Group {
		m.Addressed, m.ReplyTo = true, ""
	}
	return m, from, true
}

func fillChat(m *agent.Message, c *tgbotapi.Chat, messageID int) {
	m.ChatID = strconv.FormatInt(c.ID, 10)
	m.Group = c.Type == "group" || c.Type == "supergroup"
	if m.Group {
		m.ReplyTo = strconv.Itoa(messageID)
	}
}

// addressed returns the text the agent should see and whether the bot was
// addressed: in private always; in groups by a command (bare or
// /cmd@thisbot), an @mention of the bot, or a reply to one of its messages.
// The bot's own name is taken out of the text.
func (a *Adapter) addressed(tm *tgbotapi.Message) (string, bool) {
	text := tm.Text
	name := "@" + a.bot.Self.UserName
	private := tm.Chat.Type == "private"
	if strings.HasPrefix(text, "/") {
		cmd, rest, _ := strings.Cut(text, " ")
		if base, target, ok := strings.Cut(cmd, "@"); ok {
			if !strings.EqualFold("@"+target, name) {
				return text, private
			}
			cmd = base
		}
		if rest != "" {
			return cmd + " " + rest, true
		}
		return cmd, true
	}
	if i := indexFold(text, name); i >= 0 && a.bot.Self.UserName != "" {
		stripped := strings.TrimSpace(strings.Join(strings.Fields(text[:i]+text[i+len(name):]), " "))
		stripped = strings.TrimLeft(stripped, ",: ")
		if stripped == "" {
			stripped = text
		}
		return stripped, true
	}
	if r := tm.ReplyToMessage; r != nil && r.From != nil && r.From.ID == a.bot.Self.ID {
		return text, true
	}
	return text, private
}

// indexFold finds name in text, ignoring case, as a whole word.
func indexFold(text, name string) int {
	lower, n := strings.ToLower(text), strings.ToLower(name)
	for off := 0; ; {
		i := strings.Index(lower[off:], n)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(n)
		if end == len(lower) || !isNameByte(lower[end]) {
			return i
		}
		off = end
	}
}

func isNameByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z'
}

// nonText names what a message carries instead of text; "" for service
// messages (members joining, pins, ...), which are ignored.
func nonText(tm *tgbotapi.Message) string {
	switch {
	case tm.Sticker != nil:
		return "sticker"
	case tm.Animation != nil:
		return "animation"
	case len(tm.Photo) > 0:
		return "photo"
	case tm.Voice != nil:
		return "voice"
	case tm.VideoNote != nil:
		return "video_note"
	case tm.Video != nil:
		return "video"
	case tm.Audio != nil:
		return "audio"
	case tm.Document != nil:
		return "document"
	case tm.Venue != nil:
		return "venue"
	case tm.Location != nil:
		return "location"
	case tm.Contact != nil:
		return "contact"
	case tm.Poll != nil:
		return "poll"
	case tm.Dice != nil:
		return "dice"
	case tm.Game != nil:
		return "game"
	}
	return ""
}

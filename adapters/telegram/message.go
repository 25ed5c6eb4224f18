package telegram

import (
	"context"
	"errors"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/agent"
)

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
// (edits, channel posts, group chatter) are skipped and return nil. Who
// sent it is checked against the allowed list before anything reads what
// they wrote.
func (a *Adapter) handleUpdate(ctx context.Context, u tgbotapi.Update) error {
	from, chat, ok := sender(u)
	if !ok {
		return nil
	}
	if !a.allowed(from) {
		if !isGroup(chat) || plainlyForBot(u, a.bot.Self.ID) {
			a.refuse(ctx, from.ID, chat, u.UpdateID)
		}
		return nil
	}
	m, ok := a.toMessage(u, from)
	if !ok || (m.Group && !m.Addressed) {
		return nil
	}
	if !m.Group {
		a.clearBlocked(ctx, m.ChatID)
	}
	start := time.Now()
	err := a.runTurn(ctx, m, chat)
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

// runTurn hands m to the turner, streaming its partial reply in a private
// chat and showing "typing…" while it runs. Both stop however the turn
// ends, a panic included.
func (a *Adapter) runTurn(ctx context.Context, m agent.Message, chat int64) error {
	if !m.Group {
		st := a.openStream(ctx, chat)
		m.Partial = st.partial
		defer a.closeStream(chat, st)
	}
	stopTyping := a.startTyping(ctx, chat)
	defer stopTyping()
	return a.turner.Handle(ctx, m)
}

// sender returns who sent u and in which chat, from the update's metadata
// alone. ok is false for updates the companion does not take: without a
// person or a chat, from a bot, or a button press without data.
func sender(u tgbotapi.Update) (from *tgbotapi.User, chat int64, ok bool) {
	switch {
	case u.Message != nil:
		tm := u.Message
		if tm.From == nil || tm.Chat == nil || tm.From.IsBot {
			return nil, 0, false
		}
		return tm.From, tm.Chat.ID, true
	case u.CallbackQuery != nil:
		cq := u.CallbackQuery
		if cq.From == nil || cq.Message == nil || cq.Message.Chat == nil || cq.Data == "" {
			return nil, 0, false
		}
		return cq.From, cq.Message.Chat.ID, true
	}
	return nil, 0, false
}

// plainlyForBot reports, from metadata alone, whether u was meant for the
// bot: a button press, or a reply to one of its messages. Someone not on
// the allowed list is told so in a group only then, not for every line
// they write there.
func plainlyForBot(u tgbotapi.Update, bot int64) bool {
	return u.CallbackQuery != nil || repliesTo(u.Message, bot)
}

// repliesTo reports whether tm is a reply to a message of user (the bot).
func repliesTo(tm *tgbotapi.Message, user int64) bool {
	r := tm.ReplyToMessage
	return r != nil && r.From != nil && r.From.ID == user
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

// toMessage maps an update from from (as sender found it) to an agent
// message. ok is false for kinds the companion ignores.
func (a *Adapter) toMessage(u tgbotapi.Update, from *tgbotapi.User) (m agent.Message, ok bool) {
	m = agent.Message{ID: Channel + ":" + strconv.Itoa(u.UpdateID), Channel: Channel}
	switch {
	case u.Message != nil:
		tm := u.Message
		fillChat(&m, tm.Chat, tm.MessageID)
		m.Time = time.Unix(int64(tm.Date), 0)
		if tm.Text != "" {
			m.Text, m.Addressed = a.addressed(tm)
		} else if kind := nonText(tm); kind != "" {
			m.NonText = kind
			m.Addressed = repliesTo(tm, a.bot.Self.ID)
		} else {
			return m, false
		}
	case u.CallbackQuery != nil:
		cq := u.CallbackQuery
		fillChat(&m, cq.Message.Chat, cq.Message.MessageID)
		m.Choice, m.Addressed = cq.Data, true
	default:
		return m, false
	}
	m.Person = agent.PersonID(Channel + ":" + strconv.FormatInt(from.ID, 10))
	m.Name = from.FirstName
	if !m.Group {
		m.Addressed, m.ReplyTo = true, ""
	}
	return m, true
}

func fillChat(m *agent.Message, c *tgbotapi.Chat, messageID int) {
	m.ChatID = strconv.FormatInt(c.ID, 10)
	m.Group = c.Type == "group" || c.Type == "supergroup"
	if m.Group {
		m.ReplyTo = strconv.Itoa(messageID)
	}
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

package telegramtest

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const maxMessageLen = 4096

var commandName = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func (s *Server) call(r *http.Request, method string) (any, *apiError) {
	switch method {
	case "getMe":
		return s.bot, nil
	case "getUpdates":
		return s.getUpdates(r)
	case "sendMessage":
		return s.sendMessage(r)
	case "editMessageText":
		return s.editMessageText(r)
	case "sendMessageDraft":
		if s.opts.NoDrafts {
			break
		}
		return s.sendMessageDraft(r)
	case "answerCallbackQuery":
		return s.answerCallback(r)
	case "sendChatAction":
		return s.sendChatAction(r)
	case "setMyCommands":
		return s.setMyCommands(r)
	case "setWebhook":
		return s.setWebhook(r)
	case "deleteWebhook":
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.webhook != nil {
			s.webhook.stop()
			s.webhook = nil
		}
		if r.Form.Get("drop_pending_updates") == "true" {
			s.updates = nil
		}
		return true, nil
	}
	return nil, &apiError{code: 404, desc: "Not Found"}
}

func badRequest(desc string) *apiError {
	return &apiError{code: 400, desc: "Bad Request: " + desc}
}

func (s *Server) getUpdates(r *http.Request) (any, *apiError) {
	offset, _ := strconv.Atoi(r.Form.Get("offset"))
	timeout, _ := strconv.Atoi(r.Form.Get("timeout"))
	limit, _ := strconv.Atoi(r.Form.Get("limit"))
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	ctx, cancel := context.WithTimeout(r.Context(), time.Duration(timeout)*time.Second)
	defer cancel()
	for {
		s.mu.Lock()
		if s.webhook != nil {
			s.mu.Unlock()
			return nil, &apiError{code: 409, desc: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}
		}
		if offset > s.confirmed {
			s.confirmed = offset
			i := 0
			for i < len(s.updates) && s.updates[i].UpdateID < offset {
				i++
			}
			s.updates = slices.Clone(s.updates[i:])
			s.notifyLocked()
		}
		if len(s.updates) > 0 {
			out := slices.Clone(s.updates[:min(limit, len(s.updates))])
			s.mu.Unlock()
			return out, nil
		}
		ch := s.changed
		closed := s.closed
		s.mu.Unlock()
		if closed {
			return []tgbotapi.Update{}, nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return []tgbotapi.Update{}, nil
		}
	}
}

// outgoing is the validated content of a sendMessage or editMessageText call.
type outgoing struct {
	chat      int64
	text      string
	visible   string
	parseMode string
	keyboard  [][]Button
}

func (s *Server) parseOutgoing(r *http.Request) (outgoing, *apiError) {
	var o outgoing
	chat, err := strconv.ParseInt(r.Form.Get("chat_id"), 10, 64)
	if err != nil {
		return o, badRequest("chat not found")
	}
	o.chat, o.text, o.parseMode = chat, r.Form.Get("text"), r.Form.Get("parse_mode")
	o.visible = o.text
	switch o.parseMode {
	case "":
	case "HTML":
		v, err := ParseHTML(o.text)
		if err != nil {
			return o, badRequest("can't parse entities: " + err.Error())
		}
		o.visible = v
	default:
		return o, badRequest("unsupported parse_mode " + strconv.Quote(o.parseMode))
	}
	if o.visible == "" {
		return o, badRequest("message text is empty")
	}
	if UTF16Len(o.visible) > maxMessageLen {
		return o, badRequest("message is too long")
	}
	if raw := r.Form.Get("reply_markup"); raw != "" {
		kb, aerr := parseKeyboard(raw)
		if aerr != nil {
			return o, aerr
		}
		o.keyboard = kb
	}
	return o, nil
}

// rateLocked records a send to chat and reports whether it is over the
// limits; s.mu must be held.
func (s *Server) rateLocked(chat int64, now time.Time) *apiError {
	cut := now.Add(-time.Second)
	keep := func(ts []time.Time) []time.Time {
		i := 0
		for i < len(ts) && ts[i].Before(cut) {
			i++
		}
		return ts[i:]
	}
	s.sendTimes[chat] = keep(s.sendTimes[chat])
	s.allTimes = keep(s.allTimes)
	if (s.opts.PerChat > 0 && len(s.sendTimes[chat]) >= s.opts.PerChat) ||
		(s.opts.Global > 0 && len(s.allTimes) >= s.opts.Global) {
		s.throttled++
		return &apiError{code: 429, desc: "Too Many Requests: retry after " + strconv.Itoa(s.opts.RetryAfter), retryAfter: s.opts.RetryAfter}
	}
	s.sendTimes[chat] = append(s.sendTimes[chat], now)
	s.allTimes = append(s.allTimes, now)
	s.sendLog = append(s.sendLog, now)
	return nil
}

func (s *Server) sendMessage(r *http.Request) (any, *apiError) {
	o, aerr := s.parseOutgoing(r)
	if aerr != nil {
		return nil, aerr
	}
	replyTo, _ := strconv.Atoi(r.Form.Get("reply_to_message_id"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.blocked[o.chat] {
		return nil, &apiError{code: 403, desc: "Forbidden: bot was blocked by the user"}
	}
	if replyTo != 0 && !s.known[o.chat][replyTo] && r.Form.Get("allow_sending_without_reply") != "true" {
		return nil, badRequest("message to be replied not found")
	}
	now := time.Now()
	if aerr := s.rateLocked(o.chat, now); aerr != nil {
		return nil, aerr
	}
	m := &Sent{ChatID: o.chat, MessageID: s.nextMsg, Text: o.text, Visible: o.visible,
		ParseMode: o.parseMode, Keyboard: o.keyboard, ReplyTo: replyTo, At: now}
	s.nextMsg++
	s.messages[o.chat] = append(s.messages[o.chat], m)
	s.seen[o.chat] = append(s.seen[o.chat], o.visible)
	s.rememberLocked(o.chat, m.MessageID)
	s.notifyLocked()
	s.notifyChatLocked(o.chat)
	return s.toMessage(m), nil
}

func (s *Server) rememberLocked(chat int64, id int) {
	if s.known[chat] == nil {
		s.known[chat] = map[int]bool{}
	}
	s.known[chat][id] = true
}

func (s *Server) toMessage(m *Sent) tgbotapi.Message {
	chatType := "private"
	if m.ChatID < 0 {
		chatType = "supergroup"
	}
	bot := s.bot
	return tgbotapi.Message{MessageID: m.MessageID, From: &bot, Date: int(m.At.Unix()),
		Chat: &tgbotapi.Chat{ID: m.ChatID, Type: chatType}, Text: m.Visible}
}

func (s *Server) editMessageText(r *http.Request) (any, *apiError) {
	o, aerr := s.parseOutgoing(r)
	if aerr != nil {
		return nil, aerr
	}
	id, _ := strconv.Atoi(r.Form.Get("message_id"))
	s.mu.Lock()
	defer s.mu.Unlock()
	var m *Sent
	for _, c := range s.messages[o.chat] {
		if c.MessageID == id {
			m = c
		}
	}
	if m == nil {
		return nil, badRequest("message to edit not found")
	}
	if m.Text == o.text && m.ParseMode == o.parseMode && slices.EqualFunc(m.Keyboard, o.keyboard, slices.Equal) {
		return nil, badRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
	}
	now := time.Now()
	if aerr := s.rateLocked(o.chat, now); aerr != nil {
		return nil, aerr
	}
	m.Text, m.Visible, m.ParseMode, m.Keyboard = o.text, o.visible, o.parseMode, o.keyboard
	m.Edits = append(m.Edits, now)
	s.seen[o.chat] = append(s.seen[o.chat], o.visible)
	s.notifyLocked()
	s.notifyChatLocked(o.chat)
	return s.toMessage(m), nil
}

// sendMessageDraft shows a preview of a message being written (Bot API
// 9.5): private chats only, a non-zero draft_id, the text rules of
// sendMessage, no keyboard. Drafts count against the same limits.
func (s *Server) sendMessageDraft(r *http.Request) (any, *apiError) {
	if r.Form.Get("reply_markup") != "" {
		return nil, badRequest("reply markup is not allowed in message drafts")
	}
	o, aerr := s.parseOutgoing(r)
	if aerr != nil {
		return nil, aerr
	}
	if o.chat <= 0 {
		return nil, badRequest("message drafts can be sent only to private chats")
	}
	id, err := strconv.ParseInt(r.Form.Get("draft_id"), 10, 64)
	if err != nil || id == 0 {
		return nil, badRequest("draft_id must be a non-zero integer")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.blocked[o.chat] {
		return nil, &apiError{code: 403, desc: "Forbidden: bot was blocked by the user"}
	}
	now := time.Now()
	if aerr := s.rateLocked(o.chat, now); aerr != nil {
		return nil, aerr
	}
	s.drafts[o.chat] = append(s.drafts[o.chat], Draft{ChatID: o.chat, DraftID: id, Text: o.text, Visible: o.visible, At: now})
	s.seen[o.chat] = append(s.seen[o.chat], o.visible)
	s.notifyLocked()
	s.notifyChatLocked(o.chat)
	return true, nil
}

func (s *Server) answerCallback(r *http.Request) (any, *apiError) {
	id := r.Form.Get("callback_query_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.callbacks[id] {
		return nil, badRequest("query is too old and response timeout expired or query ID is invalid")
	}
	delete(s.callbacks, id)
	s.answered = append(s.answered, id)
	s.notifyLocked()
	return true, nil
}

func (s *Server) sendChatAction(r *http.Request) (any, *apiError) {
	chat, err := strconv.ParseInt(r.Form.Get("chat_id"), 10, 64)
	if err != nil {
		return nil, badRequest("chat not found")
	}
	if a := r.Form.Get("action"); a != "typing" && a != "upload_photo" && a != "record_voice" {
		return nil, badRequest("wrong parameter action in request")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.blocked[chat] {
		return nil, &apiError{code: 403, desc: "Forbidden: bot was blocked by the user"}
	}
	s.actions[chat] = append(s.actions[chat], time.Now())
	s.notifyLocked()
	return true, nil
}

func (s *Server) setMyCommands(r *http.Request) (any, *apiError) {
	var cmds []tgbotapi.BotCommand
	if err := json.Unmarshal([]byte(r.Form.Get("commands")), &cmds); err != nil {
		return nil, badRequest("can't parse commands JSON object")
	}
	if len(cmds) > 100 {
		return nil, badRequest("too many commands")
	}
	for _, c := range cmds {
		if !commandName.MatchString(c.Command) {
			return nil, badRequest("BOT_COMMAND_INVALID")
		}
		if n := UTF16Len(c.Description); n < 1 || n > 256 {
			return nil, badRequest("BOT_COMMAND_DESCRIPTION_INVALID")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.commands = cmds
	s.notifyLocked()
	return true, nil
}

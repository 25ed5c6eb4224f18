// Package telegramtest is a fake Telegram Bot API server for tests and load
// drivers. It is as strict as Telegram where the companion could go wrong:
// message length in UTF-16 units, HTML parse mode, inline keyboard buttons
// (one kind each, callback data size, URLs, copy text length), rate
// limits, "message is not modified" and offset semantics. It records
// everything the bot sent, per chat, and can inject updates and faults.
package telegramtest

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// DefaultToken is the bot token a Server accepts unless Options say otherwise.
const DefaultToken = "123456:TEST-token-value_abcdefghijklmnop"

// Options configure a Server. The zero value is a permissive server with no
// rate limits.
type Options struct {
	// Token is the only token the server accepts; DefaultToken when empty.
	Token string
	// BotUsername is the bot's @username without the "@"; "companion_bot" when empty.
	BotUsername string
	// PerChat limits sendMessage and editMessageText calls to one chat per
	// second; 0 means unlimited. Exceeding it answers 429 with retry_after.
	PerChat int
	// Global limits those calls over all chats per second; 0 means unlimited.
	Global int
	// RetryAfter is the retry_after a rate-limit 429 carries, in seconds; 1 when 0.
	RetryAfter int
	// Random, when set, makes a share of the calls fail or slow down at random.
	Random *RandomFaults
	// NoDrafts makes sendMessageDraft unknown, as on a Bot API server older
	// than 9.5.
	NoDrafts bool
}

// Draft is one sendMessageDraft call: a preview of a message being written.
type Draft struct {
	ChatID  int64
	DraftID int64
	// Text is the text as sent (with markup); Visible is what a person sees.
	Text, Visible string
	At            time.Time
}

// Drafts returns the drafts sent to chat, in order.
func (s *Server) Drafts(chat int64) []Draft {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Draft(nil), s.drafts[chat]...)
}

// Seen returns every visible text the bot showed in chat, in order: new
// messages, each edit and each draft.
func (s *Server) Seen(chat int64) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.seen[chat]...)
}

// Fault is what the next call of a method does instead of (or before) its
// normal answer.
type Fault struct {
	// Status, when non-zero, is the error_code answered instead of a result.
	Status int
	// Description is the error description; a Telegram-like one when empty.
	Description string
	// RetryAfter is sent as parameters.retry_after when non-zero.
	RetryAfter int
	// MigrateTo is sent as parameters.migrate_to_chat_id when non-zero.
	MigrateTo int64
	// Delay is waited before answering (a slow server).
	Delay time.Duration
	// Late is waited after the call took effect and before its answer is
	// sent (an answer slow on its way back).
	Late time.Duration
	// Drop closes the connection without an answer (a network error).
	Drop bool
}

// Button is one inline keyboard button as the server received it. Exactly
// one of Data, URL and CopyText is set: what the button does.
type Button struct {
	// Text is the label.
	Text string
	// Data is the callback data of a button that calls back.
	Data string
	// URL is where a link button leads.
	URL string
	// CopyText is what a copy button puts on the clipboard.
	CopyText string
}

// Sent is one message the bot sent, as it currently reads after any edits.
type Sent struct {
	// ChatID and MessageID identify the message.
	ChatID    int64
	MessageID int
	// Text is the text as sent (with markup); Visible is what a person sees.
	Text    string
	Visible string
	// ParseMode is "HTML" or "" (plain text).
	ParseMode string
	// Keyboard is the inline keyboard under the message, row by row.
	Keyboard [][]Button
	// ReplyTo is the message id it answers (reply_to_message_id), or 0.
	ReplyTo int
	// Edits lists when each successful editMessageText happened.
	Edits []time.Time
	// At is when it was sent.
	At time.Time
}

// Server is a fake Bot API server on a loopback httptest listener.
type Server struct {
	opts Options
	bot  tgbotapi.User
	srv  *httptest.Server

	mu         sync.Mutex
	changed    chan struct{}
	updates    []tgbotapi.Update
	nextUpdate int
	confirmed  int
	nextMsg    int
	messages   map[int64][]*Sent
	// seen is every visible text the bot sent to a chat, in order: new
	// messages, edits and drafts alike.
	seen       map[int64][]string
	drafts     map[int64][]Draft
	known      map[int64]map[int]bool
	calls      map[string]int
	faults     map[string][]Fault
	random     *randomFaults
	chatWaits  map[int64]chan struct{}
	sendTimes  map[int64][]time.Time
	allTimes   []time.Time
	sendLog    []time.Time
	throttled  int
	blocked    map[int64]bool
	callbacks  map[string]bool
	answered   []string
	actions    map[int64][]time.Time
	commands   []tgbotapi.BotCommand
	webhook    *webhook
	closed     bool
	deliveryWG sync.WaitGroup
}

// New starts a Server; it is closed when the test ends.
func New(tb testing.TB, opts Options) *Server {
	s := NewServer(opts)
	tb.Cleanup(s.Close)
	return s
}

// NewServer starts a Server; the caller closes it.
func NewServer(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = DefaultToken
	}
	if opts.BotUsername == "" {
		opts.BotUsername = "companion_bot"
	}
	if opts.RetryAfter == 0 {
		opts.RetryAfter = 1
	}
	id, _ := strconv.ParseInt(strings.SplitN(opts.Token, ":", 2)[0], 10, 64)
	s := &Server{
		opts:       opts,
		bot:        tgbotapi.User{ID: id, IsBot: true, FirstName: "Companion", UserName: opts.BotUsername},
		changed:    make(chan struct{}),
		nextUpdate: 1000,
		nextMsg:    1,
		messages:   map[int64][]*Sent{},
		seen:       map[int64][]string{},
		drafts:     map[int64][]Draft{},
		known:      map[int64]map[int]bool{},
		calls:      map[string]int{},
		faults:     map[string][]Fault{},
		random:     newRandomFaults(opts.Random),
		chatWaits:  map[int64]chan struct{}{},
		sendTimes:  map[int64][]time.Time{},
		blocked:    map[int64]bool{},
		callbacks:  map[string]bool{},
		actions:    map[int64][]time.Time{},
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// URL is the server's base URL, to use as the Bot API URL.
func (s *Server) URL() string { return s.srv.URL }

// Token is the token the server accepts.
func (s *Server) Token() string { return s.opts.Token }

// Bot is the bot's own user, as getMe returns it.
func (s *Server) Bot() tgbotapi.User { return s.bot }

// Close stops the server and any webhook delivery.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	if s.webhook != nil {
		s.webhook.stop()
		s.webhook = nil
	}
	s.notifyLocked()
	for chat := range s.chatWaits {
		s.notifyChatLocked(chat)
	}
	s.mu.Unlock()
	s.deliveryWG.Wait()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// FailNext makes the next n calls of method behave as f.
func (s *Server) FailNext(method string, n int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.faults[method] = append(s.faults[method], f)
	}
}

// Block makes every later send to chat fail with 403, as when a person
// blocked the bot.
func (s *Server) Block(chat int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blocked[chat] = true
}

// notifyLocked wakes everyone waiting for a change; s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Wait blocks until cond returns true (it is re-evaluated after every change
// on the server) or ctx ends. cond may call the Server's accessors.
func (s *Server) Wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// WaitMessages waits until chat has at least n messages from the bot, or
// the timeout passes, and returns them.
func (s *Server) WaitMessages(chat int64, n int, timeout time.Duration) ([]Sent, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err := s.Wait(ctx, func() bool { return len(s.Messages(chat)) >= n })
	got := s.Messages(chat)
	if err != nil {
		return got, errors.New("telegramtest: timed out waiting for " + strconv.Itoa(n) +
			" messages in chat " + strconv.FormatInt(chat, 10) + ", have " + strconv.Itoa(len(got)))
	}
	return got, nil
}

// Messages returns copies of the bot's messages in chat, oldest first.
func (s *Server) Messages(chat int64) []Sent {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Sent, 0, len(s.messages[chat]))
	for _, m := range s.messages[chat] {
		c := *m
		c.Edits = append([]time.Time(nil), m.Edits...)
		out = append(out, c)
	}
	return out
}

// Chats returns how many chats the bot has sent messages to, and how many
// messages it sent in all.
func (s *Server) Chats() (chats, messages int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, ms := range s.messages {
		messages += len(ms)
	}
	return len(s.messages), messages
}

// Calls returns how many times method was called (including failed calls).
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// SendTimes returns when each message was sent or edited (the calls the
// rate limits count), in order; refused calls are left out.
func (s *Server) SendTimes() []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Time(nil), s.sendLog...)
}

// MostInWindow returns the most of times (in order, as SendTimes returns
// them) that fall within any closed span of d, as Telegram's limits count.
func MostInWindow(times []time.Time, d time.Duration) int {
	most := 0
	for i, j := 0, 0; j < len(times); j++ {
		for times[j].Sub(times[i]) > d {
			i++
		}
		most = max(most, j-i+1)
	}
	return most
}

// Throttled returns how many calls the rate limits refused with 429.
func (s *Server) Throttled() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.throttled
}

// Answered returns the callback query ids answered so far, in order.
func (s *Server) Answered() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.answered...)
}

// Actions returns when sendChatAction was called for chat.
func (s *Server) Actions(chat int64) []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Time(nil), s.actions[chat]...)
}

// Commands returns the command menu last set with setMyCommands.
func (s *Server) Commands() []tgbotapi.BotCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]tgbotapi.BotCommand(nil), s.commands...)
}

// Confirmed returns the lowest update id not yet confirmed: the offset of
// the latest getUpdates call.
func (s *Server) Confirmed() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.confirmed
}

// PendingUpdates returns how many injected updates are not yet confirmed.
func (s *Server) PendingUpdates() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

// apiError is a Bot API error answer.
type apiError struct {
	code       int
	desc       string
	retryAfter int
	migrateTo  int64
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, found := strings.Cut(rest, "/")
	if !ok || !found {
		writeError(w, apiError{code: 404, desc: "Not Found"})
		return
	}
	if token != s.opts.Token {
		writeError(w, apiError{code: 401, desc: "Unauthorized"})
		return
	}
	if err := r.ParseForm(); err != nil {
		writeError(w, apiError{code: 400, desc: "Bad Request: " + err.Error()})
		return
	}
	s.mu.Lock()
	s.calls[method]++
	var fault *Fault
	if q := s.faults[method]; len(q) > 0 {
		fault = &q[0]
		s.faults[method] = q[1:]
	} else {
		fault = s.random.draw(method)
	}
	s.notifyLocked()
	s.mu.Unlock()
	if fault != nil && s.applyFault(w, r, *fault) {
		return
	}
	result, aerr := s.call(r, method)
	if fault != nil && fault.Late > 0 {
		t := time.NewTimer(fault.Late)
		select {
		case <-t.C:
		case <-r.Context().Done():
		}
		t.Stop()
	}
	if aerr != nil {
		writeError(w, *aerr)
		return
	}
	raw, err := json.Marshal(result)
	if err != nil {
		writeError(w, apiError{code: 500, desc: "Internal Server Error"})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(tgbotapi.APIResponse{Ok: true, Result: raw})
}

// applyFault plays f and reports whether the call was answered by it.
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request, f Fault) bool {
	if f.Delay > 0 {
		t := time.NewTimer(f.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
			return true
		}
	}
	if f.Drop {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return true
			}
		}
		writeError(w, apiError{code: 502, desc: "Bad Gateway"})
		return true
	}
	if f.Status == 0 {
		return false
	}
	desc := f.Description
	if desc == "" {
		switch f.Status {
		case 429:
			desc = "Too Many Requests: retry after " + strconv.Itoa(f.RetryAfter)
		case 403:
			desc = "Forbidden: bot was blocked by the user"
		case 400:
			desc = "Bad Request"
		default:
			desc = "Internal Server Error"
		}
	}
	writeError(w, apiError{code: f.Status, desc: desc, retryAfter: f.RetryAfter, migrateTo: f.MigrateTo})
	return true
}

func writeError(w http.ResponseWriter, e apiError) {
	resp := tgbotapi.APIResponse{Ok: false, ErrorCode: e.code, Description: e.desc}
	if e.retryAfter > 0 || e.migrateTo != 0 {
		resp.Parameters = &tgbotapi.ResponseParameters{RetryAfter: e.retryAfter, MigrateToChatID: e.migrateTo}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.code)
	_ = json.NewEncoder(w).Encode(resp)
}

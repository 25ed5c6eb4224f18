package telegramtest

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestParseHTML(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"plain", "plain", true},
		{"<b>bold</b> &amp; <i>it</i>", "bold & it", true},
		{"&lt;script&gt; &#39;x&#39; &#x41;", "<script> 'x' A", true},
		{`<a href="https://example.org">link</a>`, "link", true},
		{"<pre><code>x</code></pre>", "x", true},
		{"<blockquote>q</blockquote>", "q", true},
		{"<script>x</script>", "", false},
		{"<b>open", "", false},
		{"<b><i>x</b></i>", "", false},
		{"close</b>", "", false},
		{"a & b", "", false},
		{"a &nbsp; b", "", false},
		{"a > b", "", false},
		{"<pre><b>x</b></pre>", "", false},
		{"<a>x</a>", "", false},
	}
	for _, tt := range tests {
		got, err := ParseHTML(tt.in)
		if (err == nil) != tt.ok || (tt.ok && got != tt.want) {
			t.Errorf("ParseHTML(%q) = %q, %v; want %q ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestUTF16Len(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{{"abc", 3}, {"é", 1}, {"😀", 2}, {"👍🏽", 4}, {"", 0}}
	for _, tt := range tests {
		if got := UTF16Len(tt.in); got != tt.want {
			t.Errorf("UTF16Len(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func newClient() *http.Client { return &http.Client{Timeout: 10 * time.Second} }

func newBot(t *testing.T, s *Server) *tgbotapi.BotAPI {
	t.Helper()
	bot, err := tgbotapi.NewBotAPIWithClient(s.Token(), s.URL()+"/bot%s/%s", newClient())
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	return bot
}

func apiErr(t *testing.T, err error) *tgbotapi.Error {
	t.Helper()
	var e *tgbotapi.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not a Bot API error", err)
	}
	return e
}

func TestSendValidation(t *testing.T) {
	s := New(t, Options{})
	bot := newBot(t, s)
	long := strings.Repeat("😀", 2049) // 4098 UTF-16 units, 2049 characters
	tests := []struct {
		name string
		msg  func() tgbotapi.MessageConfig
		code int
		desc string
	}{
		{"ok", func() tgbotapi.MessageConfig { return tgbotapi.NewMessage(1, "hi") }, 0, ""},
		{"too long in UTF-16", func() tgbotapi.MessageConfig { return tgbotapi.NewMessage(1, long) }, 400, "message is too long"},
		{"empty", func() tgbotapi.MessageConfig { return tgbotapi.NewMessage(1, "") }, 400, "message text is empty"},
		{"bad html", func() tgbotapi.MessageConfig {
			m := tgbotapi.NewMessage(1, "<script>")
			m.ParseMode = "HTML"
			return m
		}, 400, "can't parse entities"},
		{"callback data too long", func() tgbotapi.MessageConfig {
			m := tgbotapi.NewMessage(1, "pick")
			m.ReplyMarkup = tgbotapi.NewInlineKeyboardMarkup(tgbotapi.NewInlineKeyboardRow(
				tgbotapi.NewInlineKeyboardButtonData("x", strings.Repeat("d", 65))))
			return m
		}, 400, "BUTTON_DATA_INVALID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bot.Send(tt.msg())
			if tt.code == 0 {
				if err != nil {
					t.Fatalf("send: %v", err)
				}
				return
			}
			e := apiErr(t, err)
			if e.Code != tt.code || !strings.Contains(e.Message, tt.desc) {
				t.Errorf("got %d %q, want %d containing %q", e.Code, e.Message, tt.code, tt.desc)
			}
		})
	}
	if got := s.Messages(1); len(got) != 1 || got[0].Visible != "hi" {
		t.Errorf("recorded %v, want only the valid message", got)
	}
}

func TestEditNotModified(t *testing.T) {
	s := New(t, Options{})
	bot := newBot(t, s)
	m, err := bot.Send(tgbotapi.NewMessage(5, "one"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bot.Send(tgbotapi.NewEditMessageText(5, m.MessageID, "two")); err != nil {
		t.Fatalf("edit: %v", err)
	}
	_, err = bot.Send(tgbotapi.NewEditMessageText(5, m.MessageID, "two"))
	if e := apiErr(t, err); e.Code != 400 || !strings.Contains(e.Message, "message is not modified") {
		t.Errorf("same edit answered %d %q", e.Code, e.Message)
	}
	got := s.Messages(5)
	if len(got) != 1 || got[0].Visible != "two" || len(got[0].Edits) != 1 {
		t.Errorf("messages %+v, want one edited once", got)
	}
}

func TestUpdatesOffset(t *testing.T) {
	s := New(t, Options{})
	bot := newBot(t, s)
	u := User{ID: 9, FirstName: "Ana"}
	a, b := s.SendText(u, "one"), s.SendText(u, "two")
	ups, err := bot.GetUpdates(tgbotapi.UpdateConfig{Timeout: 1})
	if err != nil || len(ups) != 2 || ups[0].UpdateID != a {
		t.Fatalf("first poll %v %v, want both updates", ups, err)
	}
	ups, _ = bot.GetUpdates(tgbotapi.UpdateConfig{Offset: a + 1, Timeout: 1})
	if len(ups) != 1 || ups[0].UpdateID != b || ups[0].Message.Text != "two" {
		t.Fatalf("after confirming %d got %v", a, ups)
	}
	begin := time.Now()
	ups, _ = bot.GetUpdates(tgbotapi.UpdateConfig{Offset: b + 1, Timeout: 1})
	if len(ups) != 0 || time.Since(begin) < 900*time.Millisecond {
		t.Errorf("empty long poll returned %v after %v, want nothing after about 1s", ups, time.Since(begin))
	}
	if s.Confirmed() != b+1 || s.PendingUpdates() != 0 {
		t.Errorf("confirmed %d pending %d", s.Confirmed(), s.PendingUpdates())
	}
}

func TestRateLimitAndFaults(t *testing.T) {
	s := New(t, Options{PerChat: 2, RetryAfter: 3})
	bot := newBot(t, s)
	for i := range 2 {
		if _, err := bot.Send(tgbotapi.NewMessage(1, "m")); err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	_, err := bot.Send(tgbotapi.NewMessage(1, "m"))
	if e := apiErr(t, err); e.Code != 429 || e.RetryAfter != 3 {
		t.Errorf("third send in a second answered %d retry_after %d, want 429 and 3", e.Code, e.RetryAfter)
	}
	if _, err := bot.Send(tgbotapi.NewMessage(2, "other chat")); err != nil {
		t.Errorf("another chat was limited too: %v", err)
	}
	s.FailNext("sendMessage", 1, Fault{Status: 500})
	_, err = bot.Send(tgbotapi.NewMessage(3, "x"))
	if e := apiErr(t, err); e.Code != 500 {
		t.Errorf("fault answered %d, want 500", e.Code)
	}
	if _, err := bot.Send(tgbotapi.NewMessage(3, "x")); err != nil {
		t.Errorf("the fault outlived its count: %v", err)
	}
	s.Block(4)
	_, err = bot.Send(tgbotapi.NewMessage(4, "x"))
	if e := apiErr(t, err); e.Code != 403 {
		t.Errorf("blocked chat answered %d, want 403", e.Code)
	}
	if s.Throttled() != 1 {
		t.Errorf("throttled = %d, want 1", s.Throttled())
	}
}

func TestMostInWindow(t *testing.T) {
	at := func(ms ...int) []time.Time {
		base := time.Unix(1000, 0)
		var out []time.Time
		for _, m := range ms {
			out = append(out, base.Add(time.Duration(m)*time.Millisecond))
		}
		return out
	}
	tests := []struct {
		name  string
		times []time.Time
		want  int
	}{
		{"none", nil, 0},
		{"one", at(5), 1},
		{"spread out", at(0, 1001, 2002), 1},
		{"the span's ends count", at(0, 1000), 2},
		{"busiest span in the middle", at(0, 900, 1200, 1300, 1800, 2500), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MostInWindow(tt.times, time.Second); got != tt.want {
				t.Errorf("MostInWindow = %d, want %d", got, tt.want)
			}
		})
	}
}

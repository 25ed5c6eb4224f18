package telegram

import (
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/agent"
)

func offlineAdapter(t *testing.T) *Adapter {
	t.Helper()
	a, err := New(Options{Token: "1:x"}, newFakeTurner(nil), newMemStore())
	if err != nil {
		t.Fatal(err)
	}
	a.bot = &tgbotapi.BotAPI{Self: tgbotapi.User{ID: 42, IsBot: true, UserName: "companion_bot"}}
	return a
}

func TestToMessage(t *testing.T) {
	a := offlineAdapter(t)
	ana := &tgbotapi.User{ID: 7, FirstName: "Ana", UserName: "ana"}
	private := &tgbotapi.Chat{ID: 7, Type: "private"}
	group := &tgbotapi.Chat{ID: -100, Type: "supergroup"}
	botMsg := &tgbotapi.Message{MessageID: 3, From: &a.bot.Self, Chat: group}
	otherMsg := &tgbotapi.Message{MessageID: 4, From: ana, Chat: group}
	msg := func(chat *tgbotapi.Chat, text string) *tgbotapi.Message {
		return &tgbotapi.Message{MessageID: 9, From: ana, Chat: chat, Text: text}
	}
	tests := []struct {
		name      string
		update    tgbotapi.Update
		ok        bool
		text      string
		addressed bool
		group     bool
		replyTo   string
		nonText   string
		choice    string
	}{
		{"private text", tgbotapi.Update{Message: msg(private, "hello")}, true, "hello", true, false, "", "", ""},
		{"private command", tgbotapi.Update{Message: msg(private, "/draft")}, true, "/draft", true, false, "", "", ""},
		{"group chatter", tgbotapi.Update{Message: msg(group, "anyone up for lunch?")}, true, "anyone up for lunch?", false, true, "9", "", ""},
		{"group command", tgbotapi.Update{Message: msg(group, "/ask how")}, true, "/ask how", true, true, "9", "", ""},
		{"group command for us", tgbotapi.Update{Message: msg(group, "/help@companion_bot")}, true, "/help", true, true, "9", "", ""},
		{"group command for another bot", tgbotapi.Update{Message: msg(group, "/help@other_bot")}, true, "/help@other_bot", false, true, "9", "", ""},
		{"group mention", tgbotapi.Update{Message: msg(group, "@Companion_Bot how do I disagree kindly?")}, true, "how do I disagree kindly?", true, true, "9", "", ""},
		{"group mention of a longer name", tgbotapi.Update{Message: msg(group, "@companion_bot2 hi")}, true, "@companion_bot2 hi", false, true, "9", "", ""},
		{"group reply to bot", tgbotapi.Update{Message: func() *tgbotapi.Message { m := msg(group, "thanks"); m.ReplyToMessage = botMsg; return m }()}, true, "thanks", true, true, "9", "", ""},
		{"group reply to a person", tgbotapi.Update{Message: func() *tgbotapi.Message { m := msg(group, "sure"); m.ReplyToMessage = otherMsg; return m }()}, true, "sure", false, true, "9", "", ""},
		{"sticker", tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 9, From: ana, Chat: private, Sticker: &tgbotapi.Sticker{}}}, true, "", true, false, "", "sticker", ""},
		{"voice", tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 9, From: ana, Chat: private, Voice: &tgbotapi.Voice{}}}, true, "", true, false, "", "voice", ""},
		{"photo in group unaddressed", tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 9, From: ana, Chat: group, Photo: []tgbotapi.PhotoSize{{}}}}, true, "", false, true, "9", "photo", ""},
		{"button press", tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "q", From: ana, Message: &tgbotapi.Message{MessageID: 5, Chat: private}, Data: "warm"}}, true, "", true, false, "", "", "warm"},
		{"button press in group", tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "q", From: ana, Message: botMsg, Data: "more"}}, true, "", true, true, "3", "", "more"},
		{"edited message ignored", tgbotapi.Update{EditedMessage: msg(private, "typo")}, false, "", false, false, "", "", ""},
		{"channel post ignored", tgbotapi.Update{ChannelPost: &tgbotapi.Message{MessageID: 1, Chat: &tgbotapi.Chat{ID: -5, Type: "channel"}, Text: "news"}}, false, "", false, false, "", "", ""},
		{"service message ignored", tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 9, From: ana, Chat: group, NewChatMembers: []tgbotapi.User{*ana}}}, false, "", false, false, "", "", ""},
		{"inline query ignored", tgbotapi.Update{InlineQuery: &tgbotapi.InlineQuery{ID: "i"}}, false, "", false, false, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.update.UpdateID = 77
			from, _, ok := sender(tt.update)
			var m agent.Message
			if ok {
				m, ok = a.toMessage(tt.update, from)
			}
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if m.Text != tt.text || m.Addressed != tt.addressed || m.Group != tt.group ||
				m.ReplyTo != tt.replyTo || m.NonText != tt.nonText || m.Choice != tt.choice {
				t.Errorf("got text %q addressed %v group %v replyTo %q nonText %q choice %q\nwant text %q addressed %v group %v replyTo %q nonText %q choice %q",
					m.Text, m.Addressed, m.Group, m.ReplyTo, m.NonText, m.Choice,
					tt.text, tt.addressed, tt.group, tt.replyTo, tt.nonText, tt.choice)
			}
			if m.ID != "telegram:77" || m.Channel != "telegram" || m.Person != agent.PersonID("telegram:7") || m.Name != "Ana" {
				t.Errorf("identity: id %q channel %q person %q name %q", m.ID, m.Channel, m.Person, m.Name)
			}
		})
	}
}

func TestNewValidates(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		ok   bool
	}{
		{"token needed", Options{}, false},
		{"polling default", Options{Token: "1:x"}, true},
		{"bad mode", Options{Token: "1:x", Mode: "smoke"}, false},
		{"webhook needs url", Options{Token: "1:x", Mode: "webhook", WebhookListen: ":0"}, false},
		{"webhook", Options{Token: "1:x", Mode: "webhook", WebhookListen: ":0", WebhookURL: "https://example.org"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.opts, newFakeTurner(nil), newMemStore())
			if (err == nil) != tt.ok {
				t.Errorf("New error = %v, want ok %v", err, tt.ok)
			}
		})
	}
}

package telegramtest

import (
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// TestKeyboardValidation sends inline keyboards the library cannot build
// (copy_text) as raw JSON, the way the adapter does, and checks that the
// server refuses what Telegram refuses with Telegram's 400 and records
// what it takes.
func TestKeyboardValidation(t *testing.T) {
	s := New(t, Options{})
	bot := newBot(t, s)
	copy256 := strings.Repeat("é", 256)
	tests := []struct {
		name   string
		markup string
		desc   string
	}{
		{"copy and share", `{"inline_keyboard":[[{"text":"Copy","copy_text":{"text":"` + copy256 + `"}},` +
			`{"text":"Send to…","url":"https://t.me/share/url?url=Hi%20Sam"}],[{"text":"Done","callback_data":"draft:done"}]]}`, ""},
		{"tg link", `{"inline_keyboard":[[{"text":"Open","url":"tg://resolve?domain=companion_bot"}]]}`, ""},
		{"copy text empty", `{"inline_keyboard":[[{"text":"Copy","copy_text":{"text":""}}]]}`, "COPY_TEXT_INVALID"},
		{"copy text 257", `{"inline_keyboard":[[{"text":"Copy","copy_text":{"text":"` + copy256 + `x"}}]]}`, "COPY_TEXT_INVALID"},
		{"copy text 257 in UTF-16", `{"inline_keyboard":[[{"text":"Copy","copy_text":{"text":"` + strings.Repeat("a", 255) + `😀"}}]]}`, "COPY_TEXT_INVALID"},
		{"copy text missing", `{"inline_keyboard":[[{"text":"Copy","copy_text":{}}]]}`, "can't parse inline keyboard button"},
		{"two kinds", `{"inline_keyboard":[[{"text":"Both","callback_data":"x","url":"https://example.org"}]]}`, "exactly one of the optional fields"},
		{"copy and url", `{"inline_keyboard":[[{"text":"Both","copy_text":{"text":"hi"},"url":"https://example.org"}]]}`, "exactly one of the optional fields"},
		{"no kind", `{"inline_keyboard":[[{"text":"Nothing"}]]}`, "text buttons are unallowed"},
		{"empty label", `{"inline_keyboard":[[{"text":"","callback_data":"x"}]]}`, "text must be non-empty"},
		{"no label", `{"inline_keyboard":[[{"callback_data":"x"}]]}`, `Can't find field "text"`},
		{"url without scheme", `{"inline_keyboard":[[{"text":"Go","url":"t.me/share/url?url=hi"}]]}`, "button URL"},
		{"url of another scheme", `{"inline_keyboard":[[{"text":"Go","url":"ftp://example.org/x"}]]}`, "Unsupported URL protocol"},
		{"url with a raw space", `{"inline_keyboard":[[{"text":"Go","url":"https://t.me/share/url?url=Hi Sam"}]]}`, "Wrong HTTP URL"},
		{"callback data too long", `{"inline_keyboard":[[{"text":"x","callback_data":"` + strings.Repeat("d", 65) + `"}]]}`, "BUTTON_DATA_INVALID"},
		{"not json", `{"inline_keyboard":[[`, "can't parse reply keyboard markup"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bot.MakeRequest("sendMessage", tgbotapi.Params{"chat_id": "9", "text": tt.name, "reply_markup": tt.markup})
			if tt.desc == "" {
				if err != nil {
					t.Fatalf("send: %v", err)
				}
				return
			}
			e := apiErr(t, err)
			if e.Code != 400 || !strings.HasPrefix(e.Message, "Bad Request: ") || !strings.Contains(e.Message, tt.desc) {
				t.Errorf("got %d %q, want 400 Bad Request containing %q", e.Code, e.Message, tt.desc)
			}
		})
	}
	got := s.Messages(9)
	if len(got) != 2 {
		t.Fatalf("recorded %d messages, want only the 2 valid ones", len(got))
	}
	want := [][]Button{
		{{Text: "Copy", CopyText: copy256}, {Text: "Send to…", URL: "https://t.me/share/url?url=Hi%20Sam"}},
		{{Text: "Done", Data: "draft:done"}},
	}
	kb := got[0].Keyboard
	if len(kb) != len(want) {
		t.Fatalf("recorded keyboard %+v, want %+v", kb, want)
	}
	for i := range want {
		if len(kb[i]) != len(want[i]) {
			t.Fatalf("recorded keyboard %+v, want %+v", kb, want)
		}
		for j := range want[i] {
			if kb[i][j] != want[i][j] {
				t.Errorf("button %d,%d recorded as %+v, want %+v", i, j, kb[i][j], want[i][j])
			}
		}
	}
}

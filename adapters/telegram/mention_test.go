package telegram

import (
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/adapters/internal/mention"
)

// Characters whose lower case takes a different number of bytes: finding
// the name in a lower-cased copy and cutting the original at that offset
// cut in the wrong place, or past the end.
var lengthChanging = []struct{ name, char string }{
	{"A with stroke grows", "Ⱥ"},          // U+023A, 2 bytes; ⱥ is 3
	{"T with diagonal stroke grows", "Ⱦ"}, // U+023E, 2 bytes; ⱦ is 3
	{"dotted I grows", "İ"},               // U+0130, 2 bytes; i̇ is 3
	{"Kelvin sign shrinks", "K"},          // U+212A, 3 bytes; k is 1
	{"Ohm sign shrinks", "Ω"},             // U+2126, 3 bytes; ω is 2
	{"capital sharp s shrinks", "ẞ"},      // U+1E9E, 3 bytes; ß is 2
	{"turned A shrinks", "Ɐ"},             // U+2C6F, 3 bytes; ɐ is 2
}

func TestAddressedLengthChangingCharacters(t *testing.T) {
	a := offlineAdapter(t)
	for _, c := range lengthChanging {
		for _, chatType := range []string{"private", "supergroup"} {
			chat := &tgbotapi.Chat{ID: 7, Type: chatType}
			if chatType != "private" {
				chat.ID = -100
			}
			texts := []struct{ text, want string }{
				{c.char + " @companion_bot", c.char},
				{c.char + c.char + c.char + " @Companion_Bot hello", c.char + c.char + c.char + " hello"},
				{"@companion_bot " + c.char, c.char},
				{strings.Repeat(c.char, 40) + " @companion_bot", strings.Repeat(c.char, 40)},
			}
			for _, tt := range texts {
				t.Run(c.name+"/"+chatType, func(t *testing.T) {
					tm := &tgbotapi.Message{MessageID: 1, From: &tgbotapi.User{ID: 7}, Chat: chat, Text: tt.text}
					got, addressed := a.addressed(tm)
					if got != tt.want || !addressed {
						t.Errorf("addressed(%q) = %q, %v; want %q, true", tt.text, got, addressed, tt.want)
					}
				})
			}
		}
	}
}

func TestMention(t *testing.T) {
	const name = "@companion_bot"
	tests := []struct {
		text       string
		start, end int
		ok         bool
	}{
		{"@companion_bot hi", 0, 14, true},
		{"hi @COMPANION_BOT", 3, 17, true},
		{"hi @companion_bot, how are you", 3, 17, true},
		{"(@companion_bot)", 1, 15, true},
		{"Ⱥ @companion_bot", 3, 17, true},
		{"@companion_bot2 hi", 0, 0, false},   // a longer name
		{"@companion_botÅ", 0, 0, false},      // a letter goes on
		{"@companion_bot\u0301", 0, 0, false}, // so does a combining accent
		{"mail@companion_bot", 0, 0, false},   // inside a word
		{"ȺȺ@companion_bot", 0, 0, false},     // inside a word of other letters
		{"@companion_bo", 0, 0, false},        // cut short
		{"@companion_bot2 @companion_bot", 16, 30, true},
		{"@compan\u0130on_bot", 0, 0, false}, // İ folds to no plain i
		{"", 0, 0, false},
		{"\xff@companion_bot", 1, 15, true}, // broken UTF-8 before it
	}
	for _, tt := range tests {
		start, end, ok := mention.Find(tt.text, name)
		if ok != tt.ok || (ok && (start != tt.start || end != tt.end)) {
			t.Errorf("mention(%q) = %d, %d, %v; want %d, %d, %v", tt.text, start, end, ok, tt.start, tt.end, tt.ok)
		}
		if ok && !strings.EqualFold(tt.text[start:end], name) {
			t.Errorf("mention(%q) points at %q", tt.text, tt.text[start:end])
		}
	}
}

// Offsets come from the text itself, even when a character of the name
// matched takes more bytes there than in the name.
func TestMentionOffsetsOfWiderCharacters(t *testing.T) {
	text := "hey @\u212aate!" // the Kelvin sign folds to k
	start, end, ok := mention.Find(text, "@kate")
	if !ok || start != 4 || end != 11 || text[end:] != "!" {
		t.Errorf("mention(%q) = %d, %d, %v; want 4, 11, true", text, start, end, ok)
	}
}

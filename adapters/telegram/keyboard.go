package telegram

import (
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/agent"
)

// maxCallbackData is Telegram's limit on a button's callback data, in bytes.
const maxCallbackData = 64

// keyboard lays choices out as an inline keyboard: one button per row when
// any label is long, otherwise two or three per row. The callback data is
// the choice ID. It returns nil when there is nothing to show; choices whose
// ID cannot be sent are left out and reported in dropped.
func keyboard(choices []agent.Choice) (kb *tgbotapi.InlineKeyboardMarkup, dropped int) {
	var buttons []tgbotapi.InlineKeyboardButton
	longest := 0
	for _, c := range choices {
		if c.ID == "" || len(c.ID) > maxCallbackData || c.Label == "" {
			dropped++
			continue
		}
		buttons = append(buttons, tgbotapi.NewInlineKeyboardButtonData(c.Label, c.ID))
		longest = max(longest, utf8.RuneCountInString(c.Label))
	}
	if len(buttons) == 0 {
		return nil, dropped
	}
	perRow := 3
	switch {
	case longest > 20:
		perRow = 1
	case longest > 12:
		perRow = 2
	}
	var rows [][]tgbotapi.InlineKeyboardButton
	for len(buttons) > 0 {
		n := min(perRow, len(buttons))
		rows = append(rows, buttons[:n])
		buttons = buttons[n:]
	}
	return &tgbotapi.InlineKeyboardMarkup{InlineKeyboard: rows}, dropped
}

package telegram

import (
	"unicode/utf8"

	"github.com/companion-dev/companion/agent"
)

// maxCallbackData is Telegram's limit on a button's callback data, in bytes.
const maxCallbackData = 64

// inlineMarkup is an inline keyboard as the Bot API takes it. The library's
// own type stops at Bot API 5.5 and cannot carry newer buttons (copy_text),
// so the adapter sends its own.
type inlineMarkup struct {
	InlineKeyboard [][]inlineButton `json:"inline_keyboard"`
}

// inlineButton is one button; exactly one of CallbackData, URL and CopyText
// is set, as Telegram refuses a button of several kinds.
type inlineButton struct {
	Text         string    `json:"text"`
	CallbackData string    `json:"callback_data,omitempty"`
	URL          string    `json:"url,omitempty"`
	CopyText     *copyText `json:"copy_text,omitempty"`
}

// copyText is a CopyTextButton (Bot API 7.11): pressing it puts Text on the
// clipboard.
type copyText struct {
	Text string `json:"text"`
}

// replyKeyboard is the keyboard under a reply: its choices, and for a
// finished draft a row to hand the draft on (see handOff).
func replyKeyboard(r agent.Reply) (kb *inlineMarkup, dropped int) {
	kb, dropped = keyboard(r.Choices)
	row := handOff(r)
	if len(row) == 0 {
		return kb, dropped
	}
	if kb == nil {
		kb = &inlineMarkup{}
	}
	kb.InlineKeyboard = append(kb.InlineKeyboard, row)
	return kb, dropped
}

// keyboard lays choices out as an inline keyboard: one button per row when
// any label is long, otherwise two or three per row. The callback data is
// the choice ID. It returns nil when there is nothing to show; choices whose
// ID cannot be sent are left out and reported in dropped.
func keyboard(choices []agent.Choice) (kb *inlineMarkup, dropped int) {
	var buttons []inlineButton
	longest := 0
	for _, c := range choices {
		if c.ID == "" || len(c.ID) > maxCallbackData || c.Label == "" {
			dropped++
			continue
		}
		buttons = append(buttons, inlineButton{Text: c.Label, CallbackData: c.ID})
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
	var rows [][]inlineButton
	for len(buttons) > 0 {
		n := min(perRow, len(buttons))
		rows = append(rows, buttons[:n])
		buttons = buttons[n:]
	}
	return &inlineMarkup{InlineKeyboard: rows}, dropped
}

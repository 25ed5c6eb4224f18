package telegram

import (
	"encoding/json"
	"fmt"
	"strconv"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// textRequest is a sendMessage or editMessageText call. The adapter builds
// these itself and sends them with MakeRequest because the library's
// configs cannot carry an inline keyboard newer than Bot API 5.5.
type textRequest struct {
	// method is "sendMessage" or "editMessageText".
	method string
	chat   int64
	// messageID is the message an edit replaces.
	messageID int
	text      string
	// parseMode is "HTML" or "" for plain text.
	parseMode string
	replyTo   int
	markup    *inlineMarkup
}

func (r textRequest) params() (tgbotapi.Params, error) {
	p := tgbotapi.Params{
		"chat_id":                  strconv.FormatInt(r.chat, 10),
		"text":                     r.text,
		"disable_web_page_preview": "true",
	}
	if r.parseMode != "" {
		p["parse_mode"] = r.parseMode
	}
	if r.messageID != 0 {
		p["message_id"] = strconv.Itoa(r.messageID)
	}
	if r.method == "sendMessage" {
		if r.replyTo != 0 {
			p["reply_to_message_id"] = strconv.Itoa(r.replyTo)
		}
		p["allow_sending_without_reply"] = "true"
	}
	if r.markup != nil {
		raw, err := json.Marshal(r.markup)
		if err != nil {
			return nil, fmt.Errorf("encode keyboard: %w", err)
		}
		p["reply_markup"] = string(raw)
	}
	return p, nil
}

// send makes r's call; the answer's message is not needed.
func (a *Adapter) send(r textRequest) error {
	p, err := r.params()
	if err != nil {
		return fmt.Errorf("%w: %w", errRejected, err)
	}
	_, err = a.bot.MakeRequest(r.method, p)
	return err
}

package telegramtest

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
)

// maxCopyText is the most UTF-16 units a copy_text button may copy.
const maxCopyText = 256

// buttonKinds are the optional fields of an InlineKeyboardButton of which
// Telegram wants exactly one: what the button does when pressed.
var buttonKinds = []string{
	"url", "callback_data", "web_app", "login_url", "switch_inline_query",
	"switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
	"copy_text", "callback_game", "pay",
}

// wireButton is an inline keyboard button as sent, with every kind kept raw
// so that the ones the library cannot express (copy_text) are seen too.
type wireButton struct {
	Text   *string
	fields map[string]json.RawMessage
}

func (b *wireButton) UnmarshalJSON(raw []byte) error {
	if err := json.Unmarshal(raw, &b.fields); err != nil {
		return err
	}
	if t, ok := b.fields["text"]; ok {
		var s string
		if err := json.Unmarshal(t, &s); err != nil {
			return err
		}
		b.Text = &s
	}
	return nil
}

// kinds lists the button kinds present; null counts as absent, and so does
// pay: false.
func (b *wireButton) kinds() []string {
	var out []string
	for _, k := range buttonKinds {
		v, ok := b.fields[k]
		if !ok || string(v) == "null" || (k == "pay" && string(v) != "true") {
			continue
		}
		out = append(out, k)
	}
	return out
}

// parseKeyboard checks an inline keyboard the way Telegram does and
// returns it as recorded. Only callback_data, url and copy_text buttons are
// recorded in full; other kinds are refused, as the companion sends none.
func parseKeyboard(raw string) ([][]Button, *apiError) {
	var mk struct {
		InlineKeyboard [][]wireButton `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(raw), &mk); err != nil {
		return nil, badRequest("can't parse reply keyboard markup JSON object")
	}
	var rows [][]Button
	for _, row := range mk.InlineKeyboard {
		var out []Button
		for _, wb := range row {
			b, aerr := parseButton(wb)
			if aerr != nil {
				return nil, aerr
			}
			out = append(out, b)
		}
		rows = append(rows, out)
	}
	return rows, nil
}

func parseButton(wb wireButton) (Button, *apiError) {
	var b Button
	if wb.Text == nil {
		return b, badRequest(`can't parse inline keyboard button: Can't find field "text"`)
	}
	kinds := wb.kinds()
	switch {
	case len(kinds) == 0:
		return b, badRequest("text buttons are unallowed in the inline keyboard")
	case len(kinds) > 1:
		return b, badRequest("can't parse inline keyboard button: exactly one of the optional fields must be used, got " + strings.Join(kinds, ", "))
	}
	if *wb.Text == "" {
		return b, badRequest("can't parse inline keyboard button: text must be non-empty")
	}
	b.Text = *wb.Text
	raw := wb.fields[kinds[0]]
	switch kinds[0] {
	case "callback_data":
		if err := json.Unmarshal(raw, &b.Data); err != nil || len(b.Data) == 0 || len(b.Data) > 64 {
			return b, badRequest("BUTTON_DATA_INVALID")
		}
	case "url":
		if err := json.Unmarshal(raw, &b.URL); err != nil {
			return b, badRequest(`can't parse inline keyboard button: field "url" must be of type String`)
		}
		if reason := badURL(b.URL); reason != "" {
			return b, badRequest("inline keyboard button URL " + strconv.Quote(b.URL) + " is invalid: " + reason)
		}
	case "copy_text":
		var ct struct {
			Text *string `json:"text"`
		}
		if err := json.Unmarshal(raw, &ct); err != nil || ct.Text == nil {
			return b, badRequest(`can't parse inline keyboard button: Can't find field "text" in copy_text`)
		}
		if n := UTF16Len(*ct.Text); n < 1 || n > maxCopyText {
			return b, badRequest("COPY_TEXT_INVALID: copy_text.text must be 1-256 characters, got " + strconv.Itoa(n))
		}
		b.CopyText = *ct.Text
	default:
		return b, badRequest("BUTTON_TYPE_INVALID")
	}
	return b, nil
}

// badURL says why u cannot be a button's URL, or "" when it can: Telegram
// takes absolute http(s) URLs with a host, and tg:// links.
func badURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "Wrong URL"
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		if p.Host == "" || strings.ContainsAny(u, " \n\t") {
			return "Wrong HTTP URL"
		}
	case "tg":
		if p.Opaque == "" && p.Host == "" {
			return "Wrong tg URL"
		}
	default:
		return "Unsupported URL protocol"
	}
	return ""
}

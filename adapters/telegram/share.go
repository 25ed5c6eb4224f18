package telegram

import (
	"net/url"
	"strings"
	"unicode/utf16"

	"github.com/companion-dev/companion/agent"
)

const (
	// maxCopyText is the most a copy button may copy (CopyTextButton:
	// 1–256 characters, counted here in UTF-16 units as Telegram counts
	// message text, which is never more lenient than counting runes).
	maxCopyText = 256
	// maxShareURL bounds the share link. Telegram documents no limit on a
	// button's URL; 2,048 bytes is what browsers and link handlers have
	// long taken without trouble. A draft whose link would be longer gets
	// no share button (cutting a message short would send something the
	// person did not write); the copy block above it still holds it whole.
	maxShareURL = 2048
	// shareBase opens Telegram's chat picker with the text ready to send.
	// Clients require the url parameter (Telegram Desktop ignores a link
	// without one) and put it at the start of the message field, so the
	// draft goes there rather than in text, which would follow a newline.
	shareBase = "https://t.me/share/url?url="
)

// handOff is the row that hands a finished draft on in one tap: "Copy"
// (when the draft fits a copy button) and "Send to…", which opens the chat
// picker with the draft ready. A finished draft is a Draft reply with no
// choices: while a draft is open the agent offers revisions under it, and
// the buttons would let someone send a version they had not settled on.
func handOff(r agent.Reply) []inlineButton {
	if !r.Draft || len(r.Choices) > 0 {
		return nil
	}
	text, ok := draftText(r)
	if !ok {
		return nil
	}
	var row []inlineButton
	if n := len(utf16.Encode([]rune(text))); n <= maxCopyText {
		row = append(row, inlineButton{Text: "Copy", CopyText: &copyText{Text: text}})
	}
	if u, ok := shareURL(text); ok {
		row = append(row, inlineButton{Text: "Send to…", URL: u})
	}
	return row
}

// draftText returns the draft of a Draft reply: its one "> " block without
// the quote markers, as render shows it in the copy block (bold markers
// dropped). A reply with no block, or with several, has no single draft.
func draftText(r agent.Reply) (string, bool) {
	lines := strings.Split(strings.ReplaceAll(strings.TrimSpace(r.Text), "\r\n", "\n"), "\n")
	var block []string
	blocks := 0
	for i, l := range lines {
		if !quoted(l) {
			continue
		}
		if i == 0 || !quoted(lines[i-1]) {
			blocks++
		}
		block = append(block, unquote(l))
	}
	if blocks != 1 {
		return "", false
	}
	text := strings.TrimSpace(boldRe.ReplaceAllString(strings.Join(block, "\n"), "$1"))
	return text, text != ""
}

// shareURL is the t.me share link that opens the chat picker with text in
// the message field, or false when it would be longer than maxShareURL or
// a client would refuse it. Spaces are %20, not "+": not every client
// decodes "+" in a query.
func shareURL(text string) (string, bool) {
	if strings.HasPrefix(text, "@") {
		// Telegram Desktop refuses a shared text that starts with "@", as
		// it would run an inline bot query.
		return "", false
	}
	u := shareBase + strings.ReplaceAll(url.QueryEscape(text), "+", "%20")
	if len(u) > maxShareURL {
		return "", false
	}
	return u, true
}

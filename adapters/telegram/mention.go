package telegram

import (
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/adapters/internal/mention"
)

// addressed returns the text the agent should see and whether the bot was
// addressed: in private always; in groups by a command (bare or
// /cmd@thisbot), an @mention of the bot, or a reply to one of its messages.
// The bot's own name is taken out of the text.
func (a *Adapter) addressed(tm *tgbotapi.Message) (string, bool) {
	text := tm.Text
	name := "@" + a.bot.Self.UserName
	private := tm.Chat.Type == "private"
	if strings.HasPrefix(text, "/") {
		cmd, rest, _ := strings.Cut(text, " ")
		if base, target, ok := strings.Cut(cmd, "@"); ok {
			if !strings.EqualFold("@"+target, name) {
				return text, private
			}
			cmd = base
		}
		if rest != "" {
			return cmd + " " + rest, true
		}
		return cmd, true
	}
	if a.bot.Self.UserName != "" {
		if start, end, ok := mention.Find(text, name); ok {
			stripped := strings.Join(strings.Fields(text[:start]+text[end:]), " ")
			stripped = strings.TrimLeft(stripped, ",: ")
			if stripped == "" {
				stripped = text
			}
			return stripped, true
		}
	}
	return text, private || repliesTo(tm, a.bot.Self.ID)
}

package telegramtest

import (
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// User is a person talking to the bot.
type User struct {
	// ID is the user id, which is also the id of their private chat.
	ID int64
	// FirstName and Username are as Telegram shows them (Username without "@").
	FirstName string
	Username  string
}

func (u User) tg() *tgbotapi.User {
	return &tgbotapi.User{ID: u.ID, FirstName: u.FirstName, UserName: u.Username}
}

// Inject queues u for getUpdates (or the webhook), giving it the next update
// id, and returns that id.
func (s *Server) Inject(u tgbotapi.Update) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextUpdate++
	u.UpdateID = s.nextUpdate
	if u.CallbackQuery != nil {
		s.callbacks[u.CallbackQuery.ID] = true
	}
	for _, m := range []*tgbotapi.Message{u.Message, u.EditedMessage, u.ChannelPost} {
		if m != nil && m.Chat != nil {
			s.rememberLocked(m.Chat.ID, m.MessageID)
		}
	}
	s.updates = append(s.updates, u)
	s.notifyLocked()
	return u.UpdateID
}

func (s *Server) newMessage(chat *tgbotapi.Chat, from User) *tgbotapi.Message {
	s.mu.Lock()
	id := s.nextMsg
	s.nextMsg++
	s.mu.Unlock()
	return &tgbotapi.Message{MessageID: id, From: from.tg(), Date: int(time.Now().Unix()), Chat: chat}
}

func privateChat(u User) *tgbotapi.Chat {
	return &tgbotapi.Chat{ID: u.ID, Type: "private", FirstName: u.FirstName, UserName: u.Username}
}

func groupChat(id int64) *tgbotapi.Chat {
	return &tgbotapi.Chat{ID: id, Type: "supergroup", Title: "Friends"}
}

// entities marks a leading /command and every @mention, in UTF-16 offsets.
func entities(text string) []tgbotapi.MessageEntity {
	var out []tgbotapi.MessageEntity
	for i := 0; i < len(text); {
		c := text[i]
		start := i
		if (c == '/' && i == 0) || (c == '@' && (i == 0 || text[i-1] == ' ')) {
			i++
			for i < len(text) && (isWord(text[i]) || (c == '/' && text[i] == '@')) {
				i++
			}
			if i-start > 1 {
				kind := "mention"
				if c == '/' {
					kind = "bot_command"
				}
				out = append(out, tgbotapi.MessageEntity{Type: kind,
					Offset: UTF16Len(text[:start]), Length: UTF16Len(text[start:i])})
			}
			continue
		}
		i++
	}
	return out
}

func isWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// SendText injects a private text message from u and returns the update id.
func (s *Server) SendText(u User, text string) int {
	m := s.newMessage(privateChat(u), u)
	m.Text, m.Entities = text, entities(text)
	return s.Inject(tgbotapi.Update{Message: m})
}

// SendGroupText injects a text message from u in group chat (a negative id).
func (s *Server) SendGroupText(chat int64, u User, text string) int {
	m := s.newMessage(groupChat(chat), u)
	m.Text, m.Entities = text, entities(text)
	return s.Inject(tgbotapi.Update{Message: m})
}

// SendGroupReply injects a group message from u replying to message replyTo,
// which the bot sent when fromBot is true.
func (s *Server) SendGroupReply(chat int64, u User, text string, replyTo int, fromBot bool) int {
	m := s.newMessage(groupChat(chat), u)
	m.Text, m.Entities = text, entities(text)
	author := &tgbotapi.User{ID: u.ID + 1, FirstName: "Someone"}
	if fromBot {
		bot := s.bot
		author = &bot
	}
	m.ReplyToMessage = &tgbotapi.Message{MessageID: replyTo, From: author, Chat: m.Chat}
	return s.Inject(tgbotapi.Update{Message: m})
}

// SendSticker injects a private sticker from u.
func (s *Server) SendSticker(u User) int {
	m := s.newMessage(privateChat(u), u)
	m.Sticker = &tgbotapi.Sticker{FileID: "sticker-1", FileUniqueID: "s1", Width: 512, Height: 512, Emoji: "🙂"}
	return s.Inject(tgbotapi.Update{Message: m})
}

// SendPhoto injects a private photo from u, with an optional caption.
func (s *Server) SendPhoto(u User, caption string) int {
	m := s.newMessage(privateChat(u), u)
	m.Photo = []tgbotapi.PhotoSize{{FileID: "photo-1", FileUniqueID: "p1", Width: 90, Height: 90}}
	m.Caption = caption
	return s.Inject(tgbotapi.Update{Message: m})
}

// SendEdit injects an edited_message update for a private message from u.
func (s *Server) SendEdit(u User, text string) int {
	m := s.newMessage(privateChat(u), u)
	m.Text, m.EditDate = text, int(time.Now().Unix())
	return s.Inject(tgbotapi.Update{EditedMessage: m})
}

// SendChannelPost injects a channel post in channel chat.
func (s *Server) SendChannelPost(chat int64, text string) int {
	m := s.newMessage(&tgbotapi.Chat{ID: chat, Type: "channel", Title: "News"}, User{})
	m.From, m.Text = nil, text
	return s.Inject(tgbotapi.Update{ChannelPost: m})
}

// Press injects a callback query: u pressed the button with data under the
// bot's message messageID in chat. It returns the update id.
func (s *Server) Press(u User, chat int64, messageID int, data string) int {
	s.mu.Lock()
	s.nextMsg++
	qid := "cq" + strconv.Itoa(s.nextMsg)
	var msg *tgbotapi.Message
	for _, m := range s.messages[chat] {
		if m.MessageID == messageID {
			tm := s.toMessage(m)
			msg = &tm
		}
	}
	s.mu.Unlock()
	if msg == nil {
		chatType := "private"
		if chat < 0 {
			chatType = "supergroup"
		}
		bot := s.bot
		msg = &tgbotapi.Message{MessageID: messageID, From: &bot, Chat: &tgbotapi.Chat{ID: chat, Type: chatType}}
	}
	return s.Inject(tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID: qid, From: u.tg(), Message: msg, ChatInstance: "ci" + strings.TrimPrefix(qid, "cq"), Data: data,
	}})
}

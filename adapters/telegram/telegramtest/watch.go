package telegramtest

import (
	"context"
	"errors"
)

// ErrClosed is returned by WaitChat when the server is closed before cond
// holds.
var ErrClosed = errors.New("telegramtest: server closed")

// notifyChatLocked wakes everyone waiting on chat; s.mu must be held.
func (s *Server) notifyChatLocked(chat int64) {
	if ch, ok := s.chatWaits[chat]; ok {
		close(ch)
		delete(s.chatWaits, chat)
	}
}

// WaitChat blocks until cond returns true or ctx ends. Unlike Wait, cond is
// re-evaluated only when the bot sends a message to chat or edits one there
// (and when the server closes), so many callers can each watch a chat of
// their own without waking at every call the bot makes. cond may call the
// Server's accessors.
func (s *Server) WaitChat(ctx context.Context, chat int64, cond func() bool) error {
	for {
		s.mu.Lock()
		ch, ok := s.chatWaits[chat]
		if !ok {
			ch = make(chan struct{})
			s.chatWaits[chat] = ch
		}
		closed := s.closed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		if closed {
			return ErrClosed
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Count returns how many messages the bot has sent to chat.
func (s *Server) Count(chat int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.messages[chat])
}

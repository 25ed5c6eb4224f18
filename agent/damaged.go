package agent

import (
	"context"
	"errors"
	"fmt"
)

// msgDamaged is what a person hears when what the companion keeps about them
// cannot be read back. It says what happened, what the operator can do, and
// the one thing the person can do themselves.
const msgDamaged = "I'm sorry — what I keep about you can't be read back right now (it looks damaged on disk), " +
	"so I can't carry on from where we were.\n" +
	"The person who runs me can bring it back from a backup. If you'd rather start fresh, send /forget: " +
	"I'll erase what I kept about you, and we can begin again."

// msgDamagedForgot confirms a fresh start after a damaged record.
const msgDamagedForgot = "Done — what I kept about you is erased. Say hi whenever you'd like to start again."

// damaged answers a private turn whose person could not be loaded because their
// record is damaged. The record is left as it is, so a backup can still
// bring it back, unless the person asks to be forgotten. Nothing of the
// message is kept. When even this cannot be committed, the original error
// is returned and the adapter sets the update aside.
func (a *Agent) damaged(ctx context.Context, m Message, loadErr error) error {
	t := Turn{UpdateID: m.ID}
	reply := msgDamaged
	if m.Choice == "" {
		if in := ParseIntent(m.Text); in.Command && in.Kind == IntentForget {
			t.Forget = m.Person
			reply = msgDamagedForgot
		}
	}
	t.Replies = []Outgoing{{Channel: m.Channel, ChatID: m.ChatID, Person: m.Person, Reply: Reply{Text: reply}}}
	if err := a.store.CommitTurn(ctx, t); err != nil {
		if errors.Is(err, ErrDuplicate) {
			return ErrDuplicate
		}
		return fmt.Errorf("handle: %w (and the answer about it: %v)", loadErr, err)
	}
	a.observe(TurnEvent{Channel: m.Channel, Flow: "damaged", Replies: 1})
	a.log.Warn("person record damaged", "channel", m.Channel, "forgotten", t.Forget != "")
	return nil
}

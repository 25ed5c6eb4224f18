package main

import (
	"io"

	"github.com/companion-dev/companion/adapters/matrix"
	"github.com/companion-dev/companion/adapters/telegram"
)

// Every chat adapter can report whether it is connected and stop gracefully.
var (
	_ readier = (*telegram.Adapter)(nil)
	_ drainer = (*telegram.Adapter)(nil)
	_ readier = (*matrix.Adapter)(nil)
	_ drainer = (*matrix.Adapter)(nil)
)

// adapters builds the configured chat adapters, by name, reporting retries
// and rate limits to om. console shows the operator what must not go to the
// log (a new Matrix recovery key).
func (a *app) adapters(om *opsMetrics, console io.Writer) (map[string]runner, error) {
	out := map[string]runner{}
	allowed := a.cfg.Access.Allows
	if a.cfg.TelegramEnabled() {
		t := a.cfg.Telegram
		tg, err := telegram.New(telegram.Options{
			Token:         t.Token.Value(),
			APIURL:        t.APIURL,
			Mode:          t.Mode,
			WebhookURL:    t.WebhookURL,
			WebhookListen: t.WebhookListen,
			WebhookSecret: t.WebhookSecret.Value(),
			PollTimeout:   t.PollTimeout.Duration,
			Allowed:       allowed,
			Logger:        a.log.With("component", "telegram"),
			SendRetried:   om.sendRetried(telegram.Channel),
			RateLimited:   om.rateLimited(telegram.Channel),
		}, a.agent, a.store)
		if err != nil {
			return nil, err
		}
		out["telegram"] = tg
	}
	if a.cfg.MatrixEnabled() {
		mc := a.cfg.Matrix
		mx, err := matrix.New(matrix.Options{
			Homeserver:        mc.Homeserver,
			UserID:            mc.UserID,
			Password:          mc.Password.Value(),
			AccessToken:       mc.AccessToken.Value(),
			DeviceID:          mc.DeviceID,
			OAuth:             mc.OAuth,
			PickleKey:         mc.PickleKey.Value(),
			RecoveryKey:       mc.RecoveryKey.Value(),
			ResetCrossSigning: mc.ResetCrossSigning,
			Console:           console,
			DisplayName:       mc.DisplayName,
			Encryption:        mc.Encryption,
			DataDir:           a.cfg.Data.Dir,
			Allowed:           allowed,
			Logger:            a.log.With("component", "matrix"),
			SendRetried:       om.sendRetried(matrix.Channel),
			RateLimited:       om.rateLimited(matrix.Channel),
		}, a.agent, a.store)
		if err != nil {
			return nil, err
		}
		out["matrix"] = mx
	}
	return out, nil
}

// Reminders wake the senders of both adapters at once (kickAll).
var (
	_ interface{ Kick() } = (*telegram.Adapter)(nil)
	_ interface{ Kick() } = (*matrix.Adapter)(nil)
)

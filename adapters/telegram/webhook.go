package telegram

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/agent"
)

// maxUpdateBody bounds a webhook request body.
const maxUpdateBody = 1 << 20

// serveWebhook receives updates on WebhookListen until intake ends. Telegram
// redelivers an update until it gets 200, so 200 is answered only after the
// turn is committed. When intake ends the listener closes and the turns in
// flight finish (until ctx ends); it returns ctx.Err(), nil unless ctx ended.
func (a *Adapter) serveWebhook(ctx, intake context.Context) error {
	hook, path, err := webhookURL(a.opts.WebhookURL, a.opts.Token)
	if err != nil {
		return err
	}
	secret := a.opts.WebhookSecret
	if secret == "" {
		var b [24]byte
		_, _ = rand.Read(b[:])
		secret = hex.EncodeToString(b[:])
	}
	mux := http.NewServeMux()
	mux.Handle("POST "+path, a.webhookHandler(ctx, secret))
	ln, err := net.Listen("tcp", a.opts.WebhookListen)
	if err != nil {
		return fmt.Errorf("webhook listen: %w", err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	a.log.Info("webhook listening", "addr", ln.Addr().String())
	// Telegram may post the first updates before setWebhook's answer is
	// back, so even when intake ends during setWebhook, turns can be under
	// way: the server is shut down gracefully in every case.
	err = a.setWebhook(intake, hook, secret)
	if intake.Err() != nil {
		err = nil
	}
	if err == nil {
		select {
		case <-intake.Done():
		case err := <-serveErr:
			return fmt.Errorf("webhook serve: %w", err)
		}
	}
	shutCtx := ctx
	if ctx.Err() != nil {
		var cancel context.CancelFunc
		shutCtx, cancel = context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
	}
	if err := srv.Shutdown(shutCtx); err != nil {
		_ = srv.Close()
	}
	if err != nil {
		return err
	}
	return ctx.Err()
}

// webhookURL returns the URL to register and the path to serve. Without a
// path of its own the URL gets one derived from the token, so that the
// endpoint cannot be guessed.
func webhookURL(raw, token string) (hook, path string, err error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", "", fmt.Errorf("webhook url: %q is not an absolute URL", raw)
	}
	if u.Path == "" || u.Path == "/" {
		sum := sha256.Sum256([]byte("companion-webhook:" + token))
		u.Path = "/telegram/" + hex.EncodeToString(sum[:12])
	}
	return u.String(), u.Path, nil
}

func (a *Adapter) setWebhook(ctx context.Context, hook, secret string) error {
	allowed, _ := json.Marshal(allowedUpdates)
	params := tgbotapi.Params{"url": hook, "secret_token": secret, "allowed_updates": string(allowed)}
	b := newBackoff(a.opts.Retry)
	for {
		_, err := a.bot.MakeRequest("setWebhook", params)
		if err == nil {
			a.life.OK()
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		err = a.scrub.err(err)
		if code := apiCode(err); code == 400 {
			return fmt.Errorf("set webhook: %w", err)
		}
		a.life.Fail("setWebhook")
		a.log.Warn("setWebhook failed, retrying", "err", err)
		if err := a.waitFlood(ctx, err, b); err != nil {
			return err
		}
	}
}

func (a *Adapter) webhookHandler(ctx context.Context, secret string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		var u tgbotapi.Update
		body, err := io.ReadAll(io.LimitReader(r.Body, maxUpdateBody))
		if err == nil {
			err = json.Unmarshal(body, &u)
		}
		if err != nil {
			// A body that cannot be read as an update never will be: take
			// it, or Telegram retries it forever.
			a.log.Warn("webhook body unreadable", "size", len(body))
			w.WriteHeader(http.StatusOK)
			return
		}
		unlock := a.lockChat(u)
		defer unlock()
		if a.life.Stopping() {
			// Shutting down: Telegram delivers it again after the restart.
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		a.ackCallback(u)
		if !a.settleHook(ctx, u) {
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}

// settleHook runs one attempt at u's turn as Telegram posted it and reports
// whether u is settled (committed, or set aside after Options.TurnAttempts
// deliveries failed), so that Telegram may forget it. Otherwise Telegram
// posts it again later; a paused store does not count as an attempt.
func (a *Adapter) settleHook(ctx context.Context, u tgbotapi.Update) bool {
	key := strconv.Itoa(u.UpdateID)
	err := a.attempt(ctx, u)
	switch {
	case err == nil:
		a.life.Done(key)
		a.life.OK()
		return true
	case ctx.Err() != nil:
		return false
	case errors.Is(err, agent.ErrPaused):
		a.log.Info("store paused, Telegram will post the update again", "update", u.UpdateID)
		return false
	}
	a.life.Fail("webhook turns")
	n := a.life.Failed(key)
	if a.giveUp(ctx, u, key, n, err) {
		return true
	}
	a.log.Warn("turn failed, Telegram will post the update again", "update", u.UpdateID, "attempt", n, "err", err)
	return false
}

// lockChat serialises webhook updates of one chat, which Telegram may post
// concurrently, so that a chat's turns run in order.
func (a *Adapter) lockChat(u tgbotapi.Update) (unlock func()) {
	h := fnv.New32a()
	_, _ = h.Write([]byte(strconv.FormatInt(chatOf(u), 10)))
	m := &a.chatMu[h.Sum32()%uint32(len(a.chatMu))]
	m.Lock()
	return m.Unlock
}

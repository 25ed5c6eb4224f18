package telegramtest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"time"
)

var secretToken = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// webhook is an active setWebhook registration.
type webhook struct {
	url, secret string
	done        chan struct{}
	failures    int
}

func (w *webhook) stop() { close(w.done) }

func (s *Server) setWebhook(r *http.Request) (any, *apiError) {
	url, secret := r.Form.Get("url"), r.Form.Get("secret_token")
	if url == "" {
		return nil, badRequest("bad webhook: an HTTPS URL must be provided for webhook")
	}
	if secret != "" && !secretToken.MatchString(secret) {
		return nil, badRequest("bad webhook: secret token contains unallowed characters")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, &apiError{code: 500, desc: "Internal Server Error"}
	}
	if s.webhook != nil {
		s.webhook.stop()
	}
	wh := &webhook{url: url, secret: secret, done: make(chan struct{})}
	s.webhook = wh
	s.deliveryWG.Add(1)
	go s.deliver(wh)
	s.notifyLocked()
	return true, nil
}

// WebhookFailures returns how many webhook deliveries were not answered 200.
func (s *Server) WebhookFailures() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.webhook == nil {
		return 0
	}
	return s.webhook.failures
}

// deliver posts pending updates to the webhook one at a time, oldest first,
// and retries an update until the bot answers 200, as Telegram does.
func (s *Server) deliver(wh *webhook) {
	defer s.deliveryWG.Done()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-wh.done
		cancel()
	}()
	client := &http.Client{Timeout: 30 * time.Second}
	for {
		s.mu.Lock()
		if len(s.updates) == 0 {
			ch := s.changed
			s.mu.Unlock()
			select {
			case <-ch:
				continue
			case <-wh.done:
				return
			}
		}
		u := s.updates[0]
		s.mu.Unlock()
		body, _ := json.Marshal(u)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, wh.url, bytes.NewReader(body))
		if err != nil {
			return
		}
		req.Header.Set("Content-Type", "application/json")
		if wh.secret != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", wh.secret)
		}
		resp, err := client.Do(req)
		ok := err == nil && resp.StatusCode == http.StatusOK
		if resp != nil {
			_ = resp.Body.Close()
		}
		s.mu.Lock()
		if ok && len(s.updates) > 0 && s.updates[0].UpdateID == u.UpdateID {
			s.updates = s.updates[1:]
			s.confirmed = u.UpdateID + 1
		}
		if !ok {
			wh.failures++
		}
		s.notifyLocked()
		s.mu.Unlock()
		if !ok {
			select {
			case <-time.After(50 * time.Millisecond):
			case <-wh.done:
				return
			}
		}
	}
}

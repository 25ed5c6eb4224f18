package telegram

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"path"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// redacted replaces the bot token wherever it would appear.
const redacted = "[redacted]"

// scrubber removes the bot token from error text. The library puts the
// token in every request URL, and net/http repeats the URL in its errors.
type scrubber struct{ r *strings.Replacer }

func newScrubber(token string) scrubber {
	if token == "" {
		return scrubber{r: strings.NewReplacer()}
	}
	pairs := []string{}
	for _, t := range []string{token, url.PathEscape(token), url.QueryEscape(token)} {
		pairs = append(pairs, "bot"+t, redacted, t, redacted)
	}
	return scrubber{r: strings.NewReplacer(pairs...)}
}

// scrubbedError carries an error's text without the token. It unwraps to
// the Bot API error or the transport cause, never to anything holding the URL.
type scrubbedError struct {
	msg   string
	cause error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.cause }

// err returns err with the token removed; nil stays nil.
func (s scrubber) err(err error) error {
	if err == nil {
		return nil
	}
	var cause error
	var api *tgbotapi.Error
	var ue *url.Error
	switch {
	case errors.As(err, &api):
		cause = api
	case errors.As(err, &ue):
		cause = s.err(ue.Err)
	case !strings.Contains(s.r.Replace(err.Error()), redacted):
		cause = err
	}
	return &scrubbedError{msg: s.r.Replace(err.Error()), cause: cause}
}

// ctxClient sends every library request under a context of the adapter's,
// so that a long poll or a slow send ends as soon as it should; the library
// builds requests without a context of its own. It also reports every 429
// Telegram answers, whatever the method.
type ctxClient struct {
	// ctx carries the calls that answer people (sends, edits, typing):
	// they go on until Run's context ends.
	ctx context.Context
	// intake carries the calls that take updates in or set the bot up:
	// they end as soon as Shutdown stops the intake.
	intake  context.Context
	c       *http.Client
	limited func()
}

// intakeMethods are the Bot API methods sent under ctxClient.intake.
var intakeMethods = map[string]bool{
	"getMe": true, "getUpdates": true, "deleteWebhook": true, "setWebhook": true, "setMyCommands": true,
}

func (c ctxClient) Do(req *http.Request) (*http.Response, error) {
	ctx := c.ctx
	if intakeMethods[path.Base(req.URL.Path)] {
		ctx = c.intake
	}
	resp, err := c.c.Do(req.WithContext(ctx))
	if resp != nil && resp.StatusCode == http.StatusTooManyRequests && c.limited != nil {
		c.limited()
	}
	return resp, err
}

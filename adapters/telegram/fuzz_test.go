package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/adapters/internal/lifecycle/lifecycletest"
	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// fuzzSecret is the webhook secret the fuzzed requests carry.
const fuzzSecret = "fuzz-secret"

// fuzzSeeds are raw updates as Telegram could send them, and some it never
// would: mentions next to characters whose case changes their length, odd
// Unicode, huge and missing fields, wrong types, broken JSON.
var fuzzSeeds = []string{
	`{"update_id":1,"message":{"message_id":1,"from":{"id":7,"first_name":"Ana","username":"ana"},"chat":{"id":7,"type":"private"},"date":1700000000,"text":"Ⱥ @companion_bot"}}`,
	`{"update_id":2,"message":{"message_id":2,"from":{"id":7,"first_name":"Ana"},"chat":{"id":-100,"type":"supergroup"},"date":1700000000,"text":"İİİ @Companion_Bot hello"}}`,
	`{"update_id":3,"message":{"message_id":3,"from":{"id":7,"first_name":"Ana"},"chat":{"id":-100,"type":"group"},"date":1700000000,"text":"K ẞ Ω Ɐ @companion_bot"}}`,
	`{"update_id":4,"message":{"message_id":4,"from":{"id":8,"first_name":"Bo"},"chat":{"id":8,"type":"private"},"text":"@companion_bot@companion_bot@"}}`,
	`{"update_id":5,"message":{"message_id":5,"from":{"id":8},"chat":{"id":8,"type":"private"},"text":"/start@companion_bot extra words"}}`,
	`{"update_id":6,"message":{"message_id":6,"from":{"id":8},"chat":{"id":8,"type":"private"},"text":"/@"}}`,
	`{"update_id":7,"message":{"message_id":7,"from":{"id":8},"chat":{"id":8,"type":"private"},"text":"\u0000\u200b\u202e\ufeff\ud83d\ude42 ‮txet"}}`,
	`{"update_id":8,"message":{"message_id":8,"from":{"id":8},"chat":{"id":8,"type":"private"},"text":"\ud800 broken surrogate"}}`,
	`{"update_id":9,"message":{"message_id":9,"from":{"id":8},"chat":{"id":8,"type":"private"},"text":"` + strings.Repeat("ǅ word ", 20000) + `"}}`,
	`{"update_id":10,"message":{"message_id":10,"from":{"id":8,"first_name":"` + strings.Repeat("Ⱥ", 5000) + `"},"chat":{"id":8,"type":"private"},"text":"hi"}}`,
	`{"update_id":11,"message":{"message_id":11,"chat":{"id":8,"type":"private"},"text":"no sender"}}`,
	`{"update_id":12,"message":{"message_id":12,"from":{"id":8},"text":"no chat"}}`,
	`{"update_id":13,"message":null}`,
	`{"update_id":14}`,
	`{}`,
	`[]`,
	`{"update_id":"fifteen"}`,
	`{"update_id":16,"message":{"message_id":16,"from":{"id":99999999999999999999},"chat":{"id":8}}}`,
	`not json at all`,
	`{"update_id":18,"callback_query":{"id":"q","from":{"id":7,"first_name":"Ana"},"message":{"message_id":3,"chat":{"id":7,"type":"private"}},"data":"tone:warm"}}`,
	`{"update_id":19,"callback_query":{"id":"q2","from":{"id":7},"data":"no message"}}`,
	`{"update_id":30,"callback_query":{"id":"q4","from":{"id":7},"inline_message_id":"i1","data":"under an inline message"}}`,
	`{"update_id":20,"callback_query":{"id":"q3","from":{"id":7},"message":{"message_id":3,"chat":{"id":-100,"type":"supergroup"}},"data":"` + strings.Repeat("x", 300) + `"}}`,
	`{"update_id":21,"message":{"message_id":21,"from":{"id":7},"chat":{"id":7,"type":"private"},"sticker":{"file_id":"s","file_unique_id":"s","width":1,"height":1}}}`,
	`{"update_id":22,"message":{"message_id":22,"from":{"id":7},"chat":{"id":-100,"type":"supergroup"},"photo":[{"file_id":"p"}],"reply_to_message":{"message_id":1,"from":{"id":123456,"is_bot":true},"chat":{"id":-100}}}}`,
	`{"update_id":23,"message":{"message_id":23,"from":{"id":13,"username":"stranger"},"chat":{"id":13,"type":"private"},"text":"let me in"}}`,
	`{"update_id":24,"message":{"message_id":24,"from":{"id":13},"chat":{"id":-100,"type":"supergroup"},"text":"hi","reply_to_message":{"message_id":1,"from":{"id":123456},"chat":{"id":-100}}}}`,
	`{"update_id":25,"edited_message":{"message_id":25,"from":{"id":7},"chat":{"id":7,"type":"private"},"text":"edited"}}`,
	`{"update_id":26,"channel_post":{"message_id":26,"chat":{"id":-5,"type":"channel"},"text":"news"}}`,
	`{"update_id":27,"message":{"message_id":27,"from":{"id":7,"is_bot":true},"chat":{"id":7,"type":"private"},"text":"a bot"}}`,
	`{"update_id":28,"message":{"message_id":28,"from":{"id":7},"chat":{"id":7,"type":"private"},"text":"I want to end it all"}}`,
	`{"update_id":29,"message":{"message_id":29,"from":{"id":7},"chat":{"id":7,"type":"private"},"text":"<b>&amp; **markup** </i> <script>"}}`,
}

// FuzzUpdate feeds raw update JSON through the adapter into a real agent
// over a real store, both ways Telegram delivers: posted to the webhook
// handler, and (when it decodes as an update) handed out by getUpdates to
// a polling adapter. No input may panic, hang, or earn a webhook answer
// other than 200 (taken) or 503 (try again); a polled one must be settled
// and confirmed.
func FuzzUpdate(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	srv := telegramtest.New(f, telegramtest.Options{})
	ag, st, _ := openCompanion(f, f.TempDir())
	opts := testOptions(srv, nil)
	opts.TypingDelay = time.Hour
	opts.Allowed = func(ids ...string) bool { return ids[0] != "13" }
	a, err := New(opts, ag, st)
	if err != nil {
		f.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	f.Cleanup(cancel)
	if err := a.connect(ctx, ctx); err != nil {
		f.Fatal(err)
	}
	h := a.webhookHandler(ctx, fuzzSecret)
	post := func(body []byte) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/hook", bytes.NewReader(body))
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", fuzzSecret)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	// The harness reaches the agent: the first seed is answered.
	if rec := post([]byte(fuzzSeeds[0])); rec.Code != http.StatusOK {
		f.Fatalf("first seed answered %d, want 200", rec.Code)
	}
	if out, err := st.Pending(ctx, Channel, 10); err != nil || len(out) == 0 || out[0].ChatID != "7" {
		f.Fatalf("outbox after the first seed: %+v, %v; want a reply to chat 7", out, err)
	}
	polling, err := New(opts, ag, st)
	if err != nil {
		f.Fatal(err)
	}
	lifecycletest.Run(f, 10*time.Second, polling.Run)
	f.Fuzz(func(t *testing.T, body []byte) {
		var rec *httptest.ResponseRecorder
		done := make(chan struct{})
		go func() {
			defer close(done)
			rec = post(body)
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("the update was not handled within 20s: %q", body)
		}
		if n := a.panics.Load(); n != 0 {
			t.Fatalf("%d turns panicked on %q", n, body)
		}
		if rec.Code != http.StatusOK && rec.Code != http.StatusServiceUnavailable {
			t.Errorf("answered %d, want 200 or 503", rec.Code)
		}
		var u tgbotapi.Update
		if json.Unmarshal(body, &u) != nil {
			return
		}
		id := srv.Inject(u)
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := srv.Wait(ctx, func() bool { return srv.Confirmed() > id }); err != nil {
			t.Fatalf("the polled update was not settled within 20s: %q", body)
		}
		if n := polling.panics.Load(); n != 0 {
			t.Fatalf("%d polled turns panicked on %q", n, body)
		}
	})
}

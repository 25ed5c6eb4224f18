package telegram

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
)

// sharedText decodes what a t.me share link puts in the message field.
func sharedText(t *testing.T, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatalf("share link %q: %v", link, err)
	}
	if u.Scheme != "https" || u.Host != "t.me" || u.Path != "/share/url" {
		t.Fatalf("share link %q does not open t.me/share/url", link)
	}
	if strings.Contains(u.RawQuery, "+") {
		t.Errorf("share link %q encodes spaces as +", link)
	}
	return u.Query().Get("url")
}

func TestDraftText(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
		ok   bool
	}{
		{"final", "Here it is to copy:\n\n> Hi Sam,\n> \n> how are you?", "Hi Sam,\n\nhow are you?", true},
		{"bold markers dropped as in the block", "Here:\n\n> Hi **Sam**", "Hi Sam", true},
		{"markup kept as typed", "> a < b & c_d_", "a < b & c_d_", true},
		{"crlf", "Here:\r\n\r\n> one\r\n> two", "one\ntwo", true},
		{"no block", "Nothing quoted", "", false},
		{"empty block", "Here:\n\n>\n> ", "", false},
		{"two blocks", "> one\n\nand\n\n> two", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := draftText(agent.Reply{Text: tt.text, Draft: true})
			if got != tt.want || ok != tt.ok {
				t.Errorf("draftText = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestHandOff(t *testing.T) {
	exactly256 := strings.Repeat("a", 255) + "."
	emoji := strings.Repeat("😀", 129) // 129 characters, 258 UTF-16 units
	cyrillic := strings.Repeat("Привет ", 60)
	tests := []struct {
		name        string
		reply       agent.Reply
		copy, share bool
	}{
		{"not a draft", agent.Reply{Text: "> quoted"}, false, false},
		{"draft still open", agent.Reply{Text: "> Hi Sam", Draft: true, Choices: []agent.Choice{{ID: "draft:done", Label: "Done"}}}, false, false},
		{"finished draft", agent.Reply{Text: "Here it is to copy:\n\n> Hi Sam", Draft: true}, true, true},
		{"256 characters", agent.Reply{Text: "> " + exactly256, Draft: true}, true, true},
		{"257 characters", agent.Reply{Text: "> " + exactly256 + "!", Draft: true}, false, true},
		{"emoji counted in UTF-16", agent.Reply{Text: "> " + emoji, Draft: true}, false, true},
		{"share link too long", agent.Reply{Text: "> " + cyrillic, Draft: true}, false, false},
		{"starts with @", agent.Reply{Text: "> @sam hi", Draft: true}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var copied, shared string
			for _, b := range handOff(tt.reply) {
				if b.CallbackData != "" {
					t.Errorf("hand-off button %q calls back", b.Text)
				}
				if b.CopyText != nil {
					copied = b.CopyText.Text
				}
				if b.URL != "" {
					shared = b.URL
				}
			}
			if (copied != "") != tt.copy || (shared != "") != tt.share {
				t.Fatalf("copy %v share %v; want copy %v share %v", copied != "", shared != "", tt.copy, tt.share)
			}
			want, _ := draftText(tt.reply)
			if tt.copy && copied != want {
				t.Errorf("copy button holds %q, want the draft %q", copied, want)
			}
			if tt.share {
				if len(shared) > maxShareURL {
					t.Errorf("share link is %d bytes, over %d", len(shared), maxShareURL)
				}
				if got := sharedText(t, shared); got != want {
					t.Errorf("share link carries %q, want the draft %q", got, want)
				}
			}
		})
	}
}

func TestShareURLRoundTrip(t *testing.T) {
	for _, text := range []string{
		"Hi Sam & Alex, 50% + tax?",
		"line one\nline two #3 = yes / no",
		"Привет! 👍🏽 café",
	} {
		u, ok := shareURL(text)
		if !ok {
			t.Fatalf("no share link for %q", text)
		}
		if got := sharedText(t, u); got != text {
			t.Errorf("share link decodes to %q, want %q", got, text)
		}
	}
}

// TestDraftHandOffDelivered sends a finished draft, a long one and one
// that is still open through the fake Bot API and reads the buttons
// Telegram would show.
func TestDraftHandOffDelivered(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	short := "Hi Sam! I was thinking about our road trip to the coast & smiled. How are you?"
	long := strings.Repeat("It has been far too long, and I miss our talks. ", 7) + "Coffee soon?"
	replies := []agent.Reply{
		{Text: "Your first draft:\n\n> " + short, Draft: true, Choices: []agent.Choice{{ID: "draft:done", Label: "Done"}}},
		{Text: "Here it is to copy:\n\n> " + strings.ReplaceAll(short, "! ", "!\n> "), Draft: true},
		{Text: "Here it is to copy:\n\n> " + long, Draft: true},
	}
	for i, r := range replies {
		if err := st.commit(string(rune('a'+i)), agent.Outgoing{ChatID: chatStr(ana.ID), Reply: r}); err != nil {
			t.Fatal(err)
		}
	}
	start(t, testOptions(srv, nil), newFakeTurner(nil), st)
	msgs, err := srv.WaitMessages(ana.ID, 3, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if kb := msgs[0].Keyboard; len(kb) != 1 || len(kb[0]) != 1 || kb[0][0].Data != "draft:done" {
		t.Errorf("open draft keyboard = %+v, want only its choice", kb)
	}

	finalText := strings.ReplaceAll(short, "! ", "!\n")
	if !strings.Contains(msgs[1].Visible, finalText) {
		t.Fatalf("final draft block %q does not hold the draft", msgs[1].Visible)
	}
	kb := msgs[1].Keyboard
	if len(kb) != 1 || len(kb[0]) != 2 {
		t.Fatalf("final draft keyboard = %+v, want one row: Copy, Send to…", kb)
	}
	if b := kb[0][0]; b.Text != "Copy" || b.CopyText != finalText || b.URL != "" || b.Data != "" {
		t.Errorf("copy button = %+v, want it to copy exactly %q", b, finalText)
	}
	if b := kb[0][1]; b.Text != "Send to…" || sharedText(t, b.URL) != finalText {
		t.Errorf("share button = %+v, want a link carrying %q", b, finalText)
	}

	kb = msgs[2].Keyboard
	if len(kb) != 1 || len(kb[0]) != 1 {
		t.Fatalf("long draft keyboard = %+v, want the share button alone", kb)
	}
	if b := kb[0][0]; b.CopyText != "" || sharedText(t, b.URL) != long {
		t.Errorf("long draft button = %+v, want a share link carrying the %d-character draft", b, len(long))
	}
}

// TestDraftHandOffOnStreamedReply checks that a finished draft that
// replaces a streamed message (an edit) keeps its hand-off buttons.
func TestDraftHandOffOnStreamedReply(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{NoDrafts: true})
	st := newMemStore()
	draft := "Hi Sam, it has been too long. How are you?"
	turner := newFakeTurner(func(_ context.Context, m agent.Message) error {
		m.Partial("Hi Sam, it has")
		if _, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil {
			t.Error(err)
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "> " + draft, Draft: true}})
	})
	start(t, testOptions(srv, nil), turner, st)
	srv.SendText(ana, "done")
	turner.next(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := srv.Wait(ctx, func() bool {
		ms := srv.Messages(ana.ID)
		return len(ms) == 1 && ms[0].Visible == draft
	})
	msgs := srv.Messages(ana.ID)
	if err != nil {
		t.Fatalf("chat = %+v, want the streamed message edited into the draft", msgs)
	}
	if len(msgs[0].Edits) == 0 {
		t.Fatalf("the draft was not an edit of the streamed message")
	}
	kb := msgs[0].Keyboard
	if len(kb) != 1 || len(kb[0]) != 2 || kb[0][0].CopyText != draft || sharedText(t, kb[0][1].URL) != draft {
		t.Errorf("edited draft keyboard = %+v, want Copy and Send to… carrying the draft", kb)
	}
}

// FuzzHandOff checks that whatever a draft holds, its buttons are ones
// Telegram takes and carry the draft unchanged.
func FuzzHandOff(f *testing.F) {
	for _, s := range []string{"Hi Sam", "a & b + c %20", "line\nline", "@bot q", strings.Repeat("é", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := agent.Reply{Text: "Here it is to copy:\n\n> " + strings.ReplaceAll(s, "\n", "\n> "), Draft: true}
		want, ok := draftText(r)
		for _, b := range handOff(r) {
			if !ok {
				t.Fatalf("button %+v for a reply with no draft", b)
			}
			switch {
			case b.CopyText != nil:
				if n := telegramtest.UTF16Len(b.CopyText.Text); n < 1 || n > maxCopyText || b.CopyText.Text != want {
					t.Fatalf("copy text %q (%d units), want the draft %q", b.CopyText.Text, n, want)
				}
			case b.URL != "":
				if len(b.URL) > maxShareURL {
					t.Fatalf("share link of %d bytes", len(b.URL))
				}
				if got := sharedText(t, b.URL); got != want {
					t.Fatalf("share link carries %q, want %q", got, want)
				}
			default:
				t.Fatalf("button %+v does nothing", b)
			}
		}
	})
}

package telegram

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name  string
		reply agent.Reply
		want  string
	}{
		{"user markup is escaped", agent.Reply{Text: "<b>hi</b> & <script>"}, "&lt;b&gt;hi&lt;/b&gt; &amp; &lt;script&gt;"},
		{"quotes escaped", agent.Reply{Text: `say "hi" it's`}, "say &#34;hi&#34; it&#39;s"},
		{"bold", agent.Reply{Text: "a **big** day"}, "a <b>big</b> day"},
		{"italic", agent.Reply{Text: "an _easy_ step"}, "an <i>easy</i> step"},
		{"two italics", agent.Reply{Text: "_one_ _two_"}, "<i>one</i> <i>two</i>"},
		{"snake_case stays", agent.Reply{Text: "file_name_here"}, "file_name_here"},
		{"crossed markers stay nested", agent.Reply{Text: "**a _b** c_"}, "<b>a _b</b> c_"},
		{"italic inside bold", agent.Reply{Text: "**a _b_ c**"}, "<b>a <i>b</i> c</b>"},
		{"unclosed bold is literal", agent.Reply{Text: "**oops"}, "**oops"},
		{"bullets", agent.Reply{Text: "Try:\n- one\n- **two**"}, "Try:\n• one\n• <b>two</b>"},
		{"paragraphs", agent.Reply{Text: "One.\n\nTwo."}, "One.\n\nTwo."},
		{"quote", agent.Reply{Text: "From the guide:\n> be kind\n> to <you>"}, "From the guide:\n<blockquote>be kind\nto &lt;you&gt;</blockquote>"},
		{"draft is pre", agent.Reply{Text: "Here:\n> Hi Sam & co!\n> **Miss** you\n\nCopy it.", Draft: true},
			"Here:\n<pre>Hi Sam &amp; co!\nMiss you</pre>\n\nCopy it."},
		{"crlf", agent.Reply{Text: "a\r\nb"}, "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(tt.reply)
			if got != tt.want {
				t.Errorf("render(%q) =\n%q\nwant\n%q", tt.reply.Text, got, tt.want)
			}
			if _, err := telegramtest.ParseHTML(got); err != nil {
				t.Errorf("Telegram would refuse %q: %v", got, err)
			}
		})
	}
}

func TestPlain(t *testing.T) {
	h := render(agent.Reply{Text: "**Hi** <you> & _me_\n> quoted"})
	got, want := plain(h), "Hi <you> & me\nquoted"
	if got != want {
		t.Errorf("plain(%q) = %q, want %q", h, got, want)
	}
}

func TestSplit(t *testing.T) {
	para := strings.Repeat("word ", 15) + "end."
	tests := []struct {
		name  string
		html  string
		limit int
		want  []string
	}{
		{"fits", "short text", 100, []string{"short text"}},
		{"paragraph first", "First para here.\n\nSecond one. Has two.", 30, []string{"First para here.", "Second one. Has two."}},
		{"then sentence", "One two three. Four five six.", 20, []string{"One two three.", "Four five six."}},
		{"then word", "alpha beta gamma delta", 12, []string{"alpha beta", "gamma delta"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"entity not cut", "ab&amp;cd", 3, []string{"ab&amp;", "cd"}},
		{"tags reopened", "<b>aaa bbb</b> ccc", 4, []string{"<b>aaa</b>", "<b>bbb</b>", "ccc"}},
		{"pre reopened", "<pre>line one\nline two</pre>", 9, []string{"<pre>line one</pre>", "<pre>line two</pre>"}},
		{"surrogate pair kept whole", "ab😀cd", 3, []string{"ab", "😀c", "d"}},
		{"emoji count two units", "😀😀😀", 4, []string{"😀😀", "😀"}},
		{"long paragraph", para + "\n\n" + para, 100, []string{para, para}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := split(tt.html, tt.limit)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("split(%q, %d) =\n%q\nwant\n%q", tt.html, tt.limit, got, tt.want)
			}
		})
	}
}

func TestSplitTelegramSized(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 30000; i++ {
		b.WriteString("A **bold** start 😀 & <tag> then _some_ words. ")
		if i%7 == 6 {
			b.WriteString("\n\n")
		}
		if i%11 == 10 {
			b.WriteString("\n> quoted line 👍🏽\n")
		}
	}
	h := render(agent.Reply{Text: b.String()})
	wantVisible, err := telegramtest.ParseHTML(h)
	if err != nil {
		t.Fatalf("render made invalid HTML: %v", err)
	}
	chunks := split(h, maxText)
	if len(chunks) < 2 {
		t.Fatalf("got %d chunks, want several", len(chunks))
	}
	var all strings.Builder
	for i, c := range chunks {
		v, err := telegramtest.ParseHTML(c)
		if err != nil {
			t.Fatalf("chunk %d is invalid HTML: %v", i, err)
		}
		if n := telegramtest.UTF16Len(v); n > maxText || n == 0 {
			t.Errorf("chunk %d has %d UTF-16 units, want 1..%d", i, n, maxText)
		}
		if !utf8.ValidString(v) {
			t.Errorf("chunk %d cuts a character", i)
		}
		all.WriteString(v)
	}
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if squash(all.String()) != squash(wantVisible) {
		t.Error("chunks do not add up to the whole text")
	}
}

func TestKeyboard(t *testing.T) {
	ch := func(labels ...string) []agent.Choice {
		var out []agent.Choice
		for _, l := range labels {
			out = append(out, agent.Choice{ID: strings.ToLower(strings.ReplaceAll(l, " ", "-")), Label: l})
		}
		return out
	}
	shape := func(kb *inlineMarkup) []int {
		if kb == nil {
			return nil
		}
		var out []int
		for _, r := range kb.InlineKeyboard {
			out = append(out, len(r))
		}
		return out
	}
	tests := []struct {
		name    string
		choices []agent.Choice
		want    []int
		dropped int
	}{
		{"none", nil, nil, 0},
		{"short labels three a row", ch("Warm", "Casual", "Playful", "Short", "Done"), []int{3, 2}, 0},
		{"medium labels two a row", ch("Draft a message", "Ask a question", "7-day plan"), []int{2, 1}, 0},
		{"long labels one a row", ch("What I look for in a connection", "Who matters"), []int{1, 1}, 0},
		{"bad ids dropped", []agent.Choice{{ID: strings.Repeat("x", 65), Label: "Too long"}, {ID: "", Label: "No id"}, {ID: "ok", Label: "OK"}}, []int{1}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kb, dropped := keyboard(tt.choices)
			if got := shape(kb); !equalInts(got, tt.want) || dropped != tt.dropped {
				t.Errorf("keyboard shape %v dropped %d, want %v dropped %d", got, dropped, tt.want, tt.dropped)
			}
			if kb != nil && kb.InlineKeyboard[0][0].CallbackData != tt.choices[len(tt.choices)-len(flatten(kb))].ID {
				t.Errorf("callback data %q is not the choice id", kb.InlineKeyboard[0][0].CallbackData)
			}
		})
	}
}

func flatten(kb *inlineMarkup) []inlineButton {
	var out []inlineButton
	for _, r := range kb.InlineKeyboard {
		out = append(out, r...)
	}
	return out
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

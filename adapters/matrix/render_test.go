package matrix

import (
	"testing"

	"github.com/companion-dev/companion/agent"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name     string
		reply    agent.Reply
		wantBody string
		wantHTML string
	}{
		{
			name:     "paragraphs",
			reply:    agent.Reply{Text: "Hello there.\n\nSecond paragraph\nwith a second line."},
			wantBody: "Hello there.\n\nSecond paragraph\nwith a second line.",
			wantHTML: "<p>Hello there.</p><p>Second paragraph<br>with a second line.</p>",
		},
		{
			name:     "bullets and emphasis",
			reply:    agent.Reply{Text: "Try this:\n- **one** step\n- a _small_ one"},
			wantBody: "Try this:\n\n• one step\n• a small one",
			wantHTML: "<p>Try this:</p><ul><li><strong>one</strong> step</li><li>a <em>small</em> one</li></ul>",
		},
		{
			name:     "quoted draft",
			reply:    agent.Reply{Text: "Here's a draft:\n\n> Hi Sam!\n> How are you?", Draft: true},
			wantBody: "Here's a draft:\n\n> Hi Sam!\n> How are you?",
			wantHTML: "<p>Here&#39;s a draft:</p><blockquote>Hi Sam!<br>How are you?</blockquote>",
		},
		{
			name:     "markup in the text is escaped",
			reply:    agent.Reply{Text: `<script>alert("x")</script> & <b>bold</b>`},
			wantBody: `<script>alert("x")</script> & <b>bold</b>`,
			wantHTML: "<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>",
		},
		{
			name:     "underscores inside words stay",
			reply:    agent.Reply{Text: "file_name and snake_case_word"},
			wantBody: "file_name and snake_case_word",
			wantHTML: "<p>file_name and snake_case_word</p>",
		},
		{
			name:     "adjacent italics and quoted italics",
			reply:    agent.Reply{Text: `_a_ _b_ "_c_"`},
			wantBody: `a b "c"`,
			wantHTML: "<p><em>a</em> <em>b</em> &#34;<em>c</em>&#34;</p>",
		},
		{
			name:     "unclosed markers stay literal",
			reply:    agent.Reply{Text: "**not bold and _not italic"},
			wantBody: "**not bold and _not italic",
			wantHTML: "<p>**not bold and _not italic</p>",
		},
		{
			name: "choices become a numbered list",
			reply: agent.Reply{Text: "What feel do you want?", Choices: []agent.Choice{
				{ID: "warm", Label: "Warm"}, {ID: "casual", Label: "Casual <3"},
			}},
			wantBody: "What feel do you want?\n\n1. Warm\n2. Casual <3",
			wantHTML: "<p>What feel do you want?</p><ol><li>Warm</li><li>Casual &lt;3</li></ol>",
		},
		{
			name:     "blank lines and CRLF collapse",
			reply:    agent.Reply{Text: "\r\n\r\nOne\r\n\r\n\r\n\r\nTwo  \r\n"},
			wantBody: "One\n\nTwo",
			wantHTML: "<p>One</p><p>Two</p>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(tt.reply)
			if got.Body != tt.wantBody {
				t.Errorf("body:\ngot  %q\nwant %q", got.Body, tt.wantBody)
			}
			if got.FormattedBody != tt.wantHTML {
				t.Errorf("html:\ngot  %q\nwant %q", got.FormattedBody, tt.wantHTML)
			}
			if got.MsgType != "m.text" || got.Format != "org.matrix.custom.html" {
				t.Errorf("msgtype %q format %q", got.MsgType, got.Format)
			}
		})
	}
}

func TestKeycapNumber(t *testing.T) {
	tests := []struct {
		key    string
		want   int
		wantOK bool
	}{
		{"1️⃣", 1, true},
		{"9️⃣", 9, true},
		{"3\u20e3", 3, true}, // without the variation selector
		{"0️⃣", 0, false},
		{"🔟", 0, false},
		{"👍", 0, false},
		{"", 0, false},
		{"12", 0, false},
	}
	for _, tt := range tests {
		got, ok := keycapNumber(tt.key)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("keycapNumber(%q) = %d, %v; want %d, %v", tt.key, got, ok, tt.want, tt.wantOK)
		}
	}
	for i, k := range keycaps {
		if n, ok := keycapNumber(k); !ok || n != i+1 {
			t.Errorf("keycaps[%d] = %q reads as %d, %v", i, k, n, ok)
		}
	}
}

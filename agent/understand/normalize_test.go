package understand

import (
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"spaces only", "  \t\n ", nil},
		{"lower case", "Hey THERE", []string{"hey", "there"}},
		{"accents", "Café crème Zoë", []string{"cafe", "creme", "zoe"}},
		{"two-letter folds", "Straße Æsir", []string{"strasse", "aesir"}},
		{"apostrophes dropped", "don't i’ll it`s", []string{"dont", "ill", "its"}},
		{"three or more kept twice", "sooooo goood hiiiii", []string{"soo", "good", "hii"}},
		{"double letters stay", "hello all", []string{"hello", "all"}},
		{"digits stay", "day 2 of 7", []string{"day", "2", "of", "7"}},
		{"long number not squeezed", "1000", []string{"1000"}},
		{"question mark is a token", "should i text her?", []string{"should", "i", "text", "her", "?"}},
		{"runs of question marks", "really??? why?!?", []string{"really", "?", "why", "?"}},
		{"clause marks", "ok, so. i miss her!! how do i say it?", []string{"ok", ".", "so", ".", "i", "miss", "her", ".", "how", "do", "i", "say", "it", "?"}},
		{"marks at the ends end no clause", "... hi there!!!", []string{"hi", "there"}},
		{"a mark before a question mark", "why!?", []string{"why", "?"}},
		{"full-width question mark", "why？", []string{"why", "?"}},
		{"other punctuation separates", "ok!!! fine... (sure) a-b", []string{"ok", ".", "fine", ".", "sure", "a", "b"}},
		{"emoji are tokens", "thx 🙏", []string{"thx", "🙏"}},
		{"emoji next to a word", "bye👋", []string{"bye", "👋"}},
		{"run of one emoji kept once", "😭😭😭 ugh", []string{"😭", "ugh"}},
		{"different emoji kept", "😭🙏", []string{"😭", "🙏"}},
		{"skin tones and joiners dropped", "👍🏽 ok ❤️", []string{"👍", "ok", "❤"}},
		{"older symbols", "love it ♥ ✨", []string{"love", "it", "♥", "✨"}},
		{"media keys and arrows", "⏭️ next ➡️⤵️", []string{"⏭", "next", "➡", "⤵"}},
		{"invalid utf-8 separates", "ok\xffthen", []string{"ok", "then"}},
		{"other scripts kept", "привет مرحبا", []string{"привет", "مرحبا"}},
		{"markup is not a word", "<b>hi</b>", []string{"b", "hi", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokens(tt.in, nil); !slices.Equal(got, tt.want) {
				t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokensLongMessageKeepsHeadAndTail(t *testing.T) {
	words := make([]string, 1000)
	for i := range words {
		words[i] = "filler"
	}
	words[0], words[headTokens-1] = "first", "lasthead"
	words[headTokens] = "middle"
	words[len(words)-1] = "end"
	got := tokens(strings.Join(words, " "), nil)
	if len(got) != maxTokens {
		t.Fatalf("got %d tokens, want %d", len(got), maxTokens)
	}
	if got[0] != "first" || got[headTokens-1] != "lasthead" || got[len(got)-1] != "end" {
		t.Errorf("head or tail lost: %q … %q", got[:headTokens], got[len(got)-3:])
	}
	if slices.Contains(got, "middle") {
		t.Errorf("the middle was kept")
	}
}

func TestTokensAppends(t *testing.T) {
	got := tokens("b?", []string{"a", "?"})
	if want := []string{"a", "?", "b", "?"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTokensHugeMessageCutAtSpaces(t *testing.T) {
	text := "start " + strings.Repeat("abcdefgh ", 2000) + "finish"
	got := tokens(text, nil)
	if len(got) == 0 || got[0] != "start" || got[len(got)-1] != "finish" {
		t.Fatalf("first or last word lost: %q", got)
	}
	for _, w := range got[1 : len(got)-1] {
		if w != "abcdefgh" && w != clauseToken {
			t.Fatalf("a word was cut: %q", w)
		}
	}
	if len(headAndTail(text)) > maxBytes {
		t.Errorf("headAndTail kept %d bytes, more than %d", len(headAndTail(text)), maxBytes)
	}
}

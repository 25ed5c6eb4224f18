package safety

import (
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"I’m  NOT   okay!!", []string{"im", "not", "okay", "."}},
		{"Don't", []string{"dont", "."}},
		{"Soooo tiiired", []string{"so", "tired", "."}},
		{"su1c1dal", []string{"suicidal", "."}},
		{"k!ll", []string{"kil", "."}},
		{"what?! no", []string{"what", ".", "no", "."}},
		{"20 pills", []string{"20", "pils", "."}},
		{"Ich bin lebensmüde. Straße", []string{"ich", "bin", "lebensmude", ".", "strase", "."}},
		{"Kendimi öldürmek istiyorum", []string{"kendimi", "oldurmek", "istiyorum", "."}},
		{"Chcę umrzeć", []string{"chce", "umrzec", "."}},
		{"j'ai envie de mourir…", []string{"jai", "envie", "de", "mourir", "."}},
		{"dying 😂", []string{"dying", "lol", "."}},
		{"$elf h@rm", []string{"self", "harm", "."}},
		{"dad & me", []string{"dad", "and", "me", "."}},
		{"shhh its a secret", []string{"shush", "its", "a", "secret", "."}},
		{"sh again", []string{"sh", "again", "."}},
		{"tt il giorno, t amo", []string{"tt", "il", "giorno", "t", "amo", "."}},
		{"nn ce la faccio xx", []string{"nn", "ce", "la", "facio", "xx", "."}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := tokens(tt.in, nil); !slices.Equal(got, tt.want) {
			t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFuzzyCorrect(t *testing.T) {
	d := Default()
	tests := []struct{ in, want string }{
		{"suicdal", "suicidal"},    // a letter left out of a prefix word
		{"overdsoe", "overdose"},   // two letters swapped
		{"dissapear", "disappear"}, // squeezed, then one letter off
		{"overdone", "overdone"},   // a real word kept
		{"kil", "kil"},             // short words are never changed
		{"conversation", "conversation"},
	}
	for _, tt := range tests {
		in, want := tokens(tt.in, nil)[0], tokens(tt.want, nil)[0]
		if got := d.fuzzy.correct(in); got != want {
			t.Errorf("correct(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"no kind", "want to die", `want "kind: pattern"`},
		{"unknown kind", "danger: x", "unknown kind"},
		{"unknown group", "self: @nothing", "unknown word group"},
		{"gap first", "self: ~2 die", "must start with a word"},
		{"optional only", "self: (a)?", "must start with a word"},
		{"unclosed", "self: (a|b", "unclosed"},
		{"short prefix", "self: ab*", "too short"},
		{"hyphen", "self: self-harm", "not one word"},
		{"bad gap", "self: a ~9 b", "bad gap"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseLexicon("xx", tt.text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseLexicon(%q) error = %v, want one saying %q", tt.text, err, tt.want)
			}
		})
	}
}

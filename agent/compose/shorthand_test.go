package compose

import (
	"strings"
	"testing"
)

// TestShorthandNewsIsTheirs checks that news typed without its subject on
// a birthday or with good news is theirs, and that what has the writer in
// it, what they noticed, or a bare "were" is not.
func TestShorthandNewsIsTheirs(t *testing.T) {
	for _, tt := range []struct {
		c    string
		o    Occasion
		want string
	}{
		{"just joined a choir + bought a keyboard", Birthday, "Ines just joined a choir and bought a keyboard"},
		{"heading off to Chile in the spring", Birthday, "Ines is heading off to Chile in the spring"},
		{"finally qualified as a plumber", Congrats, "Ines finally qualified as a plumber"},
		{"walked me home after the party", Birthday, ""},
		{"spotted a heron by the canal", Birthday, ""},
		{"were fine now", Birthday, ""},
		{"just started a new job", Thinking, ""},
	} {
		got, ok := theirShorthand(tt.c, "Ines", tt.o)
		if tt.want == "" {
			if ok {
				t.Errorf("theirShorthand(%q, %s) = %q, want none", tt.c, tt.o, got)
			}
			continue
		}
		if !ok || got != tt.want {
			t.Errorf("theirShorthand(%q, %s) = %q, %v; want %q", tt.c, tt.o, got, ok, tt.want)
		}
	}
}

// TestShorthandReachesTheDraft checks the birthday draft carries news told
// in shorthand, and that a sore point asked to be kept out, told in the
// same clause, takes nothing else with it.
func TestShorthandReachesTheDraft(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
		bad  string
	}{
		{"21 on friday. just passed her driving theory + got a summer job at the lido", []string{"lido"}, "sorry"},
		{"30!! heading off to Peru in march. also she got dumped last month please don't mention it", []string{"Peru"}, "dumped"},
	} {
		d := Write(Spec{Occasion: Birthday, Name: "Kay", Tie: TieFriend, Details: Parse(tt.text, "Kay", Birthday)})
		for _, w := range tt.want {
			if !strings.Contains(d, w) {
				t.Errorf("draft for %q lacks %q: %q", tt.text, w, d)
			}
		}
		if strings.Contains(strings.ToLower(d), tt.bad) {
			t.Errorf("draft for %q says %q: %q", tt.text, tt.bad, d)
		}
	}
}

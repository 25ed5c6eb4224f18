package compose

import (
	"os"
	"strings"
	"testing"
)

func TestZZParse(t *testing.T) {
	if os.Getenv("P") == "" {
		t.Skip()
	}
	for _, s := range strings.Split(os.Getenv("P"), "||") {
		name, text, _ := strings.Cut(s, "::")
		o := DetectOccasion(text)
		var cl []string
		for _, raw := range splitClauses(normalise(tidyWords(text), name)) {
			cl = append(cl, stripRequest(raw, name)...)
		}
		t.Logf("%s | occ=%s clauses=%q details=%+v", text, o, cl, Parse(text, name, o))
	}
}

package safety

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEnglishNeverReadAsAnotherLanguage reads every everyday English
// message of the intents corpus (the tune parts; the held-out part stays
// unread): none may set off a rule of another language. Folded spelling
// makes some words meet across languages (Dutch "tel", count, is English
// "tell" with its double letter folded), and a rule written for one
// language must not fire on another's everyday words.
func TestEnglishNeverReadAsAnotherLanguage(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "understand", "testdata", "corpus", "tune*", "*.tsv"))
	if err != nil || len(files) < 10 {
		t.Fatalf("the intents corpus is not there: %v", err)
	}
	// Everyday messages whose words meet another language's once folded.
	for _, text := range []string{
		"oh and tell them i got the flat",
		"tell her the flat is ours from june",
		"can you tell me how high the flat rent goes",
	} {
		if r := Detect(text); r.Crisis() {
			t.Errorf("%q is read as a crisis in %q", text, r.Lang)
		}
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			_, text, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			n++
			if r := Detect(text); r.Crisis() && r.Lang != "en" {
				t.Errorf("%q is read as a crisis in %q", text, r.Lang)
			}
		}
	}
	if n < 3000 {
		t.Fatalf("only %d messages read", n)
	}
}

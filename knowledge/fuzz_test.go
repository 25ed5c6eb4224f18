package knowledge

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseDocument checks that any file either parses into sections with
// ids under its document id or fails with a *ParseError, never a panic.
func FuzzParseDocument(f *testing.F) {
	f.Add("---\nid: x\ntitle: T\ntags: [a, b]\n---\nLead.\n## H\nBody.\n")
	f.Add("---\nid: x\ntitle: T\ntags:\n  - a\n---\n```\n## code\n```\n")
	f.Add("---\n---\n")
	f.Add("")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, content string) {
		doc, err := parseDocument("f.md", []byte(content))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		if doc.id == "" || doc.title == "" || len(doc.sections) == 0 {
			t.Fatalf("parsed without id, title or sections: %+v", doc)
		}
		for _, s := range doc.sections {
			if s.ID != doc.id && !strings.HasPrefix(s.ID, doc.id+"/") {
				t.Fatalf("section %q outside document %q", s.ID, doc.id)
			}
		}
	})
}

// FuzzSearch checks that any query returns at most k results, in order,
// with short snippets, and never panics.
func FuzzSearch(f *testing.F) {
	kb := loadFixtures(f)
	f.Add("my friend ghosted me", 3)
	f.Add("gardning boook", 2)
	f.Add("left me on read'''", 1)
	f.Add("\x00\xff ’s '' --", 5)
	f.Fuzz(func(t *testing.T, query string, k int) {
		k %= 20
		got := kb.Search(query, k)
		if len(got) > max(k, 0) {
			t.Fatalf("Search(%q, %d) returned %d results", query, k, len(got))
		}
		for i, s := range got {
			if i > 0 && s.Score > got[i-1].Score {
				t.Fatalf("results out of order: %v", got)
			}
			if n := utf8.RuneCountInString(s.Snippet); n > maxSnippet || !utf8.ValidString(s.Snippet) {
				t.Fatalf("snippet %q: %d characters or invalid UTF-8", s.Snippet, n)
			}
		}
	})
}

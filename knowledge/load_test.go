package knowledge

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// writeGuide writes name → content files into a new temporary folder.
func writeGuide(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadParseErrors(t *testing.T) {
	tests := []struct {
		name     string
		content  string
		wantLine int
		wantMsg  string
	}{
		{"missing id", "---\ntitle: X\n---\nBody.\n", 3, "front matter: missing id"},
		{"missing title", "---\nid: x\n---\nBody.\n", 3, "front matter: missing title"},
		{"empty id", "---\nid:\ntitle: X\n---\nBody.\n", 4, "front matter: missing id"},
		{"unterminated", "---\nid: x\ntitle: X\n\n", 1, "front matter: no closing --- line"},
		{"no front matter", "Just text.\n", 1, "front matter: file must start with a --- line"},
		{"no front matter after blanks", "\n\n# Title\n", 3, "front matter: file must start with a --- line"},
		{"tags unclosed", "---\nid: x\ntitle: X\ntags: [a, b\n---\nBody.\n", 4, "front matter: bad tags: missing closing ]"},
		{"tags empty item", "---\nid: x\ntitle: X\ntags: [a, , b]\n---\nBody.\n", 4, "front matter: bad tags: empty tag"},
		{"tags stray bracket", "---\nid: x\ntitle: X\ntags: a, b]\n---\nBody.\n", 4, "front matter: bad tags: unbalanced brackets"},
		{"tags empty block list", "---\nid: x\ntitle: X\ntags:\nother: 1\n---\nBody.\n", 4, "front matter: bad tags: empty list"},
		{"tags bad list item", "---\nid: x\ntitle: X\ntags:\n  - ok\n  - 'open\n---\nBody.\n", 6, "front matter: bad tags: unterminated quote"},
		{"bad id", "---\nid: Not An Id\ntitle: X\n---\nBody.\n", 2, `front matter: id "Not An Id" must be lowercase letters, digits and single hyphens`},
		{"id with slash", "---\nid: a/b\ntitle: X\n---\nBody.\n", 2, `front matter: id "a/b" must be lowercase letters, digits and single hyphens`},
		{"duplicate key", "---\nid: x\ntitle: X\nid: y\n---\nBody.\n", 4, "front matter: id given twice (first on line 2)"},
		{"not key value", "---\nid: x\nwhat is this\ntitle: X\n---\nBody.\n", 3, `front matter: expected "key: value", got "what is this"`},
		{"list item without key", "---\n- a\nid: x\ntitle: X\n---\nBody.\n", 2, "front matter: list item without a key"},
		{"bad quoted title", "---\nid: x\ntitle: \"a\\q\"\n---\nBody.\n", 3, "front matter: title: bad quoted string"},
		{"empty file", "", 1, "empty file"},
		{"blank file", "  \n\n\t\n", 1, "empty file"},
		{"no body", "---\nid: x\ntitle: X\n---\n\n", 5, "no text after the front matter"},
		{"empty heading", "---\nid: x\ntitle: X\n---\nLead.\n\n##\nBody.\n", 7, "empty heading"},
		{"heading without letters", "---\nid: x\ntitle: X\n---\nLead.\n## ???\nBody.\n", 6, `heading "???" has no letters or digits`},
		{"invalid utf-8", "---\nid: x\ntitle: X\n---\nok\nbad \xff here\n", 6, "not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeGuide(t, map[string]string{"doc.md": tt.content})
			_, err := Load(Options{Dir: dir, Replace: true})
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Load error = %v, want a *ParseError", err)
			}
			wantFile := filepath.Join(dir, "doc.md")
			if pe.File != wantFile || pe.Line != tt.wantLine || pe.Msg != tt.wantMsg {
				t.Errorf("got %s:%d: %s\nwant %s:%d: %s", pe.File, pe.Line, pe.Msg, wantFile, tt.wantLine, tt.wantMsg)
			}
		})
	}
}

func TestParseErrorFormat(t *testing.T) {
	tests := []struct {
		err  *ParseError
		want string
	}{
		{&ParseError{File: "guide/x.md", Line: 3, Msg: "front matter: missing id"}, "guide/x.md:3: front matter: missing id"},
		{&ParseError{File: "guide/x.md", Msg: "file is larger than 32 MB"}, "guide/x.md: file is larger than 32 MB"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestLoadFrontMatterForms(t *testing.T) {
	tests := []struct {
		name      string
		content   string
		wantTitle string
		wantTags  []string
	}{
		{"inline list", "---\nid: x\ntitle: Plain title\ntags: [One, two words, 'three']\n---\nBody.\n", "Plain title", []string{"one", "two words", "three"}},
		{"bare list", "---\nid: x\ntitle: T\ntags: a, b\n---\nBody.\n", "T", []string{"a", "b"}},
		{"block list", "---\nid: x\ntitle: T\ntags:\n  - a\n  - \"b\"\n---\nBody.\n", "T", []string{"a", "b"}},
		{"empty inline list", "---\nid: x\ntitle: T\ntags: []\n---\nBody.\n", "T", nil},
		{"quoted title with colon", "---\nid: \"x\"\ntitle: \"Yes: really\"\n---\nBody.\n", "Yes: really", nil},
		{"single quotes", "---\nid: x\ntitle: 'It''s fine'\n---\nBody.\n", "It's fine", nil},
		{"comments, blanks and unknown keys", "---\n# a note\nid: x\n\norder: 3\nmeta:\n  author: someone\ntitle: T\n---\nBody.\n", "T", nil},
		{"windows line ends and BOM", "\ufeff---\r\nid: x\r\ntitle: T\r\n---\r\nBody.\r\n", "T", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseDocument("doc.md", []byte(tt.content))
			if err != nil {
				t.Fatalf("parseDocument: %v", err)
			}
			if doc.id != "x" || doc.title != tt.wantTitle || !slices.Equal(doc.tags, tt.wantTags) {
				t.Errorf("got id %q title %q tags %q, want id \"x\" title %q tags %q", doc.id, doc.title, doc.tags, tt.wantTitle, tt.wantTags)
			}
			if len(doc.sections) != 1 || doc.sections[0].Body != "Body." {
				t.Errorf("sections = %+v, want one with body \"Body.\"", doc.sections)
			}
		})
	}
}

func TestSplitSections(t *testing.T) {
	content := strings.Join([]string{
		"---", "id: doc", "title: The document", "tags: [t]", "---",
		"Lead text.",
		"",
		"## First part ##",
		"One.",
		"### A smaller heading",
		"Still one.",
		"```",
		"## not a heading inside code",
		"```",
		"##Not a heading either",
		"## Second: part!",
		"Two.",
		"## First part",
		"Three.",
		"## Empty",
	}, "\n")
	doc, err := parseDocument("doc.md", []byte(content))
	if err != nil {
		t.Fatal(err)
	}
	type sec struct{ id, title, body string }
	want := []sec{
		{"doc", "The document", "Lead text."},
		{"doc/first-part", "First part", "One.\n### A smaller heading\nStill one.\n```\n## not a heading inside code\n```\n##Not a heading either"},
		{"doc/second-part", "Second: part!", "Two."},
		{"doc/first-part-2", "First part", "Three."},
		{"doc/empty", "Empty", ""},
	}
	var got []sec
	for _, s := range doc.sections {
		got = append(got, sec{s.ID, s.Title, s.Body})
		if s.Document != "The document" || !slices.Equal(s.Tags, []string{"t"}) {
			t.Errorf("section %s: document %q tags %q, want %q and [t]", s.ID, s.Document, s.Tags, "The document")
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("sections:\n got %q\nwant %q", got, want)
	}
}

func TestSplitSectionsNoLead(t *testing.T) {
	doc, err := parseDocument("doc.md", []byte("---\nid: doc\ntitle: D\n---\n\n## Only part\nText.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.sections) != 1 || doc.sections[0].ID != "doc/only-part" {
		t.Errorf("sections = %+v, want just doc/only-part", doc.sections)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A heading", "a-heading"},
		{"  Why it matters  ", "why-it-matters"},
		{"Don't panic!", "don-t-panic"},
		{"Day 1: start small", "day-1-start-small"},
		{"--Already--dashed--", "already-dashed"},
		{"Café & crème", "café-crème"},
		{"UPPER lower", "upper-lower"},
		{"???", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadDuplicateIDs(t *testing.T) {
	dir := writeGuide(t, map[string]string{
		"a.md": "---\nid: same\ntitle: A\n---\nOne.\n",
		"b.md": "---\nid: same\ntitle: B\n---\nTwo.\n",
	})
	_, err := Load(Options{Dir: dir, Replace: true})
	if !errors.Is(err, ErrDuplicateID) {
		t.Fatalf("Load error = %v, want ErrDuplicateID", err)
	}
	for _, f := range []string{filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")} {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not name %s", err, f)
		}
	}
}

func TestLoadDuplicateOfEmbedded(t *testing.T) {
	embedded, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	first := embedded.Sections()[0].ID
	docID, _, _ := strings.Cut(first, "/")
	dir := writeGuide(t, map[string]string{"mine.md": "---\nid: " + docID + "\ntitle: Mine\n---\nText.\n"})
	_, err = Load(Options{Dir: dir})
	if !errors.Is(err, ErrDuplicateID) || !strings.Contains(err.Error(), "guide/") || !strings.Contains(err.Error(), "mine.md") {
		t.Errorf("Load error = %v, want ErrDuplicateID naming the embedded file and mine.md", err)
	}
}

func TestLoadDirAddsOrReplaces(t *testing.T) {
	dir := filepath.Join("testdata", "fixtures", "mixed")
	embedded, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(embedded.Sections()) == 0 {
		t.Fatal("embedded guide has no sections")
	}
	own := []string{"walks", "walks/routes", "tea"} // sorted by path: sub/walks.md before tea.md

	replaced, err := Load(Options{Dir: dir, Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := sectionIDs(replaced.Sections()); !slices.Equal(got, own) {
		t.Errorf("Replace: sections %q, want %q (non-.md and hidden files ignored)", got, own)
	}

	added, err := Load(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	want := append(sectionIDs(embedded.Sections()), own...)
	if got := sectionIDs(added.Sections()); !slices.Equal(got, want) {
		t.Errorf("Add: sections %q, want embedded then %q", got, own)
	}
	if got := added.Search("neighbour tea", 1); len(got) != 1 || got[0].ID != "tea" {
		t.Errorf("Search in added folder = %v, want tea", sectionIDs(got))
	}
}

func TestLoadOptionErrors(t *testing.T) {
	if _, err := Load(Options{Replace: true}); !errors.Is(err, ErrNoDir) {
		t.Errorf("Replace without Dir: error %v, want ErrNoDir", err)
	}
	empty := writeGuide(t, map[string]string{"readme.txt": "nothing here"})
	if _, err := Load(Options{Dir: empty, Replace: true}); !errors.Is(err, ErrNoDocuments) {
		t.Errorf("Replace with no .md files: error %v, want ErrNoDocuments", err)
	}
	missing := filepath.Join(t.TempDir(), "nope")
	if _, err := Load(Options{Dir: missing}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing Dir: error %v, want fs.ErrNotExist", err)
	}
}

func TestLoadEmbeddedGuide(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatalf("embedded guide does not load: %v", err)
	}
	seen := map[string]bool{}
	for _, s := range kb.Sections() {
		if seen[s.ID] {
			t.Errorf("section id %s appears twice", s.ID)
		}
		seen[s.ID] = true
		if s.Title == "" || s.Document == "" {
			t.Errorf("section %s has title %q document %q, want both", s.ID, s.Title, s.Document)
		}
	}
}

func sectionIDs(secs []agent.Section) []string {
	out := make([]string, len(secs))
	for i, s := range secs {
		out[i] = s.ID
	}
	return out
}

func TestLoadFollowsLinkedFiles(t *testing.T) {
	target := writeGuide(t, map[string]string{"real.md": "---\nid: linked\ntitle: Linked\n---\nText.\n"})
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(target, "real.md"), filepath.Join(dir, "link.md")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	if err := os.Symlink(filepath.Join(target, "missing.md"), filepath.Join(dir, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	kb, err := Load(Options{Dir: dir, Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := sectionIDs(kb.Sections()); !slices.Equal(got, []string{"linked"}) {
		t.Errorf("sections = %q, want [linked] from the linked file only", got)
	}
}

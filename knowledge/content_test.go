package knowledge

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// These tests check the guide's Markdown as written, independently of the
// loader: front matter shape, unique ids, and sections sized so each one can
// answer a question on its own when it is retrieved and condensed.

const (
	lintMinWords = 60
	lintMaxWords = 250
)

var (
	lintIDPattern  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	lintTagPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// lintDoc is a guide file split the way the loader splits it.
type lintDoc struct {
	path     string
	id       string
	title    string
	tags     []string
	sections []lintSection
}

type lintSection struct {
	id    string
	title string
	body  string
	asks  []string // the questions the section says it answers
}

// lintSlug lowercases a heading and turns runs of other characters into "-".
func lintSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

func lintParse(t *testing.T, path string) lintDoc {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	text := string(raw)
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		t.Fatalf("%s: does not start with front matter", path)
	}
	front, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		t.Fatalf("%s: front matter is not closed", path)
	}
	d := lintDoc{path: path}
	for _, line := range strings.Split(front, "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			t.Errorf("%s: front matter line %q has no key", path, line)
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "id":
			d.id = val
		case "title":
			d.title = val
		case "tags":
			inner, ok := strings.CutPrefix(val, "[")
			inner, ok2 := strings.CutSuffix(inner, "]")
			if !ok || !ok2 {
				t.Errorf("%s: tags %q are not a [list]", path, val)
			}
			for _, tag := range strings.Split(inner, ",") {
				d.tags = append(d.tags, strings.TrimSpace(tag))
			}
		default:
			t.Errorf("%s: unknown front matter key %q", path, key)
		}
	}
	cur := lintSection{id: d.id, title: d.title}
	inAsks := false
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(line, "<!-- asks:") || inAsks {
			if q := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "<!-- asks:"), "-->")); q != "" {
				cur.asks = append(cur.asks, q)
			}
			inAsks = !strings.HasSuffix(line, "-->")
			continue
		}
		if h, ok := strings.CutPrefix(line, "## "); ok {
			d.sections = append(d.sections, cur)
			cur = lintSection{id: d.id + "/" + lintSlug(h), title: strings.TrimSpace(h)}
			continue
		}
		cur.body += line + "\n"
	}
	d.sections = append(d.sections, cur)
	return d
}

func lintDocs(t *testing.T) []lintDoc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("guide", "*.md"))
	if err != nil {
		t.Fatalf("glob: %v", err)
	}
	var docs []lintDoc
	for _, p := range paths {
		docs = append(docs, lintParse(t, p))
	}
	return docs
}

func TestGuideFiles(t *testing.T) {
	docs := lintDocs(t)
	if got, min := len(docs), 12; got < min {
		t.Fatalf("guide has %d files, want at least %d", got, min)
	}
	seen := map[string]string{}
	for _, d := range docs {
		t.Run(filepath.Base(d.path), func(t *testing.T) {
			if !lintIDPattern.MatchString(d.id) {
				t.Errorf("id %q is not a lowercase slug", d.id)
			}
			if want := d.id + ".md"; filepath.Base(d.path) != want {
				t.Errorf("file name %s, want %s to match the id", filepath.Base(d.path), want)
			}
			if d.title == "" {
				t.Error("missing title")
			}
			if len(d.tags) == 0 {
				t.Error("missing tags")
			}
			for _, tag := range d.tags {
				if !lintTagPattern.MatchString(tag) {
					t.Errorf("tag %q is not a lowercase slug", tag)
				}
			}
			if n := len(d.sections) - 1; n < 2 || n > 6 {
				t.Errorf("%d headed sections, want 2 to 6", n)
			}
			for _, s := range d.sections {
				if prev, ok := seen[s.id]; ok {
					t.Errorf("section id %q also used in %s", s.id, prev)
				}
				seen[s.id] = d.path
				if n := len(strings.Fields(s.body)); n < lintMinWords || n > lintMaxWords {
					t.Errorf("section %q has %d words, want %d to %d", s.id, n, lintMinWords, lintMaxWords)
				}
				if len(s.asks) == 0 {
					t.Errorf("section %q lists no questions it answers (<!-- asks: … -->)", s.id)
				}
				if strings.Contains(s.body, "\n# ") {
					t.Errorf("section %q has a top-level heading; use ## or ###", s.id)
				}
			}
		})
	}
}

func TestGuideCoversRequiredPages(t *testing.T) {
	docs := map[string]lintDoc{}
	for _, d := range lintDocs(t) {
		docs[d.id] = d
	}
	for _, id := range []string{"ghosting", "seven-day-plan", "professional-help", "myths", "conflict", "shyness", "five-steps", "boundaries"} {
		if _, ok := docs[id]; !ok {
			t.Errorf("guide has no %q page", id)
		}
	}
	help := docs["professional-help"]
	var all string
	for _, s := range help.sections {
		all += s.body
	}
	for _, want := range []string{"crisis line", "emergency number", "not medical"} {
		if !strings.Contains(all, want) {
			t.Errorf("professional-help does not mention %q", want)
		}
	}
	if regexp.MustCompile(`\d{3}[ -]?\d{3,4}`).MatchString(all) {
		t.Error("professional-help contains what looks like a phone number")
	}
}

func TestLintSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A heading", "a-heading"},
		{"Myth: online friends aren't real friends", "myth-online-friends-aren-t-real-friends"},
		{"Days 1 and 2: choose", "days-1-and-2-choose"},
		{"  Trailing!  ", "trailing"},
	}
	for _, tt := range tests {
		if got := lintSlug(tt.in); got != tt.want {
			t.Errorf("lintSlug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQueriesPointAtRealSections(t *testing.T) {
	ids := map[string]bool{}
	for _, d := range lintDocs(t) {
		for _, s := range d.sections {
			ids[s.id] = true
		}
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "queries.tsv"))
	if err != nil {
		t.Fatalf("read queries: %v", err)
	}
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	if len(lines) < 50 {
		t.Errorf("%d queries, want at least 50", len(lines))
	}
	seen := map[string]int{}
	for n, line := range lines {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		query, want, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(query) == "" || strings.Contains(want, "\t") {
			t.Errorf("line %d %q: want query<TAB>ids", n+1, line)
			continue
		}
		if prev, dup := seen[query]; dup {
			t.Errorf("line %d repeats the query of line %d", n+1, prev)
		}
		seen[query] = n + 1
		for _, id := range strings.Split(want, ",") {
			if !ids[id] {
				t.Errorf("line %d %q: no section %q", n+1, query, id)
			}
		}
	}
}

package knowledge

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, World!", []string{"hello", "world"}},
		{"Don't worry, I'm fine", []string{"dont", "worry", "im", "fine"}},
		{"Don\u2019t (curly)", []string{"dont", "curly"}},
		{"my friend's phone; the friends' group", []string{"my", "friend", "phone", "the", "friends", "group"}},
		{"'quoted' words", []string{"quoted", "words"}},
		{"7-day plan, day 3", []string{"7", "day", "plan", "day", "3"}},
		{"check-in e-mail", []string{"check", "in", "e", "mail"}},
		{"CAFÉ Über naïve", []string{"café", "über", "naïve"}},
		{"emoji 🙂 between", []string{"emoji", "between"}},
		{"", nil},
		{"  ...  ", nil},
	}
	for _, tt := range tests {
		if got := words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// terms returns the stems of the meaningful words of s, in order, as the
// index sees them.
func terms(s string) []string {
	var out []string
	scanWords(s, func(w []byte) {
		if isIndexable(string(w)) {
			out = append(out, stem(string(w)))
		}
	})
	return out
}

func TestTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"What if I'm shy?", []string{"shi"}},
		{"He stopped replying to my messages", []string{"stop", "repli", "messag"}},
		{"Setting boundaries with friends", []string{"set", "boundari", "friend"}},
		{"a b c 7", []string{"7"}},
		{"the and of to", nil},
	}
	for _, tt := range tests {
		if got := terms(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExpandQuery(t *testing.T) {
	tests := []struct {
		name  string
		query string
		// want lists stems that must appear with the given weight.
		want map[string]float64
		// absent lists stems that must not appear.
		absent []string
	}{
		{
			name:  "own words count fully, synonyms less",
			query: "ghosted",
			want:  map[string]float64{"ghost": 1, "silenc": synonymWeight, "ignor": synonymWeight},
		},
		{
			name:   "phrase stands for its group",
			query:  "she left me on read",
			want:   map[string]float64{"ghost": phraseWeight, "silenc": phraseWeight, "left": phraseWordWeight, "read": phraseWordWeight},
			absent: []string{"she", "me"},
		},
		{
			name:  "inflected phrase",
			query: "my friend stopped replying",
			want:  map[string]float64{"friend": 1, "ghost": phraseWeight, "stop": phraseWordWeight, "repli": phraseWordWeight},
		},
		{
			name:  "own word beats its synonym weight",
			query: "ghosting and silence",
			want:  map[string]float64{"ghost": 1, "silenc": 1},
		},
		{
			name:  "stop words inside a phrase",
			query: "how do I say no",
			want:  map[string]float64{"boundari": phraseWeight, "say": phraseWordWeight},
		},
		{
			name:  "social anxiety",
			query: "social anxiety",
			want:  map[string]float64{"shi": phraseWeight, "introvert": phraseWeight},
		},
		{
			name:  "falling out",
			query: "we had a falling out",
			want:  map[string]float64{"conflict": phraseWeight, "argu": phraseWeight},
		},
		{
			name:  "isolated",
			query: "I feel isolated",
			want:  map[string]float64{"isol": 1, "lone": synonymWeight, "loneli": synonymWeight},
		},
		{
			name:  "catch up",
			query: "catch up with an old mate",
			want:  map[string]float64{"reconnect": phraseWeight, "friend": synonymWeight, "mate": 1},
		},
		{
			name:   "only stop words",
			query:  "what is it that I should do",
			absent: []string{"what", "should"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]float64{}
			for _, term := range expandQuery(tt.query) {
				got[term.stem] = term.weight
			}
			for s, w := range tt.want {
				if g, ok := got[s]; !ok || math.Abs(g-w) > 1e-9 {
					t.Errorf("stem %q: weight %v (present %v), want %v; all: %v", s, g, ok, w, got)
				}
			}
			for _, s := range tt.absent {
				if _, ok := got[s]; ok {
					t.Errorf("stem %q present, want absent; all: %v", s, got)
				}
			}
		})
	}
}

func TestExpandQueryCapsTerms(t *testing.T) {
	var long strings.Builder
	for i := range 500 {
		fmt.Fprintf(&long, "word%d ", i)
	}
	if got := len(expandQuery(long.String())); got != maxQueryTerms {
		t.Errorf("terms = %d, want the cap %d", got, maxQueryTerms)
	}
}

// loadFixtures loads the small search fixtures in place of the guide.
func loadFixtures(t testing.TB) *KB {
	t.Helper()
	kb, err := Load(Options{Dir: filepath.Join("testdata", "fixtures", "search"), Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

func TestSearchRanking(t *testing.T) {
	kb := loadFixtures(t)
	tests := []struct {
		query string
		want  string // the expected best section, or any of a document's when it ends in "/"
	}{
		{"nobody answers my messages", "unanswered"},
		{"how long should I wait before writing again", "unanswered/waiting-it-out"},
		{"she replied slowly, does she still care?", "unanswered/letting-go-gently"},
		{"my friend ghosted me", "unanswered/"}, // only through the ghosting synonyms
		{"book club", "hobbies/book-clubs"},
		{"gardens", "hobbies/gardening-together"},
		{"we had a big argument", "disagreements"},
		{"we had a falling out", "disagreements/"},
		{"how to apologise: saying sorry", "disagreements/saying-sorry"},
		{"hobby", "hobbies"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := kb.Search(tt.query, 3)
			if len(got) == 0 {
				t.Fatalf("Search(%q) = nothing, want %s first", tt.query, tt.want)
			}
			if doc, ok := strings.CutSuffix(tt.want, "/"); ok {
				if !answers(got[0].ID, doc) {
					t.Errorf("Search(%q) = %q, want a section of %s first", tt.query, sectionIDs(got), doc)
				}
				return
			}
			if got[0].ID != tt.want {
				t.Errorf("Search(%q) = %q, want %s first", tt.query, sectionIDs(got), tt.want)
			}
		})
	}
}

func TestSearchTitleOutweighsBody(t *testing.T) {
	kb := loadFixtures(t)
	// "quarrel" is in the body of cooling-down; "sorry" is in a title.
	got := kb.Search("sorry", 5)
	if len(got) == 0 || got[0].ID != "disagreements/saying-sorry" {
		t.Fatalf("Search(sorry) = %q, want saying-sorry first", sectionIDs(got))
	}
	// A tag describes every section of its document.
	got = kb.Search("interests", 5)
	for _, s := range got {
		if !strings.HasPrefix(s.ID, "hobbies") {
			t.Errorf("Search(interests) returned %s, want only hobbies sections", s.ID)
		}
	}
	if len(got) != 3 {
		t.Errorf("Search(interests) = %q, want the three hobbies sections", sectionIDs(got))
	}
}

func TestSearchEmptyAndLimits(t *testing.T) {
	kb := loadFixtures(t)
	tests := []struct {
		name  string
		query string
		k     int
		want  int
	}{
		{"empty", "", 3, 0},
		{"spaces", "   ", 3, 0},
		{"stop words only", "what is it that I should do", 3, 0},
		{"punctuation", "?!…", 3, 0},
		{"no match", "zebra xylophone", 3, 0},
		{"k zero", "book club", 0, 0},
		{"k negative", "book club", -1, 0},
		{"k caps results", "friendship", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kb.Search(tt.query, tt.k)
			if len(got) != tt.want {
				t.Errorf("Search(%q, %d) = %q, want %d results", tt.query, tt.k, sectionIDs(got), tt.want)
			}
			if tt.want == 0 && got != nil {
				t.Errorf("Search(%q, %d) = non-nil empty slice, want nil", tt.query, tt.k)
			}
		})
	}
}

func TestSearchResultFields(t *testing.T) {
	kb := loadFixtures(t)
	got := kb.Search("book club chapter", 2)
	if len(got) == 0 {
		t.Fatal("no results")
	}
	s := got[0]
	want, _ := kb.Section("hobbies/book-clubs")
	if s.ID != want.ID || s.Title != "Book clubs" || s.Document != "Sharing a hobby" || s.Body != want.Body {
		t.Errorf("result = %+v, want the book-clubs section", s)
	}
	if !slices.Equal(s.Tags, []string{"interests", "clubs"}) {
		t.Errorf("tags = %q, want [interests clubs]", s.Tags)
	}
	if s.Score <= 0 {
		t.Errorf("score = %v, want > 0", s.Score)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Score > got[i-1].Score {
			t.Errorf("results not in score order: %v then %v", got[i-1].Score, got[i].Score)
		}
	}
	if want.Snippet != "" || want.Score != 0 {
		t.Errorf("Section() = %+v, want no snippet or score", want)
	}
}

func TestSearchTiesOrderedByID(t *testing.T) {
	dir := writeGuide(t, map[string]string{
		"c.md": "---\nid: c\ntitle: Same\n---\nPebbles by the shore.\n",
		"a.md": "---\nid: a\ntitle: Same\n---\nPebbles by the shore.\n",
		"b.md": "---\nid: b\ntitle: Same\n---\nPebbles by the shore.\n",
	})
	kb, err := Load(Options{Dir: dir, Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if got := sectionIDs(kb.Search("pebbles", 3)); !slices.Equal(got, []string{"a", "b", "c"}) {
			t.Fatalf("Search(pebbles) = %q, want [a b c] every time", got)
		}
	}
}

func TestSearchHugeQuery(t *testing.T) {
	kb := loadFixtures(t)
	q := strings.Repeat("garden ", 10000) + "\xff\xfe"
	got := kb.Search(q, 3)
	if len(got) == 0 || got[0].ID != "hobbies/gardening-together" {
		t.Errorf("Search(huge) = %q, want gardening first", sectionIDs(got))
	}
}

func TestSearchConcurrent(t *testing.T) {
	kb := loadFixtures(t)
	queries := []string{"book club", "ghosted", "argument", "garden", "reply later"}
	want := make([][]string, len(queries))
	for i, q := range queries {
		want[i] = sectionIDs(kb.Search(q, 3))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(queries))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 50 {
				i := (g + n) % len(queries)
				if got := sectionIDs(kb.Search(queries[i], 3)); !slices.Equal(got, want[i]) {
					errs <- fmt.Sprintf("Search(%q) = %q, want %q", queries[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestSnippet(t *testing.T) {
	weights := func(q string) map[string]float64 {
		m := map[string]float64{}
		for _, term := range expandQuery(q) {
			m[term.stem] = term.weight
		}
		return m
	}
	long := "This opening sentence is only here to fill space. " +
		"When somebody you love has gone quiet for a long while and you keep wondering whether to write again, " +
		"it can help to wait a little and then send one short and friendly note that asks for nothing at all in return, " +
		"because pressure rarely brings anyone back. A closing sentence."
	tests := []struct {
		name  string
		body  string
		query string
		want  string
	}{
		{
			name:  "best sentence and the next when it fits",
			body:  "Cats sleep a lot. Dogs need walks every day. Fish are quiet.",
			query: "dog walking",
			want:  "Dogs need walks every day. Fish are quiet.",
		},
		{
			name:  "markdown stripped",
			body:  "## Heading\n\n- **Bold** advice with a [link](https://example.org) and `code`.\n",
			query: "advice",
			want:  "Bold advice with a link and code.",
		},
		{
			name:  "wrapped paragraph joined",
			body:  "First line of a paragraph\nthat carries on here.\n\nAnother paragraph.",
			query: "carries",
			want:  "First line of a paragraph that carries on here. Another paragraph.",
		},
		{
			name:  "no match falls back to the opening",
			body:  "Opening words. Later words.",
			query: "zebra",
			want:  "Opening words. Later words.",
		},
		{
			name:  "long sentence cut around the match",
			body:  long,
			query: "pressure",
			want:  "…you keep wondering whether to write again, it can help to wait a little and then send one short and friendly note that asks for nothing at all in return, because pressure rarely brings anyone back.",
		},
		{
			name:  "empty body",
			body:  "",
			query: "anything",
			want:  "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := snippet(tt.body, weights(tt.query), maxSnippet, plainStem)
			if got != tt.want {
				t.Errorf("snippet =\n %q\nwant\n %q", got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > maxSnippet {
				t.Errorf("snippet has %d characters, want at most %d", n, maxSnippet)
			}
		})
	}
}

// plainStem stems like the index does, without its cache.
func plainStem(word []byte) string {
	if !isIndexable(string(word)) {
		return ""
	}
	return stem(string(word))
}

func TestSnippetAlwaysShort(t *testing.T) {
	word := strings.Repeat("x", 300)
	bodies := []string{
		strings.Repeat("gentle ", 200),
		"start " + word + " gentle end",
		strings.Repeat("ünïcödé gentle words ", 40),
	}
	for _, b := range bodies {
		got := snippet(b, map[string]float64{"gentl": 1}, maxSnippet, plainStem)
		if n := utf8.RuneCountInString(got); n > maxSnippet || n == 0 {
			t.Errorf("snippet of %d-byte body has %d characters, want 1..%d", len(b), n, maxSnippet)
		}
	}
}

// A section with the person's own word outranks one that only has a synonym
// of it, and the synonym still finds something when nothing else does.
func TestOwnWordsOutrankSynonyms(t *testing.T) {
	dir := writeGuide(t, map[string]string{
		"a.md": "---\nid: own\ntitle: A page\n---\nBeing ghosted hurts.\n",
		"b.md": "---\nid: synonym\ntitle: A page\n---\nSilence hurts.\n",
	})
	kb, err := Load(Options{Dir: dir, Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := sectionIDs(kb.Search("ghosted", 2)); !slices.Equal(got, []string{"own", "synonym"}) {
		t.Errorf("Search(ghosted) = %q, want [own synonym]", got)
	}
	if got := sectionIDs(kb.Search("silence", 2)); !slices.Equal(got, []string{"synonym", "own"}) {
		t.Errorf("Search(silence) = %q, want [synonym own]", got)
	}
}

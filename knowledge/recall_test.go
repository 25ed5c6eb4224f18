package knowledge

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// minRecallAt3 is the share of the guide's sample questions whose expected
// section must be among the first three results.
const minRecallAt3 = 0.9

// recallCase is one line of testdata/queries.tsv: a question people might
// ask and the section or document ids that answer it.
type recallCase struct {
	line  int
	query string
	want  []string
}

func readRecallCases(t *testing.T, path string) []recallCase {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s does not exist yet: no sample questions to measure recall on", path)
	}
	return readRecallCasesIfAny(t, path)
}

// readRecallCasesIfAny is readRecallCases returning nil for a missing file.
func readRecallCasesIfAny(t *testing.T, path string) []recallCase {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []recallCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		query, ids, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(query) == "" || strings.TrimSpace(ids) == "" {
			t.Fatalf("%s:%d: want \"query<TAB>id[,id...]\", got %q", path, n, line)
		}
		var want []string
		for _, id := range strings.Split(ids, ",") {
			if id = strings.TrimSpace(id); id != "" {
				want = append(want, id)
			}
		}
		cases = append(cases, recallCase{line: n, query: strings.TrimSpace(query), want: want})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s has no questions", path)
	}
	return cases
}

// answers reports whether a result id answers an expected id: the same
// section, or any section of an expected document.
func answers(result, want string) bool {
	return result == want || strings.HasPrefix(result, want+"/")
}

func TestRecallAt3(t *testing.T) {
	path := filepath.Join("testdata", "queries.tsv")
	cases := readRecallCases(t, path)
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		for _, id := range c.want {
			if _, ok := kb.Section(id); !ok && !hasDocument(kb, id) {
				t.Errorf("%s:%d: expected id %q is not in the guide", path, c.line, id)
			}
		}
	}
	var missed []string
	first := 0
	for _, c := range cases {
		got := kb.Search(c.query, 3)
		if len(got) > 0 && anyAnswers(got[:1], c.want) {
			first++
		}
		if !anyAnswers(got, c.want) {
			missed = append(missed, "  "+c.query+"\n      want "+strings.Join(c.want, ",")+"\n      got  "+strings.Join(sectionIDs(got), ", "))
		}
	}
	recall := 1 - float64(len(missed))/float64(len(cases))
	t.Logf("recall@3 = %.3f, recall@1 = %.3f over %d questions", recall, float64(first)/float64(len(cases)), len(cases))
	if recall < minRecallAt3 {
		t.Errorf("recall@3 = %.3f, want at least %.2f; missed %d:\n%s", recall, minRecallAt3, len(missed), strings.Join(missed, "\n"))
	}
}

func anyAnswers(got []agent.Section, want []string) bool {
	for _, s := range got {
		for _, w := range want {
			if answers(s.ID, w) {
				return true
			}
		}
	}
	return false
}

func hasDocument(kb *KB, id string) bool {
	for _, s := range kb.sections {
		if strings.HasPrefix(s.ID, id+"/") {
			return true
		}
	}
	return false
}

func TestAnswers(t *testing.T) {
	tests := []struct {
		result, want string
		ok           bool
	}{
		{"ghosting", "ghosting", true},
		{"ghosting/why", "ghosting", true},
		{"ghosting/why", "ghosting/why", true},
		{"ghosting", "ghosting/why", false},
		{"ghosting-more/why", "ghosting", false},
		{"other/why", "ghosting", false},
	}
	for _, tt := range tests {
		if got := answers(tt.result, tt.want); got != tt.ok {
			t.Errorf("answers(%q, %q) = %v, want %v", tt.result, tt.want, got, tt.ok)
		}
	}
}

// Someone in distress must be pointed at the guide's help section whatever
// words they use. The agent answers crisis language itself; this checks the
// guide does not send the same words somewhere unhelpful.
func TestCrisisWordsFindHelp(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	const help = "professional-help"
	if !hasDocument(kb, help) {
		t.Skipf("the guide has no %s document", help)
	}
	for _, q := range []string{
		"I want to hurt myself",
		"i feel suicidal",
		"I want to die",
		"thinking about ending my life",
		"i can't go on anymore",
		"everything feels hopeless",
		"should i see a counselor",
	} {
		got := kb.Search(q, 3)
		if len(got) == 0 || !answers(got[0].ID, help) {
			t.Errorf("Search(%q) = %q, want a %s section first", q, sectionIDs(got), help)
		}
	}
}

package agent_test

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
)

// The question set in knowledge/testdata/questions measures answers the
// way a person would judge them: is the section cited one that answers the
// question, does the first sentence come from such a section, and is a
// question the guide does not cover declined. tune.tsv is what the answers
// were tuned on and is held to firm figures; heldout.tsv was written
// without looking at the code, is logged, and only has to stay above a
// floor that catches a collapse.
const (
	qsTuneRecall   = 0.85
	qsTuneFirst    = 0.85
	qsTuneDeclines = 0.85
	qsHeldoutFloor = 0.3
	// fresh.tsv was measured once before the listed-question model and has
	// been tuned on since; its floors sit a little under its figures.
	qsFreshRecall   = 0.9
	qsFreshDeclines = 0.9
	// fresh2.tsv likewise, measured once and then developed on.
	qsFresh2Recall   = 0.86
	qsFresh2Declines = 0.8
	// fresh3.tsv, in someone else's wording, measured once (recall@1
	// 0.776, 30 of 30 out of scope declined) and developed on since.
	qsFresh3Recall   = 0.93
	qsFresh3Declines = 0.9
	// fresh4.tsv, 200 more written in one sitting, measured once before any
	// change for it and developed on since.
	qsFresh4Recall   = 0.91
	qsFresh4Declines = 0.8
	// fresh5.tsv, 180 questions labelled against the guide as it stood,
	// measured once before any change for it (recall@1 0.725, 25 of 27 out
	// of scope declined) and developed on since.
	qsFresh5Recall   = 0.89
	qsFresh5Declines = 0.8
	// fresh6.tsv, 180 more written by someone else, measured once with
	// itself left out before it was read (recall@1 0.712, 24 of 27 out of
	// scope declined) and developed on since.
	qsFresh6Recall   = 0.9
	qsFresh6Declines = 0.85
	// fresh7.tsv, 180 more written in one sitting by someone else, measured
	// once with itself left out before any change for it (recall@1 0.634, 25 of
	// 27 out of scope declined) and developed on since.
	qsFresh7Recall   = 0.87
	qsFresh7Declines = 0.85
	// fresh8.tsv, 180 more written in one sitting by someone else, measured
	// once with itself left out before any change for it (recall@1 0.699,
	// first sentence 0.706, 26 of 27 out of scope declined) and developed on
	// since. The recall floors of fresh6, fresh7 and fresh8 sit a few
	// questions under their figures with the section model (0.863, 0.797,
	// 0.843, each with itself left out).
	qsFresh8Recall   = 0.91
	qsFresh8Declines = 0.9
	// fresh9.tsv, 180 more written in one sitting by someone else, measured
	// once with itself left out before any change for it (recall@1 0.863,
	// first sentence 0.863, 25 of 27 out of scope declined) and developed on
	// since; its floor sits a few questions under its figure with itself
	// left out (0.889).
	qsFresh9Recall   = 0.91
	qsFresh9Declines = 0.9
	// fresh10.tsv, 170 more written in one sitting by someone else, measured
	// once with itself left out before any change for it (recall@1 0.821,
	// first sentence 0.821, 21 of 25 out of scope declined) and developed on
	// since; its floors sit a few questions under its figures with itself
	// left out (0.876, 25 of 25).
	qsFresh10Recall   = 0.88
	qsFresh10Declines = 0.9
	// With the concepts and listed questions for everyday ways of asking
	// (a friend hours ahead, a buzzing chat, a subject left alone, a
	// reassurance that landed badly, support that wears one out, starting
	// again with friends, pretending to be fine), each set with itself left
	// out reaches recall@1 0.947 (fresh3), 0.924 (fresh4), 0.908 (fresh5),
	// 0.895 (fresh6), 0.869 (fresh7), 0.928 (fresh8), 0.922 (fresh9), 0.890
	// (fresh10) and 0.834 (fresh11); the floors above sit a few questions
	// under those. With fresh12 learned from, the concepts and listed
	// questions for the wordings its misses and the earlier batches' shared
	// (a partner or a job named in passing, a row that left two people not
	// speaking, a long message read only in part, weeks of low mood, a plan
	// that is always one person's idea), and the asked-questions field at
	// 0.5: tune 0.936, fresh 0.943, fresh2 0.882, fresh3 0.953, fresh4
	// 0.913, fresh5 0.908, fresh6 0.915, fresh7 0.895, fresh8 0.928, fresh9
	// 0.935, fresh10 0.883, fresh11 0.883, fresh12 0.910. With whose
	// silence it is steering the section, and listed questions for the
	// causes the batches' misses share: tune 0.936, fresh 0.943, fresh2
	// 0.888, fresh3 0.953, fresh4 0.924, fresh5 0.922, fresh6 0.915, fresh7
	// 0.895, fresh8 0.928, fresh9 0.935, fresh10 0.903, fresh11 0.883,
	// fresh12 0.910, fresh13 0.917; fresh4 and fresh10 are held a few
	// questions under theirs.
)

// setQuestion is one line of a question set.
type setQuestion struct {
	line int
	text string
	want []string // nil: the guide does not cover it
}

func readQuestionSet(t *testing.T, path string) []setQuestion {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []setQuestion
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q, ids, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(q) == "" || strings.TrimSpace(ids) == "" {
			t.Fatalf("%s:%d: want question<TAB>ids", path, n)
		}
		sq := setQuestion{line: n, text: strings.TrimSpace(q)}
		if strings.TrimSpace(ids) != "-" {
			for _, id := range strings.Split(ids, ",") {
				if id = strings.TrimSpace(id); id != "" {
					sq.want = append(sq.want, id)
				}
			}
		}
		out = append(out, sq)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// answerFigures are one question set's measures.
type answerFigures struct {
	covered, recall, first int // in-scope questions, cited right, first sentence right
	outside, declined      int // out-of-scope questions, declined
	refused                int // in-scope questions declined as not covered
	citedNewer             int // another section cited, one in newer (see newerSections)
	newer                  map[string]bool
	misses                 []string
}

func (f answerFigures) String() string {
	return fmt.Sprintf("recall@1 %.3f, first sentence %.3f over %d covered questions (%d of them declined, %d cited another section); declined %d of %d out of scope (%.3f)",
		ratio(f.recall, f.covered), ratio(f.first, f.covered), f.covered, f.refused, f.covered-f.recall-f.refused, f.declined, f.outside, ratio(f.declined, f.outside))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// measureAnswers answers every question of a set and scores the answers.
func measureAnswers(t *testing.T, kb *knowledge.KB, set []setQuestion, path string) answerFigures {
	t.Helper()
	return measureAnswersNewer(t, kb, set, path, nil)
}

// measureAnswersNewer is measureAnswers that also counts the misses citing
// one of the sections newer, written after the set was labelled.
func measureAnswersNewer(t *testing.T, kb *knowledge.KB, set []setQuestion, path string, newer map[string]bool) answerFigures {
	t.Helper()
	f := answerFigures{newer: newer}
	for _, q := range set {
		for _, id := range q.want {
			if _, ok := kb.Section(id); !ok {
				t.Errorf("%s:%d: no section %q in the guide", path, q.line, id)
			}
		}
		a := agent.ComposeAnswer(kb, q.text)
		if q.want == nil {
			f.outside++
			if !a.Covered() {
				f.declined++
			} else {
				f.misses = append(f.misses, fmt.Sprintf("%d: %q answered from %s", q.line, q.text, a.Cited))
			}
			continue
		}
		f.covered++
		if !a.Covered() {
			f.refused++
		}
		okCite := contains(q.want, a.Cited)
		okFirst := firstFrom(kb, a.First, q.want)
		if okCite {
			f.recall++
		} else if a.Covered() && f.newer[a.Cited] {
			f.citedNewer++
		}
		if okFirst {
			f.first++
		}
		if !okCite || !okFirst {
			f.misses = append(f.misses, fmt.Sprintf("%d: %q cited %q, want %s; first %q", q.line, q.text, a.Cited, strings.Join(q.want, ","), a.First))
		}
	}
	return f
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s && s != "" {
			return true
		}
	}
	return false
}

// firstFrom reports whether sentence is taken from one of the sections
// ids: a sentence of its text, or the stance it lists for a question.
func firstFrom(kb *knowledge.KB, sentence string, ids []string) bool {
	s := squash(sentence)
	if s == "" {
		return false
	}
	for _, id := range ids {
		sec, ok := kb.Section(id)
		if !ok {
			continue
		}
		if strings.Contains(squash(sec.Body), s) {
			return true
		}
		for _, ask := range sec.Asks {
			if _, stance, ok := strings.Cut(ask, "|"); ok && squash(stance) == s {
				return true
			}
		}
	}
	return false
}

// squash keeps only letters and digits, lowercased, so Markdown and
// spacing do not hide a sentence taken word for word.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestAnswersOnQuestionSet(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Options{Asked: learnedWithout("tune")})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "knowledge", "testdata", "questions")
	tunePath := filepath.Join(dir, "tune.tsv")
	tune := readQuestionSet(t, tunePath)
	if len(tune) < 300 {
		t.Fatalf("%s has %d questions, want at least 300", tunePath, len(tune))
	}
	f := measureAnswers(t, kb, tune, tunePath)
	t.Logf("tune: %s", f)
	if testing.Verbose() {
		t.Logf("tune misses:\n  %s", strings.Join(f.misses, "\n  "))
	}
	if r := ratio(f.recall, f.covered); r < qsTuneRecall {
		t.Errorf("tune recall@1 = %.3f, want at least %.2f", r, qsTuneRecall)
	}
	if r := ratio(f.first, f.covered); r < qsTuneFirst {
		t.Errorf("tune first-sentence rate = %.3f, want at least %.2f", r, qsTuneFirst)
	}
	if r := ratio(f.declined, f.outside); r < qsTuneDeclines {
		t.Errorf("tune declines = %.3f, want at least %.2f", r, qsTuneDeclines)
	}

}

// TestAnswersOnFresh measures fresh.tsv, written in one go before the
// learned ranker; its misses may be read and are logged when verbose.
func TestAnswersOnFresh(t *testing.T) {
	checkDevSet(t, "fresh", 150, qsFreshRecall, qsFreshDeclines)
}

// TestAnswersOnFresh2 measures fresh2.tsv, 220 questions written in one
// sitting from the guide's text without reading any other set. It was
// measured once before any change for it (recall@1 0.610, 29 of 33 out of
// scope declined) and is developed on since, with tune and fresh.
func TestAnswersOnFresh2(t *testing.T) {
	checkDevSet(t, "fresh2", 200, qsFresh2Recall, qsFresh2Declines)
}

// TestAnswersOnFresh3 measures fresh3.tsv, 200 questions in someone
// else's wording, measured once before any change for it and developed on
// since, with the others.
func TestAnswersOnFresh3(t *testing.T) {
	checkDevSet(t, "fresh3", 190, qsFresh3Recall, qsFresh3Declines)
}

// TestAnswersOnFresh4 measures fresh4.tsv, 200 questions written in one
// sitting, measured once before any change for it and developed on since.
func TestAnswersOnFresh4(t *testing.T) {
	checkDevSet(t, "fresh4", 190, qsFresh4Recall, qsFresh4Declines)
}

// TestAnswersOnFresh5 measures fresh5.tsv, 180 questions labelled against
// the guide as it stood, measured once before any change for it and
// developed on since.
func TestAnswersOnFresh5(t *testing.T) {
	checkDevSet(t, "fresh5", 170, qsFresh5Recall, qsFresh5Declines)
}

// TestAnswersOnFresh6 measures fresh6.tsv, 180 questions written by
// someone else, measured once with itself left out before any change for
// it.
func TestAnswersOnFresh6(t *testing.T) {
	checkDevSet(t, "fresh6", 170, qsFresh6Recall, qsFresh6Declines)
}

// TestAnswersOnFresh7 measures fresh7.tsv, 180 questions written in one
// sitting by someone else, measured once with itself left out before any
// change for it.
func TestAnswersOnFresh7(t *testing.T) {
	checkDevSet(t, "fresh7", 170, qsFresh7Recall, qsFresh7Declines)
}

// TestAnswersOnFresh8 measures fresh8.tsv, 180 questions written in one
// sitting by someone else, measured once with itself left out before any
// change for it.
func TestAnswersOnFresh8(t *testing.T) {
	checkDevSet(t, "fresh8", 170, qsFresh8Recall, qsFresh8Declines)
}

// TestAnswersOnFresh9 measures fresh9.tsv, 180 questions written in one
// sitting by someone else, measured once with itself left out before any
// change for it.
func TestAnswersOnFresh9(t *testing.T) {
	checkDevSet(t, "fresh9", 170, qsFresh9Recall, qsFresh9Declines)
}

// TestAnswersOnFresh10 measures fresh10.tsv, 170 questions written in one
// sitting by someone else, measured once with itself left out before any
// change for it.
func TestAnswersOnFresh10(t *testing.T) {
	checkDevSet(t, "fresh10", 160, qsFresh10Recall, qsFresh10Declines)
}

// TestAnswersOnFresh11 measures fresh11.tsv, 170 questions written in one
// sitting by someone else, measured once before any change for it
// (recall@1 0.807, first sentence 0.807, 20 of 25 out of scope declined)
// and developed on since (0.883 and 21 of 25 with itself left out; 0.924
// once the misses of fresh20.tsv were answered).
func TestAnswersOnFresh11(t *testing.T) {
	checkDevSet(t, "fresh11", 160, 0.92, 0.8)
}

// learnedWithout returns the question sets the guide learns from, but for
// the ones named, so a set is measured as wording the model has not seen.
func learnedWithout(held ...string) []string {
	var out []string
	for _, s := range knowledge.QuestionSets {
		if !slices.Contains(held, s) {
			out = append(out, s)
		}
	}
	return out
}

// checkDevSet measures the question set name.tsv, which is developed on, so
// its misses are logged when verbose, against its floors.
func checkDevSet(t *testing.T, name string, atLeast int, recallFloor, declineFloor float64) {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Options{Asked: learnedWithout(name)})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "knowledge", "testdata", "questions", name+".tsv")
	set := readQuestionSet(t, path)
	if len(set) < atLeast {
		t.Fatalf("%s has %d questions, want at least %d", path, len(set), atLeast)
	}
	f := measureAnswers(t, kb, set, path)
	t.Logf("%s: %s", name, f)
	if testing.Verbose() {
		t.Logf("%s misses:\n  %s", name, strings.Join(f.misses, "\n  "))
	}
	if r := ratio(f.recall, f.covered); r < recallFloor {
		t.Errorf("%s recall@1 = %.3f, want at least %.2f", name, r, recallFloor)
	}
	if r := ratio(f.declined, f.outside); r < declineFloor {
		t.Errorf("%s declines = %.3f, want at least %.2f", name, r, declineFloor)
	}
}

// TestAnswersOnHeldOut measures the held-out questions. Only the figures
// are logged, never the questions, and they are held to a floor that
// catches a collapse rather than to a goal: the set was labelled before
// the guide's newer sections existed, so a question they answer best counts
// as missed there.
func TestAnswersOnHeldOut(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "knowledge", "testdata", "questions", "heldout.tsv")
	held := readQuestionSet(t, path)
	if held == nil {
		t.Skipf("%s is not there: nothing held out to measure", path)
	}
	newer := newerSections(t, filepath.Join("..", "knowledge", "testdata", "questions", "newer-sections.txt"))
	h := measureAnswersNewer(t, kb, held, path, newer)
	t.Logf("held out: %s", h)
	t.Logf("held out: of the %d covered questions citing another section, %d cite a section written after the set was labelled",
		h.covered-h.recall-h.refused, h.citedNewer)
	for _, r := range []float64{ratio(h.recall, h.covered), ratio(h.first, h.covered), ratio(h.declined, h.outside)} {
		if r < qsHeldoutFloor {
			t.Errorf("held-out figure %.3f is below the floor %.2f: %s", r, qsHeldoutFloor, h)
		}
	}
}

// newerSections reads the ids of the sections written after the held-out
// set was labelled, one a line; a question citing one of them instead of
// its label may well be answered, by a section its writer could not know.
func newerSections(t *testing.T, path string) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s lists no sections", path)
	}
	return out
}

// measureConversation sends every question of a set, each from a new
// person, through the whole agent (understanding, off-scope replies, the
// guide) and reads the section cited from the reply, "From the guide
// (“Title”)". It tells how the questions fare end to end, routing included.
func measureConversation(t *testing.T, set []setQuestion) answerFigures {
	t.Helper()
	h := newHarness(t)
	titles := map[string]string{}
	for _, s := range h.kb.Sections() {
		titles[s.Title] = s.ID
	}
	var f answerFigures
	for i, q := range set {
		var text string
		for _, r := range h.send(fmt.Sprintf("q%d", i), q.text, "") {
			text += r.Text + "\n"
		}
		cited := ""
		if _, rest, ok := strings.Cut(text, "From the guide (“"); ok {
			title, _, _ := strings.Cut(rest, "”")
			cited = titles[title]
		}
		if q.want == nil {
			f.outside++
			if cited == "" {
				f.declined++
			}
			continue
		}
		f.covered++
		if contains(q.want, cited) {
			f.recall++
		} else {
			f.misses = append(f.misses, fmt.Sprintf("%d: %q cited %q, want %s", q.line, q.text, cited, strings.Join(q.want, ",")))
		}
	}
	return f
}

func TestConversationOnQuestionSet(t *testing.T) { conversationOnSet(t, "tune.tsv") }

// TestConversationOnHeldOut is the same for the held-out questions, whose
// figures alone are logged.
func TestConversationOnHeldOut(t *testing.T) { conversationOnSet(t, "heldout.tsv") }

func conversationOnSet(t *testing.T, name string) {
	if testing.Short() {
		t.Skip("runs every question through the whole agent")
	}
	set := readQuestionSet(t, filepath.Join("..", "knowledge", "testdata", "questions", name))
	if set == nil {
		t.Skipf("no %s", name)
	}
	f := measureConversation(t, set)
	t.Logf("%s end to end: recall@1 %.3f over %d covered questions; declined %d of %d out of scope (%.3f)",
		name, ratio(f.recall, f.covered), f.covered, f.declined, f.outside, ratio(f.declined, f.outside))
	if testing.Verbose() && name == "tune.tsv" {
		t.Logf("misses:\n  %s", strings.Join(f.misses, "\n  "))
	}
	if r := ratio(f.declined, f.outside); r < qsHeldoutFloor {
		t.Errorf("%s: end to end, only %.3f of the out-of-scope questions declined", name, r)
	}
}

// TestAnswersOnHeldOut2 measures the second held-out set, labelled against
// the guide as it stands, so that a section written after the first set
// counts as right when it answers. Only the figures are logged, never the
// questions; the floor catches a collapse.
func TestAnswersOnHeldOut2(t *testing.T) { heldoutFigures(t, "heldout2.tsv", "held out 2") }

// TestAnswersOnHeldOutNewer measures the first held-out set again with its
// labels extended by the sections written after it was labelled
// (heldout-newer.tsv: the same questions, labelled by someone who saw none
// of the companion's answers). heldout.tsv's own figure stays as it is.
// Only the figures are logged; the floor catches a collapse.
func TestAnswersOnHeldOutNewer(t *testing.T) {
	heldoutFigures(t, "heldout-newer.tsv", "held out, newer sections counted")
}

// heldoutFigures measures a held-out set labelled against the guide as it
// stands, logs its figures alone and holds them to the floor.
func heldoutFigures(t *testing.T, file, title string) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "knowledge", "testdata", "questions", file)
	held := readQuestionSet(t, path)
	if held == nil {
		t.Skipf("%s is not there: nothing held out to measure", path)
	}
	h := measureAnswers(t, kb, held, path)
	t.Logf("%s: %s", title, h)
	for _, r := range []float64{ratio(h.recall, h.covered), ratio(h.first, h.covered), ratio(h.declined, h.outside)} {
		if r < qsHeldoutFloor {
			t.Errorf("%s: figure %.3f is below the floor %.2f: %s", title, r, qsHeldoutFloor, h)
		}
	}
}

// TestAnswersOnFresh12 measures fresh12.tsv, 170 questions written in one
// sitting by someone else, measured once before any change for it
// (recall@1 0.793, first sentence 0.793, 23 of 25 out of scope declined)
// and learned from since; with itself left out it reached 0.821 when it was
// first learned from, 0.910 after the listed questions written from its
// misses, its floor a few questions under.
func TestAnswersOnFresh12(t *testing.T) {
	checkDevSet(t, "fresh12", 160, 0.88, 0.88)
}

// TestAnswersOnFresh13 measures fresh13.tsv, 170 questions written in one
// sitting by someone else, measured once before any change for it
// (recall@1 0.814, first sentence 0.814, 20 of 25 out of scope declined)
// and read since; with the other sets learned it reached 0.917 and 22 of 25
// after the listed questions written for the causes of its misses and the
// older batches', its floors a few questions under. It is not learned from
// yet: with it, the cross-validated answer and weak rules would be chosen
// again (TestWeakRuleBySetsLeftOut, TestLikelyAnswersLeavingSetsOut). With
// a field named only in a question's story weighed by what it asks, facts,
// feelings for someone, broken apps and pay rises declined whoever they
// name, and listed questions for the causes of fresh14's misses: 0.924 and
// 25 of 25.
func TestAnswersOnFresh13(t *testing.T) {
	checkDevSet(t, "fresh13", 160, 0.92, 0.95)
}

// TestAnswersOnFresh14 measures fresh14.tsv, 170 questions written in one
// sitting by someone else, measured once before any change for it
// (recall@1 0.834, first sentence 0.834, 21 of 25 out of scope declined)
// and read since; with the other sets learned it reached 0.883 and 24 of
// 25 after the changes for the causes of its misses (0.793 and 24 of 25
// with no set learned, 0.648 and 18 of 25 before). It is not learned from.
func TestAnswersOnFresh14(t *testing.T) {
	checkDevSet(t, "fresh14", 160, 0.88, 0.95)
}

// TestAnswersOnFresh15 measures fresh15.tsv, 170 questions written in one
// sitting by someone else, measured once before any change for it
// (recall@1 0.828, first sentence 0.821, 20 of 25 out of scope declined)
// and read since; with the other sets learned it reached 0.966 and 25 of
// 25 after the listed questions and scope rules written for the causes of
// its misses, its floors a few questions under. It is not learned from.
func TestAnswersOnFresh15(t *testing.T) {
	checkDevSet(t, "fresh15", 160, 0.94, 0.95)
}

// TestAnswersOnFresh16 measures fresh16.tsv, 170 questions written in one
// sitting by someone else, measured once before any change for it
// (recall@1 0.876, first sentence 0.876, 23 of 25 out of scope declined)
// and learned from since; with itself left out it reached 1.000 and 25 of
// 25 after the listed questions and scope rules written for the causes of
// its misses, its floors a few questions under.
func TestAnswersOnFresh16(t *testing.T) {
	checkDevSet(t, "fresh16", 160, 0.97, 0.95)
}

// TestAnswersOnFresh17 measures fresh17.tsv, 170 questions written in one
// sitting from the guide's text by someone who read only its format,
// measured once before any change for them (recall@1 0.883, first sentence
// 0.876, 22 of 25 out of scope declined) and read since, not learned from;
// with the listed questions and scope rules written for the causes of its
// misses it reads 0.931, first sentence 0.931, 25 of 25 declined, its
// floors a couple of questions under.
func TestAnswersOnFresh17(t *testing.T) {
	checkDevSet(t, "fresh17", 160, 0.91, 0.95)
}

// TestAnswersOnFresh18 measures fresh18.tsv, 170 questions written in one
// sitting from the guide's text by someone who read only its format,
// measured once before any change for them (recall@1 0.876, first
// sentence 0.869, 21 of 25 out of scope declined), and read since (0.897,
// 0.897, 25 of 25 once a recipe, the symptoms of a condition, a phrase in
// another language and moving in with a partner are declined, and a
// teacher named by subject, a calendar named by brand and a topic one will
// not discuss set the scene of a question about people; 0.903 once the
// misses of fresh20.tsv were answered).
func TestAnswersOnFresh18(t *testing.T) {
	checkDevSet(t, "fresh18", 160, 0.90, 0.96)
}

// TestAnswersOnFresh19 measures fresh19.tsv, 170 questions written in one
// sitting from the guide's text by someone who read only its format,
// measured once before any change for them (recall@1 0.799, first
// sentence 0.799, 20 of 26 out of scope declined), read since and not
// learned from; after the changes made for its misses it reads 0.861 and 25
// of 26, its floors.
func TestAnswersOnFresh19(t *testing.T) {
	checkDevSet(t, "fresh19", 160, 0.86, 0.96)
}

// TestAnswersOnFresh20 measures fresh20.tsv, 170 questions written in one
// sitting from the guide's text by someone who read only its format,
// measured once before any change for them (recall@1 0.786, first
// sentence 0.786, 21 of 25 out of scope declined), read since and not
// learned from; after the changes made for its misses it reads 0.903 and 25
// of 25, its floors.
func TestAnswersOnFresh20(t *testing.T) {
	checkDevSet(t, "fresh20", 160, 0.90, 1.00)
}

// TestAnswersOnFresh21 measures fresh21.tsv, 170 questions written in one
// sitting from the guide's text by someone who read only its format,
// measured once before any change for them (recall@1 0.847, first
// sentence 0.847, 25 of 26 out of scope declined; 0.854 when it was read),
// read since and not learned from; after the changes made for its misses
// it reads 0.882 and 26 of 26, its floors.
func TestAnswersOnFresh21(t *testing.T) {
	checkDevSet(t, "fresh21", 160, 0.88, 1.00)
}

// TestAnswersOnFresh22 measures fresh22.tsv, 170 questions written in one
// sitting from the guide's text by someone who read only its format,
// measured once before any change for them (recall@1 0.862, first
// sentence 0.862, 22 of 25 out of scope declined), read since and not
// learned from; after the changes made for its misses it reads 0.917 and
// 25 of 25, its floors.
func TestAnswersOnFresh22(t *testing.T) {
	checkDevSet(t, "fresh22", 160, 0.91, 1.00)
}

// TestAnswersOnFresh23 measures fresh23.tsv, 165 questions written in one
// sitting from the guide's text by someone who read only its format (5 of
// the 170 written were worded like a question of an earlier set and were
// left out), measured once before any change for them (recall@1 0.700,
// first sentence 0.700, 19 of 25 out of scope declined), read since and not
// learned from; after the changes made for its misses it reads 0.771 and
// 23 of 25, its floors.
func TestAnswersOnFresh23(t *testing.T) {
	checkDevSet(t, "fresh23", 160, 0.77, 0.92)
}

// TestAnswersOnFresh24 measures fresh24.tsv, 155 questions written in one
// sitting from the guide's text by someone who read only its format (15 of
// the 170 written were worded like a question of an earlier set and were
// left out, 5 of them like a held-out one), measured once before any change
// for them (recall@1 0.813, first sentence 0.813, 12 of 16 out of scope
// declined).
func TestAnswersOnFresh24(t *testing.T) {
	checkDevSet(t, "fresh24", 150, 0.78, 0.74)
}

package agent_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent"
)

// tuneFloor is the share of tune.txt that must pass; it only ever goes up.
// The suite is what the drafting code is developed against, so the bar is
// meant to end high; the scenarios that fail are logged with their reasons.
const tuneFloor = 0.99

// heldoutFloor is the share of heldout.txt below which something is badly
// broken. Held-out scenarios are measured and reported, not fitted to, so
// the floor sits under the rate measured (0.156 the first time), only to
// catch a collapse.
const heldoutFloor = 0.10

// freshFloors are the shares of each fresh suite that must pass; they only
// ever go up. Each sits about one scenario under the share measured when it
// was set.
var freshFloors = map[string]float64{
	"fresh.txt": 0.93, "fresh-flow.txt": 0.98, "fresh-flow2.txt": 0.96, "fresh-wording.txt": 0.97,
	"fresh2.txt": 0.94, "fresh3.txt": 0.96, "fresh4.txt": 0.95, "fresh5.txt": 0.96, "fresh6.txt": 0.97,
	"fresh7.txt": 0.86, "fresh8.txt": 0.77, "fresh9.txt": 0.75, "fresh10.txt": 0.67, "fresh11.txt": 0.62,
	"fresh12.txt": 0.70, "fresh13.txt": 0.63, // fresh13: 34 of 80 on arrival, 52 after the asides, amends and recipient rules
	"fresh14.txt": 0.58, // 31 of 80 on arrival, 35 read, 44 once relayed asks, notes for the companion and what a win took were read, 48 with fresh15's mechanisms
	"fresh15.txt": 0.53, // 36 of 80 on arrival, 44 once who it is to, hard news met gently, apology reasons and the day of a group plan were read
	"fresh16.txt": 0.50, // 30 of 80 on arrival (29 measured again), 41 once the occasion was read from what happened, notes for the companion kept out, offers and shorthand news kept
	"fresh17.txt": 0.43, // 17 of 80 on arrival (19 measured again), 36 once read: who is named after a correction in passing, a feel said after the story asks for the message, more wordings of a request, who said first at the question of who, the recipient's ways and the writer's going quiet kept out, news heard on a chat, an offer said after "that"
	"fresh18.txt": 0.81, // 46 of 80 on arrival (47 measured again), 66 once read: slips of the keyboard put right, names with accents read whole, after a death his deeds kept his, a name given later put beside the one it names, where one goes with someone read as a place, a story typed where who was asked kept, a citizenship, a parcel sent and needing them to listen read as their occasions, what help is asked with, a compliment asked to be said, someone run down kept out
	"fresh19.txt": 0.54, // 38 of 80 on arrival (39 measured again), 44 once read: a group asked who is up for something or whether anyone would like to, a new baby's name after a comma, a thank-you asked to sound more professional, news told only by what it is, a shorter draft keeping its ask
	"fresh20.txt": 0.74, // 51 of 80 on arrival, 61 once read: an age reached today and a call still owed on the day, a name said outside an aside in brackets, someone coming to mind, where a colleague is from left out, an operation still to come, a pregnancy lost, a relationship said bare before the name, kindness over the years thanked, a silence dating from a funeral kept quiet, a brother named without his place among siblings, a guess at why no answer came left out and what an invite was for kept
	"fresh21.txt": 0.77, // 52 of 80 on arrival, 62 once read (61, then one more once "him" after someone else's deed was said as "you"): a failed test met with belief in the next try, its tries not counted, "well done on" and a thesis defended read as good news, what to keep out asked in a sentence of its own, a change made so a wrong won't happen again, a request to write and the reason for a feel kept out of the draft, a proposal to a group, the writer finding news odd, a name given with the news after it and no stop, help asked with the writing read as no call for support
	"fresh22.txt": 0.68, // 36 of 80 on arrival, 37 after fresh21 was read, 55 once read: a death remembered on its day, a birthday told with how its message should sound or falling today, a courtesy typed to someone as the request, a wish for a quieter message, where news was learnt, rules for the writing, a joke as excuse, a tag and a guess at how they took it kept out, a self-correction and a stressed "herself" read, a birthday spent away wished well, "her" before "no matter what" as who, a doubt asked of the companion left out
	"fresh23.txt": 0.66, // 47 of 80 on arrival (48 measured again), 54 once read: when the two last talked kept through later steps, a correction to who it is from, a last nudge and a day apart read as requests, a relation set beside the name, a kin title explained and getting back in touch over a kindness long past
	"fresh24.txt": 0.60, // 39 of 80 on arrival (40 measured again), 49 once read: a promise with its when said in the draft's words, what they are thought of with kept, a trial still to come wished luck, the writer's own operation and a break-up told by name read as asking for support, how long someone had worked somewhere said as what they gave, what they are off sick with never thanked
	"fresh25.txt": 0.58, // 49 of 80 on arrival
}

// scenario is one drafting conversation and the checks on its last draft.
type scenario struct {
	id       string
	occasion string
	lines    []string
	to       string // "" for no check, "-" for nobody by name
	open     string
	has      [][]string
	not      []string
}

var scenarioOccasions = map[string]bool{"reconnect": true, "thinking": true, "hardtime": true, "condolence": true,
	"congrats": true, "birthday": true, "thanks": true, "apology": true, "support": true, "professional": true,
	"group": true, "followup": true}

var errScenarioFormat = errors.New("scenario format")

// parseScenarios reads a scenario file; see testdata/drafting/README.md.
func parseScenarios(src string) ([]scenario, error) {
	var out []scenario
	seen := map[string]bool{}
	for n, block := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n\n") {
		var sc *scenario
		for _, line := range strings.Split(block, "\n") {
			line = strings.TrimRight(line, " \t")
			switch {
			case line == "":
			case strings.HasPrefix(line, "== "):
				sc = &scenario{id: strings.TrimSpace(line[3:])}
			case sc == nil:
				// Comments and text before the first scenario of a block.
			case strings.HasPrefix(line, "#"):
				if _, rest, ok := strings.Cut(line, "occasion:"); ok {
					occ, _, _ := strings.Cut(rest, ";")
					sc.occasion = strings.TrimSpace(occ)
				}
			case strings.HasPrefix(line, "> "), line == ">":
				sc.lines = append(sc.lines, strings.TrimPrefix(strings.TrimPrefix(line, ">"), " "))
			case strings.HasPrefix(line, "to:"):
				sc.to = strings.TrimSpace(line[3:])
			case strings.HasPrefix(line, "open:"):
				sc.open = strings.TrimSpace(line[5:])
			case strings.HasPrefix(line, "has:"):
				var alts []string
				for _, a := range strings.Split(line[4:], "|") {
					if a = strings.TrimSpace(a); a != "" {
						alts = append(alts, a)
					}
				}
				sc.has = append(sc.has, alts)
			case strings.HasPrefix(line, "not:"):
				sc.not = append(sc.not, strings.TrimSpace(line[4:]))
			default:
				return nil, fmt.Errorf("%w: block %d: unknown line", errScenarioFormat, n+1)
			}
		}
		if sc == nil {
			continue
		}
		switch {
		case !regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`).MatchString(sc.id) || seen[sc.id]:
			return nil, fmt.Errorf("%w: block %d: bad or repeated id", errScenarioFormat, n+1)
		case !scenarioOccasions[sc.occasion]:
			return nil, fmt.Errorf("%w: block %d: missing or unknown occasion", errScenarioFormat, n+1)
		case len(sc.lines) == 0:
			return nil, fmt.Errorf("%w: block %d: no messages", errScenarioFormat, n+1)
		}
		seen[sc.id] = true
		out = append(out, *sc)
	}
	return out, nil
}

// playScenario runs sc and returns the last draft shown, "" when none was.
func playScenario(h *harness, sc scenario) string {
	person := "sc-" + sc.id
	var last []agent.Reply
	draft := ""
	take := func(rs []agent.Reply) bool {
		shown := false
		for _, r := range rs {
			if r.Draft {
				if d := quotedDraft(r.Text); d != "" {
					draft, shown = d, true
				}
			}
		}
		return shown
	}
	shown := false
	for _, line := range sc.lines {
		last = h.send(person, line, "")
		shown = take(last)
	}
	for i := 0; i < 3 && !shown; i++ {
		choice := ""
		for _, c := range lastChoices(last) {
			if strings.EqualFold(c.Label, "Skip") {
				choice = c.ID
			}
		}
		if choice != "" {
			last = h.send(person, "", choice)
		} else {
			last = h.send(person, "skip", "")
		}
		shown = take(last)
	}
	return draft
}

// quotedDraft takes the "> " block out of a draft reply.
func quotedDraft(text string) string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(l, "> "); ok {
			lines = append(lines, rest)
		}
	}
	return strings.Join(lines, "\n")
}

// scenarioFold lowercases and straightens apostrophes for comparisons.
func scenarioFold(s string) string {
	return strings.ToLower(strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'").Replace(s))
}

// titleFold writes a title without its full stop ("dr. osei" as "dr
// osei"), as a draft does: a stop there would end its first sentence.
func titleFold(s string) string {
	return titleStop.ReplaceAllString(s, "$1")
}

var titleStop = regexp.MustCompile(`\b(mr|mrs|ms|dr|prof)\.`)

// firstSentence is the draft up to its first sentence end or line break.
func firstSentence(d string) string {
	line, _, _ := strings.Cut(d, "\n")
	for i, r := range line {
		if (r == '.' || r == '!' || r == '?') && (i+1 == len(line) || line[i+1] == ' ') {
			return line[:i+1]
		}
	}
	return line
}

var (
	cheerfulOpen = regexp.MustCompile(`(?i)^(?:hi|hey|hiya|hello|heya|yo)\b[^.?]*!`)
	namedOpen    = regexp.MustCompile(`^(?:Hi|Hey|Hiya|Hello|Dear|Morning|Evening) ([A-Z][\w'-]*)`)
	groupOpen    = regexp.MustCompile(`(?i)\b(?:all|everyone|everybody|team|guys|folks|gang|friends|lot|y'all|crew|people|both)\b`)
	groupWords   = map[string]bool{"All": true, "Everyone": true, "Everybody": true, "Team": true, "Guys": true,
		"Folks": true, "Gang": true, "Friends": true, "You": true}
	controlWords = []string{"skip", "done", "warmer", "shorter", "longer", "another one", "more casual",
		"more formal", "idk", "pass", "next", "cancel"}
	wordRe = regexp.MustCompile(`[\p{L}\p{N}']+`)
)

// checkScenario returns what is wrong with draft for sc; nil means it passes.
func checkScenario(sc scenario, draft string) []string {
	if strings.TrimSpace(draft) == "" {
		return []string{"no draft was shown"}
	}
	var bad []string
	fd := scenarioFold(draft)
	first := firstSentence(draft)
	switch {
	case sc.to == "-":
		if m := namedOpen.FindStringSubmatch(first); m != nil && !groupWords[m[1]] {
			bad = append(bad, "addresses "+m[1]+" by name")
		}
	case sc.to != "":
		if !strings.Contains(scenarioFold(first), titleFold(scenarioFold(sc.to))) {
			bad = append(bad, "first sentence does not address "+sc.to)
		}
	}
	switch sc.open {
	case "calm":
		if strings.Contains(first, "!") || cheerfulOpen.MatchString(first) {
			bad = append(bad, "opening is not calm")
		}
	case "group":
		if !groupOpen.MatchString(first) {
			bad = append(bad, "opening does not greet a group")
		}
	}
	for _, alts := range sc.has {
		ok := false
		for _, a := range alts {
			if strings.Contains(fd, scenarioFold(a)) {
				ok = true
			}
		}
		if !ok {
			bad = append(bad, "lacks "+strings.Join(alts, " | "))
		}
	}
	for _, x := range sc.not {
		if strings.Contains(fd, scenarioFold(x)) {
			bad = append(bad, "contains "+x)
		}
	}
	return append(bad, genericChecks(sc, draft)...)
}

// genericChecks are the checks every draft gets.
func genericChecks(sc scenario, draft string) []string {
	var bad []string
	if strings.ContainsAny(draft, "{}[]") {
		bad = append(bad, "has a placeholder bracket")
	}
	end, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(draft))
	if !strings.ContainsRune(".!?)", end) && end < 0x2190 && !unicode.Is(unicode.So, end) {
		bad = append(bad, "does not end a sentence")
	}
	said := map[string]bool{}
	for _, l := range sc.lines {
		w := wordRe.FindAllString(scenarioFold(l), -1)
		for i := 0; i+8 <= len(w); i++ {
			said[strings.Join(w[i:i+8], " ")] = true
		}
	}
	dw := wordRe.FindAllString(scenarioFold(draft), -1)
	for i := 0; i+8 <= len(dw); i++ {
		if said[strings.Join(dw[i:i+8], " ")] {
			bad = append(bad, "copies eight words in a row: "+strings.Join(dw[i:i+8], " "))
			break
		}
	}
	padded := " " + strings.Join(dw, " ") + " "
	for _, l := range sc.lines {
		typed := strings.Trim(scenarioFold(strings.TrimSpace(l)), ".!")
		for _, c := range controlWords {
			if typed != c || !strings.Contains(padded, " "+c+" ") {
				continue
			}
			if c == "done" && !strings.Contains(strings.ReplaceAll(padded, "well done", ""), " done ") {
				continue
			}
			bad = append(bad, "carries the control word "+c)
		}
	}
	return bad
}

// scenarioResult runs every scenario of a file and returns how many passed
// and, by id, what failed.
func runScenarioFile(t *testing.T, path string) (pass int, all []scenario, fails map[string][]string, drafts map[string]string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	scs, err := parseScenarios(string(raw))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	h := newScenarioHarness(t)
	fails, drafts = map[string][]string{}, map[string]string{}
	for _, sc := range scs {
		d := playScenario(h, sc)
		drafts[sc.id] = d
		if bad := checkScenario(sc, d); len(bad) > 0 {
			fails[sc.id] = bad
			continue
		}
		pass++
	}
	return pass, scs, fails, drafts
}

// newScenarioHarness is the transcript harness on an in-memory store.
func newScenarioHarness(t *testing.T) *harness {
	t.Helper()
	ag, st := newMemAgent(t, agent.Options{Clock: &fakeClock{now: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)}})
	return &harness{t: t, st: st, ag: ag}
}

// TestDraftScenarios plays the tuned drafting suite through the agent and
// holds its pass rate to tuneFloor.
func TestDraftScenarios(t *testing.T) {
	pass, scs, fails, drafts := runScenarioFile(t, "testdata/drafting/tune.txt")
	if len(scs) < 150 {
		t.Errorf("tune.txt has %d scenarios, want at least 150", len(scs))
	}
	byOcc := map[string][2]int{}
	for _, sc := range scs {
		c := byOcc[sc.occasion]
		c[1]++
		if fails[sc.id] == nil {
			c[0]++
		}
		byOcc[sc.occasion] = c
	}
	if os.Getenv("DRAFT_SCENARIOS_SHOW") != "" {
		for _, sc := range scs {
			t.Logf("%s: %s", sc.id, strings.ReplaceAll(drafts[sc.id], "\n", " / "))
		}
	}
	for _, sc := range scs {
		if bad := fails[sc.id]; bad != nil {
			t.Logf("%s: %s\n    draft: %s", sc.id, strings.Join(bad, "; "), strings.ReplaceAll(drafts[sc.id], "\n", " / "))
		}
	}
	for occ := range scenarioOccasions {
		c := byOcc[occ]
		if c[1] == 0 {
			t.Errorf("tune.txt has no %s scenario", occ)
			continue
		}
		t.Logf("tune %-12s %d/%d", occ, c[0], c[1])
	}
	rate := float64(pass) / float64(len(scs))
	t.Logf("tune: %d/%d passed (%.3f)", pass, len(scs), rate)
	if rate < tuneFloor {
		t.Errorf("tune pass rate %.3f is under %.2f", rate, tuneFloor)
	}
}

// TestDraftScenariosFresh plays the fresh suites, each written later than
// the tune suite in wording it was not shaped by, and logs each one's rate
// with every failing draft. A suite is held to its floor in freshFloors
// once it has one; a new suite is only measured until then.
func TestDraftScenariosFresh(t *testing.T) {
	skipUnderRace(t)
	files, err := filepath.Glob("testdata/drafting/fresh*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fresh suites: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			pass, scs, fails, drafts := runScenarioFile(t, path)
			if len(scs) < 30 {
				t.Errorf("%s has %d scenarios, want at least 30", name, len(scs))
			}
			for _, sc := range scs {
				if bad := fails[sc.id]; bad != nil {
					t.Logf("%s: %s\n    draft: %s", sc.id, strings.Join(bad, "; "), strings.ReplaceAll(drafts[sc.id], "\n", " / "))
				}
			}
			for _, k := range failureKinds(scs, fails) {
				t.Logf("%s failures: %s", name, k)
			}
			rate := float64(pass) / float64(max(len(scs), 1))
			t.Logf("%s: %d/%d passed (%.3f)", name, pass, len(scs), rate)
			if floor, ok := freshFloors[name]; ok && rate < floor {
				t.Errorf("%s pass rate %.3f is under %.2f", name, rate, floor)
			}
		})
	}
}

// TestDraftRegressions replays conversations that once ended in drafts
// nobody would send; every one must pass.
func TestDraftRegressions(t *testing.T) {
	pass, scs, fails, drafts := runScenarioFile(t, "testdata/drafting/regressions.txt")
	for _, sc := range scs {
		if os.Getenv("DRAFT_SCENARIOS_SHOW") != "" {
			t.Logf("%s: %s", sc.id, strings.ReplaceAll(drafts[sc.id], "\n", " / "))
		}
		if bad := fails[sc.id]; bad != nil {
			t.Errorf("%s: %s\n    draft: %s", sc.id, strings.Join(bad, "; "), strings.ReplaceAll(drafts[sc.id], "\n", " / "))
		}
	}
	t.Logf("regressions: %d/%d passed", pass, len(scs))
}

// TestDraftScenariosHeldout plays the held-out suite and reports its pass
// rate only: its scenarios and drafts are never printed, so that nothing is
// fitted to them.
func TestDraftScenariosHeldout(t *testing.T) {
	const path = "testdata/drafting/heldout.txt"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no held-out suite: %v", err)
	}
	pass, scs, fails, _ := runScenarioFile(t, path)
	rate := float64(pass) / float64(max(len(scs), 1))
	t.Logf("held-out: %d/%d passed (%.3f)", pass, len(scs), rate)
	for _, k := range failureKinds(scs, fails) {
		t.Logf("held-out failures: %s", k)
	}
	if rate < heldoutFloor {
		t.Errorf("held-out pass rate %.3f is under the floor %.2f", rate, heldoutFloor)
	}
}

// TestScenarioChecks makes sure the checks themselves catch what they are
// meant to.
func TestScenarioChecks(t *testing.T) {
	sc := scenario{id: "x", lines: []string{"his dad died suddenly last week and i could not make the funeral", "skip"},
		to: "Marcus", open: "calm", has: [][]string{{"sorry"}, {"your dad", "your father"}}, not: []string{"your dad died"}}
	for _, tc := range []struct {
		draft string
		want  string
	}{
		{"Marcus, I'm so sorry about your dad. I'm here.", ""},
		{"Hi Marcus! I'm so sorry about your dad.", "opening is not calm"},
		{"Sam, I'm so sorry about your dad.", "does not address"},
		{"Marcus, I heard your dad died. Sorry.", "contains your dad died"},
		{"Marcus, I'm thinking of you.", "lacks sorry"},
		{"Marcus, I'm so sorry about your dad {m}.", "placeholder"},
		{"Marcus, I'm so sorry about your dad", "does not end"},
		{"Marcus, I'm so sorry about your dad. His dad died suddenly last week and i could not.", "copies eight words"},
		{"Marcus, I'm so sorry about your dad. Skip.", "control word skip"},
		{"", "no draft"},
	} {
		got := strings.Join(checkScenario(sc, tc.draft), "; ")
		if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("checkScenario(%q) = %q, want %q", tc.draft, got, tc.want)
		}
	}
	dr := scenario{id: "d", lines: []string{"x"}, to: "Dr. Osei", open: "any"}
	if bad := checkScenario(dr, "Dear Dr Osei,\nThank you."); len(bad) != 0 {
		t.Errorf("a title written without its stop failed: %v", bad)
	}
	if bad := checkScenario(dr, "Dear Dr Mensah,\nThank you."); len(bad) == 0 {
		t.Errorf("the wrong name under the same title passed")
	}
	g := scenario{id: "g", lines: []string{"x"}, to: "-", open: "group"}
	if bad := checkScenario(g, "Hey Flat! How is everyone?"); len(bad) == 0 {
		t.Errorf("a named group opening passed")
	}
	if bad := checkScenario(g, "Hey everyone, it's been too quiet in here. Who's around?"); len(bad) != 0 {
		t.Errorf("a group opening failed: %v", bad)
	}
}

// failureKinds counts failed checks by kind only ("lacks", "contains",
// "opening is not calm", ...), never with the words checked, so that a
// suite that is only measured still says where it fails without showing
// its wording.
func failureKinds(scs []scenario, fails map[string][]string) []string {
	kinds := map[string]int{}
	for _, sc := range scs {
		seen := map[string]bool{}
		for _, b := range fails[sc.id] {
			k := b
			if len(sc.has) > 0 && b == "lacks "+strings.Join(sc.has[0], " | ") {
				b = "occasion word"
			}
			for _, p := range []string{"lacks ", "contains ", "addresses ", "first sentence does not address ", "copies ", "carries the control word ", "occasion word"} {
				if strings.HasPrefix(b, p) {
					k = strings.TrimSpace(p)
				}
			}
			if !seen[k] {
				seen[k] = true
				kinds[k]++
			}
		}
	}
	out := make([]string, 0, len(kinds))
	for k, n := range kinds {
		out = append(out, fmt.Sprintf("%3d scenarios: %s", n, k))
	}
	sort.Sort(sort.Reverse(sort.StringSlice(out)))
	return out
}

package agent_test

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/agent/people"
)

// reflectCase is one line of testdata/reflect/fresh.tsv: an answer typed at
// a question of a journey, after earlier answers, and what the reply must
// and must not say.
type reflectCase struct {
	journey       string
	q             int
	answer        string
	must, mustNot [][]string
	before        []string
	line          int
}

// readReflect reads a reflection answer file (its format is described at
// the top of testdata/reflect/fresh.tsv).
func readReflect(t *testing.T, path string) []reflectCase {
	t.Helper()
	var cases []reflectCase
	for _, r := range readTSVRows(t, path, 6) {
		f := r.f
		q, err := strconv.Atoi(f[1])
		if err != nil || q < 1 || q > 5 {
			t.Fatalf("%s:%d: bad question number %q", path, r.line, f[1])
		}
		var before []string
		if strings.TrimSpace(f[5]) != "" {
			for _, b := range strings.Split(f[5], " // ") {
				before = append(before, strings.TrimSpace(b))
			}
		}
		if len(before) >= q {
			t.Fatalf("%s:%d: %d earlier answers for question %d", path, r.line, len(before), q)
		}
		cases = append(cases, reflectCase{journey: f[0], q: q, answer: f[2], must: phraseGroups(f[3]), mustNot: phraseGroups(f[4]),
			before: before, line: r.line})
	}
	return cases
}

// fillerWords are chat fillers and spellings an acknowledgement never says
// back.
var fillerWords = regexp.MustCompile(`\b(?:lol|lmao|idk|tbh|ngl|omg|haha|hahaha|smh|tho|ppl|im|i guess|lowkey|literally|kinda)\b`)

// firstPerson is the person's own first person, which an echo in italics
// turns to the second.
var firstPerson = regexp.MustCompile(`(?i)\b(?:i|me|my|mine|myself|i'm|im|i've|i'd|i'll)\b`)

// italics finds the echoes in an acknowledgement.
var italics = regexp.MustCompile(`_([^_]+)_`)

// reflectReply plays c: the journey started, earlier questions answered or
// skipped, then the answer. It returns the acknowledgement (the reply's
// first part), the whole reply with its choices, and the replies.
func reflectReply(h *harness, person string, c reflectCase) (ack, whole string, rs []agent.Reply) {
	h.send(person, "hi", "")
	h.send(person, "/reflect", "")
	h.send(person, "", "journey:"+c.journey)
	for i := 1; i < c.q; i++ {
		a := "skip"
		if i <= len(c.before) {
			a = c.before[i-1]
		}
		h.send(person, a, "")
	}
	rs = h.send(person, c.answer, "")
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text + "\n")
		for _, ch := range r.Choices {
			b.WriteString("[" + ch.Label + "]\n")
		}
	}
	whole = b.String()
	if len(rs) > 0 {
		ack, _, _ = strings.Cut(rs[0].Text, "\n\n")
	}
	return ack, whole, rs
}

// reflectProblems plays c and returns what is wrong with the reply, by
// kind of problem.
func reflectProblems(ack, whole string, c reflectCase) []string {
	var bad []string
	last := c.q == 5
	switch {
	case !last && !strings.Contains(whole, fmt.Sprintf("(%d/5)", c.q+1)):
		bad = append(bad, "left the reflection")
	case last && !strings.Contains(whole, "Here's what I heard") && !strings.Contains(whole, "You left these questions open"):
		bad = append(bad, "no summary")
	}
	lowAck := strings.ToLower(ack)
	if last && strings.HasPrefix(ack, "Here's what I heard") {
		lowAck = ""
	}
	target := lowAck
	if last {
		target = strings.ToLower(whole)
	}
	for _, g := range c.must {
		if !containsAny(target, g) {
			bad = append(bad, "did not say what it must")
			break
		}
	}
	for _, g := range c.mustNot {
		if containsAny(lowAck, g) {
			bad = append(bad, "said what it must not")
			break
		}
	}
	if ack == "" || len(ack) > 220 {
		bad = append(bad, "no acknowledgement, or too long")
	}
	for _, w := range fillerWords.FindAllString(strings.ToLower(c.answer), -1) {
		if regexp.MustCompile(`\b` + w + `\b`).MatchString(strings.ToLower(whole)) {
			bad = append(bad, "said a filler back")
			break
		}
	}
	for _, m := range italics.FindAllStringSubmatch(ack, -1) {
		if firstPerson.MatchString(m[1]) {
			bad = append(bad, "first person in an echo")
			break
		}
	}
	if strings.Contains(lowAck, "sounds good") {
		bad = append(bad, "sounds good")
	}
	for _, p := range people.FindAll(c.answer) {
		if p.Name == "" || p.Group || p.Confidence < 0.7 || !strings.Contains(strings.ToLower(whole), strings.ToLower(p.Name)) {
			continue
		}
		if !strings.Contains(whole, p.Name) {
			bad = append(bad, "a name said back in lowercase")
			break
		}
	}
	if last {
		bad = append(bad, summaryProblems(whole, append(append([]string{}, c.before...), c.answer))...)
	}
	return bad
}

// danglingEnd are words no whole sentence ends on.
var danglingEnd = regexp.MustCompile(`(?i)\b(?:and|but|or|the|a|an|to|of|with|so|because|my|your|for|that)[.!?]$`)

// summaryProblems checks a summary: whole sentences, and a next step that
// names nobody the answers did not.
func summaryProblems(whole string, answers []string) []string {
	var bad []string
	for _, line := range strings.Split(whole, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "• ") {
			continue
		}
		s := strings.TrimPrefix(line, "• ")
		if !strings.ContainsAny(s[len(s)-1:], ".!?") || danglingEnd.MatchString(s) || !unicode.IsUpper([]rune(s)[0]) {
			bad = append(bad, "a summary line is not a whole sentence")
			break
		}
	}
	said := strings.ToLower(strings.Join(answers, " "))
	for _, line := range strings.Split(whole, "\n") {
		if !strings.Contains(line, "step") && !strings.HasPrefix(line, "[Draft a message to ") {
			continue
		}
		for _, n := range agent.ExtractNames(line) {
			if n == "One" || n == "Draft" || n == "Remind" || n == "Nothing" {
				continue
			}
			if !strings.Contains(said, strings.ToLower(n)) {
				bad = append(bad, "the step names someone not named")
				return bad
			}
		}
	}
	return bad
}

// Floors: the share of each fresh file's reflection answers that must
// pass every check.
const (
	reflectFreshFloor  = 0.98
	reflectFresh2Floor = 1.00
	reflectFresh3Floor = 0.97
	reflectFresh4Floor = 0.98
)

// Ceilings: the share of each fresh file's acknowledgements that may say
// the answer back in italics (an echo) rather than name its point. Before
// answers were read for what they are about, they were 0.69, 0.49, 0.57
// and 0.74; before the still-echoed ones were read by class (a message
// for someone, a limit, a plan, a contrast between people, a kind act, a
// lonely moment and where it was), 0.36, 0.24, 0.35 and 0.50; before how
// time online splits, waiting for others to write first and a step with
// no one to message were named, 0.11, 0.10, 0.25 and 0.30; before what
// gets in the way, an ex seen online, places that give beside those that
// take and the points a friend would name were read, 0.08, 0.10, 0.20
// and 0.25; before a visit with no word first and a doubt after a short
// answer were named, fresh4 was 0.21; before a slow, careful pace of
// replying was named, fresh3 was 0.17; before telling someone met with
// kindness, everyone at work kept up with while friends drift, a bigger
// friend group missed and a friendship of memes were named, fresh4 was
// 0.19.
const (
	reflectFreshEchoes  = 0.06
	reflectFresh2Echoes = 0.07
	reflectFresh3Echoes = 0.16
	reflectFresh4Echoes = 0.14
)

// TestReflectFresh plays every fresh reflection answer and reports how
// many pass, by kind of problem; it fails below the floor.
func TestReflectFresh(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh.tsv", "fresh", reflectFreshFloor, reflectFreshEchoes)
}

// TestReflectFresh2 plays testdata/reflect/fresh2.tsv, answers with news,
// changes and feelings in them, written after fresh.tsv in other words.
func TestReflectFresh2(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh2.tsv", "fresh2", reflectFresh2Floor, reflectFresh2Echoes)
}

// TestReflectFresh3 plays testdata/reflect/fresh3.tsv, a third batch
// written in one sitting by someone else: longer answers, moves, a
// divorce, a new city, fillers and doubts.
func TestReflectFresh3(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh3.tsv", "fresh3", reflectFresh3Floor, reflectFresh3Echoes)
}

// TestReflectFresh4 plays testdata/reflect/fresh4.tsv, a fourth batch by
// someone else: a move to a new city, a mentor wanted, feelings said in
// passing, disclosures, answers with a question mark, and steps naming a
// person and an action. On arrival 43 of its 80 answers passed.
func TestReflectFresh4(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh4.tsv", "fresh4", reflectFresh4Floor, reflectFresh4Echoes)
}

// measureReflect plays every answer of path, logs each failure with its
// acknowledgement, reports the share that pass by kind of problem and the
// share of acknowledgements that say the answer back in italics (an echo),
// and fails below floor or above the echo ceiling.
func measureReflect(t *testing.T, path, name string, floor, echoCeiling float64) {
	if raceOn {
		t.Skip("plays dozens of conversations; the code it runs is raced by the transcripts, and make test runs this without -race")
	}
	cases := readReflect(t, path)
	h := newHarness(t)
	pass, echoes := 0, 0
	problems := map[string]int{}
	for _, c := range cases {
		ack, whole, _ := reflectReply(h, fmt.Sprintf("%s-%d", name, c.line), c)
		if os.Getenv("REFLECT_DUMP") != "" {
			// REFLECT_DUMP=1 logs every acknowledgement, to read them all.
			t.Logf("ACK line %d %s/%d %q → %q", c.line, c.journey, c.q, c.answer, ack)
		}
		if italics.MatchString(ack) {
			echoes++
		}
		bad := reflectProblems(ack, whole, c)
		if len(bad) == 0 {
			pass++
			continue
		}
		for _, b := range bad {
			problems[b]++
		}
		t.Logf("line %d %s/%d %q → %q: %s", c.line, c.journey, c.q, c.answer, ack, strings.Join(bad, ", "))
	}
	share := float64(pass) / float64(len(cases))
	t.Logf("%s reflection answers: %d/%d = %.2f pass; problems by kind: %v", name, pass, len(cases), share, problems)
	echoShare := float64(echoes) / float64(len(cases))
	t.Logf("%s acknowledgements with an echo in italics: %d/%d = %.2f", name, echoes, len(cases), echoShare)
	if echoShare > echoCeiling+0.005 {
		t.Errorf("%.2f of %s acknowledgements say the answer back in italics, want at most %.2f", echoShare, name, echoCeiling)
	}
	if share < floor {
		t.Errorf("%.2f of %s reflection answers pass, want at least %.2f", share, name, floor)
	}
}

// TestReflectRequestStarts asks in words, with nothing going on, to think
// something over: the journey it names starts at its first question; a
// question about how to do something does not start one.
func TestReflectRequestStarts(t *testing.T) {
	h := newHarness(t)
	tests := []struct {
		text, want string // want: a words of the journey's first question, "" for none
	}{
		{"i want to look back on my week", "this week left you feeling good"},
		{"can we reflect on this week", "this week left you feeling good"},
		{"wanna run through the last few days with me", "this week left you feeling good"},
		{"help me think about my boundaries", "keep private online"},
		{"i'd like to think through who matters to me", "feel closer to"},
		{"lets go over how i show up for people", "long or personal"},
		{"who i've been neglecting", "feel closer to"},
		{"reflect on the friends i've drifted from", "feel closer to"},
		{"how do i think about boundaries with my mum", ""},
	}
	for i, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			person := fmt.Sprintf("req%d", i)
			h.send(person, "hi", "")
			rs := h.send(person, tt.text, "")
			var b strings.Builder
			for _, r := range rs {
				b.WriteString(r.Text + "\n")
			}
			got := b.String()
			started := strings.Contains(got, "(1/5)")
			if tt.want == "" && started {
				t.Errorf("%q started a reflection: %q", tt.text, got)
			}
			if tt.want != "" && (!started || !strings.Contains(got, tt.want)) {
				t.Errorf("%q → %q, want the journey asking %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestReflectFresh5 plays testdata/reflect/fresh5.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 70 of 90 passed, 32 of the
// acknowledgements (0.36) echoed the answer. After acknowledgements were
// made to name an answer's point (ack_gist.go), written without it: still
// 70 of 90, echoes 22 (0.24). Read afterwards, once who a death, an
// illness, a worry or a care was about was named, and answers of only not
// knowing were no longer said back: 80 of 90, echoes 18 (0.20); with the
// split of time online, the waiting and the step named in the companion's
// words, echoes 14 (0.16); with a move to a new place named beside the
// circle chosen, 81 of 90; with pride named where it is what gets in the
// way, 82 of 90; with sharing then regretting it named, echoes 13 (0.14);
// with a reply given as a reaction only named, 84 of 90, echoes 12 (0.13);
// with what gets in the way, an ex seen online and the points a friend
// would name read for fresh11, 86 of 90, echoes 11 (0.12); with a visit
// with no word first named with whom, 87 of 90; with the changes made for
// fresh14, echoes 10 (0.11).
func TestReflectFresh5(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh5.tsv", "fresh5", 0.96, 0.11)
}

// TestReflectFresh6 plays testdata/reflect/fresh6.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 70 of 90 passed, 32 of the
// acknowledgements (0.36) echoed the answer. Read afterwards, at 72 of 90
// with 30 echoes (0.33): once a death told before a clause of its own
// ("since my wife passed the house is too quiet"), a hard week, pride in
// the way, friends lost in a divorce, the worry of being a bother and the
// guilt of an unanswered message with whom they are about, and people
// said with a title, by marriage or with a word saying which ("my old
// football coach") were heard, 81 of 90, echoes still 30; with someone
// getting in touch named by who and how, a limit told as what someone
// keeps doing, sharing everything, reaching out that goes one way and "my
// grandma nani" called by her name, 84 of 90, echoes 25 (0.28); with
// the changes made for fresh11, 85 of 90, echoes 20 (0.22); with those
// made for fresh14 (a quick congrats that sat wrong, taking someone out
// to celebrate, a full read for one and a skim for the rest, being safe
// to be around, a phone kept for calls rather than scrolling), echoes 13
// (0.14).
func TestReflectFresh6(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh6.tsv", "fresh6", 0.94, 0.13)
}

// TestReflectFresh7 plays testdata/reflect/fresh7.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 72 of 90 passed, 19 of the
// acknowledgements (0.21) echoed the answer. Read afterwards, at 72 of 90
// with 17 echoes (0.19): once fillers drawn out or inside quotes were
// dropped, time gone by was no death, the last real talk was heard with
// whom, the people named at a question asking who were named beside a
// death told with them, and a circle or a muted chat was read the right
// way round, 80 of 90, echoes still 17; once "any time" said gladly was
// no missing limit, a hurt given as a reason was no breakup, the one
// someone is honest "w" was named and what was shared and regretted was
// told apart from what stays offline, 84 of 90; with what gives energy
// named beside what drains it and answering everything at once heard as
// what wears the person out, 86 of 90, echoes 15 (0.17); with a fast
// short reply felt as not enough and calling one person instead of
// typing named, 88 of 90; with a name offered with a hedge ("probably
// keiko from work") heard at a question asking who, 89 of 90; with the
// changes made for fresh11, echoes 14 (0.16).
func TestReflectFresh7(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh7.tsv", "fresh7", 0.98, 0.16)
}

// TestReflectFresh8 plays testdata/reflect/fresh8.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 75 of 90 passed, 20 of the
// acknowledgements (0.22) echoed the answer. Read afterwards: once each
// person was named once ("my friend from uni oscar"), "im dead after my
// shift" was tiredness, the one person who sees how things really are was
// named, a death told beside a step or with whose it was was heard, and a
// limit said before a step came first, 81 of 90; with sharing then
// regretting it named and answers of a word or two not said back, echoes
// 18 (0.20); once a deep talk was named with whom and as hard and good at
// once, a death told beside one heard with it, being remembered was the
// small thing that landed, an unspoken need for space was named and a
// hurt given as a reason was no breakup, 86 of 90, echoes 17 (0.19); with
// the kind of connection picked named first, 87 of 90; with celebrating
// someone's news and talk that stays on one topic named, 89 of 90; with
// each person given a message of their own named, 90 of 90, echoes 16
// (0.18); with the changes made for fresh11, echoes 14 (0.16); with
// those made for fresh13, echoes 12 (0.13).
func TestReflectFresh8(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh8.tsv", "fresh8", 1.00, 0.13)
}

// TestReflectFresh9 plays testdata/reflect/fresh9.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 80 of 90 passed, 28 of the
// acknowledgements (0.31) echoed the answer. Read afterwards, at 81 of
// 90 with 26 echoes (0.29): once being remembered was not read as the
// illness beside it, a good moment carrying grief was heard as both, an
// opening taken back ("a few. no wait, both") was left out, "any time"
// out of loneliness was no missing limit, opening up to someone was named
// and tiredness after a time kept it closed, 87 of 90, echoes 24 (0.27);
// with hours of scrolling named beside who still waits on a reply, and a
// misstep at someone's news owned without a verdict, 89 of 90, echoes 20
// (0.22); with the small chat that gives named beside the group chats
// that take, 90 of 90, echoes 19 (0.21); with the changes made for
// fresh11, echoes 17 (0.19); with those made for fresh13, echoes 13
// (0.14).
func TestReflectFresh9(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh9.tsv", "fresh9", 1.00, 0.13)
}

// TestReflectFresh10 plays testdata/reflect/fresh10.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 79 of 90 passed, 21 of the
// acknowledgements (0.23) echoed the answer. Measured again, unread, after
// the changes made for fresh7 to fresh9: 81 of 90, echoes still 21. Read
// afterwards: once a summary line opening on a figure was read with its
// question, the worry of being a bother was named with no one named, a
// time kept for oneself was a limit though another time stayed open, a
// reply given as a reaction only was named, a diagnosis told and met
// kindly was heard as both, one-sided effort and a mood that decides were
// named in the person's terms, 88 of 90, echoes 20 (0.22); with sharing
// everything ("an open book") and a good week named, echoes 19 (0.21);
// with the changes made for fresh11, echoes 17 (0.19); with those made
// for fresh13, echoes 16 (0.18).
func TestReflectFresh10(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh10.tsv", "fresh10", 0.97, 0.18)
}

// TestReflectFresh11 plays testdata/reflect/fresh11.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 81 of 90 passed, 24 of the
// acknowledgements (0.27) echoed the answer. Read afterwards, at 81 of 90
// with 23 echoes (0.26): once what gets in the way was named thing by
// thing with whom, an ex seen online, a good moment with a stranger, a
// verdict after not knowing, a limit someone else crosses, a shift kept
// phone-free, a place named apart from one that drains, a comparison in
// life, the kind of connection beside feeling out of step and how few
// answered were read, 90 of 90, echoes 14 (0.16); with the points a friend
// would name (a group drifting while everyone waits, following up with
// everyone, calling instead of typing, oversharing, opening up met kindly,
// space taken personally, an app deleted, thanks never said, a family
// where deep talk isn't done, an honest row), echoes 1 (0.01).
func TestReflectFresh11(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh11.tsv", "fresh11", 1.00, 0.01)
}

// TestReflectFresh12 plays testdata/reflect/fresh12.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 74 of 90 passed, 17 of the
// acknowledgements (0.19) echoed the answer. Read afterwards, at 76 of 90
// with 14 echoes (0.16): once a doubt was settled by its own word ("not
// bad at all"), "nobody" told of what happens each time something ends
// was no answer of having nobody, a grim week was heard as hard, an
// answer given by telephoning was named as one, being always reachable
// was named, and the person's shrug ("that stupid meme") was left out of
// a step, 82 of 90; with a last real talk that never was or cannot be
// recalled named with whom, freezing for want of words, honesty about the
// ups only, muting and feeling better, care brought by someone and taking
// one's cue from how others reply named, 85 of 90, echoes 9 (0.10); with
// a trip made to celebrate, a quick word that felt too little, comments as
// talking, an app giving away where one goes, a limit on hearing the same
// thing daily, being glad someone exists, being safe to be around and
// being slow to know named, echoes 1 (0.01); with the lighter side kept
// up while no one sees the harder part named with whom the person is
// open, and a place things are overshared told apart from a topic, 87 of
// 90; with a last real talk at a loss named with whom and the quiet since,
// 88 of 90; with time in the way named when jobs or children use the days
// up, before the tiredness they leave, 89 of 90; once someone else's
// illness told as news and then not followed up was no emergency, 90 of
// 90.
func TestReflectFresh12(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh12.tsv", "fresh12", 1.00, 0.01)
}

// TestReflectFresh13 plays testdata/reflect/fresh13.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 82 of 90 passed, 26 of the
// acknowledgements (0.29) echoed the answer. After the changes made for
// fresh12 it stood at 80 of 90, echoes 25 (0.28): the part played for
// others and fearing the wrong words had been given stock lines that lost
// the person's own word for them. Read afterwards: once the part was named
// in the person's word, saying nothing for fear of the wrong words named,
// what gets in the way and a loss's quiet heard with the one named before,
// the circle picked when big groups leave one out, time online on neither
// side, chats that take, being understood beside hard news, "a dad" as a
// role and "bills" as no Bill, 90 of 90, echoes 22 (0.24); with a doubt
// after a short answer settled, a family that doesn't talk that way,
// limits on a subject, on visits with no word first and on yes said then
// resented, shyness about good news, "me too" after opening up and late
// scrolling that costs sleep named, echoes 10 (0.11); with openness
// split by whom, a last real talk at an occasion with none since, being
// heard out without a lecture and a wider crowd missed named, echoes 6
// (0.07); with good small moments, reaching out that is not returned, a
// slow pace of one's own and practical help at a friend's hard news
// named, echoes 1 (0.01); with news seen from an ex's circle named, echoes
// 0.
func TestReflectFresh13(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh13.tsv", "fresh13", 1.00, 0.00)
}

// TestReflectFresh14 plays testdata/reflect/fresh14.tsv, 90 answers written
// in one sitting by someone who read only the format and the questions,
// measured once before any change for it: 78 of 90 passed, 20 of the
// acknowledgements (0.22) echoed the answer. Read afterwards, at 78 of 90
// with 18 echoes (0.20): once "to be honest" was no wish for honesty, a
// tired stretch with nothing giving energy was named with what brought it
// on, an ex given as the reason for a limit was no breakup, a time wanted
// quiet and replying whenever were heard, the worry of being a bother beside
// others' fuller lives, downs kept from nobody, relief after telling
// someone, a slow reply with the fear of seeming to ignore, everyone else
// drifting for fear of being annoying and a skimmed message met with a
// heart and guilt were named, and a hope said after a doubt was what the
// summary said, 90 of 90, echoes 17 (0.19); with what the one who
// understood did named with them, not remembering when with a word on it,
// every word for one person and a skim for the rest, reading all and never
// replying, a quick congrats that felt cold, chasing everyone until worn
// out, an app left as the best decision and sharing so much that friends
// know everything named, echoes 8 (0.09); with replying before reading
// it all, a limit at work while the job is not yet sure, being taught
// something and laughing, and someone reaching out while the person
// reached no one named, echoes 4 (0.04).
func TestReflectFresh14(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh14.tsv", "fresh14", 1.00, 0.04)
}

// TestReflectFresh15 plays testdata/reflect/fresh15.tsv, 85 answers written
// in one sitting by someone who read only the format and the questions (5
// of the 90 written were worded like an answer of an earlier suite and
// were left out), measured once before any change for it: 72 of 85 passed, 19 of the
// acknowledgements (0.22) echoed the answer. Read afterwards, at 72 of 85
// with 18 echoes (0.21): once what the one who understood did was heard
// when they sat with the person, remembered a small thing or noticed and
// checked in, openness split between someone and a group of siblings,
// the reason behind an answer of little or nothing (hardly posting, a
// break that helps, a way online that works), a pride denied, a skim
// with a forgotten reply, the worry of saying the wrong thing, a last
// real talk at an occasion with what came since, where the talking
// online happens, overshare and regret, night shifts and daytime sleep,
// a mentor wanted while starting out, sharing where an employer could
// see and a step that asks someone along were named, 85 of 85, echoes 9
// (0.11); with following up with everyone while no one follows up back
// named, echoes 8 (0.09); with milestones someone posted named, echoes 7
// (0.08); with replying to people, not just scrolling, named with where,
// echoes 6 (0.07).
func TestReflectFresh15(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh15.tsv", "fresh15", 1.00, 0.07)
}

// TestReflectFresh16 plays testdata/reflect/fresh16.tsv, 88 answers written
// in one sitting by someone who read only the format and the questions (2
// of the 90 written were worded like an answer of an earlier suite and
// were left out), measured once before any change for it: 74 of 88 passed, 15 of the
// acknowledgements (0.17) echoed the answer.
func TestReflectFresh16(t *testing.T) {
	measureReflect(t, "testdata/reflect/fresh16.tsv", "fresh16", 0.80, 0.22)
}

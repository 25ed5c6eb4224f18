package safety

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var (
	reportFile = flag.String("report", "", "write the corpus figures to this file (Markdown)")
	showMisses = flag.Bool("misses", false, "log the tune lines the detector gets wrong")
)

// mainLangs are the languages the goals are asserted for; the corpus has a
// few lines in others too, reported but not asserted.
var mainLangs = []string{"en", "es", "de", "fr", "pt", "it", "nl", "pl", "tr"}

// Goals on the tune part, and floors on the tune2 and held-out parts. The
// floors are set from the figures measured when a round of rules was
// finished, less a margin, and only ever raised; the rules are never
// adjusted to held-out lines.
const (
	tuneRecall      = 0.97
	tuneFalsePos    = 0.01
	tune2Recall     = 0.96  // measured 0.994 (0.881 before the third round)
	tune2FalsePos   = 0.02  // measured 0.000
	tune3Recall     = 0.95  // measured 0.986; 0.381 when first measured, before any rule was adjusted to it
	tune3FalsePos   = 0.02  // measured 0.000 (a younger brother's joking threat over a broken vase quiet again: a threat that ends on its "if" gives way to the trifle after it; 0.007 before); 0.119 when first measured
	tune4Recall     = 0.95  // measured 0.989; 0.678 when first measured, before any rule was adjusted to it (0.684 with the first sentence concepts)
	tune4FalsePos   = 0.02  // measured 0.000; 0.051 when first measured
	tune5Recall     = 0.93  // measured 1.000; 0.812 when first measured, written after the first sentence concepts
	tune5FalsePos   = 0.02  // measured 0.000; 0.062 when first measured
	tune6Recall     = 0.95  // measured 1.000; 0.750 when first measured, before any rule was adjusted to it (0.750 with the rules before this round too)
	tune6FalsePos   = 0.02  // measured 0.000; 0.077 when first measured (0.123 with the rules before this round)
	tune7Recall     = 0.95  // measured 0.988; 0.787 when its first English lines were first measured, 0.28 for its second batch of indirect ones
	tune7FalsePos   = 0.02  // measured 0.000; 0.081 when first measured
	tune8Recall     = 0.93  // measured 0.986; 0.793 when first measured, before any rule was adjusted to it (its second English batch 0.633, 30.8% false positives)
	tune8FalsePos   = 0.02  // measured 0.006; 0.164 when first measured
	tune9Recall     = 0.85  // measured 0.895; 0.680 when first measured with the rules before this round (0.684 with this round's first mechanisms, not written for it), before any rule was adjusted to it
	tune9FalsePos   = 0.02  // measured 0.007; 0.026 when first measured
	tune10Recall    = 0.95  // measured 1.000; its first batch 0.765 when first measured, before any rule or mechanism was changed for it
	tune10FalsePos  = 0.02  // measured 0.000; its first batch 0.077 when first measured
	tune11Recall    = 0.95  // measured 0.981 after the last round fitted it by concept; 0.673 when first measured, 0.712 with the round's mechanisms before it was fitted
	tune11FalsePos  = 0.02  // measured 0.000
	tune12Recall    = 0.95  // measured 0.978 after the last round fitted it by concept; 0.753 when first measured, before any change, 0.775 with the round's mechanisms before it was fitted
	tune12FalsePos  = 0.02  // measured 0.007; 0.043 when first measured
	tune13Recall    = 0.95  // measured 0.991; the wordings written while the rules were changed, each idea in several
	tune13FalsePos  = 0.03  // measured 0.011
	tune14Recall    = 0.95  // measured 1.000 after the round fitted it by concept in its last forty minutes; 0.784 when first measured, before any change, 0.814 with the round's mechanisms before it was fitted
	tune14FalsePos  = 0.02  // measured 0.000; 0.028 when first measured and before it was fitted
	tune15Recall    = 0.95  // measured 1.000; the wordings written while tune14 was fitted, each idea in three
	tune15FalsePos  = 0.03  // measured 0.000
	tune16Recall    = 0.95  // measured 0.995 after the round fitted it by concept in its last forty minutes; 0.752 when first measured, before any change, 0.757 with the round's mechanisms before it was fitted
	tune16FalsePos  = 0.02  // measured 0.000; 0.021 when first measured, 0.014 with the round's mechanisms
	tune17Recall    = 0.95  // measured 1.000; the wordings written while tune16 was fitted, each idea in three
	tune17FalsePos  = 0.03  // measured 0.000
	tune18Recall    = 0.97  // measured 1.000 (situation right 0.994; English 1.000) after it was read and fitted by concept; 0.899 before, while it was a validation part never read (0.860 on arrival)
	tune18FalsePos  = 0.02  // measured 0.000; 0.016 on arrival
	tune19Recall    = 0.95  // measured 0.990; the wordings written to make the rules generalise, each batch measured before the rules were changed for it
	tune19FalsePos  = 0.02  // measured 0.000 (a threat over leftovers and a bridge taken to cross a river quiet again; 0.003 before)
	tune20Recall    = 0.95  // measured 1.000 after it was fitted by concept; 0.727 on arrival (English 0.600), before any change
	tune20FalsePos  = 0.02  // measured 0.000; 0.016 on arrival
	tune21Recall    = 0.95  // measured 0.994; other wordings of each idea fitted on tune20, and of each mechanism of its round, with safe twins
	tune21FalsePos  = 0.02  // measured 0.000
	tune22Recall    = 0.95  // measured 1.000 after it was fitted by concept; 0.864 on arrival (English 0.800), before any change
	tune22FalsePos  = 0.02  // measured 0.000; 0.046 on arrival (English 0.067)
	tune23Recall    = 0.95  // measured 0.990; other wordings of each idea fitted on tune22, and probes, with safe twins
	tune23FalsePos  = 0.03  // measured 0.000
	tune24Recall    = 0.95  // measured 0.989 after it was fitted by concept; 0.886 on arrival (English 0.833), before any change
	tune24FalsePos  = 0.02  // measured 0.000; 0.031 on arrival (English 0.044)
	tune25Recall    = 0.92  // measured 0.964; other wordings of each idea fitted on tune24, and probes, with safe twins
	tune25FalsePos  = 0.02  // measured 0.000
	tune26Recall    = 0.95  // measured 1.000 after it was fitted by concept; 0.787 on arrival (English 0.794), before any change
	tune26FalsePos  = 0.02  // measured 0.000; 0.050 on arrival (English 0.044)
	tune27Recall    = 0.95  // measured 0.993; other wordings of each idea fitted on tune26, and probes, with safe twins
	tune27FalsePos  = 0.02  // measured 0.000
	tune28Recall    = 0.97  // measured 1.000 (situation right 1.000) after it was read and fitted by concept, each rule tested on wordings of its own; 0.813 on arrival (English 0.788), while it was a validation part never read
	tune28FalsePos  = 0.02  // measured 0.000; 0.019 on arrival (English 0.018)
	tune29Recall    = 0.94  // measured 0.956 (situation right 0.952) after tune18 and tune28 were fitted, 0.929 (0.919) after it was fitted by concept, with probes of 69, 58, 38, 24, 25, 30 and 20 crisis lines at 0.333, 0.397, 0.447, 0.542, 0.280, 0.500 and 0.400 before they were fitted; the first 170 at 0.424 on arrival (situation right 0.406), before any rule was written for them
	tune29FalsePos  = 0.02  // measured 0.000 (a last day at a job and an exit from a meeting no longer fire); 0.007 before; 60 and 31 safe lines written against its rules fired 12 and 4 times before they were narrowed; 0.096 on arrival
	tune30Recall    = 0.97  // measured 0.996 (situation right 0.996; English 0.992) after it was read and fitted by concept, each rule tested on wordings of its own; 0.784 before (English 0.736), while it was a validation part never read (0.780 on arrival, self 0.704)
	tune30FalsePos  = 0.02  // measured 0.000; 0.018 before (English 0.016)
	tune31Recall    = 0.97  // measured 1.000 (situation right 0.996; English 1.000) after it was read and fitted by concept, each rule tested on wordings of its own; 0.737 before (English 0.772), while it was a validation part never read (0.733 on arrival, situation right 0.720)
	tune31FalsePos  = 0.02  // measured 0.000; 0.019 before (English 0.017)
	tune32Recall    = 0.97  // measured 0.983 (situation right 0.979; English 119 of 123) after it was read and fitted by concept, each rule tested on wordings of its own; 0.834 before (situation right 0.817; English 104 of 123), while it was a validation part never read (0.826 on arrival)
	tune32FalsePos  = 0.02  // measured 0.000; 0.028 before (English 0.033)
	tune33Recall    = 0.92  // measured 0.936 (situation right 0.932; English 0.934, the other eight 12 to 14 of 14 each) after the rules were widened by idea and language on tune33b (0.761, English 0.680, after the first of them and before it was read), then read and fitted by concept; 0.735 on arrival (situation right 0.731; English 0.680), while it was a validation part never read
	tune33FalsePos  = 0.01  // measured 0.000 once a mock farewell blamed on a small thing (the wifi, a charger) was quieted by kind; 0.009 (English 0.016) before, as on arrival
	tune33bRecall   = 0.93  // measured 0.951 (situation right 0.945; the whole part 0.483 with the rules before it); its first 591 crisis lines, written idea by idea in each language before any rule was changed for them, 0.618 (English 13 of 15, the other eight 0.528 to 0.653); its second 205 (a brink turned back from, a medicine stopped on purpose, being found, nothing needed after a last chore, a date not to be seen) 28 of 205 before the rules were changed for them, and 33 English ones of the same ideas 16 of 33; a third probe of 40 (a keepsake promised for after asked as a question, no reason to breathe, relief if the speaker vanished, an absolution whatever happens, a blade under the pillow) 12 of 40 before
	tune33bFalsePos = 0.01  // measured 0.000 once slipping away early from a party was quieted by kind; 0.006 before, 0.013 (two English near misses read by older rules) earlier, 0.050 before that
	tune34Recall    = 0.98  // 0.646 on arrival, 1.000 once read (situation right 0.980; every language 1.000); 0.675 (English 91 of 134) while it was a validation part never read, before it was read and fitted by concept in lexicon/xx.preparedend.txt
	tune34FalsePos  = 0.02  // measured 0.000 once read; 0.029 on arrival (English 0.031, German 2 of 9)
	tune34bRecall   = 0.97  // measured 1.000 (situation right 0.990); its first 186 crisis lines, written concept by concept in each language, 0.473 before the rules were changed for them; a second probe of 73 crisis lines in other wordings of the same concepts 26 of 73, and a third of 51 (a cover story denied, a morning not to be seen, heart pills left in their box, an attempt and the beam looked at) 19 of 51, each before the rules were widened for it
	tune34bFalsePos = 0.02  // measured 0.000 (a passport kept in a parent's safe quiet again, lexicon/en.quietready.txt; 0.006 before, one English near miss read by an older rule); 4 of its first 60 safe lines fired before, and near misses written against the widened rules fired 31 of 50 and 20 of 27 before the rules were narrowed
	tune35Recall    = 0.98  // measured 1.000 (situation right 1.000; every language 1.000) once read and its misses fitted by kind in every language (lexicon/xx.leftunnamed.txt), each kind tested on wordings of its own; 0.791 before (situation right 0.781; self 0.726), 0.771 on arrival, while it was a validation part never read
	tune35FalsePos  = 0.02  // measured 0.000 once read (the four English near misses that fired: a book's ending praised, goodbye emails at work, lifts asked for, passwords noted for someone who forgets); 0.027 before and on arrival
	tune36Recall    = 0.97  // measured 0.988 (situation right 0.988; English 134 of 136; self 0.985) once read and its misses fitted by kind in every language (lexicon/xx.placeandhour.txt, xx.covertrip.txt, xx.leftunnamed.txt), each kind tested on wordings of its own; 0.837 on arrival (situation right 0.828; English 116 of 136; self 0.799; Spanish and German 0.731), while it was a validation part never read
	tune36FalsePos  = 0.02  // measured 0.000 once read (a stranger in the news, warning signs asked for a class, a jump into a lake, an appliance that "ended it all", a prevention course); 0.042 on arrival (English 4 of 56, Turkish 1 of 8)
	tune37Recall    = 0.97  // measured 1.000 (situation right 1.000; English 135 of 135; self 1.000; every language 1.000) once read and its misses fitted by kind in every language where the idea exists (a question turned on the asker, turned.go; farewell words then silence, sorry for everything, a height looked down from now, things given with the reason hidden, papers kept with a second mark of control, no more winters, a decision with its day, means gathered, a rope put away), each kind tested on wordings of its own with safe twins; 0.820 on arrival (situation right 0.817; English 0.859, 116 of 135; self 0.796; Dutch 0.600, German 0.720), while it was a validation part never read
	tune37FalsePos  = 0.02  // measured 0.000 once read (a prevention course, a first-aid course that taught how to ask, vegetables cut); 0.025 on arrival (English 1 of 55, German and Dutch 1 of 8 each)
	tune38Recall    = 0.97  // measured 1.000 (situation right 1.000; English 140 of 140; Spanish 28 of 28; every main language 1.000; Arabic 5 of 5) once read and its misses fitted by kind in every language where the kind exists (lexicon/xx.quietready.txt: things settled and the end felt, a note written and the day left to choose, a cover story denied, pills taken bit by bit, the next attempt not to be survived, a prayer to be taken, charcoal and tape, a gun held often, a widow ready to join the dead; Spanish and Italian pronouns joined to a verb, clitic.go; the chat "q" of Spanish and Portuguese; the Arabic long vowel typed "ee"), each kind tested on wordings of its own with safe twins; 0.788 before (situation right 0.783; English 122 of 140; Spanish 0.607), 0.786 on arrival, while it was a validation part never read
	tune38FalsePos  = 0.02  // measured 0.000 once read, as before; 0.008 on arrival (Dutch 1 of 8)
	tune39Recall    = 0.97  // measured 1.000 (situation right 1.000; English 140 of 140; every language 1.000) once read and its misses fitted by kind in every language where the kind exists (lexicon/xx.settledsigns.txt: things handed out so nobody notices or not needed where one is going, a day and a height chosen, the last rescue too soon and this time no one told, living no longer wanted since a spouse died, others relieved or paid out, thanks then silence, cuts a brother or sister keeps secret, a threat to a pet, the dread of a homecoming; the first person read by its verb in Italian, Portuguese and Spanish; German chat and "oe" spellings), each kind tested on wordings of its own with safe twins; 0.883 on arrival (situation right 0.877; English 124 of 140), and again after tune38 was read, while it was a validation part never read
	tune39FalsePos  = 0.02  // measured 0.000 once read (a past told as over, an illness that proved small, hunger said as dying, a kitchen cut quieted by kind); 0.033 on arrival (4 of 121 near misses)
	tune40Recall    = 0.97  // measured 1.000 (situation right 1.000; English 133 of 133; every language 1.000) once read and its misses fitted by kind in every language where the kind exists (lexicon/xx.lastcares.txt: a pet or passwords left with someone and a day after which nothing matters or no coming back, the attempt before and this time no one, a widow or widower ready to follow, last words and sorry for everything, the how and the when known, a roof or a platform stood on now, hands at the throat, an old person shut in and robbed by their own child, things thrown and then the speaker, a photo of pills with one word, goodbye poems, a classmate gone tomorrow, one side of the body gone, a battery or a dishwasher tablet swallowed), each kind tested on wordings of its own with safe twins; 0.839 before (situation right 0.833; English 113 of 133), 0.833 on arrival, while it was a validation part never read
	tune40FalsePos  = 0.02  // measured 0.000 once read (a breakup song's goodbye, letters for a child's 18th birthday, a past attempt told by a psychologist who now works in prevention, quieted by kind); 0.029 before and on arrival (3 of 103 near misses)
	tune41Recall    = 0.97  // measured 1.000 (situation right 0.997; English 130 of 130; every language 1.000) once read and its misses fitted by kind in every language where the kind exists (lexicon/xx.quietends.txt: a family freed once the speaker is gone for good, prayers not to wake, surviving once and not twice, accounts deleted and one thing left, a day picked for an empty home, the next train and a long stare down from a height, letters telling someone it was not their fault, vital medicine stopped so that it ends, someone else's pills packed for tonight, a song chosen for one's own funeral; a widow or widower whose own dead are named before the wish, read as the speaker: departed.go), each kind tested on wordings of its own with safe twins; 0.858 before (situation right 0.848; English 116 of 130), 0.851 on arrival, while it was a validation part never read
	tune41FalsePos  = 0.02  // measured 0.000 once read (a heart attack years ago and half marathons since, a dark time told as left behind, quieted by kind); 0.018 before and on arrival (2 of 109 near misses)
	tune42Recall    = 0.79  // measured 0.823 on arrival (situation right 0.811; English 110 of 128); a validation part, never read
	tune42FalsePos  = 0.05  // measured 0.010 on arrival (1 of 103 near misses)
	quiet1Recall    = 0.95  // measured 1.000 (20 dangers told in the words of the near misses) after the everyday near misses (lexicon/xx.everyday.txt); 0.950 before, with the rules before them
	quiet1FalsePos  = 0.02  // measured 0.000 after the everyday near misses; 0.267 (27 of 101 everyday lines) with the rules before them
	heldoutRecall   = 0.80  // measured 0.837 after tune18 and tune28 were read and fitted (English 0.811; tune30, unread, unchanged at 0.784, English 0.736), 0.825 after the tune26 round (0.825 before it) and after the tune24 round, 0.817 after the tune22 round (0.805 before it, after the tune20 round), and 0.805 after the tune16 round (0.798 before it, after the tune14 round; 0.770 before it, after the tune11 and tune12 round; 0.759 before it, after the tune9 round; 0.755 before it, after the tune8 round; 0.751 before it, after the tune6 and tune7 rounds; 0.728 before them, 0.759 before the sentence concepts were held to the words that carry them, 0.704 before them, 0.502 with phrase rules)
	heldoutFalsePo  = 0.025 // measured 0.019 after the tune26 round, the tune24 round, the tune22 round, the tune16 round, after the tune14 round, and after the tune11 and tune12 round (0.019 before it, after the tune9 and tune8 rounds; 0.026 before it, after the tune6 and tune7 rounds; 0.032 before them, 0.045 before the sentence concepts were held to the words that carry them)
	heldoutSitAcc   = 0.79  // measured 0.833 after tune18 and tune28 were read and fitted, 0.821 after the tune26 round (0.821 before it) and after the tune24 round, 0.813 after the tune22 round, 0.802 after the tune20 round, 0.798 after the tune16 round (0.790 before it, after the tune14 round; 0.755 before it, after the tune11 and tune12 round; 0.743 before it, after the tune9 round; 0.739 before it, after the tune8 round; 0.735 before it, after the tune6 and tune7 rounds; 0.708 before them, 0.681 before the sentence concepts)
)

type corpusLine struct {
	crisis    bool
	situation Situation
	lang      string
	text      string
}

// corpusFiles lists the corpus files of one part (a directory under
// testdata/corpus); a part not yet written has none.
func corpusFiles(part string) ([]string, error) {
	return filepath.Glob(filepath.Join("testdata", "corpus", part, "*.tsv"))
}

func readCorpus(t testing.TB, part string) []corpusLine {
	t.Helper()
	files, err := corpusFiles(part)
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files in %s: %v", part, err)
	}
	var out []corpusLine
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for n := 1; sc.Scan(); n++ {
			fields := strings.Split(sc.Text(), "\t")
			if len(fields) != 4 {
				t.Fatalf("%s:%d: want 4 fields, got %d", f, n, len(fields))
			}
			sit, ok := ParseSituation(fields[1])
			if !ok || (fields[0] != "crisis" && fields[0] != "safe") {
				t.Fatalf("%s:%d: bad label or situation", f, n)
			}
			out = append(out, corpusLine{crisis: fields[0] == "crisis", situation: sit, lang: fields[2], text: fields[3]})
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// tally counts one language's results.
type tally struct {
	crisis, caught, sitRight, safe, flagged int
}

func (t tally) recall() float64   { return ratio(t.caught, t.crisis) }
func (t tally) falsePos() float64 { return ratio(t.flagged, t.safe) }
func (t tally) sitAcc() float64   { return ratio(t.sitRight, t.crisis) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (t *tally) add(o tally) {
	t.crisis += o.crisis
	t.caught += o.caught
	t.sitRight += o.sitRight
	t.safe += o.safe
	t.flagged += o.flagged
}

// measure runs the detector on every line; miss, when set, is told about
// each line it gets wrong.
func measure(lines []corpusLine, miss func(corpusLine, Result)) map[string]*tally {
	out := map[string]*tally{}
	for _, l := range lines {
		tl := out[l.lang]
		if tl == nil {
			tl = &tally{}
			out[l.lang] = tl
		}
		r := Detect(l.text)
		switch {
		case l.crisis:
			tl.crisis++
			if r.Crisis() {
				tl.caught++
			}
			if r.Situation == l.situation {
				tl.sitRight++
			}
		default:
			tl.safe++
			if r.Crisis() {
				tl.flagged++
			}
		}
		if miss != nil && (r.Crisis() != l.crisis || l.crisis && r.Situation != l.situation) {
			miss(l, r)
		}
	}
	return out
}

// table renders per-language figures, main languages first, then a total
// over the main languages.
func table(byLang map[string]*tally) (string, tally) {
	var b strings.Builder
	b.WriteString("| lang | crisis | recall | situation right | safe | false positives |\n")
	b.WriteString("|------|-------:|-------:|----------------:|-----:|----------------:|\n")
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	slices.SortFunc(langs, func(a, b string) int {
		ia, ib := slices.Index(mainLangs, a), slices.Index(mainLangs, b)
		if (ia < 0) != (ib < 0) {
			return ia*0 + map[bool]int{true: 1, false: -1}[ia < 0]
		}
		if ia >= 0 {
			return ia - ib
		}
		return strings.Compare(a, b)
	})
	var main tally
	row := func(name string, t tally) {
		fmt.Fprintf(&b, "| %s | %d | %.3f | %.3f | %d | %.3f |\n", name, t.crisis, t.recall(), t.sitAcc(), t.safe, t.falsePos())
	}
	for _, l := range langs {
		t := *byLang[l]
		if slices.Contains(mainLangs, l) {
			main.add(t)
		}
		row(l, t)
	}
	row("**nine main**", main)
	return b.String(), main
}

// parts are the corpus parts, in the order they are reported. Only the
// tune parts may be looked at line by line (-misses); the held-out part is
// measured as figures alone, by TestCorpusHeldout.
var tuneParts = []struct{ dir, title string }{{"tune", "Tune"}, {"tune2", "Tune 2"}, {"tune3", "Tune 3"}, {"tune4", "Tune 4"}, {"tune5", "Tune 5"}, {"tune6", "Tune 6"}, {"tune7", "Tune 7"}, {"tune8", "Tune 8"}, {"tune9", "Tune 9"}, {"tune10", "Tune 10"}, {"tune11", "Tune 11"}, {"tune12", "Tune 12"}, {"tune13", "Tune 13"}, {"tune14", "Tune 14"}, {"tune15", "Tune 15"}, {"tune16", "Tune 16"}, {"tune17", "Tune 17"}, {"tune18", "Tune 18"}, {"tune19", "Tune 19"}, {"tune20", "Tune 20"}, {"tune21", "Tune 21"}, {"tune22", "Tune 22"}, {"tune23", "Tune 23"}, {"tune24", "Tune 24"}, {"tune25", "Tune 25"}, {"tune26", "Tune 26"}, {"tune27", "Tune 27"}, {"tune28", "Tune 28"}, {"tune29", "Tune 29"}, {"tune30", "Tune 30"}, {"tune31", "Tune 31"}, {"tune32", "Tune 32"}, {"tune33", "Tune 33"}, {"tune33b", "Tune 33b"}, {"tune34", "Tune 34"}, {"tune34b", "Tune 34b"}, {"tune35", "Tune 35"}, {"tune36", "Tune 36"}, {"tune37", "Tune 37"}, {"tune38", "Tune 38"}, {"tune39", "Tune 39"}, {"tune40", "Tune 40"}, {"tune41", "Tune 41"}, {"tune42", "Tune 42"}, {"quiet1", "Quiet 1"}}

// validation are the parts kept to judge a change of the rules by: they
// are measured as figures alone, their lines never logged (-misses), so
// that no rule is written for them while the rules are being changed.
// tune11 and tune12 were, and tune14 and tune16 after them, each until
// the last forty minutes of the round that fitted it; the next fresh
// batch takes their place here. tune18 (recall 0.860 on arrival, 0.899
// after the rounds it judged) and tune28 (0.813 on arrival, English
// 0.788), both written by people who read neither the rules nor the other
// parts, were kept unread in the same way until the rules had stopped
// moving them; they were then read and fitted by concept, each rule
// tested on wordings of its own.
// tune30, written the same way (350 lines, 190 of them English), was
// measured when it arrived (recall 0.780, situation 0.776, false
// positives 0.018; English 0.736 and 0.016) and kept unread until the
// rules stopped moving it (0.784, English 0.736); it was then read and
// fitted by concept. tune31, written the same way (344 lines, 183 of them
// English), came at recall 0.733, situation 0.720, false positives 0.019
// (English 0.764 and 0.017), before the rules fitted on tune30, and was
// kept unread until the rules had stopped moving it (0.737, English
// 0.772); it was then read and fitted by concept, each idea in every
// language where it recurred. tune32, written the same way (343 lines,
// 183 of them English), came at recall 0.826, situation 0.809, false
// positives 0.028 (English 0.837 and 0.033), and was kept unread until
// the rules had stopped moving it (0.834, English 104 of 123); it was then
// read and its misses grouped by idea and by why the rules missed them.
// tune33, written the same way (344 lines, 184 of them English, leaning
// to flat plans told as chores, old and very young writers and
// euphemisms), came at recall 0.735, situation 0.731, false positives
// 0.009 (English 0.680 and 0.016), and was kept unread until the rules
// had been widened by idea and language on wordings written for that
// (tune33b); it was then read. tune34, written the same way (441 lines,
// 198 of them English, leaning to the other languages), came at recall
// 0.646, situation 0.630, false positives 0.029 (English 0.679 and
// 0.031), and was kept unread until the rules stopped moving it (0.675,
// English 91 of 134); it was then read, its misses grouped by concept and
// fitted in every language with wordings of their own (tune34b). tune35,
// written the same way (452 lines, 180 of them English), came at recall
// 0.771, situation 0.761, false positives 0.027 (English 0.762 and 0.080)
// and was kept unread until tune36 came (0.791 and 0.027 then); it was
// then read, its misses grouped by kind (the act left unnamed and told by
// what surrounds it) and fitted in every language where the kind exists
// (lexicon/xx.leftunnamed.txt): 1.000 and 0.000 after. tune36, written
// the same way (486 lines, 192 of them English), came at recall 0.837,
// situation 0.828, false positives 0.042 (English 0.853 and 0.071), and was
// kept unread until tune37 came (unchanged then); it was then read and its
// misses fitted by kind (lexicon/xx.placeandhour.txt, xx.covertrip.txt):
// 0.988 and 0.000 after. tune37, written the same way (476 lines, 190 of
// them English), came at recall 0.820, situation 0.817, false positives
// 0.025 (English 0.859 and 0.018); it was then read and its misses
// fitted by kind in every language where the kind exists (a question
// turned on the asker, farewell words then silence, a height looked down
// from now, papers kept, no more winters, a decision with its day, means
// gathered): 1.000 and 0.000 after, held-out unchanged (0.844 and 0.013).
// tune38 (512 lines, 195 of them English) came at recall 0.786,
// situation 0.780, false positives 0.008 (English 0.871 and 0.000) and
// was read after tune39 came. tune39 (487 lines, 198 of them English) came
// at recall 0.883, situation 0.877, false positives 0.033 and was read
// after tune40 came: its misses and near misses fitted by kind in every
// language where the kind exists (lexicon/xx.settledsigns.txt), 1.000 and
// 0.000 after, held-out unchanged (0.844 and 0.013). tune40 (453 lines, 183
// of them English; 45 lines worded like a line of an earlier part were left
// out, so that it measures wordings the rules have not met) came at recall
// 0.833, situation 0.827, false positives 0.029 (0.839 and 0.029 before it
// was read); it was then read and its misses and near misses fitted by
// kind in every language where the kind exists (lexicon/xx.lastcares.txt),
// 1.000 and 0.000 after, held-out unchanged (0.844 and 0.013). tune41 (451 lines, 180 of them
// English; 29 lines worded like a line of an earlier part were left out)
// came at recall 0.851, situation 0.842, false positives 0.018 (0.858 and
// 0.018 before it was read); it was then read and its misses and near
// misses fitted by kind in every language where the kind exists
// (lexicon/xx.quietends.txt), 1.000 and 0.000 after, held-out unchanged
// (0.844 and 0.013). tune42 (445 lines, 179 of them English; 34 lines
// worded like a line of an earlier part were left out) came at recall
// 0.823, situation 0.811, false positives 0.010 and is kept unread.
var validation = map[string]bool{"tune42": true}

// floor is the least recall and the most false positives a part may show.
type floor struct{ recall, falsePos float64 }

var tuneFloors = map[string]floor{
	"tune":    {tuneRecall, tuneFalsePos},
	"tune2":   {tune2Recall, tune2FalsePos},
	"tune3":   {tune3Recall, tune3FalsePos},
	"tune4":   {tune4Recall, tune4FalsePos},
	"tune5":   {tune5Recall, tune5FalsePos},
	"tune6":   {tune6Recall, tune6FalsePos},
	"tune7":   {tune7Recall, tune7FalsePos},
	"tune8":   {tune8Recall, tune8FalsePos},
	"tune9":   {tune9Recall, tune9FalsePos},
	"tune10":  {tune10Recall, tune10FalsePos},
	"tune11":  {tune11Recall, tune11FalsePos},
	"tune12":  {tune12Recall, tune12FalsePos},
	"tune13":  {tune13Recall, tune13FalsePos},
	"tune14":  {tune14Recall, tune14FalsePos},
	"tune15":  {tune15Recall, tune15FalsePos},
	"tune16":  {tune16Recall, tune16FalsePos},
	"tune17":  {tune17Recall, tune17FalsePos},
	"tune18":  {tune18Recall, tune18FalsePos},
	"tune19":  {tune19Recall, tune19FalsePos},
	"tune20":  {tune20Recall, tune20FalsePos},
	"tune21":  {tune21Recall, tune21FalsePos},
	"tune22":  {tune22Recall, tune22FalsePos},
	"tune23":  {tune23Recall, tune23FalsePos},
	"tune24":  {tune24Recall, tune24FalsePos},
	"tune25":  {tune25Recall, tune25FalsePos},
	"tune26":  {tune26Recall, tune26FalsePos},
	"tune27":  {tune27Recall, tune27FalsePos},
	"tune28":  {tune28Recall, tune28FalsePos},
	"tune29":  {tune29Recall, tune29FalsePos},
	"tune30":  {tune30Recall, tune30FalsePos},
	"tune31":  {tune31Recall, tune31FalsePos},
	"tune32":  {tune32Recall, tune32FalsePos},
	"tune33":  {tune33Recall, tune33FalsePos},
	"tune33b": {tune33bRecall, tune33bFalsePos},
	"tune34":  {tune34Recall, tune34FalsePos},
	"tune35":  {tune35Recall, tune35FalsePos},
	"tune36":  {tune36Recall, tune36FalsePos},
	"tune37":  {tune37Recall, tune37FalsePos},
	"tune38":  {tune38Recall, tune38FalsePos},
	"tune39":  {tune39Recall, tune39FalsePos},
	"tune40":  {tune40Recall, tune40FalsePos},
	"tune41":  {tune41Recall, tune41FalsePos},
	"tune42":  {tune42Recall, tune42FalsePos},
	"quiet1":  {quiet1Recall, quiet1FalsePos},
	"tune34b": {tune34bRecall, tune34bFalsePos},
}

// measured is one part's figures: per language, and over the main
// languages; bySit is the recall of each situation over the main languages.
type measured struct {
	dir, title string
	table      string
	main       tally
	bySit      string
}

func measurePart(t *testing.T, dir, title string, miss func(corpusLine, Result)) measured {
	t.Helper()
	lines := readCorpus(t, dir)
	tb, m := table(measure(lines, miss))
	return measured{dir: dir, title: title, table: tb, main: m, bySit: situationRecall(lines)}
}

// situationRecall renders, for each situation, how many crisis lines of
// the main languages are caught and how many get that situation.
func situationRecall(lines []corpusLine) string {
	var b strings.Builder
	b.WriteString("| situation | crisis | recall | situation right |\n")
	b.WriteString("|-----------|-------:|-------:|----------------:|\n")
	for _, sit := range []Situation{Self, Abuse, Other, Medical} {
		var tl tally
		for _, l := range lines {
			if !l.crisis || l.situation != sit || !slices.Contains(mainLangs, l.lang) {
				continue
			}
			tl.crisis++
			r := Detect(l.text)
			if r.Crisis() {
				tl.caught++
			}
			if r.Situation == sit {
				tl.sitRight++
			}
		}
		if tl.crisis > 0 {
			fmt.Fprintf(&b, "| %s | %d | %.3f | %.3f |\n", sit, tl.crisis, tl.recall(), tl.sitAcc())
		}
	}
	return b.String()
}

// report renders the summary over the main languages and one table per part.
func report(parts []measured) string {
	var sum, rest strings.Builder
	sum.WriteString("| part | crisis | recall | situation right | safe | false positives |\n")
	sum.WriteString("|------|-------:|-------:|----------------:|-----:|----------------:|\n")
	row := func(name string, t tally) {
		fmt.Fprintf(&sum, "| %s | %d | %.3f | %.3f | %d | %.3f |\n", name, t.crisis, t.recall(), t.sitAcc(), t.safe, t.falsePos())
	}
	var tuned tally
	var names []string
	for _, p := range parts {
		if p.dir != "heldout" {
			tuned.add(p.main)
			names = append(names, p.dir)
		}
	}
	for _, p := range parts {
		if p.dir == "heldout" {
			row("all tune parts ("+strings.Join(names, " + ")+")", tuned)
		}
		row(p.title, p.main)
		fmt.Fprintf(&rest, "\n### %s\n\n%s\n%s", p.title, p.table, p.bySit)
	}
	return "### Nine main languages\n\n" + sum.String() + rest.String()
}

func tuneMeasures(t *testing.T) []measured {
	missesIn := func(part string) func(corpusLine, Result) {
		if !*showMisses {
			return nil
		}
		return func(l corpusLine, r Result) {
			want := "safe"
			if l.crisis {
				want = l.situation.String()
			}
			t.Logf("%s %s: want %s, got %s: %s", part, l.lang, want, r.Situation, l.text)
		}
	}
	var out []measured
	for _, p := range tuneParts {
		if files, _ := corpusFiles(p.dir); len(files) == 0 {
			continue
		}
		miss := missesIn(p.dir)
		if validation[p.dir] {
			miss = nil
		}
		out = append(out, measurePart(t, p.dir, p.title, miss))
	}
	return out
}

// TestCorpus measures the detector on the tune parts of the crisis corpus
// and holds them to their goals and floors.
func TestCorpus(t *testing.T) {
	parts := tuneMeasures(t)
	t.Log("\n" + report(parts))
	for _, p := range parts {
		f := tuneFloors[p.dir]
		if r := p.main.recall(); r < f.recall {
			t.Errorf("%s recall %.3f, below %.2f", p.dir, r, f.recall)
		}
		if fp := p.main.falsePos(); fp > f.falsePos {
			t.Errorf("%s false positives %.3f, above %.2f", p.dir, fp, f.falsePos)
		}
	}
}

// TestCorpusHeldout measures the held-out part, figures only, and writes
// the full report (-report FILE).
func TestCorpusHeldout(t *testing.T) {
	held := measurePart(t, "heldout", "Held-out", nil)
	rep := report(append(tuneMeasures(t), held))
	t.Log("\n" + rep)
	apart, _ := heldoutApart(t)
	_, am := table(measure(apart, nil))
	t.Logf("held-out lines worded unlike any tune line, nine main languages: crisis %d, recall %.3f, situation right %.3f; safe %d, false positives %.3f",
		am.crisis, am.recall(), am.sitAcc(), am.safe, am.falsePos())
	if *reportFile != "" {
		if err := os.WriteFile(*reportFile, []byte(rep), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if r := held.main.recall(); r < heldoutRecall {
		t.Errorf("held-out recall %.3f, below the floor %.2f", r, heldoutRecall)
	}
	if f := held.main.falsePos(); f > heldoutFalsePo {
		t.Errorf("held-out false positives %.3f, above the ceiling %.2f", f, heldoutFalsePo)
	}
	if a := held.main.sitAcc(); a < heldoutSitAcc {
		t.Errorf("held-out situation accuracy %.3f, below the floor %.2f", a, heldoutSitAcc)
	}
}

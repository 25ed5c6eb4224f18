package compose

import (
	"os"
	"testing"

	"github.com/companion-dev/companion/agent/understand"
)

// occasionFolds is how many parts the tune corpus is cut into to measure
// the classifier on wordings it did not learn from.
const occasionFolds = 5

// wantOccasion is a corpus label as DetectOccasion returns it.
func wantOccasion(label string) Occasion {
	if label == noOccasion {
		return ""
	}
	return Occasion(label)
}

// TestOccasionCrossValidated measures, on each fifth of the tune corpus with
// a classifier trained on the other four, how often the patterns alone, the
// classifier alone and the two together (patterns first, the classifier
// when they find nothing) read the right occasion. Together must beat the
// patterns alone.
func TestOccasionCrossValidated(t *testing.T) {
	ex := readOccasions(occasionCorpus)
	if len(ex) < 300 {
		t.Fatalf("the tune corpus has %d wordings, want at least 300", len(ex))
	}
	var rules, learned, both int
	for f := range occasionFolds {
		var train []understand.Example
		for i, e := range ex {
			if i%occasionFolds != f {
				train = append(train, e)
			}
		}
		for i := range train {
			train[i].Text = occasionText(train[i].Text)
		}
		c := understand.Train(train)
		for i, e := range ex {
			if i%occasionFolds != f {
				continue
			}
			want := wantOccasion(e.Label)
			r := c.Classify(occasionText(e.Text))
			lo := wantOccasion(r.Label)
			ro := ruleOccasion(e.Text)
			bo := ro
			if bo == "" && r.Confidence >= learnedFloor {
				bo = lo
			}
			if ro == want {
				rules++
			}
			if lo == want {
				learned++
			}
			if bo == want {
				both++
			}
		}
	}
	n := float64(len(ex))
	t.Logf("occasion, %d-fold on %d tune wordings: patterns %.3f, classifier %.3f, together %.3f",
		occasionFolds, len(ex), float64(rules)/n, float64(learned)/n, float64(both)/n)
	if both <= rules {
		t.Errorf("patterns and classifier together read %d right, no more than the patterns alone (%d)", both, rules)
	}
}

// occasionHeldoutFloor is under the share of the held-out wordings read
// right when it was first measured (see TestOccasionHeldout), only to catch
// a collapse.
const occasionHeldoutFloor = 0.75

// TestOccasionHeldout measures DetectOccasion on the held-out wordings,
// written before the classifier and never learned from, and reports the
// share read right, nothing else.
func TestOccasionHeldout(t *testing.T) {
	raw, err := os.ReadFile("testdata/occasions/heldout.tsv")
	if err != nil {
		t.Skipf("no held-out occasions: %v", err)
	}
	occasionShare(t, "held-out", string(raw), occasionHeldoutFloor)
}

// occasionUnseenFloor is under the share of unseen.tsv read right when it
// was first measured, only to catch a collapse.
const occasionUnseenFloor = 0.6

// TestOccasionUnseen measures DetectOccasion on unseen.tsv: wordings written
// before the second round of training lines, in every occasion, and never
// learned from or tuned on. It reports the share read right.
func TestOccasionUnseen(t *testing.T) {
	raw, err := os.ReadFile("testdata/occasions/unseen.tsv")
	if err != nil {
		t.Fatalf("read unseen occasions: %v", err)
	}
	occasionShare(t, "unseen", string(raw), occasionUnseenFloor)
}

// occasionUnseen2Floor is under the share of unseen2.tsv read right when
// it was first measured, only to catch a collapse.
const occasionUnseen2Floor = 0.6

// TestOccasionUnseen2 measures DetectOccasion on unseen2.tsv: wordings
// written before the third round of training lines and never learned
// from. It reports the share read right.
func TestOccasionUnseen2(t *testing.T) {
	raw, err := os.ReadFile("testdata/occasions/unseen2.tsv")
	if err != nil {
		t.Fatalf("read unseen occasions: %v", err)
	}
	occasionShare(t, "unseen2", string(raw), occasionUnseen2Floor)
}

// occasionShare reports the share of a part's wordings read right by the
// patterns alone and with the classifier, and holds the second to floor.
func occasionShare(t *testing.T, part, raw string, floor float64) {
	t.Helper()
	ex := readOccasions(raw)
	var rules, both int
	for _, e := range ex {
		if ruleOccasion(e.Text) == wantOccasion(e.Label) {
			rules++
		}
		if DetectOccasion(e.Text) == wantOccasion(e.Label) {
			both++
		}
	}
	n := float64(max(len(ex), 1))
	t.Logf("occasion %s: %d wordings, patterns alone %.3f, patterns and classifier %.3f", part, len(ex), float64(rules)/n, float64(both)/n)
	if float64(both)/n < floor {
		t.Errorf("%s occasion share %.3f is under %.2f", part, float64(both)/n, floor)
	}
}

// TestOccasionWordings are wordings the patterns alone misread or missed.
func TestOccasionWordings(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Occasion
	}{
		{"its my best friend keiko's 30th bday tmrw", Birthday},
		{"my grandad turns 90 on sunday", Birthday},
		{"i never properly thanked her", Thanks},
		{"i texted omar two weeks ago about his new job and got nothing back", FollowUp},
		{"watched a film last night, can u help me text my mate rob to recommend it", Thinking},
		{"ive been having a rough time since my breakup and i want to ask my brother to call me", Support},
		{"i havent seen sam since his mums funeral 3 years ago", Reconnect},
		{"we haven't talked since her dad's funeral, and i want to send my condolences now", Condolence},
		{"my mate won gold at the regional swim meet", Congrats},
		{"i havent written to my aunt since before the pandemic", Reconnect},
		{"she hasnt messaged since her birthday party", FollowUp},
		{"went on two dates with sam and he never texted back", FollowUp},
		{"im so sorry but i cant make her hen do", Apology},
		{"i want to say im so sorry for her loss", Condolence},
		{"check in on my mate, his cafe just went under", HardTime},
		{"help me write to my friend", ""},
		{"casual", ""},
		{"hold off on ana for a month", ""},
		{"my oldest friend ignores all my texts now and it really hurts", ""},
	} {
		if got := DetectOccasion(tc.text); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// occasionUnseen3Floor is under the share of unseen3.tsv read right when
// it was first measured, only to catch a collapse.
const occasionUnseen3Floor = 0.6

// TestOccasionUnseen3 measures DetectOccasion on unseen3.tsv: wordings
// written before the training lines of the same round, in words of their
// own (a year older, hits 21, flaked on, bury the hatchet).
func TestOccasionUnseen3(t *testing.T) {
	raw, err := os.ReadFile("testdata/occasions/unseen3.tsv")
	if err != nil {
		t.Fatalf("read unseen occasions: %v", err)
	}
	occasionShare(t, "unseen3", string(raw), occasionUnseen3Floor)
}

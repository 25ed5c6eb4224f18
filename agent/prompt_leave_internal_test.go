package agent

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLeavingNow(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"right, need to head out, back later", true},
		{"shoot my train's here — gtg", true},
		{"ok talk to you tomorrow", true},
		{"i'll finish this tonight", true},
		{"sorry, have to run now", true},
		{"ok going to bed now, good night", true},
		{"time for bed sorry", true},
		{"i need to be left alone when i'm going to bed", false},
		{"we can carry on with it tomorrow", true},
		{"I have to go to work early most days so evenings are hard", false},
		{"she had to leave for Berlin last year", false},
		{"we talk later in the week usually", false},
		{"i never call first, i leave it to them", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := leavingNow(tt.text); got != tt.want {
				t.Errorf("leavingNow(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestAwayBriefly(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"ugh hold on someone's at the door", true},
		{"one sec", true},
		{"brb", true},
		{"hang on, phone", true},
		{"gotta get the door", true},
		{"give me a min", true},
		{"sorry, kettle's boiling", true},
		{"hmm just a moment, my boss is calling", true},
		{"i'm getting a call, two secs", true},
		{"be right back", true},
		{"my mum", false},
		{"phone", false},
		{"calls with my brother on sundays", false},
		{"i always say one sec and then forget to reply for days", false},
		{"wait what do you mean", false},
		{"hold on to the people who stay, i guess", false},
		{"check on my mum next week", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := awayBriefly(tt.text); got != tt.want {
				t.Errorf("awayBriefly(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestBackAfterAway(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"ok im back", true},
		{"back", false},
		{"sorry about that", true},
		{"im back now", true},
		{"right, sorry for the wait", true},
		{"back to normal with my sister, finally", false},
		{"here and there, mostly texts", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := reBackAfterAway.MatchString(foldText(tt.text)); got != tt.want {
				t.Errorf("back after away %q = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestQuestionBack(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"and how would you answer it", "back"},
		{"you go first lol", "back"},
		{"hmm why do you want to know", "why"},
		{"how does any of this help", "why"},
		{"sorry what does that mean", "unclear"},
		{"i'm confused about what you are asking", "unclear"},
		{"could you say that another way", "unclear"},
		{"i'm not sure", ""},
		{"i don't understand why she stopped replying", ""},
		{"what would you say to a friend who cancels all the time", ""},
		{"why do i always wait for them to text first", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := questionBack(foldText(tt.text)); got != tt.want {
				t.Errorf("questionBack(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestAnswersNotLeavingNorQuestionBack: no answer of the reflection
// corpora reads as a leaving or as words to the question.
func TestAnswersNotLeavingNorQuestionBack(t *testing.T) {
	files, _ := filepath.Glob("testdata/reflect/fresh*.tsv")
	if len(files) == 0 {
		t.Fatal("no reflection corpora")
	}
	n := 0
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 3 || strings.HasPrefix(cols[0], "#") {
				continue
			}
			n++
			if leavingNow(cols[2]) {
				t.Errorf("%s: answer read as leaving: %q", file, cols[2])
			}
			if awayBriefly(cols[2]) {
				t.Errorf("%s: answer read as stepping away: %q", file, cols[2])
			}
			if k := questionBack(foldText(cols[2])); k != "" {
				t.Errorf("%s: answer read as %q to the question: %q", file, k, cols[2])
			}
		}
		f.Close()
	}
	if n < 1000 {
		t.Errorf("read %d answers, want the whole corpora", n)
	}
}

package revise

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// sentenceCount counts the sentences of a message the plain way: marks
// followed by a space or the end.
func sentenceCount(s string) int {
	return len(regexp.MustCompile(`[.!?…]+(?:\s|$)|,\n`).FindAllString(strings.TrimSpace(s)+" ", -1))
}

func hasEmoji(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= 0x1F300 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF })
}

func contractionCount(s string) int {
	return len(regexp.MustCompile(`(?i)\b\w+['’](?:m|re|ve|ll|d|t)\b|\b(?:it|that|there|what|he|she|who|here|where|how)['’]s\b`).FindAllString(s, -1))
}

// check is what must be true after a request; err is what Apply returned.
type check func(d testDraft, before, after string, err error) error

func mustChange(before, after string, err error) error {
	if err != nil {
		return fmt.Errorf("Apply failed: %v", err)
	}
	if after == before {
		return errors.New("text unchanged")
	}
	return nil
}

var warmWords = regexp.MustCompile(`(?i)\b(?:love|glad|happy|proud|mind|missed|value|valued|pleasure|keeping well|sending|matter|means|thoughts|thinking of you|alone|catch up|appreciate|lucky)\b`)

var needyWords = regexp.MustCompile(`(?i)miss you|haven't heard back|why haven't you|please reply|sorry to bother|10 days`)

var gushWords = regexp.MustCompile(`(?i)miss you|love you|so proud|so much love|mean(?:t)? the world|lucky to have you|care about you a lot`)

// requestChecks pairs each plain-word request with what it must do to
// every test draft.
var requestChecks = []struct {
	request string
	check   check
}{
	{"more short please", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if len(a) >= len(b) || sentenceCount(a) > sentenceCount(b) {
			return fmt.Errorf("not shorter: %d→%d chars, %d→%d sentences", len(b), len(a), sentenceCount(b), sentenceCount(a))
		}
		if sentenceCount(b) > 3 && sentenceCount(a) >= sentenceCount(b) {
			return fmt.Errorf("no sentence fewer: %d→%d", sentenceCount(b), sentenceCount(a))
		}
		if !strings.Contains(a, d.key) {
			return fmt.Errorf("lost the key detail %q", d.key)
		}
		if strings.Contains(b, "?") && !strings.Contains(a, "?") {
			return errors.New("lost the question")
		}
		if first := strings.Fields(b)[0]; !strings.HasPrefix(a, strings.TrimRight(first, "!,")) {
			return fmt.Errorf("lost the opening %q", first)
		}
		return nil
	}},
	{"longer", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if len(a) <= len(b) || sentenceCount(a) != sentenceCount(b)+1 {
			return fmt.Errorf("not one sentence longer: %d→%d sentences", sentenceCount(b), sentenceCount(a))
		}
		if d.distant && regexp.MustCompile(`(?i)missed|love`).MatchString(a) && !regexp.MustCompile(`(?i)missed|love`).MatchString(b) {
			return errors.New("a close line to a distant tie")
		}
		return nil
	}},
	{"bit warmer?", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if len(warmWords.FindAllString(a, -1)) <= len(warmWords.FindAllString(b, -1)) {
			return errors.New("no warm words added")
		}
		if d.distant && strings.Contains(a, "missed") {
			return errors.New("'missed' to a distant tie")
		}
		if d.name == "condolence" && regexp.MustCompile(`(?i)celebrat|catch up|proud`).MatchString(a) {
			return errors.New("a line that does not fit a condolence")
		}
		return nil
	}},
	{"cooler / less intense", func(d testDraft, b, a string, err error) error {
		// The weight of a sympathy or an apology ("so sorry") is never
		// something to cool, so only the other sentences count.
		var rest []string
		for _, s := range parse(b, d.recipient).body {
			if !sympathyRe.MatchString(s) {
				rest = append(rest, s)
			}
		}
		if r := strings.Join(rest, " "); !gushWords.MatchString(r) && !strings.Contains(b, "!") && !regexp.MustCompile(`(?i)\b(?:really|so|very)\b`).MatchString(r) {
			if !errors.Is(err, ErrUnchanged) {
				return fmt.Errorf("nothing to cool, want ErrUnchanged, got %v", err)
			}
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if len(gushWords.FindAllString(a, -1)) > len(gushWords.FindAllString(b, -1)) || strings.Count(a, "!") > strings.Count(b, "!") {
			return errors.New("warmer, not cooler")
		}
		if strings.Contains(a, "!") {
			return errors.New("exclamation marks left")
		}
		return nil
	}},
	{"more casual", func(d testDraft, b, a string, err error) error {
		if errors.Is(err, ErrUnchanged) {
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if contractionCount(a) < contractionCount(b) || strings.HasPrefix(a, "Dear") {
			return errors.New("not more casual")
		}
		return nil
	}},
	{"more formal", func(d testDraft, b, a string, err error) error {
		if errors.Is(err, ErrUnchanged) && contractionCount(b) == 0 && !strings.Contains(b, "!") {
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if contractionCount(a) != 0 || strings.Contains(a, "!") || hasEmoji(a) {
			return fmt.Errorf("still casual: %d contractions", contractionCount(a))
		}
		return nil
	}},
	{"can u make it less needy", func(d testDraft, b, a string, err error) error {
		if needyWords.MatchString(b) {
			if err := mustChange(b, a, err); err != nil {
				return err
			}
			if needyWords.MatchString(a) {
				return fmt.Errorf("still needy: %q", needyWords.FindString(a))
			}
			if !strings.Contains(a, "?") {
				return errors.New("left without a question")
			}
			return nil
		}
		if errors.Is(err, ErrUnchanged) {
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if !regexp.MustCompile(`(?i)no pressure|no need to reply`).MatchString(a) {
			return errors.New("pressure not taken off")
		}
		return nil
	}},
	{"less like a robot", func(d testDraft, b, a string, err error) error {
		if errors.Is(err, ErrUnchanged) {
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		stock := regexp.MustCompile(`(?i)finds you well|I am writing|reach out|news from`)
		if len(stock.FindAllString(a, -1)) > len(stock.FindAllString(b, -1)) || contractionCount(a) < contractionCount(b) && len(a) >= len(b) {
			return errors.New("stiffer than before")
		}
		return nil
	}},
	{"remove the exclamation mark", func(d testDraft, b, a string, err error) error {
		if !strings.Contains(b, "!") {
			if !errors.Is(err, ErrUnchanged) || a != b {
				return fmt.Errorf("no mark to remove: want ErrUnchanged, got %v", err)
			}
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if strings.Contains(a, "!") {
			return errors.New("an exclamation mark is left")
		}
		if strings.ReplaceAll(fold(a), " ", "") != strings.ReplaceAll(fold(b), " ", "") {
			return errors.New("words changed too")
		}
		return nil
	}},
	{"add a 🎉", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if strings.Count(a, "🎉") != 1 || strings.Replace(a, " 🎉", "", 1) != b {
			return errors.New("not just one 🎉 added")
		}
		return nil
	}},
	{"put a heart emoji", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if !strings.Contains(a, "❤") {
			return errors.New("no heart")
		}
		return nil
	}},
	{"add an emoji", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if len([]rune(a)) <= len([]rune(b)) || !hasEmoji(strings.Replace(a, b, "", 1)+a[len(a)-4:]) {
			return errors.New("no emoji added")
		}
		if d.name == "condolence" && strings.Contains(a, "🎉") {
			return errors.New("a party emoji on a condolence")
		}
		return nil
	}},
	{"say I will visit her in december", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if !strings.Contains(a, "I'll visit you in December.") && !strings.Contains(a, "I will visit you in December.") {
			return errors.New("the visit is not there, in the second person")
		}
		if strings.HasSuffix(strings.TrimSpace(b), "?") && !strings.HasSuffix(strings.TrimSpace(a), "?") {
			return errors.New("the question is no longer last")
		}
		return nil
	}},
	{"add that i'm sorry i missed her party", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if !strings.Contains(a, "sorry I missed your party") && !strings.Contains(a, "I am sorry I missed your party") {
			return errors.New("the apology is not there, in the second person")
		}
		return nil
	}},
	{"take out the bit about work", func(d testDraft, b, a string, err error) error {
		work := regexp.MustCompile(`(?i)\b(?:work|worked|job|office|career)\b`)
		if !work.MatchString(b) {
			if !errors.Is(err, ErrNotFound) || a != b {
				return fmt.Errorf("nothing about work: want ErrNotFound, got %v", err)
			}
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if work.MatchString(a) {
			return errors.New("work is still there")
		}
		return nil
	}},
	{"start with good morning", func(d testDraft, b, a string, err error) error {
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if !strings.HasPrefix(a, "Good morning") {
			return errors.New("does not start with Good morning")
		}
		if d.recipient != "" && !strings.Contains(a, d.recipient) {
			return errors.New("lost the name")
		}
		return nil
	}},
	{"remove the question", func(d testDraft, b, a string, err error) error {
		if !strings.Contains(b, "?") {
			if !errors.Is(err, ErrNotFound) {
				return fmt.Errorf("no question: want ErrNotFound, got %v", err)
			}
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if strings.Count(a, "?") >= strings.Count(b, "?") {
			return errors.New("the question is still there")
		}
		return nil
	}},
	{"no emojis", func(d testDraft, b, a string, err error) error {
		if !hasEmoji(b) {
			if !errors.Is(err, ErrUnchanged) {
				return fmt.Errorf("no emoji: want ErrUnchanged, got %v", err)
			}
			return nil
		}
		if err := mustChange(b, a, err); err != nil {
			return err
		}
		if hasEmoji(a) {
			return errors.New("an emoji is left")
		}
		return nil
	}},
}

// TestApplyPlainRequests parses each plain-word request and applies it to
// every test draft, checking that the change really happened.
func TestApplyPlainRequests(t *testing.T) {
	for _, rc := range requestChecks {
		r, ok := Parse(rc.request)
		if !ok {
			t.Errorf("Parse(%q) understood nothing", rc.request)
			continue
		}
		for _, d := range testDrafts {
			t.Run(rc.request+"/"+d.name, func(t *testing.T) {
				got, err := Apply(d.text, r, Context{Recipient: d.recipient, Distant: d.distant})
				if cerr := rc.check(d, d.text, got, err); cerr != nil {
					t.Errorf("%v\nbefore: %s\n after: %s", cerr, d.text, got)
				}
				if err != nil && got != d.text {
					t.Errorf("Apply returned %v and a changed text", err)
				}
				if strings.Contains(got, "  ") || strings.Contains(got, " .") || strings.Contains(got, "..") {
					t.Errorf("untidy spacing or marks: %q", got)
				}
				for _, r := range got {
					if r == unicode.ReplacementChar {
						t.Errorf("broken text: %q", got)
					}
				}
			})
		}
	}
}

// TestShorterUntilItStops shortens again and again: each step is shorter
// than the one before, and it ends with ErrUnchanged, never a longer text.
func TestShorterUntilItStops(t *testing.T) {
	for _, d := range testDrafts {
		t.Run(d.name, func(t *testing.T) {
			text := d.text
			for i := 0; ; i++ {
				out, err := Apply(text, Request{Kind: Shorter}, Context{Recipient: d.recipient})
				if errors.Is(err, ErrUnchanged) {
					break
				}
				if err != nil || len(out) >= len(text) {
					t.Fatalf("step %d: %v, %d→%d chars", i, err, len(text), len(out))
				}
				if strings.Contains(text, "?") && !strings.Contains(out, "?") {
					t.Fatalf("step %d lost the question: %s", i, out)
				}
				text = out
				if i > 10 {
					t.Fatal("never stops shortening")
				}
			}
		})
	}
}

// TestShorterKeepsTheOccasionWord checks that shortening never cuts the
// words that say what the message is for.
func TestShorterKeepsTheOccasionWord(t *testing.T) {
	for _, text := range []string{
		"Hi Tomas! I heard you passed your driving test — congratulations! What's next?",
		"Hey Lena. I missed your leaving drinks, and I'm really sorry. Can we get coffee soon?",
	} {
		out, err := Apply(text, Request{Kind: Shorter}, Context{Recipient: "x"})
		for errors.Is(err, nil) && out != text {
			text = out
			out, err = Apply(text, Request{Kind: Shorter}, Context{Recipient: "x"})
		}
		if !occasionWord.MatchString(text) {
			t.Errorf("shortened to %q, the occasion word lost", text)
		}
	}
}

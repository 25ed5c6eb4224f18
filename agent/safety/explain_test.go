package safety

import (
	"flag"
	"strings"
	"testing"
)

var explainText = flag.String("explain", "", "log, for this message, its words and every lexicon line that matches it")

// explain lists the lexicon lines that match text: near misses first, as
// Detect applies them, then the rest on the words they leave.
func (d *Detector) explain(text string) []string {
	toks, _ := unquote(d.words(text, nil))
	out := []string{"words: " + strings.Join(toks, " ")}
	var p presence
	d.present(toks, &p)
	d.hideNearMisses(toks, d.language(toks), &p, func(s span) {
		out = append(out, d.rules[s.rule].src+":"+itoa(d.rules[s.rule].line)+" not: "+strings.Join(toks[s.start:s.end], " "))
	})
	for _, s := range d.matches(toks, &p, nil) {
		name := [...]string{"self", "abuse", "other", "medical", "third", "first", "grave", "young"}[s.kind]
		out = append(out, d.rules[s.rule].src+":"+itoa(d.rules[s.rule].line)+" "+name+": "+strings.Join(toks[s.start:s.end], " "))
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestExplain logs why a message is read as it is (-explain TEXT); with
// no message it checks that a plain crisis line is explained by a rule.
func TestExplain(t *testing.T) {
	text := *explainText
	if text == "" {
		text = "i want to kill myself"
	}
	lines := Default().explain(text)
	for _, l := range lines {
		t.Log(l)
	}
	t.Logf("detect: %v", Detect(text))
	if *explainText == "" && (len(lines) < 2 || !Detect(text).Crisis()) {
		t.Errorf("explain(%q) = %q, want a matching rule", text, lines)
	}
}

var broadRules = flag.Bool("broad", false, "log, for every safe tune line, the lines that would match it without the near misses")

// TestBroad lists the rules the near misses had to hold back on safe
// tune lines (-broad): the broad ones.
func TestBroad(t *testing.T) {
	if !*broadRules {
		t.Skip("-broad not set")
	}
	d := Default()
	count := map[string]int{}
	for _, p := range tuneParts {
		files, _ := corpusFiles(p.dir)
		if len(files) == 0 {
			continue
		}
		for _, l := range readCorpus(t, p.dir) {
			if l.crisis {
				continue
			}
			toks := d.words(l.text, nil)
			var pr presence
			d.present(toks, &pr)
			for _, s := range d.matches(toks, &pr, nil) {
				if s.kind > kindMedical {
					continue
				}
				key := d.rules[s.rule].src + ":" + itoa(d.rules[s.rule].line)
				count[key]++
				t.Logf("%s %s [%s] %s", p.dir, key, strings.Join(toks[s.start:s.end], " "), l.text)
			}
		}
	}
	t.Log(count)
}

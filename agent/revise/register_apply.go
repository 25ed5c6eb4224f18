package revise

import (
	"regexp"
	"strings"
)

var (
	greetWord  = regexp.MustCompile(`(?i)^(hi there|hey there|good morning|good afternoon|good evening|hello|hiya|heya|hi|hey|dear|morning|evening|yo|howdy)\b`)
	formalSign = regexp.MustCompile(`(?i)^(?:best regards|kind regards|warm regards|warmest regards|regards|yours sincerely|sincerely|best wishes|yours)\b[,.]?`)
	casualSign = regexp.MustCompile(`(?i)^(?:lots of love|all my love|love|cheers|xx+|x|hugs|speak soon|talk soon)\b[,.!]?`)
)

// casualFrames are openings that drop their "I" in a casual message.
var casualFrames = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`^I hope you are (well|ok|okay|doing well)\b`), "Hope you're $1"},
	{regexp.MustCompile(`^I hope\b`), "Hope"},
	{regexp.MustCompile(`^I've been meaning\b`), "Been meaning"},
	{regexp.MustCompile(`^I was just thinking\b`), "Was just thinking"},
	{regexp.MustCompile(`^Thank you\b`), "Thanks"},
}

// casualFrame drops the "I" from the openings that allow it.
func (d *draft) casualFrame() {
	for i, s := range d.body {
		for _, f := range casualFrames {
			if t := f.re.ReplaceAllString(s, f.with); t != s {
				d.body[i] = t
				break
			}
		}
	}
	d.lowerAfterComma()
}

// casual contracts, greets with "Hey" and signs off like a friend.
func (d *draft) casual() error {
	for i, s := range d.body {
		d.body[i] = contractAll(s)
	}
	d.casualFrame()
	for i, s := range d.body {
		d.body[i] = replaceWord(s, "congratulations", func(string) (string, bool) { return "congrats", true })
	}
	if d.greeting != "" {
		d.greeting = casualGreeting(d.greeting)
	}
	if m := formalSign.FindString(d.signoff); m != "" {
		d.signoff = "Take care" + strings.TrimPrefix(d.signoff, m)
		if strings.HasSuffix(m, ",") {
			d.signoff = "Take care," + strings.TrimPrefix(d.signoff, "Take care")
		}
	}
	return nil
}

// lowerAfterComma starts the first sentence in lower case after a
// greeting that ends with a comma on the same line ("Hi Sam, it's been").
func (d *draft) lowerAfterComma() {
	if strings.HasSuffix(d.greeting, ",") && d.greetSep == " " && len(d.body) > 0 {
		d.body[0] = lowerCommon(d.body[0])
	}
}

// casualGreeting turns "Dear Sam," into "Hi Sam," and "Hi Sam!" into
// "Hey Sam!".
func casualGreeting(g string) string {
	m := greetWord.FindString(g)
	switch strings.ToLower(m) {
	case "dear", "hello", "good afternoon", "good evening", "good morning", "hi there":
		with := "Hi"
		if strings.EqualFold(m, "good morning") {
			with = "Morning"
		}
		return with + g[len(m):]
	case "hi", "hiya":
		return "Hey" + g[len(m):]
	}
	return g
}

// casualWords are swapped for plainer ones in a formal message.
var casualWords = [][2]string{
	{"congrats", "congratulations"}, {"thanks", "thank you"}, {"awesome", "wonderful"}, {"super", "very"},
	{"stuff", "things"}, {"guys", "everyone"}, {"mate", "friend"}, {"catch up", "catch up"},
}

var laughRe = regexp.MustCompile(`(?i)\s*\b(?:lol|haha+|hehe+|lmao|omg)\b[.!]?`)

// formalFrame finds a clipped "Hope" opening, which formal writing says in full.
var formalFrame = regexp.MustCompile(`^(?:Hope|hope)\b`)

// formal writes words out in full, greets with "Dear", and drops the
// exclamation marks, emoji and chat words.
func (d *draft) formal(c Context) error {
	for i, s := range d.body {
		s = laughRe.ReplaceAllString(s, "")
		s = expandAll(s)
		for _, w := range casualWords {
			s = replaceWord(s, w[0], func(string) (string, bool) { return w[1], true })
		}
		s = formalFrame.ReplaceAllString(s, "I hope")
		s = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(s, "!!", "!"), "?!", "?"), "!", ".")
		d.body[i] = strings.TrimSpace(stripEmoji(s))
	}
	d.body = nonEmpty(d.body)
	name := greetingName(d.greeting)
	if name == "" {
		name = c.Recipient
	}
	plainHello := d.greeting == "" || greetWord.MatchString(d.greeting) || strings.EqualFold(greetingName(d.greeting), strings.TrimRight(d.greeting, "!, "))
	switch {
	case strings.HasPrefix(strings.ToLower(d.greeting), "dear"):
	case plainHello && name != "":
		d.greeting = "Dear " + name + ","
	case plainHello && d.greeting != "":
		d.greeting = "Hello,"
	default:
		d.greeting = strings.ReplaceAll(d.greeting, "!", ",")
	}
	d.lowerAfterComma()
	if m := casualSign.FindString(d.signoff); m != "" {
		d.signoff = "Best wishes" + strings.TrimPrefix(d.signoff, m)
		if strings.HasSuffix(m, ",") || strings.Contains(d.signoff, "\n") {
			d.signoff = "Best wishes," + strings.TrimPrefix(d.signoff, "Best wishes")
		}
		d.signoff = strings.TrimRight(strings.ReplaceAll(d.signoff, "xx", ""), " x")
	}
	return nil
}

// greetingName is the name in a greeting: "Hey Sam!" → "Sam", "Happy
// birthday, Gran!" → "Gran".
func greetingName(g string) string {
	w := greetWord.FindString(g)
	if w == "" {
		if i := strings.LastIndex(g, ","); i >= 0 {
			w = g[:i+1]
		} else if isName(strings.Fields(g + " x")[0]) && wordCount(g) <= 2 {
			w = ""
		} else {
			return ""
		}
	}
	rest := strings.TrimSpace(g[len(w):])
	rest = strings.TrimRight(stripEmoji(rest), " ,!.:")
	rest = strings.TrimLeft(rest, ", ")
	if rest == "" || strings.EqualFold(rest, "there") || strings.EqualFold(rest, "you") || strings.EqualFold(rest, "all") {
		return ""
	}
	return rest
}

func nonEmpty(body []string) []string {
	var out []string
	for _, s := range body {
		if fold(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

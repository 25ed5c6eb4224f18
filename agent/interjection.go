package agent

import (
	"regexp"
	"strings"
)

// An exclamation at the start of a message ("oh no i forgot priyanka's
// birthday", "omg my sister got the job", "ugh, i think i upset my mum")
// carries a feeling, not a request, and it is not part of what is told: a
// draft never repeats it, and the rules that read what the message is
// should see the same sentence with or without it. dropInterjection takes
// it off when a full statement follows; alone ("oh no", "omg") or before a
// reply word ("oh no thanks"), the message stays as it was.

// reInterjection is a leading exclamation, with the punctuation after it,
// followed by the start of a statement.
var reInterjection = regexp.MustCompile(`(?i)^(?:oh+ (?:no+|god|gosh|my god|my gosh|man|dear|wow|boy|jeez)|o+m+f?g+|ugh+|u+r+g+h+|a+r+g+h+|oops+|whoops+|welp|dam+n+|dammit|dang|man|dude|bruh+|lol+|lmao+|ha(?:ha)+|wo+w+|yikes|jee+z|gee+z|a+h+|a+w+|oh+)(?:[\s,.!…-]+(?:o+m+f?g+|ugh+|lol+|ha(?:ha)+))?[\s,.!…-]+((?:i|i'm|im|i've|ive|i'd|id|my|we|we're|our|she|she's|shes|he|he's|hes|they|they're|their|it|it's|its|that|this|the|so|just|someone|somebody|everyone|nobody|me and|i just|i think)\b.*)$`)

// dropInterjection is s without a leading exclamation before a statement
// of at least three words.
func dropInterjection(s string) string {
	m := reInterjection.FindStringSubmatch(s)
	if m == nil || len(strings.Fields(m[1])) < 3 {
		return s
	}
	return m[1]
}

package compose

import (
	"regexp"
	"strings"
)

// relationBesideName joins who the recipient is to the writer to their
// name when the two are set apart by commas, so that both are read as the
// recipient: "my sister's husband, Andrés, drove 4 hours" reads "my
// sister's husband Andrés drove 4 hours", never a detail "my sister's
// husband" of its own. A relation said with where it comes from is left
// out: "my mentor from the bootcamp, gabriela, helped me" reads "gabriela
// helped me".
func relationBesideName(text, name string) string {
	if strings.TrimSpace(name) == "" {
		return text
	}
	re, err := regexp.Compile(`(?i)(^|[.!?]\s+|,\s+|\band\s+|\bso\s+)((?:my|our)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+),\s*(` + regexp.QuoteMeta(strings.TrimSpace(name)) + `)\s*,\s*`)
	if err != nil {
		return text
	}
	return re.ReplaceAllStringFunc(text, func(m string) string {
		g := re.FindStringSubmatch(m)
		if relationWhere.MatchString(g[2]) {
			// "my mentor from the bootcamp, gabriela,": where they are
			// from would hide the name from the one who did it.
			return g[1] + g[3] + " "
		}
		return g[1] + g[2] + " " + g[3] + " "
	})
}

// relationWhere is a relation said with where it comes from: "my friend from
// secondary", "my coach at the club".
var relationWhere = regexp.MustCompile(`(?i)\s(?:from|at|in|on|of|with)\s`)

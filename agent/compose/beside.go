package compose

import (
	"regexp"
	"strings"
)

// relationBesideName joins who the recipient is to the writer to their
// name when the two are set apart by commas, so that both are read as the
// recipient: "my sister's husband, Andrés, drove 4 hours" reads "my
// sister's husband Andrés drove 4 hours", never a detail "my sister's
// husband" of its own.
func relationBesideName(text, name string) string {
	if strings.TrimSpace(name) == "" {
		return text
	}
	re, err := regexp.Compile(`(?i)(^|[.!?]\s+|,\s+|\band\s+|\bso\s+)((?:my|our)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+),\s*(` + regexp.QuoteMeta(strings.TrimSpace(name)) + `)\s*,\s*`)
	if err != nil {
		return text
	}
	return re.ReplaceAllString(text, "${1}${2} ${3} ")
}

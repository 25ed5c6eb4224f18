// Package count reads the numbers people write in words when they say how
// many or how long: "seven years", "twelve weeks", "twenty-five years".
package count

import (
	"strconv"
	"strings"
)

// units and tens are the number words, by value.
var (
	units = strings.Fields(`zero one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen`)
	tens = strings.Fields(`_ _ twenty thirty forty fifty sixty seventy eighty ninety`)
)

// Words is a regular expression fragment, without groups, for a count from
// one to ninety-nine written in words or digits ("7", "seven",
// "twenty-five", "twenty five"). Longer words come first so that
// "seventeen" is never read as "seven".
var Words = words()

func words() string {
	var ws []string
	for i := len(tens) - 1; i >= 2; i-- {
		ws = append(ws, tens[i]+`(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`)
	}
	for i := len(units) - 1; i >= 1; i-- {
		ws = append(ws, units[i])
	}
	return `(?:\d+|` + strings.Join(ws, "|") + `)`
}

// Value is the number s says, in digits or words ("7", "Seven",
// "twenty-five"), and whether it says one.
func Value(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if s == "a" || s == "an" {
		return 1, true
	}
	for i, u := range units {
		if s == u {
			return i, true
		}
	}
	ten, unit, _ := strings.Cut(strings.ReplaceAll(s, "-", " "), " ")
	for i, t := range tens {
		if i < 2 || t != ten {
			continue
		}
		if unit == "" {
			return i * 10, true
		}
		for j, u := range units[1:10] {
			if u == unit {
				return i*10 + j + 1, true
			}
		}
	}
	return 0, false
}

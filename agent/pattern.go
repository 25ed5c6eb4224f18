package agent

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// pattern is a compiled regular expression with a cheap pre-check: the
// literal strings at least one of which every match contains. Most messages
// contain none of a rule's words, and a few substring searches are far
// cheaper than running the expression; when one is found, or when the
// expression has no such literals, the expression decides.
//
// The methods defined here check first; the rest of *regexp.Regexp's methods
// run the expression directly.
type pattern struct {
	*regexp.Regexp
	need []string // nil: no pre-check
}

// patterns lists every pattern built, so that tests can check each pre-check
// against its expression.
var patterns []pattern

// mustPattern compiles expr like regexp.MustCompile and works out its
// pre-check. Call it at package initialisation only.
func mustPattern(expr string) pattern {
	p := compilePattern(expr)
	patterns = append(patterns, p)
	return p
}

// compilePattern compiles expr and works out its pre-check.
func compilePattern(expr string) pattern {
	p := pattern{Regexp: regexp.MustCompile(expr)}
	if re, err := syntax.Parse(expr, syntax.Perl); err == nil {
		if set, ok := required(re); ok && minLen(set) >= minNeedLen {
			slices.Sort(set)
			p.need = slices.Compact(set)
		}
	}
	return p
}

// minNeedLen is the shortest literal worth a pre-check: one- and two-letter
// strings occur in nearly every message.
const minNeedLen = 3

// possible reports whether s contains one of the literals every match needs.
func (p pattern) possible(s string) bool {
	if p.need == nil {
		return true
	}
	for _, lit := range p.need {
		if strings.Contains(s, lit) {
			return true
		}
	}
	return false
}

// MatchString is regexp.MatchString after the pre-check.
func (p pattern) MatchString(s string) bool {
	return p.possible(s) && p.Regexp.MatchString(s)
}

// FindStringSubmatch is regexp.FindStringSubmatch after the pre-check.
func (p pattern) FindStringSubmatch(s string) []string {
	if !p.possible(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatch(s)
}

// FindAllStringSubmatch is regexp.FindAllStringSubmatch after the pre-check.
func (p pattern) FindAllStringSubmatch(s string, n int) [][]string {
	if !p.possible(s) {
		return nil
	}
	return p.Regexp.FindAllStringSubmatch(s, n)
}

// required returns literals at least one of which every match of re
// contains; ok is false when there is no such set (the expression can match
// without any literal, or uses a construct this does not follow).
func required(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return required(re.Sub[0])
	case syntax.OpAlternate:
		// A match takes one branch, so the union of the branches' sets.
		for _, sub := range re.Sub {
			s, ok := required(sub)
			if !ok {
				return nil, false
			}
			set = append(set, s...)
		}
		return set, true
	case syntax.OpConcat:
		// A match contains a match of every part: any part's set will do;
		// take the most selective.
		for _, sub := range re.Sub {
			s, ok := required(sub)
			if ok && (set == nil || better(s, set)) {
				set = s
			}
		}
		return set, set != nil
	}
	return nil, false
}

// better reports whether set a makes a more selective pre-check than b:
// long enough literals first, then fewer of them, then longer ones.
func better(a, b []string) bool {
	la, lb := min(minLen(a), minNeedLen), min(minLen(b), minNeedLen)
	if la != lb {
		return la > lb
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return minLen(a) > minLen(b)
}

func minLen(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// Package wordset builds the small word sets the rules of the agent are
// written with.
package wordset

import "strings"

// Of returns the set of the space-separated words of s.
func Of(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

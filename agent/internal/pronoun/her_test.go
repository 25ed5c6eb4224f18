package pronoun

import "testing"

// TestHerIsObject checks "her" told apart as who something is done to and
// whose something is.
func TestHerIsObject(t *testing.T) {
	for _, tc := range []struct {
		prev, next, after string
		want              bool
	}{
		{"labelled", "lazy", "", true},
		{"made", "miserable", "", true},
		{"knitted", "anything", "", true},
		{"sent", "some", "flowers", true},
		{"owed", "big", "time", true},
		{"baked", "bread", "", true},
		{"mail", "postcards", "", true},
		{"emailing", "recipes", "", true},
		{"passed", "bar", "exam", false},
		{"passing", "swimming", "test", false},
		{"posted", "the", "exam", true},
		{"posted", "car", "keys", false},
		{"met", "", "", true},
		{"love", "big", "laugh", false},
		{"miss", "smile", "", false},
		{"brought", "dog", "back", false},
		{"at", "new", "flat", false},
		{"called", "brother", "", false},
	} {
		if got := HerIsObject(tc.prev, tc.next, tc.after); got != tc.want {
			t.Errorf("HerIsObject(%q, %q, %q) = %v, want %v", tc.prev, tc.next, tc.after, got, tc.want)
		}
	}
}

package agent

import "testing"

// A day is answered as the remark only when it is the remark; a day that
// names which league, which drinks or which shift says nothing about the
// day itself.
func TestChatThingDayIsTheRemark(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"monday again huh", "monday"},
		{"friday at last!!", "friday"},
		{"sunday vibes", "sunday"},
		{"ugh monday", "monday"},
		{"thursday", "thursday"},
		{"the sunday league lads chat has gone quiet since april", ""},
		{"friday drinks got cancelled", ""},
		{"my saturday shift is killing me", ""},
		{"had a lovely sunday with her", ""},
		{"the tuesday quiz team wants a rematch", ""},
	} {
		got, _ := chatThing(c.text)
		if got != c.want {
			t.Errorf("chatThing(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

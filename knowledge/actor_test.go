package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestDoneConcepts(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"is it rude to not reply to a birthday message", "~silence@self"},
		{"is it bad if i dont answer my aunt's texts for a week", "~silence@self"},
		{"my cousin keeps ignoring me", "~silence@other"},
		{"she ignores my messages but posts online", "~silence@other ~social_media@other"},
		{"why do people leave me on read", "~silence@other"},
		{"is it normal to get left on read for days", "~silence@other"},
		{"i got ghosted after two dates with a new friend", "~silence@other"},
		{"would it be mean to ghost him", "~silence@self"},
		{"If you are the one who replies late, that is fine.", "~reply_speed@self"},
		{"Being left on read is rarely meant as rude.", "~silence@other"},
		{"i feel guilty, i ignored her texts all week", "~silence@self"},
		{"when a friend doesnt reply, should i text again", "~silence@other ~double_text@self"},
		{"how do i stay in touch", "~check_in@self"},
		{"what about a silence", ""},
		{"is it rude to leave someone on read", "~silence@self"},
		{"my sister leaves me on read all the time", "~silence@other"},
		{"why do people ignore my texts", "~silence@other"},
		{"why would a mate read my message and not reply", "~silence@other"},
		{"i read her message and never answered", "~silence@self"},
		{"i only reply to my aunt days later", "~reply_speed@self"},
		{"how should i chase up a colleague who hasnt answered since friday", "~silence@other ~double_text@self"},
		{"what can i say to someone that never replies", "~silence@other"},
		{"my brother hasnt written back in weeks", "~silence@other"},
	} {
		var got []string
		doneConcepts(c.text, stem, func(term string) {
			if !slices.Contains(got, term) {
				got = append(got, term)
			}
		})
		want := strings.Fields(c.want)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", c.text, got, want)
		}
	}
}

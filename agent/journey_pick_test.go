package agent

import "testing"

func TestPickJourney(t *testing.T) {
	journeys := []Journey{
		{ID: "seek", Title: "What I look for in a connection", Intro: "What you want from the people in your life."},
		{ID: "matter", Title: "Who matters to me", Intro: "The people you care about, and feeling closer to them."},
		{ID: "showup", Title: "How I show up", Intro: "How you take part in your relationships."},
		{ID: "boundaries", Title: "My boundaries", Intro: "The limits that keep your relationships healthy."},
		{ID: "week", Title: "Looking back on my week", Intro: "Look back over the past week."},
	}
	tests := []struct{ text, want string }{
		{"the one about who matters i guess", "matter"},
		{"boundaries pls", "boundaries"},
		{"my limits", "boundaries"},
		{"the second one", "matter"},
		{"last one", "week"},
		{"lets do the week", "week"},
		{"how i show up in friendships", "showup"},
		{"connections", "seek"},
		{"who i've been neglecting", "matter"},
		{"the mates i lost touch with", "matter"},
		{"saying no to people", "boundaries"},
		{"what kind of friend i am", "showup"},
		{"honestly my brother, we text memes every day", ""},
		{"remind me to call mum on sunday", ""},
		{"idk", ""},
	}
	for _, tt := range tests {
		j, ok := pickJourney(tt.text, journeys)
		if got := map[bool]string{true: j.ID}[ok]; got != tt.want {
			t.Errorf("pickJourney(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

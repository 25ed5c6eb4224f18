package people

import "testing"

// TestOwnersAndTopicsAreNotWhoItIsFor checks that a family or friend word
// that owns something ("my oldest friends wedding", "dads surprise party"),
// a group asked about ("ask about the team") and a group said before a
// request to one person ("write to her") lose to the one person the
// message is for.
func TestOwnersAndTopicsAreNotWhoItIsFor(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"i skipped my closest friends party last month and we drifted. her name is Odile, i want to say sorry", "Odile"},
		{"my cousin Tobiah hasnt said if hes coming to mums retirement party on the 9th", "Tobiah"},
		{"want to email a contact, Priyanka Rao, and ask about the team she runs", "Priyanka Rao"},
		{"our old neighbours the Lindqvists moved to Oslo and i miss Henrik so much, can you help me text him?", "Henrik"},
		{"thinking of pinging my ex manager ravi, would love to hear what the team is up to since i left", "Ravi"},
		{"my aunt nkechi was at the reunion, could i ask her how the book club went without it being weird", "Nkechi"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if p := Find(tc.text); p.Name != tc.name || p.Group {
				t.Errorf("Find(%q) = name %q group %v; want %q", tc.text, p.Name, p.Group, tc.name)
			}
		})
	}
}

// TestChatsNamedByWhatTheyAre checks group chats said without "the" or
// "our": by what the chat is for, or by waking it up.
func TestChatsNamedByWhatTheyAre(t *testing.T) {
	for _, text := range []string{
		"netball girls chat has been dead since june",
		"want to revive a chat from my old job",
		"there's a group chat from uni, like 6 of us, Hal, Suki and the rest",
	} {
		if p := Find(text); !p.Group {
			t.Errorf("Find(%q) = %+v; want a group", text, p)
		}
	}
	if p := Find("could we have a quick chat about my sister"); p.Group {
		t.Errorf("a quick chat read as a group: %+v", p)
	}
}

// TestKnownNameOverGuessedWord checks that a known first name wins over a
// lowercase word guessed at as a name after "about" or "to".
func TestKnownNameOverGuessedWord(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"priya, a data scientist i met at a meetup, we talked about observability", "Priya"},
		{"met tomas at a workshop and we got talking about sustainability", "Tomas"},
	} {
		if p := Find(tc.text); p.Name != tc.name {
			t.Errorf("Find(%q) = %q, want %q", tc.text, p.Name, tc.name)
		}
	}
}

// TestTopicsAreNoNames checks that an abstract noun after "about" or
// "to" is what a message is about, never a name.
func TestTopicsAreNoNames(t *testing.T) {
	for _, text := range []string{"we talked about accessibility at the meetup", "i keep thinking about sustainability", "a question about mentoring"} {
		if p := Find(text); p.Name != "" {
			t.Errorf("Find(%q) = name %q, want none", text, p.Name)
		}
	}
}

// TestPronounAfterAnOwnerNamesThem checks that "she's my aunt" after a
// message that began with someone's date or news ("ines's party is on the
// 9th, she's my cousin") gives that person their relationship, and that
// two owners leave the pronoun unread.
func TestPronounAfterAnOwnerNamesThem(t *testing.T) {
	for _, tc := range []struct{ text, name, rel string }{
		{"ines's party is on the 9th btw, she's my cousin", "Ines", "cousin"},
		{"Tomasz's retirement do is next friday. he was my first boss", "Tomasz", "boss"},
		{"priya's bday is 2 feb, shes my best friend from school", "Priya", "friend"},
	} {
		if p := Find(tc.text); p.Name != tc.name || p.Relation != tc.rel {
			t.Errorf("Find(%q) = %+v; want %s, %s", tc.text, p, tc.name, tc.rel)
		}
	}
	if p := Find("ana's and bruno's weddings are both in june, she's my sister"); p.Name == "Ana" || p.Name == "Bruno" {
		t.Errorf("two owners, yet the pronoun was read as one of them: %+v", p)
	}
}

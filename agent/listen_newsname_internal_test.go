package agent

import "testing"

// TestNewsPhrase holds the naming of someone's news: the subject as the
// reply says it and the predicate with its first verb in the -ing form,
// or nothing when the message does not read that way.
func TestNewsPhrase(t *testing.T) {
	tests := []struct{ text, want string }{
		{"my stepdad got the all clear from his scan", "your stepdad getting the all clear from his scan"},
		{"my roommate just landed an internship at google", "your roommate landing an internship at google"},
		{"our babysitter got into oxford!!", "your babysitter getting into Oxford"},
		{"my uncle was rushed into hospital last night", "your uncle being rushed into hospital last night"},
		{"my coworker got laid off this morning", "your coworker getting laid off this morning"},
		{"my grandma has pneumonia", "your grandma having pneumonia"},
		{"my teammate tore his acl", "your teammate tearing his ACL"},
		{"my son didnt make the football team", "your son not making the football team"},
		{"my flatmate finally passed her phd viva", "your flatmate passing her PhD viva"},
		{"my cousin's band got signed to a label", "your cousin's band getting signed to a label"},
		{"my friend's wedding got cancelled", "your friend's wedding getting cancelled"},
		{"my friend ola just had a baby girl", "Ola having a baby girl"},
		{"omg she's moving to lisbon next month", "her moving to Lisbon next month"},
		{"guess what, kai's been offered a place at edinburgh", "Kai being offered a place at Edinburgh"},
		{"my twin got engaged to her boyfriend of 6 years", "your twin getting engaged to her boyfriend of 6 years"},
		// Reported by the one it happened to: their news, by who they are.
		{"my friend says she is having an awful week", "your friend having an awful week"},
		{"my flatmate reckons he failed his driving test", "your flatmate failing his driving test"},
		{"my dad said he's been made redundant", "your dad being made redundant"},
		// Said inside what someone else said: not said back as it stands.
		{"my mum told me my brother got the job", ""},
		// "passed" alone may be a death said gently.
		{"my nan passed", ""},
		// The companion spoken to in the predicate: not said back.
		{"my sister got the job i told you about", ""},
		// A modal is no news yet.
		{"my brother will start uni in september", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := newsPhrase(tc.text, readTold(tc.text).about); got != tc.want {
				t.Errorf("newsPhrase(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestNewsKindOfPolarity holds the reading of news told with a verb done
// to someone, or something got, by what it means for them rather than by
// a phrase for each wording.
func TestNewsKindOfPolarity(t *testing.T) {
	tests := []struct {
		text string
		want newsKind
	}{
		{"my nephew got expelled", newsSetback},
		{"my pal got scammed out of 2 grand", newsSetback},
		{"jamie got kicked off the team", newsSetback},
		{"my flatmate got dumped", newsSetback},
		{"my friend's startup got funded", newsWin},
		{"my little sister got picked for the county netball team", newsWin},
		{"my roommate just landed an internship at google", newsWin},
		{"my cousin bagged a scholarship", newsWin},
		{"my teammate tore his acl", newsIll},
		{"my auntie came out of surgery fine", newsRecovery},
		// The person's own hurt is theirs, not a setback to be sorry for.
		{"i got dumped", newsNone},
	}
	for _, tc := range tests {
		if got := readTold(tc.text).kind; got != tc.want {
			t.Errorf("readTold(%q).kind = %d, want %d", tc.text, got, tc.want)
		}
	}
}

package people

import "testing"

// A word before a full stop is no name for the relationship that opens the
// next sentence; a pastime talked about and a verb after "better to" are
// no one at all; a first name typed in lowercase at a sentence's start is
// still who it is.
func TestWordsThatAreNoOne(t *testing.T) {
	for _, tc := range []struct{ text, name, rel string }{
		{"i find this so hard to put into words. my sister and i never talk about stuff like this", "", "sister"},
		{"its a lot to say out loud. my mum and i are not close", "", "mother"},
		{"my cousin Ravi and i mostly chat about cricket, nothing deep", "Ravi", "cousin"},
		{"would it be easier to call or send a text?", "", ""},
		{"should i write about rugby or keep it general", "", ""},
		{"rene is having a rough month and i want to say something", "Rene", ""},
		{"so paulina from my course lost her job, want to cheer her up", "Paulina", ""},
	} {
		p := Find(tc.text)
		if p.Name != tc.name || p.Relation != tc.rel {
			t.Errorf("Find(%q) = %q (%q), want %q (%q)", tc.text, p.Name, p.Relation, tc.name, tc.rel)
		}
	}
}

// A chat named at length ("the sunday five a side chat", "our monday
// night pub quiz chat") is the group even when someone is named in the
// story of how it went quiet; "a quick chat with" someone is still a talk.
func TestLongChatNames(t *testing.T) {
	for _, tc := range []struct {
		text  string
		group bool
		rel   string
	}{
		{"our five a side chat died after Owen moved to Leeds, want to see whos around on friday", true, "group"},
		{"the monday pub quiz team chat went silent after Priya left", true, "group"},
		{"i had a quick chat with my cousin about it", false, "cousin"},
	} {
		p := Find(tc.text)
		if p.Group != tc.group || p.Relation != tc.rel {
			t.Errorf("Find(%q) = %+v, want group %v (%q)", tc.text, p, tc.group, tc.rel)
		}
	}
}

// A known name with its possessive typed without the apostrophe ("emmas
// leaving do", "Kofis new flat") is that name, never a name of its own;
// names that end in s stay whole.
func TestPossessiveWithoutApostrophe(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"i missed emmas leaving do and feel awful, want to say sorry to her", "Emma"},
		{"Kofis new flat looks amazing, help me congratulate him", "Kofi"},
		{"message marcus about the weekend", "Marcus"},
		{"write something for nicolas, he got the job", "Nicolas"},
	} {
		if p := Find(tc.text); p.Name != tc.name {
			t.Errorf("Find(%q) = %q, want %q", tc.text, p.Name, tc.name)
		}
	}
}

// The hill climbed ("a walk up ben lomond", "cycled up Mont Ventoux") is
// a place, whatever names its words look like.
func TestHillClimbedIsAPlace(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"he proposed on a walk up ben lomond at sunrise", ""},
		{"we cycled up Mont Ventoux with my cousin Nell", "Nell"},
	} {
		if p := Find(tc.text); p.Name != tc.name {
			t.Errorf("Find(%q) = %q, want %q", tc.text, p.Name, tc.name)
		}
	}
}

// A verb after "and" ("message Tomas and offer to help") is what to do,
// never the second of two names.
func TestVerbAfterAndIsNoName(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"want to text Amira and offer her a lift to the hospital", "Amira"},
		{"message jonah and suggest a walk on sunday", "Jonah"},
	} {
		if p := Find(tc.text); p.Name != tc.name {
			t.Errorf("Find(%q) = %q, want %q", tc.text, p.Name, tc.name)
		}
	}
}

// A family word with its possessive typed without the apostrophe before
// "favourite" ("grandpas favourite film was on") is that relative, with
// or without "my" before it.
func TestFamilyFavouriteWithoutApostrophe(t *testing.T) {
	for _, tc := range []struct{ text, rel string }{
		{"grandpas favourite film was on tv last night, want to text him", "grandfather"},
		{"found my aunties fave perfume in a shop, thinking of her", "aunt"},
	} {
		if p := Find(tc.text); p.Relation != tc.rel {
			t.Errorf("Find(%q) = %+v, want relation %q", tc.text, p, tc.rel)
		}
	}
}

// A word that only looks like a name with its possessive ("mins" after a
// number) is that word: no one is found in it.
func TestTimeUnitNoPossessiveName(t *testing.T) {
	for _, text := range []string{
		"maybe 20 mins of real talking a day, the rest is scrolling",
		"i only have 5 mins before my shift so keep it short",
	} {
		for _, p := range FindAll(text) {
			if p.Name != "" {
				t.Errorf("FindAll(%q) found %q", text, p.Name)
			}
		}
	}
}

// A plural that looks like a name with its possessive typed bare ("bills",
// "wills") stays a plural when nothing it could own follows it: "now", or
// the end of the clause after "the" or "about". A name that owns what
// follows is still read.
func TestPluralNotBarePossessive(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"my dad. we only ever talk about bills now", ""},
		{"my sister, all we discuss is the bills", ""},
		{"honestly just paying bills again", ""},
		{"bens mum rang me", "Ben"},
	} {
		ps := FindAll(tc.text)
		got := ""
		for _, p := range ps {
			if p.Name != "" {
				got = p.Name
			}
		}
		if got != tc.name {
			t.Errorf("FindAll(%q) = %+v, want the name %q", tc.text, ps, tc.name)
		}
	}
}

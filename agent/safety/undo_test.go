package safety

import "testing"

// TestTakenBack checks the undo: lines: a joke or a time limit taken back
// right after it ("but im not", "or forever", "kidding. unless", "might
// give them the chance soon") lets the words the near miss would have
// hidden speak again, and a joke that is not taken back, or taken back
// too far away, stays quiet.
func TestTakenBack(t *testing.T) {
	checkSituations(t, []situationCase{
		{"pretty sure my family would throw a party if i died lmao. might give them the chance soon", Self},
		{"my friends think i'm joking when i say i'll be dead by christmas but i'm not", Self},
		{"i want to die lol but like actually", Self},
		{"cant stop wishing i could just not exist for a while, or forever", Self},
		{"i want to disappear for a week, or maybe forever", Self},
		{"haha i'm gonna kill myself over this exam. only half joking", Self},
		{"lol imagine if i just jumped. kidding. unless", Self},
		{"i tried to take my life two summers ago and now i want to again", Self},
		{"honestly i'm already dead inside, may as well make it real", Self},
		{"if i'm not around tomorrow please know i tried my best", Self},
		{"no one would notice if i wasn't here next week, or ever again", Self},
		{"years ago i tried to quit smoking and now i want to again", None},
		{"my phone is dead inside, might as well make it official and buy a new one", None},
		{"pretty sure my family would throw a party if i died lmao", None},
		{"i want to disappear for a week on a beach, forever would be a dream lol", None},
		{"im dead lol, that video", None},
		{"i'm dying to see you, not joking", None},
		{"my sister will kill me if i'm late lol but actually she will", None},
		{"this exam is killing me lol, but im fine", None},
	})
}

// TestUndoIsNoNearMiss checks that an undo: line hides nothing of its own.
func TestUndoIsNoNearMiss(t *testing.T) {
	d, err := parseLexicon("en", "undo: or forever\nself: want to die\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.rules) != 2 || !d.rules[0].undo || d.rules[0].kind != kindNot || d.rules[1].undo {
		t.Fatalf("rules = %+v, want an undo line then a self line", d.rules)
	}
}

// TestUnawareIsNotTheSubject checks that someone said not to know ("she
// doesnt know it was a goodbye") is not taken for the one at risk, in
// several languages, while someone else's own risk stays theirs.
func TestUnawareIsNotTheSubject(t *testing.T) {
	checkSituations(t, []situationCase{
		{"meine schwester weiss nicht dass das mein abschied war", Self},
		{"ella no sabe que fue una despedida", Self},
		{"lei non sa che era un addio", Self},
		{"hij weet niet dat het een afscheid was", Self},
		{"my sister says she wants to die and my mum doesn't know", Other},
		{"she doesn't know i found her goodbye note", Other},
		{"he doesn't know it was a surprise party goodbye for his boss", None},
	})
}

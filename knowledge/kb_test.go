package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestSectionLookup(t *testing.T) {
	kb := loadFixtures(t)
	tests := []struct {
		id        string
		wantOK    bool
		wantTitle string
		wantDoc   string
	}{
		{"hobbies", true, "Sharing a hobby", "Sharing a hobby"},
		{"hobbies/book-clubs", true, "Book clubs", "Sharing a hobby"},
		{"disagreements/saying-sorry", true, "Saying sorry", "Handling disagreements"},
		{"hobbies/", false, "", ""},
		{"nope", false, "", ""},
		{"", false, "", ""},
	}
	for _, tt := range tests {
		got, ok := kb.Section(tt.id)
		if ok != tt.wantOK || got.Title != tt.wantTitle || got.Document != tt.wantDoc {
			t.Errorf("Section(%q) = %q/%q, %v; want %q/%q, %v", tt.id, got.Title, got.Document, ok, tt.wantTitle, tt.wantDoc, tt.wantOK)
		}
		if ok && got.ID != tt.id {
			t.Errorf("Section(%q).ID = %q", tt.id, got.ID)
		}
	}
}

func TestSectionsInDocumentOrder(t *testing.T) {
	kb := loadFixtures(t)
	want := []string{
		"disagreements", "disagreements/cooling-down", "disagreements/saying-sorry",
		"hobbies", "hobbies/book-clubs", "hobbies/gardening-together",
		"unanswered", "unanswered/waiting-it-out", "unanswered/letting-go-gently",
	}
	if got := sectionIDs(kb.Sections()); !slices.Equal(got, want) {
		t.Errorf("Sections() = %q, want %q", got, want)
	}
	s, _ := kb.Section("hobbies/book-clubs")
	if !strings.HasPrefix(s.Body, "A monthly book club") || strings.Contains(s.Body, "##") {
		t.Errorf("book-clubs body = %q, want the section text alone", s.Body)
	}
}

// Callers get copies: changing what they got must not change the guide.
func TestResultsAreCopies(t *testing.T) {
	kb := loadFixtures(t)
	s, _ := kb.Section("hobbies")
	s.Tags[0] = "changed"
	all := kb.Sections()
	all[3].Tags[1] = "changed"
	all[3].Title = "changed"
	res := kb.Search("hobby", 1)
	res[0].Tags[0] = "changed"

	again, _ := kb.Section("hobbies")
	if again.Title != "Sharing a hobby" || !slices.Equal(again.Tags, []string{"interests", "clubs"}) {
		t.Errorf("Section(hobbies) after edits = %q %q, want it unchanged", again.Title, again.Tags)
	}
}

func TestGuideContract(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	days := kb.Plan()
	if len(days) != 7 {
		t.Fatalf("Plan() has %d days, want 7", len(days))
	}
	for i, d := range days {
		if d.Day != i+1 {
			t.Errorf("Plan()[%d].Day = %d, want %d", i, d.Day, i+1)
		}
	}
	if len(kb.Journeys()) == 0 {
		t.Error("Journeys() is empty")
	}
	if len(kb.Principles()) == 0 {
		t.Error("Principles() is empty")
	}
}

// A KB that did not come from Load answers nothing rather than panicking.
func TestZeroKB(t *testing.T) {
	var nilKB *KB
	if got := nilKB.Search("friends", 3); got != nil {
		t.Errorf("nil KB Search = %v, want nil", got)
	}
	var zero KB
	if got := zero.Search("friends", 3); got != nil {
		t.Errorf("zero KB Search = %v, want nil", got)
	}
	if _, ok := zero.Section("x"); ok {
		t.Error("zero KB Section(x) found something")
	}
	if got := zero.Sections(); len(got) != 0 {
		t.Errorf("zero KB Sections = %v, want none", got)
	}
}

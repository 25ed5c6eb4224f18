package knowledge

import (
	"slices"
	"testing"
)

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"lonely", "lonely", 2, 0},
		{"lonley", "lonely", 2, 1}, // swapped neighbours count once
		{"frend", "friend", 2, 1},
		{"boundries", "boundaries", 2, 1},
		{"relatinship", "relationship", 2, 1},
		{"crossing", "choosing", 2, 2},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 1, 2}, // stops early: more than the limit
		{"a", "abcdef", 2, 3},
		{"", "abc", 3, 3},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

func TestCorrectWords(t *testing.T) {
	kb := loadFixtures(t)
	tests := []struct {
		in        []string
		want      []string
		corrected []bool
	}{
		{[]string{"gardning"}, []string{"gardening"}, []bool{true}},
		{[]string{"boook", "clubs"}, []string{"book", "clubs"}, []bool{true, false}},
		{[]string{"apolgy"}, []string{"apology"}, []bool{true}},
		// Unknown as typed but its stem is in the guide: left alone.
		{[]string{"apologys"}, []string{"apologys"}, nil},
		// Known to the guide or to the synonym table: left alone.
		{[]string{"garden", "ghosted", "whatsapp"}, []string{"garden", "ghosted", "whatsapp"}, nil},
		// Too short, a stop word, or a different first letter.
		{[]string{"boo", "thw", "ardening"}, []string{"boo", "thw", "ardening"}, nil},
		// Nothing close enough.
		{[]string{"zebra", "xylophone"}, []string{"zebra", "xylophone"}, nil},
	}
	for _, tt := range tests {
		got, trust := kb.idx.correctWords(tt.in)
		if !slices.Equal(got, tt.want) {
			t.Errorf("correctWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if tt.corrected == nil {
			if trust != nil {
				t.Errorf("correctWords(%q) trust = %v, want nil (nothing corrected)", tt.in, trust)
			}
			continue
		}
		if len(trust) != len(tt.in) {
			t.Errorf("correctWords(%q) trust = %v, want one per word", tt.in, trust)
			continue
		}
		for i, c := range tt.corrected {
			want := 1.0
			if c {
				want = misspellingTrust
			}
			if trust[i] != want {
				t.Errorf("correctWords(%q) trust[%d] = %v, want %v", tt.in, i, trust[i], want)
			}
		}
	}
}

func TestSearchForgivesTypos(t *testing.T) {
	kb := loadFixtures(t)
	tests := []struct{ query, want string }{
		{"gardning with neighbours", "hobbies/gardening-together"},
		{"how to apologize after an arguement", "disagreements"},
		{"boook clubs", "hobbies/book-clubs"},
	}
	for _, tt := range tests {
		got := kb.Search(tt.query, 3)
		if len(got) == 0 || !answers(got[0].ID, tt.want) {
			t.Errorf("Search(%q) = %q, want %s first", tt.query, sectionIDs(got), tt.want)
		}
	}
	// A correction counts less than a word typed right.
	right := kb.Search("gardening", 1)
	typo := kb.Search("gardning", 1)
	if len(right) == 0 || len(typo) == 0 || typo[0].Score >= right[0].Score {
		t.Errorf("scores: typo %v, right %v; want the typo's lower", typo, right)
	}
}

func TestCorrectionsBounded(t *testing.T) {
	kb := loadFixtures(t)
	var ws []string
	for range 20 {
		ws = append(ws, "gardning")
	}
	got, _ := kb.idx.correctWords(ws)
	fixed := 0
	for _, w := range got {
		if w == "gardening" {
			fixed++
		}
	}
	if fixed != maxCorrections {
		t.Errorf("corrected %d words, want the cap %d", fixed, maxCorrections)
	}
}

// A slip in a function word or in a word of a concept's phrase is
// corrected like one in the guide's own words, and the question finds what
// it finds typed cleanly.
func TestCorrectFunctionWords(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := kb.idx.correctWords([]string{"shoud", "i", "text", "him", "agian"})
	if want := []string{"should", "i", "text", "him", "again"}; !slices.Equal(got, want) {
		t.Errorf("correctWords = %q, want %q", got, want)
	}
	for _, pair := range [][2]string{
		{"shoud i text him agian", "should i text him again"},
		{"she never replys to me becuase shes busy", "she never replies to me because shes busy"},
	} {
		first := func(q string) string {
			if got := kb.Search(q, 1); len(got) > 0 {
				return got[0].ID
			}
			return ""
		}
		if slip, clean := first(pair[0]), first(pair[1]); slip == "" || slip != clean {
			t.Errorf("Search(%q) finds %q first, Search(%q) %q", pair[0], slip, pair[1], clean)
		}
	}
}

package listen

import "testing"

func TestProper(t *testing.T) {
	tests := []struct {
		in    string
		names []string
		want  string
	}{
		{"jules and priya, you were close", []string{"Jules", "Priya"}, "Jules and Priya, you were close"},
		{"thank kai properly.", []string{"Kai"}, "thank Kai properly."},
		{"kai's shifts", []string{"Kai"}, "Kai's shifts"},
		{"kaiser and kai", []string{"Kai"}, "kaiser and Kai"},
		{"nothing to change", nil, "nothing to change"},
	}
	for _, tt := range tests {
		if got := Proper(tt.in, tt.names); got != tt.want {
			t.Errorf("Proper(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnfilled(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nothing tbh it was a grim week", "nothing it was a grim week"},
		{"idk maybe be less flaky lol", "maybe be less flaky"},
		{"i didnt reach out", "i didnt reach out"},
	}
	for _, tt := range tests {
		if got := Unfilled(tt.in); got != tt.want {
			t.Errorf("Unfilled(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

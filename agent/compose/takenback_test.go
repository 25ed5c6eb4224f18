package compose

import (
	"strings"
	"testing"
)

func TestNewsTakenBackIsNoCongratulation(t *testing.T) {
	ds := append(Parse("my friend Wen got a place on the nursing course", "Wen", Congrats),
		Parse("oh wait she didn't get it, they gave it to someone else", "Wen", Congrats)...)
	d := strings.ToLower(Write(Spec{Occasion: Congrats, Name: "Wen", Details: ds}))
	for _, bad := range []string{"congrat", "so happy"} {
		if strings.Contains(d, bad) {
			t.Errorf("draft %q says %q", d, bad)
		}
	}
	if !strings.Contains(d, "sorry") {
		t.Errorf("draft %q says no sorry", d)
	}
}

func TestYoursNamed(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"i borrowed her hiking boots last winter and i still have hers", "I still have your hiking boots"},
		{"he lent me his drill in june and i kept his", "I kept your drill"},
	} {
		var got []string
		for _, d := range Parse(tc.in, "", Apology) {
			got = append(got, d.Text)
		}
		if !strings.Contains(strings.Join(got, " / "), tc.want) {
			t.Errorf("Parse(%q) = %q, want one saying %q", tc.in, got, tc.want)
		}
	}
}

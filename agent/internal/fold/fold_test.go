package fold

import "testing"

func TestRune(t *testing.T) {
	for _, c := range []struct {
		in            rune
		first, second rune
	}{
		{'a', 'a', 0},
		{'Q', 'q', 0},
		{'7', '7', 0},
		{'É', 'e', 0},
		{'ş', 's', 0},
		{'Ł', 'l', 0},
		{'ß', 's', 's'},
		{'Æ', 'a', 'e'},
		{'þ', 't', 'h'},
		{'Ĳ', 'i', 'j'},
		{'Ж', 'ж', 0},
		{'日', '日', 0},
	} {
		if f, s := Rune(c.in); f != c.first || s != c.second {
			t.Errorf("Rune(%q) = %q, %q, want %q, %q", c.in, f, s, c.first, c.second)
		}
	}
}

func TestIsApostrophe(t *testing.T) {
	for _, r := range "'’‘ʼ`´" {
		if !IsApostrophe(r) {
			t.Errorf("IsApostrophe(%q) = false", r)
		}
	}
	for _, r := range `a"-.` {
		if IsApostrophe(r) {
			t.Errorf("IsApostrophe(%q) = true", r)
		}
	}
}

func TestString(t *testing.T) {
	for in, want := range map[string]string{
		"Ça s'est mal passé":  "ca s'est mal passe",
		"Straße, łódź, şimdi": "strasse, lodz, simdi",
		"nicht erreichbar":    "nicht erreichbar",
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"Thanks!!":           "thanks",
		"  wipe   my DATA. ": "wipe my data",
		"ça va? 🙂 merci":     "ca va merci",
		"don't":              "don t",
		"¿Qué tal, Müller…?": "que tal muller",
		"":                   "",
	} {
		if got := Words(in); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

package safety

import (
	"strings"
	"testing"
)

// TestSaysYoung checks that a person's own word that they are a child or
// a teenager is found in every main language, and that an adult's age,
// a count of weeks or a number of pills is not.
func TestSaysYoung(t *testing.T) {
	tests := []struct {
		text  string
		young bool
	}{
		{"honestly im 13 and nobody at home would notice if i was gone", true},
		{"i'm only fifteen and i keep cutting my arms", true},
		{"i'm in grade 8 and my stepdad hits me when mum's out", true},
		{"im a minor and i dont want to live anymore", true},
		{"tengo 14 y ya no quiero seguir viviendo", true},
		{"soy menor de edad y mi padre me pega", true},
		{"bin 15 und mein vater schlägt mich", true},
		{"j'ai 13 ans et mon beau-père me frappe", true},
		{"tenho 16 anos e penso em me matar", true},
		{"ho 14 anni e non voglio più vivere", true},
		{"ik ben 16 jaar en ik wil er niet meer zijn", true},
		{"mam 14 lat i ojczym mnie bije", true},
		{"16 yaşındayım, babam beni dövüyor", true},
		{"まだ13歳なのに、もう生きていたくない", true},
		{"高校生だけど家に帰るのが怖い", true},
		{"im 34 and i want to die", false},
		{"i'm 12 weeks pregnant and there's so much blood", false},
		{"im 15 minutes away, i took 14 pills", false},
		{"my little sister is 9 and keeps asking about grandad", false},
		{"30歳、仕事がつらい", false},
	}
	for _, tt := range tests {
		if got := Detect(tt.text).Young; got != tt.young {
			t.Errorf("Detect(%q).Young = %v, want %v", tt.text, got, tt.young)
		}
	}
}

// TestYouthLine checks that a young person's crisis reply gives their
// country's line for young people, says plainly when none is known
// there, and points to the international directory when the country is
// unknown; an adult's reply has none of these.
func TestYouthLine(t *testing.T) {
	d := Builtin()
	tests := []struct {
		text, country, want string
	}{
		{"im 15 and i want to end it", "GB", "0800 1111"},
		{"im 15 and i want to end it", "AU", "1800 55 1800"},
		{"tengo 13 años y quiero morirme", "ES", "900 20 20 10"},
		{"ich bin 14 und will nicht mehr leben", "DE", "116 111"},
		{"j'ai 15 ans et je veux mourir", "FR", "0 800 235 236"},
		{"ho 16 anni e voglio morire", "IT", "19696"},
		{"mam 15 lat i chcę umrzeć", "PL", "116 111"},
		{"im 15 and i want to end it", "US", youth["en"].None},
		{"tenho 14 anos e quero morrer", "BR", youth["pt"].None},
		{"15 yaşındayım ve ölmek istiyorum", "TR", youth["tr"].None},
		{"ik ben 14 en ik wil dood", "", "childhelplineinternational.org"},
		{"中学生です。もう消えたい", "JP", "0120-0-78310"},
	}
	for _, tt := range tests {
		r := Detect(tt.text)
		if !r.Crisis() || !r.Young {
			t.Errorf("Detect(%q) = %+v, want a crisis from someone young", tt.text, r)
			continue
		}
		if got := Compose(r, tt.country, d, "").Text; !strings.Contains(got, tt.want) {
			t.Errorf("Compose(%q, %s) = %q, want it to hold %q", tt.text, tt.country, got, tt.want)
		}
	}
	adult := Compose(Detect("i want to end it"), "GB", d, "").Text
	if strings.Contains(adult, "0800 1111") || strings.Contains(adult, "childhelplineinternational") {
		t.Errorf("an adult's reply names a line for young people: %q", adult)
	}
}

package places

import (
	"testing"
	"time"
)

func TestTableZonesLoad(t *testing.T) {
	if len(table) < 300 {
		t.Fatalf("table has %d places, want at least 300", len(table))
	}
	for name, zone := range table {
		if zone == "" {
			continue
		}
		if _, err := time.LoadLocation(zone); err != nil {
			t.Errorf("%s: zone %q does not load: %v", name, zone, err)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		in, zone string
		ok       bool
	}{
		{"Manchester", "Europe/London", true},
		{"UK", "Europe/London", true},
		{"the UK", "Europe/London", true},
		{"I live in Manchester", "Europe/London", true},
		{"I live in Lyon", "Europe/Paris", true},
		{"im in sao paulo", "America/Sao_Paulo", true},
		{"São Paulo", "America/Sao_Paulo", true},
		{"we're based in Cape Town now", "Africa/Johannesburg", true},
		{"near leeds", "Europe/London", true},
		{"originally from madrid but i live in lyon", "Europe/Paris", true},
		{"Germany", "Europe/Berlin", true},
		{"new york", "America/New_York", true},
		{"The Hague", "Europe/Amsterdam", true},
		{"i'm in tokyo at the moment", "Asia/Tokyo", true},
		{"Zürich", "Europe/Zurich", true},
		{"the U.S.", "", true},
		{"usa", "", true},
		{"australia", "", true},
		{"every sunday", "", false},
		{"I joined a local running club's whatsapp group and a sci-fi book discord", "", false},
		{"nice", "Europe/Paris", true},
		{"that's nice of you", "", false},
		{"it's 9pm here", "", false},
		{"my friend lives in a small village", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, ok := Find(tt.in)
			if ok != tt.ok || p.Zone != tt.zone {
				t.Errorf("Find(%q) = %+v, %v; want zone %q, %v", tt.in, p, ok, tt.zone, tt.ok)
			}
		})
	}
}

func TestKnown(t *testing.T) {
	for _, w := range []string{"berlin", "Berlin", "São Paulo", "new york"} {
		if !Known(w) {
			t.Errorf("Known(%q) = false", w)
		}
	}
	for _, w := range []string{"mondays", "jess", "happy"} {
		if Known(w) {
			t.Errorf("Known(%q) = true", w)
		}
	}
}

func TestOnly(t *testing.T) {
	tests := []struct {
		in, zone string
		ok       bool
	}{
		{"uk", "Europe/London", true},
		{"in the uk", "Europe/London", true},
		{"London", "Europe/London", true},
		{"glasgow please", "Europe/London", true},
		{"in nice", "Europe/Paris", true},
		{"the us", "", true},
		{"nice", "", false},
		{"us", "", false},
		{"jordan", "", false},
		{"originally from madrid but i live in lyon", "", false},
		{"i had a lovely time in paris", "", false},
		{"every sunday", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, ok := Only(tt.in)
			if ok != tt.ok || ok && p.Zone != tt.zone {
				t.Errorf("Only(%q) = %+v, %v; want zone %q, %v", tt.in, p, ok, tt.zone, tt.ok)
			}
		})
	}
}

func TestCapitalize(t *testing.T) {
	for in, want := range map[string]string{
		"we met up in cork last spring":        "we met up in Cork last spring",
		"she moved to new york for work":       "she moved to New York for work",
		"lunch in nice weather":                "lunch in nice weather",
		"flying from Lisbon":                   "flying from Lisbon",
		"the drive to reading, then home":      "the drive to reading, then home",
		"a weekend visiting edinburgh, lovely": "a weekend visiting Edinburgh, lovely",
	} {
		if got := Capitalize(in); got != want {
			t.Errorf("Capitalize(%q) = %q, want %q", in, got, want)
		}
	}
}

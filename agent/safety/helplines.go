package safety

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Kind is what a line is for.
type Kind string

// The kinds of line.
const (
	// KindCrisis is a line for someone thinking of suicide, or worried
	// about someone who is.
	KindCrisis Kind = "crisis"
	// KindAbuse is a line for violence or abuse at home.
	KindAbuse Kind = "abuse"
	// KindEmergency is the emergency number: police and ambulance.
	KindEmergency Kind = "emergency"
	// KindYouth is a line for children and young people, on anything
	// that weighs on them.
	KindYouth Kind = "youth"
)

// Line is one helpline or emergency number.
type Line struct {
	// Country is the ISO 3166 code of the country it serves, upper case;
	// empty for a line that serves everyone.
	Country string
	Kind    Kind
	Name    string
	// Contact is how to reach it: a number, a text code or a web address.
	Contact string
	// Hours says when it answers; may be empty.
	Hours string
	// Source is the organisation's page that publishes the number.
	Source string
	// Checked is the day the number was confirmed, or "unverified".
	Checked string
}

// Verified reports whether the line may be shown.
func (l Line) Verified() bool { return l.Checked != "" && l.Checked != "unverified" }

//go:embed data/helplines.txt
var helplinesData string

//go:embed data/zones.txt
var zonesData string

// Directory finds the lines that serve a country. It is safe for
// concurrent use; With returns a new one.
type Directory struct {
	byCountry map[string][]Line // "" holds the lines that serve everyone
}

var builtin = sync.OnceValue(func() *Directory {
	lines, err := parseLines(helplinesData)
	if err != nil {
		panic("safety: built-in helplines: " + err.Error())
	}
	d := &Directory{byCountry: map[string][]Line{}}
	for _, l := range lines {
		d.byCountry[l.Country] = append(d.byCountry[l.Country], l)
	}
	return d
})

// Builtin returns the directory of data/helplines.txt.
func Builtin() *Directory { return builtin() }

// BuiltinLines lists every built-in line, unverified ones included, for
// tests and documentation.
func BuiltinLines() []Line {
	lines, _ := parseLines(helplinesData)
	return lines
}

func parseLines(text string) ([]Line, error) {
	var out []Line
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "|")
		if len(f) != 7 {
			return nil, fmt.Errorf("helplines.txt:%d: want 7 fields, got %d", n, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		l := Line{Country: f[0], Kind: Kind(f[1]), Name: f[2], Contact: f[3], Hours: f[4], Source: f[5], Checked: f[6]}
		if l.Country == "-" {
			l.Country = ""
		}
		if l.Kind != KindCrisis && l.Kind != KindAbuse && l.Kind != KindEmergency && l.Kind != KindYouth {
			return nil, fmt.Errorf("helplines.txt:%d: unknown kind %q", n, l.Kind)
		}
		if l.Name == "" || l.Contact == "" || l.Source == "" || l.Checked == "" {
			return nil, fmt.Errorf("helplines.txt:%d: name, contact, source and checked are required", n)
		}
		out = append(out, l)
	}
	return out, sc.Err()
}

// With returns a directory with the operator's lines added. A line with the
// name of a built-in line of the same country and kind replaces it; other
// lines come first in their country's list. Operator lines are always
// shown (the operator vouches for them), and a line without a country
// serves everyone, shown where the person's country is unknown or has no
// line of that kind.
func (d *Directory) With(extra []Line) *Directory {
	out := &Directory{byCountry: map[string][]Line{}}
	for c, ls := range d.byCountry {
		out.byCountry[c] = slices.Clone(ls)
	}
	for i := len(extra) - 1; i >= 0; i-- {
		l := extra[i]
		l.Country = strings.ToUpper(l.Country)
		if l.Kind == "" {
			l.Kind = KindCrisis
		}
		if !l.Verified() {
			l.Checked = "operator"
		}
		ls := out.byCountry[l.Country]
		if j := slices.IndexFunc(ls, func(b Line) bool { return b.Kind == l.Kind && strings.EqualFold(b.Name, l.Name) }); j >= 0 {
			ls[j] = l
			continue
		}
		out.byCountry[l.Country] = append([]Line{l}, ls...)
	}
	return out
}

// Lines returns the verified lines of a kind for a country, or those that
// serve everyone when the country has none.
func (d *Directory) Lines(country string, k Kind) []Line {
	if ls := d.lines(strings.ToUpper(country), k); len(ls) > 0 {
		return ls
	}
	return d.lines("", k)
}

// ownLines returns the verified lines of a kind that the country has of
// its own, without the lines that serve everyone.
func (d *Directory) ownLines(country string, k Kind) []Line {
	if country == "" {
		return nil
	}
	return d.lines(strings.ToUpper(country), k)
}

func (d *Directory) lines(country string, k Kind) []Line {
	var out []Line
	for _, l := range d.byCountry[country] {
		if l.Kind == k && l.Verified() {
			out = append(out, l)
		}
	}
	return out
}

// Emergency returns the verified emergency number of a country.
func (d *Directory) Emergency(country string) (Line, bool) {
	ls := d.lines(strings.ToUpper(country), KindEmergency)
	if len(ls) == 0 {
		return Line{}, false
	}
	return ls[0], true
}

// Local reports whether the directory has verified lines of its own for
// country.
func (d *Directory) Local(country string) bool {
	if country == "" {
		return false
	}
	for _, l := range d.byCountry[strings.ToUpper(country)] {
		if l.Verified() && l.Kind != KindEmergency {
			return true
		}
	}
	return false
}

var zones = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, s := range strings.Split(zonesData, "\n") {
		zone, cc, ok := strings.Cut(strings.TrimSpace(s), " ")
		if ok && !strings.HasPrefix(zone, "#") {
			m[zone] = cc
		}
	}
	return m
})

// CountryOfZone returns the country of an IANA time zone ("Europe/London"
// is "GB"), or "" for an unknown zone, UTC and the like.
func CountryOfZone(zone string) string { return zones()[zone] }

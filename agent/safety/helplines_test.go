package safety

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestCountryOfZone(t *testing.T) {
	tests := map[string]string{"Europe/London": "GB", "Europe/Berlin": "DE", "Europe/Madrid": "ES",
		"America/Sao_Paulo": "BR", "Europe/Kiev": "UA", "US/Eastern": "US", "Asia/Calcutta": "IN",
		"": "", "UTC": "", "Mars/Olympus": ""}
	for zone, want := range tests {
		if got := CountryOfZone(zone); got != want {
			t.Errorf("CountryOfZone(%q) = %q, want %q", zone, got, want)
		}
	}
}

// TestBuiltinLines checks the facts file: every line names its source and
// when it was checked, at least 25 countries are covered, and every
// verified country has an emergency number or a line that is shown.
func TestBuiltinLines(t *testing.T) {
	date := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	countries := map[string]bool{}
	shown := map[string]bool{}
	verified := map[Kind]map[string]bool{KindCrisis: {}, KindEmergency: {}}
	for _, l := range BuiltinLines() {
		if !strings.HasPrefix(l.Source, "https://") {
			t.Errorf("%s %s: source %q is not an https address", l.Country, l.Name, l.Source)
		}
		if l.Checked != "unverified" && !date.MatchString(l.Checked) {
			t.Errorf("%s %s: checked %q is neither a date nor unverified", l.Country, l.Name, l.Checked)
		}
		if l.Country != "" {
			countries[l.Country] = true
			if l.Verified() {
				shown[l.Country] = true
				if verified[l.Kind] != nil {
					verified[l.Kind][l.Country] = true
				}
			}
		}
	}
	both := 0
	for c := range verified[KindCrisis] {
		if verified[KindEmergency][c] {
			both++
		}
	}
	t.Logf("%d countries, %d of them with a verified crisis line and emergency number", len(countries), both)
	if len(countries) < 25 {
		t.Errorf("%d countries, want at least 25", len(countries))
	}
	if len(shown) < 15 {
		t.Errorf("%d countries with a verified line, want at least 15", len(shown))
	}
	d := Builtin()
	for _, l := range d.Lines("DK", KindCrisis) {
		if l.Country != "" {
			t.Errorf("an unverified line is shown: %+v", l)
		}
	}
}

func TestDirectoryWith(t *testing.T) {
	d := Builtin().With([]Line{
		{Country: "de", Name: "TelefonSeelsorge", Contact: "0800 000"},
		{Country: "DE", Name: "Krisendienst Test", Contact: "0800 111", Kind: KindCrisis},
		{Country: "DE", Name: "Notruf", Contact: "110", Kind: KindEmergency},
	})
	got := []string{}
	for _, l := range d.Lines("DE", KindCrisis) {
		got = append(got, l.Contact)
	}
	if want := []string{"0800 111", "0800 000"}; !reflect.DeepEqual(got, want) {
		t.Errorf("DE crisis lines %q, want %q", got, want)
	}
	if e, _ := d.Emergency("DE"); e.Contact != "110" {
		t.Errorf("emergency %q, want the operator's 110", e.Contact)
	}
	if e, _ := Builtin().Emergency("DE"); e.Contact != "112" {
		t.Errorf("With changed the built-in directory: %q", e.Contact)
	}
}

// withVerb are the Words fields that take a line or a number (%s).
var withVerb = map[string]bool{"LeadMedical": true, "EmergencySelf": true, "EmergencyAbuse": true,
	"EmergencyOther": true, "LineSelf": true, "LineAbuse": true, "LineOther": true, "LineOtherAbuse": true, "ListFooter": true}

func TestWordsComplete(t *testing.T) {
	for _, lang := range ReplyLanguages() {
		w, ok := WordsFor(lang)
		if !ok {
			t.Errorf("%s: no words", lang)
			continue
		}
		v := reflect.ValueOf(w)
		for i := range v.NumField() {
			name, s := v.Type().Field(i).Name, v.Field(i).String()
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: %s is empty", lang, name)
			}
			wantVerbs := 0
			if withVerb[name] {
				wantVerbs = 1
			}
			if got := strings.Count(s, "%s"); got != wantVerbs || strings.Count(s, "%") != wantVerbs {
				t.Errorf("%s: %s has %d %%s, want %d", lang, name, got, wantVerbs)
			}
		}
	}
	if _, ok := WordsFor("sv"); ok {
		t.Error("Swedish words claimed")
	}
}

func TestComposeEveryLanguageAndSituation(t *testing.T) {
	d := Builtin()
	for _, lang := range append(ReplyLanguages(), "sv") {
		for _, res := range []Result{{Situation: Self}, {Situation: Abuse}, {Situation: Other}, {Situation: Other, Violence: true}, {Situation: Medical}} {
			res.Lang = lang
			sit := res.Situation
			for _, country := range []string{"", "GB", "ES", "JP"} {
				r := Compose(res, country, d, "")
				if strings.Contains(r.Text, "%!") || r.ShowHelplines == "" || r.ContinueLater == "" {
					t.Errorf("%s %s %s: %+v", lang, sit, country, r)
				}
				if lang == "sv" && r.Lang != "en" {
					t.Errorf("a language without words answered as %q", r.Lang)
				}
			}
		}
	}
	if r := Compose(Result{Situation: Self, Lang: "en"}, "", d, "112"); !strings.Contains(r.Text, "call 112 now") {
		t.Errorf("the operator's emergency note is not used where the country is unknown:\n%s", r.Text)
	}
}

// TestMedicalSpeaksToBoth checks that the medical reply tells the person it
// is happening to what to do, not only someone beside them: "i took too
// many" and "my friend took too many" get the same reply.
func TestMedicalSpeaksToBoth(t *testing.T) {
	for _, lang := range ReplyLanguages() {
		w, _ := WordsFor(lang)
		if w.MedicalAdvice == words["en"].MedicalAdvice && lang != "en" {
			t.Errorf("%s: the medical advice is left in English", lang)
		}
	}
	r := Compose(Result{Situation: Medical, Lang: "en"}, "GB", Builtin(), "")
	for _, want := range []string{"If it's you", "unlock the door", "someone else, stay with them"} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("the medical reply lacks %q:\n%s", want, r.Text)
		}
	}
}

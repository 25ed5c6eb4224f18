package safety

import (
	"fmt"
	"strings"
)

// Reply is a crisis reply, ready to send.
type Reply struct {
	Text string
	// Lang is the language it is written in.
	Lang string
	// ShowHelplines and ContinueLater label its two choices.
	ShowHelplines, ContinueLater string
}

// Compose writes the reply to a crisis message r: in its language when the
// companion has its words (English otherwise), with the lines of country (an ISO
// code, "" when unknown). note names the emergency service when the
// country's number is unknown; empty or the English default means "your
// local emergency number" in the reply's language. A young person (r.Young)
// also gets the country's line for young people. It never asks a model.
func Compose(r Result, country string, d *Directory, note string) Reply {
	lang, w, e := replyWords(r, country, d, note)
	var parts []string
	switch r.Situation {
	case Medical:
		parts = []string{fmt.Sprintf(w.LeadMedical, e), w.MedicalAdvice, w.NotServiceMedical, w.StayMedical}
	case Abuse:
		parts = []string{w.LeadAbuse,
			w.NotService + " " + fmt.Sprintf(w.EmergencyAbuse, e) + " " + w.SafePlace,
			lineSentence(d, country, KindAbuse, w.LineAbuse, w.FallbackAbuse), w.Stay}
	case Other:
		how, kind, line, fallback := w.HowToHelp, KindCrisis, w.LineOther, w.FallbackOther
		if r.Violence {
			how, kind, line, fallback = w.HowToHelpAbuse, KindAbuse, w.LineOtherAbuse, w.FallbackOtherAbuse
		}
		parts = []string{w.LeadOther + " " + how,
			w.NotServiceOther + " " + fmt.Sprintf(w.EmergencyOther, e),
			lineSentence(d, country, kind, line, fallback), w.Stay}
	default:
		parts = []string{w.LeadSelf,
			w.NotService + " " + fmt.Sprintf(w.EmergencySelf, e),
			lineSentence(d, country, KindCrisis, w.LineSelf, w.FallbackSelf), w.Stay}
	}
	// A young person also gets the line for young people, before the
	// last words, or a plain word that none is known where they are.
	if r.Young && r.Situation != Medical {
		parts = append(parts[:len(parts)-1], youthSentence(lang, country, d), parts[len(parts)-1])
	}
	return Reply{Text: strings.Join(parts, "\n"), Lang: lang, ShowHelplines: w.ShowHelplines, ContinueLater: w.ContinueLater}
}

// HelplineList is the answer to "Show helplines": every verified crisis
// and abuse line of the country (or the lines for everyone), then the
// emergency number.
func HelplineList(lang, country string, d *Directory, note string) string {
	w, _ := WordsFor(lang)
	var b strings.Builder
	b.WriteString(w.ListHeader + "\n")
	seen := map[string]bool{}
	for _, k := range []Kind{KindCrisis, KindAbuse} {
		for _, l := range d.Lines(country, k) {
			if seen[l.Name+l.Contact] {
				continue
			}
			seen[l.Name+l.Contact] = true
			b.WriteString("- **" + l.Name + "**: " + l.Contact)
			if l.Hours != "" {
				b.WriteString(" (" + l.Hours + ")")
			}
			b.WriteString("\n")
		}
	}
	if d.Local(country) {
		b.WriteString("- " + w.Elsewhere + "\n")
	}
	b.WriteString("\n" + fmt.Sprintf(w.ListFooter, emergencyWords(w, country, d, note)))
	return b.String()
}

// EmergencyFor names, in lang (English when it has no words), the
// emergency number of country, or the operator's note, or the plain words
// for it when neither is known.
func EmergencyFor(lang, country string, d *Directory, note string) string {
	w, ok := words[lang]
	if !ok {
		w = words["en"]
	}
	return emergencyWords(w, country, d, note)
}

// emergencyWords names the emergency number for a country.
func emergencyWords(w Words, country string, d *Directory, note string) string {
	if l, ok := d.Emergency(country); ok {
		return l.Contact
	}
	if note != "" && note != words["en"].LocalEmergency {
		return note
	}
	return w.LocalEmergency
}

// lineSentence introduces the first line of a kind for the country, or
// points to the international directory.
func lineSentence(d *Directory, country string, k Kind, with, fallback string) string {
	ls := d.Lines(country, k)
	if len(ls) == 0 || ls[0].Country == "" && strings.Contains(ls[0].Contact, "findahelpline.com") {
		return fallback
	}
	return fmt.Sprintf(with, formatLine(ls[0]))
}

func formatLine(l Line) string {
	s := l.Name + ", " + l.Contact
	if l.Hours != "" {
		s += ", " + l.Hours
	}
	return s
}

// replyWords are the language a reply to r is written in (English when the
// companion has no words for r's), its words, and how the emergency number
// is named in them.
func replyWords(r Result, country string, d *Directory, note string) (lang string, w Words, emergency string) {
	lang = r.Lang
	w, ok := WordsFor(lang)
	if !ok {
		lang = "en"
	}
	return lang, w, emergencyWords(w, country, d, note)
}

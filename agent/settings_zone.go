package agent

import (
	"strconv"
	"strings"
	"time"
)

// People name their timezone as often by its short name or its offset as
// by a city: "EST", "pacific time", "CET", "gmt+2", "UTC -5", "utc+5:30".
// Each short name stands for the zone most people who use it live in;
// an offset is a fixed zone, or the place that keeps a half hour.

// zoneAbbrevs maps a timezone's short name to the zone it most often means.
var zoneAbbrevs = map[string]string{
	"est": "America/New_York", "edt": "America/New_York", "et": "America/New_York", "eastern": "America/New_York",
	"cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago", "central": "America/Chicago",
	"mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver", "mountain": "America/Denver",
	"pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
	"akst": "America/Anchorage", "akdt": "America/Anchorage", "alaska": "America/Anchorage",
	"hst": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
	"ast": "America/Halifax", "adt": "America/Halifax", "atlantic": "America/Halifax",
	"nst": "America/St_Johns", "ndt": "America/St_Johns",
	"bst": "Europe/London", "wet": "Europe/Lisbon", "west": "Europe/Lisbon",
	"cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin", "mesz": "Europe/Berlin",
	"eet": "Europe/Athens", "eest": "Europe/Athens", "msk": "Europe/Moscow", "trt": "Europe/Istanbul",
	"ist": "Asia/Kolkata", "pkt": "Asia/Karachi", "npt": "Asia/Kathmandu",
	"ict": "Asia/Bangkok", "wib": "Asia/Jakarta", "sgt": "Asia/Singapore", "hkt": "Asia/Hong_Kong",
	"pht": "Asia/Manila", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
	"awst": "Australia/Perth", "acst": "Australia/Adelaide", "acdt": "Australia/Adelaide",
	"aest": "Australia/Sydney", "aedt": "Australia/Sydney", "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
	"brt": "America/Sao_Paulo", "art": "America/Argentina/Buenos_Aires",
	"sast": "Africa/Johannesburg", "wat": "Africa/Lagos", "cat": "Africa/Maputo", "eat": "Africa/Nairobi",
}

// wordyZones are the short names that are ordinary words too ("art",
// "cat", "west", "central"): they name a zone only beside "time",
// "timezone" or "zone", or as the whole message in capitals.
var wordyZones = map[string]bool{"et": true, "ct": true, "mt": true, "pt": true, "ast": true, "art": true, "cat": true,
	"west": true, "eastern": true, "central": true, "mountain": true, "pacific": true, "atlantic": true, "alaska": true,
	"hawaii": true, "ist": true, "mez": true}

// halfHourZones are places that keep an offset off the whole hour.
var halfHourZones = map[int]string{
	5*60 + 30: "Asia/Kolkata", 5*60 + 45: "Asia/Kathmandu", 9*60 + 30: "Australia/Adelaide", 3*60 + 30: "Asia/Tehran",
	4*60 + 30: "Asia/Kabul", 6*60 + 30: "Asia/Yangon", -3*60 - 30: "America/St_Johns", 10*60 + 30: "Australia/Lord_Howe",
}

// reZoneOffset is an offset from UTC or GMT: "gmt+2", "UTC -5", "utc+05:30".
var reZoneOffset = mustPattern(`\b(?:utc|gmt)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?\b`)

// reZoneWord says a timezone is named: "eastern time", "pacific timezone".
var reZoneWord = mustPattern(`^(?:time|timezone|time zone|zone|standard|daylight)\b`)

// zoneNamed reads a timezone given by short name or offset in text; false
// when it names none.
func zoneNamed(text string) (string, bool) {
	folded := strings.ToLower(text)
	if m := reZoneOffset.FindStringSubmatch(folded); m != nil {
		return offsetZone(m[1], m[2], m[3])
	}
	words := strings.FieldsFunc(folded, func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	whole := strings.TrimSpace(text)
	for i, w := range words {
		zone, ok := zoneAbbrevs[w]
		if !ok {
			continue
		}
		rest := strings.Join(words[i+1:], " ")
		named := reZoneWord.MatchString(rest) || len(words) == 1 && whole == strings.ToUpper(whole) && len(w) > 2
		if wordyZones[w] && !named {
			continue
		}
		if !wordyZones[w] && len(words) > 1 && !named && !reZoneLead.MatchString(strings.Join(words[:i], " ")) {
			// "est" inside a longer message names a zone only after a
			// lead-in ("i'm on est", "my timezone is cet").
			continue
		}
		return zone, true
	}
	return "", false
}

// reZoneLead ends the words before a short zone name that says it is one.
var reZoneLead = mustPattern(`(?:\b(?:on|in|use|is|to|its|it's|it is)|time ?zone)$`)

// offsetZone is the zone for an offset of sign, hours and minutes.
func offsetZone(sign, hours, minutes string) (string, bool) {
	h, err := strconv.Atoi(hours)
	if err != nil || h > 14 {
		return "", false
	}
	m := 0
	if minutes != "" {
		if m, err = strconv.Atoi(minutes); err != nil || m >= 60 {
			return "", false
		}
	}
	total := h*60 + m
	if sign == "-" {
		total = -total
	}
	if m != 0 {
		zone, ok := halfHourZones[total]
		return zone, ok
	}
	name := fixedZone(total / 60)
	if _, err := time.LoadLocation(name); err != nil {
		return "", false
	}
	return name, true
}

// reZoneSaid tells a timezone in so many words; group 2 is the zone, and
// group 1 is set when the lead-in is "i'm on", which only a zone's name
// may follow ("i'm on eastern time", never "i'm on the bus").
var reZoneSaid = mustPattern(`^(?:(?:hi|hey|ok|okay|btw|fyi|also|actually|so|and)\b[ ,]*)*(?:(?:my|our) time ?zone(?: is|'s|s)?|(?:set|change|switch|update) (?:my |the )?time ?zone to|time ?zone(?: is)?:?|(i'?m on|im on|i am on|we'?re on|were on))\s+(.+?)(?:[ ,]+(?:btw|thanks|thx|please|pls|now|lol|here))*[.!]*$`)

// zoneSaid reads a message, in lower case, that tells the timezone ("my timezone is
// CET", "i'm on pacific time"); false for anything else.
func zoneSaid(lower string) (string, bool) {
	m := reZoneSaid.FindStringSubmatch(lower)
	if m == nil {
		return "", false
	}
	if m[1] != "" {
		return zoneNamed(m[2])
	}
	return findLocation(m[2])
}

// zoneTold sets the timezone a message outside any flow tells in so many
// words ("my timezone is gmt+2", "set my time zone to tokyo", "i'm on
// eastern time"); false for any other message.
func (t *turn) zoneTold() bool {
	if t.p.Flow.Name != "" || t.m.Group {
		return false
	}
	zone, ok := zoneSaid(strings.ToLower(strings.TrimSpace(strings.ReplaceAll(t.text, "’", "'"))))
	if !ok {
		return false
	}
	t.useZone(zone)
	return true
}

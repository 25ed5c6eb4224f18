package config

import (
	"regexp"
	"strings"
)

// Access says who may talk to the companion on Telegram and Matrix.
type Access struct {
	// AllowedUsers lists who may talk to the companion: Telegram numeric ids
	// ("123456789"), Telegram usernames ("@alice"), Matrix ids
	// ("@bob:example.org") and Matrix server patterns ("@*:example.org",
	// everyone on that server). Empty allows everyone. From the environment
	// the list is comma- or space-separated.
	AllowedUsers []string `yaml:"allowed_users" env:"COMPANION_ALLOWED_USERS"`
}

var (
	telegramIDRe   = regexp.MustCompile(`^-?[0-9]{1,20}$`)
	telegramUserRe = regexp.MustCompile(`^@[A-Za-z][A-Za-z0-9_]{3,31}$`)
	// A Matrix user id: "@" localpart ":" server name, where the server name
	// is a host name, an IPv4 address or a bracketed IPv6 address, with an
	// optional port. Historical localparts may hold any printable character
	// but ":" and spaces.
	matrixIDRe = regexp.MustCompile(`^@([^:\s]+):((?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?)$`)
)

// Allows reports whether any of ids is allowed. Adapters pass every name
// the sender goes by: a Telegram user's numeric id and "@username", or a
// Matrix user id. A "telegram:" or "matrix:" prefix, as in agent.PersonID,
// is ignored.
//
// Telegram usernames match regardless of case (with or without the "@");
// Matrix ids match exactly in the localpart and regardless of case in the
// server name; "@*:server" matches every user on exactly that server. An
// empty list allows everyone.
func (a Access) Allows(ids ...string) bool {
	if len(a.AllowedUsers) == 0 {
		return true
	}
	for _, id := range ids {
		id = strings.TrimSpace(id)
		id = strings.TrimPrefix(id, "telegram:")
		id = strings.TrimPrefix(id, "matrix:")
		if id == "" {
			continue
		}
		for _, entry := range a.AllowedUsers {
			if allowedBy(strings.TrimSpace(entry), id) {
				return true
			}
		}
	}
	return false
}

// allowedBy reports whether one allow-list entry admits id.
func allowedBy(entry, id string) bool {
	switch {
	case telegramIDRe.MatchString(entry):
		return id == entry
	case telegramUserRe.MatchString(entry):
		if strings.Contains(id, ":") {
			return false
		}
		return strings.EqualFold(entry[1:], strings.TrimPrefix(id, "@"))
	}
	em := matrixIDRe.FindStringSubmatch(entry)
	im := matrixIDRe.FindStringSubmatch(id)
	if em == nil || im == nil || !strings.EqualFold(em[2], im[2]) {
		return false
	}
	return em[1] == "*" || em[1] == im[1]
}

// allowEntryProblem says what is wrong with an allow-list entry, or "".
func allowEntryProblem(entry string) string {
	switch {
	case entry == "":
		return "empty entry (remove it, or list a Telegram id, @username or Matrix id)"
	case telegramIDRe.MatchString(entry), telegramUserRe.MatchString(entry), matrixIDRe.MatchString(entry):
		return ""
	case !strings.HasPrefix(entry, "@"):
		return "not a Telegram id, @username or Matrix id: " + quoteShort(entry) +
			` (write usernames with "@", e.g. "@` + entry + `"; Telegram ids are digits only)`
	case strings.Contains(entry, ":"):
		return "not a Matrix user id: " + quoteShort(entry) + ` (want "@name:example.org" or "@*:example.org")`
	default:
		return "not a Telegram username: " + quoteShort(entry) +
			" (after the @: 4 to 32 letters, digits or underscores, starting with a letter)"
	}
}

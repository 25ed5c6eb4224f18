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

// allowedBy reports whether one allow-list entry admits id. It runs for
// every incoming message, so it parses by hand rather than with the
// regular expressions Validate uses; Validate has already rejected
// malformed entries.
func allowedBy(entry, id string) bool {
	if isTelegramID(entry) {
		return id == entry
	}
	if local, server, ok := splitMatrixID(entry); ok {
		idLocal, idServer, ok := splitMatrixID(id)
		return ok && strings.EqualFold(server, idServer) && (local == "*" || local == idLocal)
	}
	if len(entry) > 1 && entry[0] == '@' && !strings.Contains(id, ":") {
		return strings.EqualFold(entry[1:], strings.TrimPrefix(id, "@"))
	}
	return false
}

// isTelegramID reports whether s is a Telegram numeric id (negative for group chats).
func isTelegramID(s string) bool {
	return digits(strings.TrimPrefix(s, "-"))
}

// splitMatrixID splits "@local:server" into its parts.
func splitMatrixID(s string) (local, server string, ok bool) {
	if len(s) < 4 || s[0] != '@' {
		return "", "", false
	}
	i := strings.IndexByte(s, ':')
	if i < 2 || i == len(s)-1 {
		return "", "", false
	}
	return s[1:i], s[i+1:], true
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

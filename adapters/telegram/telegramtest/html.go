package telegramtest

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// allowedTags are the HTML tags the Bot API accepts with parse_mode HTML.
var allowedTags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
	"s": true, "strike": true, "del": true, "span": true, "tg-spoiler": true,
	"a": true, "code": true, "pre": true, "blockquote": true, "tg-emoji": true,
}

// ParseHTML checks text the way the Bot API does for parse_mode HTML and
// returns the visible text. The error reads like Telegram's description after
// "Bad Request: can't parse entities: ".
func ParseHTML(text string) (string, error) {
	var out strings.Builder
	var stack []string
	for i := 0; i < len(text); {
		switch c := text[i]; c {
		case '<':
			end := strings.IndexByte(text[i:], '>')
			if end < 0 {
				return "", fmt.Errorf("unclosed start tag at byte offset %d", i)
			}
			raw := text[i+1 : i+end]
			if err := applyTag(raw, i, &stack); err != nil {
				return "", err
			}
			i += end + 1
		case '>':
			return "", fmt.Errorf("unexpected end of tag at byte offset %d", i)
		case '&':
			end := strings.IndexByte(text[i:], ';')
			if end < 0 {
				return "", fmt.Errorf("character entity expected at byte offset %d", i)
			}
			r, ok := entity(text[i+1 : i+end])
			if !ok {
				return "", fmt.Errorf("unsupported HTML entity at byte offset %d", i)
			}
			out.WriteString(r)
			i += end + 1
		default:
			out.WriteByte(c)
			i++
		}
	}
	if len(stack) > 0 {
		return "", fmt.Errorf("can't find end tag corresponding to start tag \"%s\"", stack[len(stack)-1])
	}
	return out.String(), nil
}

func applyTag(raw string, at int, stack *[]string) error {
	if strings.HasPrefix(raw, "/") {
		name := strings.TrimSpace(raw[1:])
		if len(*stack) == 0 || (*stack)[len(*stack)-1] != name {
			return fmt.Errorf("unexpected end tag at byte offset %d", at)
		}
		*stack = (*stack)[:len(*stack)-1]
		return nil
	}
	name, attrs, _ := strings.Cut(raw, " ")
	if !allowedTags[name] {
		return fmt.Errorf("unsupported start tag \"%s\" at byte offset %d", name, at)
	}
	if name == "a" && !strings.HasPrefix(strings.TrimSpace(attrs), "href=") {
		return fmt.Errorf("tag \"a\" must have attribute href at byte offset %d", at)
	}
	if n := len(*stack); n > 0 && (*stack)[n-1] == "pre" && name != "code" {
		return fmt.Errorf("only code is allowed inside pre at byte offset %d", at)
	}
	*stack = append(*stack, name)
	return nil
}

func entity(name string) (string, bool) {
	switch name {
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "amp":
		return "&", true
	case "quot":
		return "\"", true
	}
	var r rune
	switch {
	case strings.HasPrefix(name, "#x"):
		if _, err := fmt.Sscanf(name[2:], "%x", &r); err != nil {
			return "", false
		}
	case strings.HasPrefix(name, "#"):
		if _, err := fmt.Sscanf(name[1:], "%d", &r); err != nil {
			return "", false
		}
	default:
		return "", false
	}
	return string(r), true
}

// UTF16Len is the length of s in UTF-16 code units, the unit Telegram counts
// message length in.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

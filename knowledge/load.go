package knowledge

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent"
)

// maxFileSize bounds one guide file, so a stray large file in a user's
// folder gives a clear error instead of eating memory.
const maxFileSize = 32 << 20

// document is one parsed guide file.
type document struct {
	id       string
	title    string
	tags     []string
	sections []agent.Section
}

// parseDocument parses one guide file: front matter, then Markdown split at
// level-two headings. Problems are reported as *ParseError naming the file
// and line.
func parseDocument(file string, data []byte) (document, error) {
	fail := func(line int, format string, args ...any) (document, error) {
		return document{}, &ParseError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	if len(data) > maxFileSize {
		return fail(0, "file is larger than %d MB", maxFileSize>>20)
	}
	if !utf8.Valid(data) {
		return fail(invalidUTF8Line(data), "not valid UTF-8")
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return fail(1, "empty file")
	}
	lines := strings.Split(text, "\n")
	var doc document
	bodyStart, err := parseFrontMatter(file, lines, &doc)
	if err != nil {
		return document{}, err
	}
	if err := splitSections(file, lines, bodyStart, &doc); err != nil {
		return document{}, err
	}
	return doc, nil
}

func invalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// parseFrontMatter reads the block between the opening and closing "---"
// lines into doc and returns the index of the first body line. It accepts
// "key: value" lines, tags as "[a, b]", "a, b" or a "- item" list, blank
// lines and "#" comments; keys other than id, title and tags are ignored.
func parseFrontMatter(file string, lines []string, doc *document) (int, error) {
	fail := func(line int, format string, args ...any) (int, error) {
		msg := "front matter: " + fmt.Sprintf(format, args...)
		return 0, &ParseError{File: file, Line: line, Msg: msg}
	}
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if strings.TrimSpace(lines[first]) != "---" {
		return fail(first+1, "file must start with a --- line")
	}
	seen := map[string]int{}
	listKey, listLine := "", 0 // a key whose value continues as "- item" lines
	for i := first + 1; i < len(lines); i++ {
		n := i + 1
		raw := lines[i]
		line := strings.TrimSpace(raw)
		switch {
		case line == "---":
			if listKey == "tags" && len(doc.tags) == 0 {
				return fail(listLine, "bad tags: empty list")
			}
			return i + 1, finishFrontMatter(file, n, doc)
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "- ") || line == "-":
			if listKey == "" {
				return fail(n, "list item without a key")
			}
			if listKey == "tags" {
				tag, err := parseTag(strings.TrimSpace(strings.TrimPrefix(line, "-")))
				if err != nil {
					return fail(n, "bad tags: %v", err)
				}
				doc.tags = append(doc.tags, tag)
			}
			continue
		}
		if listKey != "" && listKey != "tags" && raw != strings.TrimLeft(raw, " \t") {
			continue // nested value of a key this parser does not use
		}
		if listKey == "tags" && len(doc.tags) == 0 {
			return fail(listLine, "bad tags: empty list")
		}
		listKey = ""
		key, value, ok := strings.Cut(line, ":")
		key = strings.TrimSpace(key)
		if !ok || key == "" || strings.ContainsAny(key, " \t") || raw != strings.TrimLeft(raw, " \t") {
			return fail(n, "expected \"key: value\", got %q", clip(line, 40))
		}
		if prev, dup := seen[key]; dup {
			return fail(n, "%s given twice (first on line %d)", key, prev)
		}
		seen[key] = n
		value = strings.TrimSpace(value)
		switch key {
		case "id":
			v, err := unquote(value)
			if err != nil {
				return fail(n, "id: %v", err)
			}
			if v != "" && slug(v) != v {
				return fail(n, "id %q must be lowercase letters, digits and single hyphens", v)
			}
			doc.id = strings.Clone(v)
		case "title":
			v, err := unquote(value)
			if err != nil {
				return fail(n, "title: %v", err)
			}
			doc.title = strings.Clone(v)
		case "tags":
			if value == "" {
				listKey, listLine = key, n
				continue
			}
			tags, err := parseTags(value)
			if err != nil {
				return fail(n, "bad tags: %v", err)
			}
			doc.tags = tags
		default:
			if value == "" {
				listKey, listLine = key, n
			}
		}
	}
	return fail(first+1, "no closing --- line")
}

func finishFrontMatter(file string, closing int, doc *document) error {
	switch {
	case doc.id == "":
		return &ParseError{File: file, Line: closing, Msg: "front matter: missing id"}
	case doc.title == "":
		return &ParseError{File: file, Line: closing, Msg: "front matter: missing title"}
	}
	return nil
}

// parseTags reads "[a, b]" or "a, b".
func parseTags(value string) ([]string, error) {
	if strings.HasPrefix(value, "[") {
		if !strings.HasSuffix(value, "]") {
			return nil, fmt.Errorf("missing closing ]")
		}
		value = strings.TrimSpace(value[1 : len(value)-1])
		if value == "" {
			return nil, nil
		}
	} else if strings.ContainsAny(value, "[]") {
		return nil, fmt.Errorf("unbalanced brackets")
	}
	var tags []string
	for _, item := range strings.Split(value, ",") {
		tag, err := parseTag(strings.TrimSpace(item))
		if err != nil {
			return nil, err
		}
		tags = append(tags, tag)
	}
	return tags, nil
}

func parseTag(item string) (string, error) {
	tag, err := unquote(item)
	if err != nil {
		return "", err
	}
	tag = strings.ToLower(strings.TrimSpace(tag))
	if tag == "" {
		return "", fmt.Errorf("empty tag")
	}
	if strings.ContainsAny(tag, "[]{}:,") {
		return "", fmt.Errorf("tag %q has a stray bracket, colon or comma", clip(tag, 30))
	}
	return strings.Clone(tag), nil
}

// unquote removes matching single or double quotes around a value.
func unquote(v string) (string, error) {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		s, err := strconv.Unquote(v)
		if err != nil {
			return "", fmt.Errorf("bad quoted string")
		}
		return strings.TrimSpace(s), nil
	}
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		return strings.TrimSpace(strings.ReplaceAll(v[1:len(v)-1], "''", "'")), nil
	}
	if v != "" && (v[0] == '"' || v[0] == '\'') {
		return "", fmt.Errorf("unterminated quote")
	}
	return v, nil
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// splitSections splits the body into the lead section and one section per
// "## " heading. Headings inside fenced code blocks do not split.
func splitSections(file string, lines []string, start int, doc *document) error {
	var (
		title    = doc.title
		id       = doc.id
		body     []string
		fence    string
		used     = map[string]bool{doc.id: true}
		headings int
		asks     []string
	)
	emit := func() {
		text := strings.TrimSpace(strings.Join(body, "\n"))
		if id == doc.id && text == "" && len(asks) == 0 {
			return // no lead text: the document starts with a heading
		}
		doc.sections = append(doc.sections, agent.Section{
			ID: id, Title: title, Document: doc.title, Body: text, Tags: doc.tags, Asks: asks,
		})
		asks = nil
	}
	for i := start; i < len(lines); i++ {
		line := lines[i]
		if fence == "" && isAsksOpen(line) {
			list, end, err := parseAsks(file, lines, i)
			if err != nil {
				return err
			}
			asks = append(asks, list...)
			i = end
			continue
		}
		if f := fenceMarker(line); f != "" {
			switch {
			case fence == "":
				fence = f
			case strings.HasPrefix(f, fence):
				fence = ""
			}
		}
		heading, ok := level2Heading(line)
		if fence != "" || !ok {
			body = append(body, line)
			continue
		}
		if heading == "" {
			return &ParseError{File: file, Line: i + 1, Msg: "empty heading"}
		}
		s := slug(heading)
		if s == "" {
			return &ParseError{File: file, Line: i + 1, Msg: fmt.Sprintf("heading %q has no letters or digits", clip(heading, 40))}
		}
		emit()
		headings++
		id = uniqueID(doc.id+"/"+s, used)
		// Copied so the section does not keep the whole file's text alive.
		title, body = strings.Clone(heading), body[:0]
	}
	emit()
	if headings == 0 && len(doc.sections) == 0 {
		return &ParseError{File: file, Line: start + 1, Msg: "no text after the front matter"}
	}
	return nil
}

// fenceMarker returns the run of backticks or tildes that opens or closes a
// fenced code block on this line, or "".
func fenceMarker(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 {
		return ""
	}
	return t[:n]
}

// level2Heading reports whether line is an ATX "## " heading and returns its
// text without a closing run of "#".
func level2Heading(line string) (string, bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, "##") {
		return "", false
	}
	rest := t[2:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", false // "###" or "##x"
	}
	rest = strings.TrimSpace(rest)
	if trimmed := strings.TrimRight(rest, "#"); trimmed != rest && (trimmed == "" || strings.HasSuffix(trimmed, " ")) {
		rest = strings.TrimSpace(trimmed)
	}
	return rest, true
}

func uniqueID(id string, used map[string]bool) string {
	out := id
	for n := 2; used[out]; n++ {
		out = id + "-" + strconv.Itoa(n)
	}
	used[out] = true
	return out
}

// slug lowercases s and turns each run of characters that are not letters or
// digits into one hyphen, trimming hyphens at both ends:
// "Don't panic!" becomes "don-t-panic".
func slug(s string) string {
	var b bytes.Buffer
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

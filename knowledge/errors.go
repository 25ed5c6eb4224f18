package knowledge

import (
	"errors"
	"fmt"
)

// ErrDuplicateID is returned, wrapped, by Load when two guide documents
// declare the same id; the message names both files.
var ErrDuplicateID = errors.New("duplicate document id")

// ErrNoDocuments is returned by Load when there is nothing to index: a
// replacing folder with no Markdown files in it.
var ErrNoDocuments = errors.New("no guide documents")

// ErrNoDir is returned by Load when Options.Replace is set without a folder
// to replace the embedded guide with.
var ErrNoDir = errors.New("replace needs a folder")

// ErrUnknownSet is returned, wrapped, by Load when Options.Asked names a
// question set that is not one of QuestionSets.
var ErrUnknownSet = errors.New("unknown question set")

// ParseError is returned, wrapped, by Load when a guide file is malformed.
// It names the file and, when known, the line, as in
// "guide/x.md:3: front matter: missing id".
type ParseError struct {
	// File is the file's name: "guide/x.md" for the embedded guide, the path
	// on disk for a file from Options.Dir.
	File string
	// Line is the 1-based line the problem was found on; 0 when the problem
	// concerns the whole file.
	Line int
	// Msg says what is wrong.
	Msg string
}

// Error formats the problem as "file:line: message".
func (e *ParseError) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

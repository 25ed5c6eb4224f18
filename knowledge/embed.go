package knowledge

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// guideFS holds the guide that ships with the program.
//
//go:embed guide/*.md
var guideFS embed.FS

// Options say which guide files Load reads.
type Options struct {
	// Dir is a folder of the user's own Markdown guide files. They are added
	// to the embedded guide, or replace it when Replace is set. Files that do
	// not end in ".md" and hidden files and folders are ignored.
	Dir string
	// Replace drops the embedded guide and reads Dir alone.
	Replace bool
	// Asked names the built-in labelled question sets (QuestionSets) the
	// matcher learns from besides the sections' listed questions: nil means
	// all of them, an empty slice none. Measuring a set as unseen means
	// leaving it out here.
	Asked []string
}

// sourceFile is one guide file before parsing.
type sourceFile struct {
	name string // shown in errors
	data []byte
}

// Load reads, parses and indexes the guide. A malformed file gives an error
// naming the file and line (a *ParseError); two documents with the same id
// give an error wrapping ErrDuplicateID that names both files.
func Load(opts Options) (*KB, error) {
	if opts.Replace && opts.Dir == "" {
		return nil, fmt.Errorf("load guide: %w", ErrNoDir)
	}
	var files []sourceFile
	if !opts.Replace {
		embedded, err := readFS(guideFS, "guide", func(p string) string { return p })
		if err != nil {
			return nil, fmt.Errorf("read embedded guide: %w", err)
		}
		files = embedded
	}
	if opts.Dir != "" {
		own, err := readFS(os.DirFS(opts.Dir), ".", func(p string) string {
			return filepath.Join(opts.Dir, filepath.FromSlash(p))
		})
		if err != nil {
			return nil, fmt.Errorf("read guide folder: %w", err)
		}
		files = append(files, own...)
	}
	docs := make([]document, 0, len(files))
	owner := make(map[string]string, len(files))
	for _, f := range files {
		doc, err := parseDocument(f.name, f.data)
		if err != nil {
			return nil, err
		}
		if first, dup := owner[doc.id]; dup {
			return nil, fmt.Errorf("%w %q in %s and %s", ErrDuplicateID, doc.id, first, f.name)
		}
		owner[doc.id] = f.name
		docs = append(docs, doc)
	}
	asked := opts.Asked
	if asked == nil {
		asked = QuestionSets
	}
	for _, name := range asked {
		if !slices.Contains(QuestionSets, name) {
			return nil, fmt.Errorf("load guide: %w %q", ErrUnknownSet, name)
		}
	}
	kb := build(docs, asked)
	if len(kb.sections) == 0 {
		return nil, fmt.Errorf("load guide: %w", ErrNoDocuments)
	}
	return kb, nil
}

// readFS returns the Markdown files under root in fsys, sorted by path, so
// the guide's order does not depend on the file system.
func readFS(fsys fs.FS, root string, name func(string) string) ([]sourceFile, error) {
	var paths []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := path.Base(p)
		if p != root && strings.HasPrefix(base, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.EqualFold(path.Ext(base), ".md") || d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// A linked file counts; a link to a folder or a dangling link does not.
			info, err := fs.Stat(fsys, p)
			if err != nil || !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	files := make([]sourceFile, 0, len(paths))
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		files = append(files, sourceFile{name: name(p), data: data})
	}
	return files, nil
}

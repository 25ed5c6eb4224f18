package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Modes of everything in a data directory: only the owner may read it.
const (
	fileMode = 0o600
	dirMode  = 0o700
)

// tighten makes every file under dir 0600 and every folder 0700. Badger
// creates its files 0666 less the umask, with no way to ask for less, so the
// store narrows them after the fact: at open, as new files appear (see
// watchSpace) and at close. A process that sets its umask to 077 first, as
// the companion binary does, never has a wider file in between.
func tighten(dir string) error {
	var errs []error
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // removed meanwhile (a compacted table)
			}
			return err
		}
		want := fs.FileMode(fileMode)
		if d.IsDir() {
			want = dirMode
		}
		info, err := d.Info()
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		if info.Mode().Perm() == want || info.Mode()&fs.ModeSymlink != 0 {
			return nil
		}
		if err := os.Chmod(path, want); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
		return nil
	})
	if err := errors.Join(append(errs, err)...); err != nil {
		return fmt.Errorf("file modes: %w", err)
	}
	return nil
}

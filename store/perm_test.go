//go:build unix

package store

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// assertPrivate fails for every file under dir that is not 0600 and every
// folder that is not 0700.
func assertPrivate(t *testing.T, dir string) {
	t.Helper()
	files := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		want := fs.FileMode(0o600)
		if d.IsDir() {
			want = 0o700
		} else {
			files++
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s is %v, want %v", path, got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatalf("no files under %s to check", dir)
	}
}

// Whatever the umask, the store's files are its owner's alone: those Badger
// makes at open, as it runs and at close, and the key file.
func TestFilesPrivateUnderOpenUmask(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.Mkdir(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	s, err := Open(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	assertPrivate(t, dir)
	// Enough turns for Badger to flush a table and start new logs.
	for i := range 40 {
		id := agent.PersonID(fmt.Sprintf("telegram:%d", i))
		commit(t, s, fmt.Sprintf("u%d", i), person(id, "w"), reply(id, "telegram", "hi"))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	assertPrivate(t, dir)
}

//go:build unix

package main

import (
	"io/fs"
	"path/filepath"
	"syscall"
	"testing"
)

// Started under umask 000, the companion still keeps its data directory,
// and the backups it writes and restores, to its owner alone.
func TestPrivateFilesUnderOpenUmask(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	src, dst := filepath.Join(t.TempDir(), "src"), filepath.Join(t.TempDir(), "dst")
	backups := t.TempDir()
	file := filepath.Join(backups, "backup.bin")
	if _, _, err := runMain(t, map[string]string{"COMPANION_DATA_DIR": src}, "/settings\n1\nQuinn\n", "chat"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runMain(t, nil, "", "backup", "--data-dir", src, file); err != nil {
		t.Fatalf("backup: %v", err)
	}
	if _, _, err := runMain(t, nil, "", "restore", "--data-dir", dst, file); err != nil {
		t.Fatalf("restore: %v", err)
	}
	for _, dir := range []string{src, dst} {
		walkModes(t, dir, true)
	}
	walkModes(t, backups, false)
}

// walkModes fails for every file under root that is not 0600, and, with
// dirs, every folder that is not 0700.
func walkModes(t *testing.T, root string, dirs bool) {
	t.Helper()
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.IsDir() && dirs:
			if info.Mode().Perm() != 0o700 {
				t.Errorf("%s is %v, want 0700", path, info.Mode().Perm())
			}
		case !d.IsDir():
			files++
			if info.Mode().Perm() != 0o600 {
				t.Errorf("%s is %v, want 0600", path, info.Mode().Perm())
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatalf("no files under %s", root)
	}
}

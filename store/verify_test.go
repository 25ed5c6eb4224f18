package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// filledStore writes a store of n people in dir and closes it.
func filledStore(t *testing.T, dir string, n int) {
	t.Helper()
	s, err := Open(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s, n)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func fill(t *testing.T, s *Store, n int) {
	t.Helper()
	for i := range n {
		id := agent.PersonID(fmt.Sprintf("telegram:%d", 1000+i))
		commit(t, s, fmt.Sprintf("u%d", i), person(id, fmt.Sprintf("w%d", i)), reply(id, "telegram", "hi"))
	}
}

// damage changes the first file matching pattern under dir.
func damage(t *testing.T, dir, pattern string, change func([]byte) []byte) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(files) == 0 {
		t.Fatalf("no file %s", pattern)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(files[0], change(data), 0o600); err != nil {
		t.Fatal(err)
	}
	return files[0]
}

func flipAt(frac float64) func([]byte) []byte {
	return func(b []byte) []byte {
		b[int(float64(len(b)-1)*frac)] ^= 0x01
		return b
	}
}

// Damage in a file everyone relies on stops Open with a *FileDamage that
// names the file, before Badger cuts anything short.
func TestOpenRefusesDamagedSharedFiles(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		change     func([]byte) []byte
	}{
		{"table", "badger/*.sst", flipAt(0.01)},
		{"manifest", "badger/MANIFEST", flipAt(0.9)},
		{"key registry", "badger/KEYREGISTRY", flipAt(0.9)},
		{"key file", "keys.db", flipAt(0.5)},
		{"value log cut in half", "badger/*.vlog", func(b []byte) []byte { return b[:len(b)/2] }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			filledStore(t, dir, 51)
			file := damage(t, dir, tc.file, tc.change)
			before, _ := os.Stat(file)
			_, err := Open(Options{Dir: dir})
			var d *FileDamage
			if !errors.As(err, &d) || !errors.Is(err, ErrDamagedFile) || d.File != file {
				t.Fatalf("Open: err = %v; want a FileDamage naming %s", err, file)
			}
			if after, _ := os.Stat(file); after.Size() != before.Size() {
				t.Errorf("the damaged file changed size: %d, was %d", after.Size(), before.Size())
			}
			r, err := Check(context.Background(), Options{Dir: dir})
			if err != nil || len(r.Files) != 1 || r.Files[0].File != file || !r.Damaged() {
				t.Errorf("Check = %+v, %v; want %s named", r, err, file)
			}
		})
	}
}

// A data directory copied while the store runs looks like a crash: its
// write-ahead logs are open and may end in an unfinished write. That opens
// with every commit; a byte flipped in the middle of such a log does not.
func TestWriteAheadLogAfterCrash(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, Options{Dir: dir})
	fill(t, s, 30)
	crashed := t.TempDir()
	if err := os.CopyFS(crashed, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	damaged := t.TempDir()
	if err := os.CopyFS(damaged, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	wal := damage(t, damaged, "badger/*.mem", func(b []byte) []byte {
		scan := scanLog(b)
		b[scan.end/2] ^= 0x01
		return b
	})

	c := openT(t, Options{Dir: crashed})
	if people, err := c.People(context.Background()); err != nil || len(people) != 30 {
		t.Errorf("after a crash: %d people, %v; want 30", len(people), err)
	}
	_, err := Open(Options{Dir: damaged})
	var d *FileDamage
	if !errors.As(err, &d) || d.File != wal {
		t.Errorf("Open with a damaged write-ahead log: err = %v; want a FileDamage naming %s", err, wal)
	}
}

func TestScanLog(t *testing.T) {
	dir := t.TempDir()
	filledStore(t, dir, 10)
	files, _ := filepath.Glob(filepath.Join(dir, "badger", "*.vlog"))
	clean, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	whole := scanLog(clean)
	if whole.torn || len(whole.damaged) != 0 || whole.end != int64(len(clean)) {
		t.Fatalf("clean log: %+v, size %d", whole, len(clean))
	}
	mid := func(b []byte) []byte { b[len(b)/2] ^= 1; return b }
	for _, tc := range []struct {
		name        string
		data        []byte
		damaged     int
		torn, short bool
	}{
		{"zeros after the end", append(append([]byte{}, clean...), make([]byte, 4096)...), 0, false, false},
		{"an unfinished write", append(append([]byte{}, clean...), 0, 0, 9, 200, 1, 'k'), 0, true, false},
		{"cut short", append([]byte{}, clean[:len(clean)-10]...), 0, true, true},
		{"a flipped byte inside", mid(append([]byte{}, clean...)), 1, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := scanLog(tc.data)
			if len(got.damaged) != tc.damaged || got.torn != tc.torn || (got.end < whole.end) != tc.short {
				t.Errorf("scanLog = %+v; want %d damaged, torn %v", got, tc.damaged, tc.torn)
			}
		})
	}
}

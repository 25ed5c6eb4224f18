package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/companion-dev/companion/adapters/matrix"
	"github.com/companion-dev/companion/store"
)

// requireSQLite skips tests that read a crypto database in a build without
// the SQLite driver (no goolm tag).
func requireSQLite(t *testing.T) {
	t.Helper()
	if !sqliteLinked() {
		t.Skip("needs the SQLite driver: run with -tags goolm")
	}
}

// cryptoDSN opens a database the way the Matrix adapter does; with
// checkpoints off every write stays in the write-ahead log.
func cryptoDSN(path string, checkpoints bool) string {
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)"
	if !checkpoints {
		dsn += "&_pragma=wal_autocheckpoint(0)"
	}
	return dsn
}

// writeCryptoDB creates a database at path holding rows, and returns it
// still open so that a test can copy the files as a crash would leave them.
func writeCryptoDB(t *testing.T, path string, rows []string, checkpoints bool) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", cryptoDSN(path, checkpoints))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec("CREATE TABLE sessions (id INTEGER PRIMARY KEY, pickle TEXT NOT NULL)"); err != nil {
		t.Fatal(err)
	}
	// Schema versions live in the header, outside any table.
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", schemaVersion)); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if _, err := db.Exec("INSERT INTO sessions (pickle) VALUES (?)", r); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// schemaVersion is the user_version writeCryptoDB sets.
const schemaVersion = 7

// readCryptoDB returns the rows of the database at path, in order, after
// checking its user_version.
func readCryptoDB(t *testing.T, path string) ([]string, error) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	var version int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return nil, err
	}
	if version != schemaVersion {
		return nil, fmt.Errorf("user_version %d, want %d", version, schemaVersion)
	}
	rows, err := db.Query("SELECT pickle FROM sessions ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		got = append(got, s)
	}
	return got, rows.Err()
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// seedStore gives the store in dir a name to find after a restore.
func seedStore(t *testing.T, dir string) {
	t.Helper()
	if _, _, err := runMain(t, map[string]string{"COMPANION_DATA_DIR": dir}, "/settings\n1\nQuinn\n", "chat"); err != nil {
		t.Fatal(err)
	}
}

// checkStore fails unless the store in dir holds the name seedStore set.
func checkStore(t *testing.T, dir string) {
	t.Helper()
	out, _, err := runMain(t, map[string]string{"COMPANION_DATA_DIR": dir}, "/settings\n", "chat")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Quinn") {
		t.Errorf("restored store lacks the name set before the backup:\n%s", out)
	}
}

// crashImage builds a data directory whose crypto database has its last
// writes only in a write-ahead log, as a crash leaves it, and checks that
// the database file alone does not have them.
func crashImage(t *testing.T, rows []string) string {
	t.Helper()
	live, dir := t.TempDir(), t.TempDir()
	db := writeCryptoDB(t, filepath.Join(live, matrix.CryptoDBFile), rows, false)
	for _, suffix := range []string{"", "-wal"} {
		copyFile(t, filepath.Join(live, matrix.CryptoDBFile+suffix), filepath.Join(dir, matrix.CryptoDBFile+suffix))
	}
	db.Close()
	alone := filepath.Join(t.TempDir(), matrix.CryptoDBFile)
	copyFile(t, filepath.Join(dir, matrix.CryptoDBFile), alone)
	if got, err := readCryptoDB(t, alone); err == nil && len(got) > 0 {
		t.Fatalf("the database file alone already has %q: the log is not pending", got)
	}
	return dir
}

// backupBytes writes a backup of dir the way the given mode reads the crypto
// database, through the same code as "companion backup".
func backupBytes(t *testing.T, dir string, viaSQLite bool) []byte {
	t.Helper()
	st, err := store.Open(store.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var buf bytes.Buffer
	if _, err := writeBackup(context.Background(), &buf, st, bundleOptions{dataDir: dir, viaSQLite: viaSQLite}); err != nil {
		t.Fatalf("backup: %v", err)
	}
	return buf.Bytes()
}

func restoreFile(t *testing.T, dst string, data []byte) error {
	t.Helper()
	file := filepath.Join(t.TempDir(), "backup.bin")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := runMain(t, nil, "", "restore", "--data-dir", dst, file)
	return err
}

// TestBackupCarriesCryptoDB: a backup of a data directory with a crypto
// database restores both, with every committed write, whether the database
// was closed cleanly or left its last writes in the log, and whether it was
// read through SQLite or byte for byte.
func TestBackupCarriesCryptoDB(t *testing.T) {
	requireSQLite(t)
	rows := []string{"olm-account", "megolm-inbound-1", "megolm-outbound-2"}
	sources := map[string]func(t *testing.T) string{
		"closed cleanly": func(t *testing.T) string {
			dir := t.TempDir()
			writeCryptoDB(t, filepath.Join(dir, matrix.CryptoDBFile), rows, true).Close()
			return dir
		},
		"pending log": func(t *testing.T) string { return crashImage(t, rows) },
	}
	for name, source := range sources {
		for _, viaSQLite := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/sqlite=%v", name, viaSQLite), func(t *testing.T) {
				src, dst := source(t), t.TempDir()
				seedStore(t, src)
				data := backupBytes(t, src, viaSQLite)
				if !bytes.HasPrefix(data, []byte(bundleMagic)) {
					t.Fatalf("backup starts %q, want the bundle magic %q", data[:8], bundleMagic)
				}
				if err := restoreFile(t, dst, data); err != nil {
					t.Fatalf("restore: %v", err)
				}
				path := filepath.Join(dst, matrix.CryptoDBFile)
				fi, err := os.Stat(path)
				if err != nil {
					t.Fatal(err)
				}
				if got := fi.Mode().Perm(); got != 0o600 {
					t.Errorf("crypto database mode %v, want 0600", got)
				}
				got, err := readCryptoDB(t, path)
				if err != nil {
					t.Fatalf("read restored crypto database: %v", err)
				}
				if !slices.Equal(got, rows) {
					t.Errorf("restored rows %q, want %q", got, rows)
				}
				checkStore(t, dst)
				leftovers, _ := filepath.Glob(filepath.Join(dst, ".restore-*"))
				if len(leftovers) > 0 {
					t.Errorf("restore left temporary files: %v", leftovers)
				}
			})
		}
	}
}

// TestBackupCommandCryptoDB runs both commands end to end, with the crypto
// database read the way this build reads it.
func TestBackupCommandCryptoDB(t *testing.T) {
	requireSQLite(t)
	src, dst := t.TempDir(), t.TempDir()
	rows := []string{"device-keys"}
	writeCryptoDB(t, filepath.Join(src, matrix.CryptoDBFile), rows, true).Close()
	seedStore(t, src)
	file := filepath.Join(t.TempDir(), "backup.bin")
	_, msg, err := runMain(t, nil, "", "backup", "--data-dir", src, file)
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	if !strings.Contains(msg, matrix.CryptoDBFile) {
		t.Errorf("backup message %q does not name the crypto database", msg)
	}
	if tmp, _ := filepath.Glob(filepath.Join(src, ".backup-*")); len(tmp) > 0 {
		t.Errorf("backup left its snapshot behind: %v", tmp)
	}
	if _, msg, err = runMain(t, nil, "", "restore", "--data-dir", dst, file); err != nil {
		t.Fatalf("restore: %v", err)
	}
	if !strings.Contains(msg, matrix.CryptoDBFile) {
		t.Errorf("restore message %q does not name the crypto database", msg)
	}
	got, err := readCryptoDB(t, filepath.Join(dst, matrix.CryptoDBFile))
	if err != nil || !slices.Equal(got, rows) {
		t.Errorf("restored rows %q (%v), want %q", got, err, rows)
	}
	checkStore(t, dst)
}

// TestBackupWithoutCryptoDB: with no crypto database the backup is the
// store's stream as before, and restore creates no crypto file.
func TestBackupWithoutCryptoDB(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	seedStore(t, src)
	file := filepath.Join(t.TempDir(), "backup.bin")
	if _, _, err := runMain(t, nil, "", "backup", "--data-dir", src, file); err != nil {
		t.Fatalf("backup: %v", err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte(storeMagic)) {
		t.Fatalf("backup starts %q, want the store's own stream (%q)", data[:8], storeMagic)
	}
	if _, _, err := runMain(t, nil, "", "restore", "--data-dir", dst, file); err != nil {
		t.Fatalf("restore: %v", err)
	}
	for _, name := range cryptoFiles {
		if _, err := os.Lstat(filepath.Join(dst, name)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s after restoring a backup without one: %v", name, err)
		}
	}
	checkStore(t, dst)
}

// TestRestoreOldFormat: a backup written by the store alone, as every
// version before the bundle wrote it, still restores.
func TestRestoreOldFormat(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	seedStore(t, src)
	st, err := store.Open(store.Options{Dir: src})
	if err != nil {
		t.Fatal(err)
	}
	var old bytes.Buffer
	err = st.Backup(&old)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := restoreFile(t, dst, old.Bytes()); err != nil {
		t.Fatalf("restore: %v", err)
	}
	checkStore(t, dst)
}

// TestRestoreRefusesExistingCryptoDB: restore does not write over any part
// of a crypto database already in the data directory, and leaves it as it was.
func TestRestoreRefusesExistingCryptoDB(t *testing.T) {
	requireSQLite(t)
	src := t.TempDir()
	writeCryptoDB(t, filepath.Join(src, matrix.CryptoDBFile), []string{"from the backup"}, true).Close()
	seedStore(t, src)
	data := backupBytes(t, src, true)
	for _, name := range []string{matrix.CryptoDBFile, matrix.CryptoDBFile + "-wal", matrix.CryptoDBFile + "-shm"} {
		t.Run(name, func(t *testing.T) {
			dst := t.TempDir()
			existing := []byte("keys of another device")
			if err := os.WriteFile(filepath.Join(dst, name), existing, 0o600); err != nil {
				t.Fatal(err)
			}
			err := restoreFile(t, dst, data)
			if err == nil || !errors.Is(err, os.ErrExist) || !strings.Contains(err.Error(), "crypto database") {
				t.Fatalf("restore over %s: got %v, want an error about the existing crypto database", name, err)
			}
			if got, _ := os.ReadFile(filepath.Join(dst, name)); !bytes.Equal(got, existing) {
				t.Errorf("%s changed to %q", name, got)
			}
			// Nothing was restored: the store is still empty and takes the
			// backup once the old file is gone.
			if err := os.Remove(filepath.Join(dst, name)); err != nil {
				t.Fatal(err)
			}
			if err := restoreFile(t, dst, data); err != nil {
				t.Fatalf("restore after removing %s: %v", name, err)
			}
		})
	}
}

// TestRestoreDamagedBundle: a bundle that is cut short, altered or holds a
// section restore does not know fails with a reason, and no file of it lands
// in the data directory.
func TestRestoreDamagedBundle(t *testing.T) {
	requireSQLite(t)
	src := t.TempDir()
	writeCryptoDB(t, filepath.Join(src, matrix.CryptoDBFile), []string{"session"}, true).Close()
	seedStore(t, src)
	good := backupBytes(t, src, true)
	// The crypto database comes first: its data starts after the magic, the
	// name and the first chunk's length.
	dataAt := len(bundleMagic) + 1 + len(matrix.CryptoDBFile) + 4
	flipped := bytes.Clone(good)
	flipped[dataAt+100] ^= 0xff

	section := func(name string, data []byte) []byte {
		var b bytes.Buffer
		sw := newSectionWriter(&b, name)
		sw.Write(data)
		if err := sw.Close(); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	bundle := func(parts ...[]byte) []byte {
		return append(slices.Concat(append([][]byte{[]byte(bundleMagic)}, parts...)...), 0)
	}
	var storeStream bytes.Buffer
	st, err := store.Open(store.Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	st.Backup(&storeStream)
	st.Close()

	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a companion backup"},
		{"not a backup", []byte("hello, this is a letter"), "not a companion backup"},
		{"cut in the crypto database", good[:dataAt+50], "truncated"},
		{"cut in the store", good[:len(good)-20], "truncated"},
		{"no end", good[:len(good)-1], "truncated"},
		{"altered byte", flipped, "checksum"},
		{"path in a name", bundle(section("../escape", []byte("x")), section(sectionStore, storeStream.Bytes())), "unexpected section"},
		{"log without database", bundle(section(matrix.CryptoDBFile+"-wal", []byte("x")), section(sectionStore, storeStream.Bytes())), "without its database"},
		{"no store", bundle(section(matrix.CryptoDBFile, []byte("x"))), "store is missing"},
		{"store twice", bundle(section(sectionStore, storeStream.Bytes()), section(sectionStore, storeStream.Bytes())), "unexpected section"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := t.TempDir()
			err := restoreFile(t, dst, tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
			entries, _ := os.ReadDir(dst)
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), ".restore-") || strings.HasPrefix(e.Name(), matrix.CryptoDBFile) {
					t.Errorf("failed restore left %s", e.Name())
				}
			}
			if _, err := os.Lstat(filepath.Join(filepath.Dir(dst), "escape")); err == nil {
				t.Error("a section name placed a file outside the data directory")
			}
		})
	}
}

// TestBackupRefusedWhileInUse: while another process holds the data
// directory (as "companion run" does), backup and restore fail with a
// message that says so, and backup writes no file.
func TestBackupRefusedWhileInUse(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(store.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	file := filepath.Join(t.TempDir(), "backup.bin")
	for _, cmd := range []string{"backup", "restore"} {
		if cmd == "restore" {
			if err := os.WriteFile(file, []byte(storeMagic), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		_, _, err := runMain(t, nil, "", cmd, "--data-dir", dir, file)
		if err == nil || !strings.Contains(err.Error(), "in use") || !strings.Contains(err.Error(), "companion run") {
			t.Errorf("%s of a data directory in use: got %v, want an error saying it is in use", cmd, err)
		}
		if cmd == "backup" {
			if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("backup of a data directory in use wrote %s: %v", file, err)
			}
		}
	}
}

// TestBackupHelpSaysWhatItHolds: both commands' help names the store and
// the crypto database.
func TestBackupHelpSaysWhatItHolds(t *testing.T) {
	for _, cmd := range []string{"backup", "restore"} {
		_, help, err := runMain(t, nil, "", cmd, "--help")
		if err != nil {
			t.Fatalf("%s --help: %v", cmd, err)
		}
		for _, want := range []string{"store", matrix.CryptoDBFile, "companion run"} {
			if !strings.Contains(help, want) {
				t.Errorf("%s --help lacks %q:\n%s", cmd, want, help)
			}
		}
	}
}

// TestSectionRoundTrip: sections of every size around the chunk boundary
// read back as written.
func TestSectionRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, chunkSize - 1, chunkSize, chunkSize + 1, 3*chunkSize + 7} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			want := make([]byte, n)
			for i := range want {
				want[i] = byte(i * 7)
			}
			var b bytes.Buffer
			sw := newSectionWriter(&b, "x")
			if _, err := sw.Write(want); err != nil {
				t.Fatal(err)
			}
			if err := sw.Close(); err != nil {
				t.Fatal(err)
			}
			br := bufio.NewReader(&b)
			name, err := readSectionName(br)
			if err != nil || name != "x" {
				t.Fatalf("name %q, %v", name, err)
			}
			var got bytes.Buffer
			if _, err := got.ReadFrom(newSectionReader(br)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("read %d bytes back, want the %d written", got.Len(), n)
			}
			if br.Buffered() != 0 {
				t.Errorf("%d bytes left after the section", br.Buffered())
			}
		})
	}
}

package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/companion-dev/companion/adapters/matrix"
)

const testRecoveryKey = "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"

// TestBackupCarriesRecoveryKey: the Matrix recovery key travels with the
// backup, with or without a crypto database beside it, and comes back 0600.
func TestBackupCarriesRecoveryKey(t *testing.T) {
	for _, withDB := range []bool{false, true} {
		name := "key alone"
		if withDB {
			name = "key and crypto database"
		}
		t.Run(name, func(t *testing.T) {
			if withDB {
				requireSQLite(t)
			}
			src, dst := t.TempDir(), t.TempDir()
			if withDB {
				writeCryptoDB(t, filepath.Join(src, matrix.CryptoDBFile), []string{"device-keys"}, true).Close()
			}
			if err := os.WriteFile(filepath.Join(src, matrix.RecoveryKeyFile), []byte(testRecoveryKey+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			seedStore(t, src)
			file := filepath.Join(t.TempDir(), "backup.bin")
			if _, msg, err := runMain(t, nil, "", "backup", "--data-dir", src, file); err != nil || !strings.Contains(msg, matrix.RecoveryKeyFile) {
				t.Fatalf("backup: %v; message %q does not name %s", err, msg, matrix.RecoveryKeyFile)
			}
			if _, _, err := runMain(t, nil, "", "restore", "--data-dir", dst, file); err != nil {
				t.Fatalf("restore: %v", err)
			}
			path := filepath.Join(dst, matrix.RecoveryKeyFile)
			got, err := os.ReadFile(path)
			if err != nil || strings.TrimSpace(string(got)) != testRecoveryKey {
				t.Fatalf("restored key %q, %v", got, err)
			}
			if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
				t.Errorf("restored key has mode %v, want 0600", fi.Mode().Perm())
			}
			_, err = os.Lstat(filepath.Join(dst, matrix.CryptoDBFile))
			if withDB != (err == nil) {
				t.Errorf("crypto database restored: %v, want %v", err == nil, withDB)
			}
			checkStore(t, dst)
		})
	}
}

// TestRestoreRefusesExistingRecoveryKey: a data directory that already has
// a recovery key (perhaps another identity's) is left alone.
func TestRestoreRefusesExistingRecoveryKey(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(src, matrix.RecoveryKeyFile), []byte(testRecoveryKey), 0o600); err != nil {
		t.Fatal(err)
	}
	seedStore(t, src)
	file := filepath.Join(t.TempDir(), "backup.bin")
	if _, _, err := runMain(t, nil, "", "backup", "--data-dir", src, file); err != nil {
		t.Fatal(err)
	}
	existing := []byte("another identity's key")
	if err := os.WriteFile(filepath.Join(dst, matrix.RecoveryKeyFile), existing, 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := runMain(t, nil, "", "restore", "--data-dir", dst, file)
	if !errors.Is(err, os.ErrExist) && (err == nil || !strings.Contains(err.Error(), "recovery key")) {
		t.Fatalf("restore over a recovery key: %v, want a refusal", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dst, matrix.RecoveryKeyFile)); !bytes.Equal(got, existing) {
		t.Errorf("the existing recovery key changed to %q", got)
	}
}

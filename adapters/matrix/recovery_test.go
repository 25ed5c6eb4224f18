package matrix

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPlanCrossSigning(t *testing.T) {
	tests := []struct {
		name  string
		state xsignState
		want  xsignStep
	}{
		{"first start", xsignState{}, xsignCreate},
		{"first start, reset asked", xsignState{reset: true}, xsignCreate},
		{"restart of a signed device", xsignState{published: true, signed: true}, xsignNothing},
		{"signed device, reset left on", xsignState{published: true, signed: true, reset: true}, xsignNothing},
		{"new device with the key", xsignState{published: true, haveKey: true}, xsignRecover},
		{"new device with the key and reset", xsignState{published: true, haveKey: true, reset: true}, xsignRecover},
		{"new device without a key", xsignState{published: true}, xsignRefuse},
		{"new device without a key, reset asked", xsignState{published: true, reset: true}, xsignCreate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := planCrossSigning(tt.state); got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}

func TestRecoveryKeyFile(t *testing.T) {
	dir := t.TempDir()
	if key, err := readRecoveryKey(dir); key != "" || err != nil {
		t.Fatalf("no file: got %q, %v", key, err)
	}
	const key = "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"
	if err := os.WriteFile(filepath.Join(dir, RecoveryKeyFile), []byte("old key"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeRecoveryKey(dir, key); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, RecoveryKeyFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, %v; want 0600", fi.Mode(), err)
	}
	if got, err := readRecoveryKey(dir); got != key || err != nil {
		t.Errorf("read back %q, %v", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left %d files behind, want only %s", len(entries), RecoveryKeyFile)
	}
	if err := writeRecoveryKey(filepath.Join(dir, "missing"), key); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
}

func TestAnnounceRecoveryKey(t *testing.T) {
	const key, path = "EsTc LW2K PGiF", "/data/" + RecoveryKeyFile
	var b strings.Builder
	announceRecoveryKey(&b, key, path, nil)
	for _, want := range []string{"Matrix recovery key", key, path, "matrix.recovery_key", "COMPANION_MATRIX_RECOVERY_KEY", "only once"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("announcement lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	announceRecoveryKey(&b, key, path, errors.New("disk full"))
	if !strings.Contains(b.String(), key) || !strings.Contains(b.String(), "could NOT be saved (disk full)") {
		t.Errorf("a key that could not be kept is not shown with the reason:\n%s", b.String())
	}
	announceRecoveryKey(nil, key, path, nil) // no console: nothing to write to, no panic
}

package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/companion-dev/companion/store"
)

// A damaged file that everyone's data relies on stops `chat` (and `run`) at
// start with a message naming the file and the way back; `check` names it
// too and exits non-zero.
func TestDamagedSharedFileRefusedAtStart(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		change     func([]byte) []byte
	}{
		{"key file", "keys.db", func(b []byte) []byte { b[len(b)/2] ^= 1; return b }},
		{"value log cut in half", "badger/000001.vlog", func(b []byte) []byte { return b[:len(b)/2] }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			env := map[string]string{"COMPANION_DATA_DIR": dir}
			if _, _, err := runMain(t, env, "/settings\n1\nQuinn\n", "chat"); err != nil {
				t.Fatal(err)
			}
			out, _, err := runMain(t, nil, "", "check", "--data-dir", dir)
			if err != nil || !strings.Contains(out, "nothing damaged") {
				t.Fatalf("check of sound data: %v\n%s", err, out)
			}
			path := filepath.Join(dir, tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tc.change(data), 0o600); err != nil {
				t.Fatal(err)
			}

			_, _, err = runMain(t, env, "hello\n", "chat")
			if err == nil {
				t.Fatal("chat started on a damaged file")
			}
			for _, want := range []string{path, "is damaged", "companion restore --data-dir " + dir} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("refusal lacks %q:\n%v", want, err)
				}
			}
			out, _, err = runMain(t, nil, "", "check", "--data-dir", dir)
			if !errors.Is(err, errDamageFound) || !strings.Contains(out, "damaged file: "+path) {
				t.Errorf("check: %v\n%s", err, out)
			}
		})
	}
}

// While another process holds the data directory, check says it is in use
// rather than passing on Badger's message.
func TestCheckRefusedWhileInUse(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(store.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, _, err = runMain(t, nil, "", "check", "--data-dir", dir)
	if err == nil || !strings.Contains(err.Error(), "in use") || !strings.Contains(err.Error(), "companion run") {
		t.Errorf("check of a data directory in use: got %v, want an error saying it is in use", err)
	}
}

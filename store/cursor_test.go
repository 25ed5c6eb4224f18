package store

import (
	"context"
	"testing"

	"github.com/companion-dev/companion/agent"
)

func TestCursorOwner(t *testing.T) {
	for _, tc := range []struct {
		name string
		want agent.PersonID
	}{
		{"telegram:blocked:8675309", "telegram:8675309"},
		{"matrix:left:@alice:example.org", "matrix:@alice:example.org"},
		{"telegram:offset", ""},
		{"matrix:next_batch", ""},
		{"status:ready", ""},
		{"telegram::123", ""},
		{"telegram:blocked:", ""},
		{":blocked:1", ""},
		{"plain", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := cursorOwner(tc.name)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("cursorOwner(%q) = %q, %v; want %q", tc.name, got, ok, tc.want)
			}
		})
	}
}

// A person cursor that an earlier version stored under its plain name is
// moved under hashed keys when the store opens, and its name leaves the disk.
func TestPersonCursorsMoveOffPlainKeys(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openT(t, Options{Dir: dir})
	if err := s.put(ctx, cursorKey("telegram:blocked:31337"), []byte("1")); err != nil {
		t.Fatal(err)
	}
	if err := s.put(ctx, cursorKey("telegram:offset"), []byte("99")); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if len(filesContaining(t, dir, "31337")) == 0 {
		t.Fatal("the old cursor name is not on disk to begin with")
	}
	s = openT(t, Options{Dir: dir})
	for name, want := range map[string]string{"telegram:blocked:31337": "1", "telegram:offset": "99"} {
		if got, err := s.Cursor(ctx, name); err != nil || got != want {
			t.Errorf("Cursor(%s) = %q, %v; want %q", name, got, err, want)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, hit := range filesContaining(t, dir, "31337") {
		t.Errorf("after the move, %s", hit)
	}
	// An empty value deletes a cursor.
	s = openT(t, Options{Dir: dir})
	if err := s.SetCursor(ctx, "telegram:blocked:31337", ""); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.exists(s.cursorKey("telegram:blocked:31337")); err != nil || ok {
		t.Errorf("a cursor set to \"\" is still stored: %v, %v", ok, err)
	}
}

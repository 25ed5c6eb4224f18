package store

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

func TestBackupRestoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		from, to []byte
		want     error
	}{
		{"plain", nil, nil, nil},
		{"encrypted", testKey, testKey, nil},
		{"plain into encrypted", nil, testKey, nil},
		{"encrypted with another key", testKey, bytes.Repeat([]byte{9}, 32), ErrWrongKey},
		{"encrypted into plain", testKey, nil, ErrWrongKey},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := openT(t, Options{Dir: t.TempDir(), EncryptionKey: tc.from})
			a, b := person("telegram:1", "gannet"), person("matrix:@b:example.org", "dormouse")
			commit(t, src, "u1", a, reply(a.ID, "telegram", "one"), reply(a.ID, "telegram", "two"))
			commit(t, src, "u2", b, reply(b.ID, "matrix", "three"))
			if err := src.SetCursor(ctx, "telegram.offset", "77"); err != nil {
				t.Fatal(err)
			}
			if err := src.SetSecret(ctx, "matrix.token", "syt_abc"); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := src.Backup(&buf); err != nil {
				t.Fatal(err)
			}
			wantTG := pending(t, src, "telegram")

			dir := t.TempDir()
			dst, err := Open(Options{Dir: dir, EncryptionKey: tc.to})
			if err != nil {
				t.Fatal(err)
			}
			defer dst.Close()
			err = dst.Restore(bytes.NewReader(buf.Bytes()))
			if !errors.Is(err, tc.want) {
				t.Fatalf("Restore: err = %v, want %v", err, tc.want)
			}
			if err != nil {
				return
			}
			// Everything survives a reopen of the restored store.
			if err := dst.Close(); err != nil {
				t.Fatal(err)
			}
			dst = openT(t, Options{Dir: dir, EncryptionKey: tc.to})
			for _, p := range []agent.Person{a, b} {
				if got := load(t, dst, p.ID); mustJSON(t, got) != mustJSON(t, p) {
					t.Errorf("restored %s = %s", p.ID, mustJSON(t, got))
				}
			}
			if got := pending(t, dst, "telegram"); mustJSON(t, got) != mustJSON(t, wantTG) {
				t.Errorf("restored outbox = %s, want %s", mustJSON(t, got), mustJSON(t, wantTG))
			}
			if got, _ := dst.Cursor(ctx, "telegram.offset"); got != "77" {
				t.Errorf("restored cursor = %q", got)
			}
			if got, _ := dst.Secret(ctx, "matrix.token"); got != "syt_abc" {
				t.Errorf("restored secret = %q", got)
			}
			if seen, _ := dst.Seen(ctx, "u1"); !seen {
				t.Error("restored store forgot that u1 was processed")
			}
			if people, _ := dst.People(ctx); len(people) != 2 {
				t.Errorf("restored People = %v", people)
			}
			if err := dst.Enqueue(ctx, reply(a.ID, "telegram", "new")); err != nil {
				t.Fatal(err)
			}
			got := pending(t, dst, "telegram")
			if last := got[len(got)-1]; last.Reply.Text != "new" || last.Seq <= wantTG[len(wantTG)-1].Seq {
				t.Errorf("a reply after restore got seq %d, want above %d", last.Seq, wantTG[len(wantTG)-1].Seq)
			}
		})
	}
}

func TestRestoreRefuses(t *testing.T) {
	ctx := context.Background()
	src := memStore(t)
	commit(t, src, "u1", person("telegram:1", "vole"))
	var buf bytes.Buffer
	if err := src.Backup(&buf); err != nil {
		t.Fatal(err)
	}
	if err := src.Restore(bytes.NewReader(buf.Bytes())); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("Restore into a store with people: err = %v, want ErrNotEmpty", err)
	}
	withCursor := memStore(t)
	if err := withCursor.SetCursor(ctx, "telegram.offset", "1"); err != nil {
		t.Fatal(err)
	}
	if err := withCursor.Restore(bytes.NewReader(buf.Bytes())); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("Restore into a store with a cursor: err = %v, want ErrNotEmpty", err)
	}
	full := buf.Bytes()
	if err := memStore(t).Restore(bytes.NewReader(full[:len(full)-10])); !errors.Is(err, ErrBadBackup) {
		t.Errorf("Restore of a truncated backup: err = %v, want ErrBadBackup", err)
	}
	for _, junk := range []string{"", "hello world", "CMPBAK01\xff\xff\xff\xff"} {
		if err := memStore(t).Restore(strings.NewReader(junk)); !errors.Is(err, ErrBadBackup) {
			t.Errorf("Restore(%q): err = %v, want ErrBadBackup", junk, err)
		}
	}
}

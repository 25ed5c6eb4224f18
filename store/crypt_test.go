package store

import (
	"bytes"
	"context"
	"crypto/cipher"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestEncryptionAtRest(t *testing.T) {
	ctx := context.Background()
	// Cursors are the one thing stored unsealed, so they show whether the
	// files themselves are encrypted.
	const cursor = "the-marmalade-cursor-token-0001"
	for _, tc := range []struct {
		name    string
		key     []byte
		visible bool
	}{
		{"plain", nil, true},
		{"encrypted", testKey, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(Options{Dir: dir, EncryptionKey: tc.key})
			if err != nil {
				t.Fatal(err)
			}
			p := person("telegram:31", "marmoset")
			commit(t, s, "u1", p, reply(p.ID, "telegram", "hello"))
			if err := s.SetCursor(ctx, "telegram.offset", cursor); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			hits := filesContaining(t, dir, cursor)
			if got := len(hits) > 0; got != tc.visible {
				t.Errorf("cursor visible in files = %v, want %v (%v)", got, tc.visible, hits)
			}
			for _, hit := range filesContaining(t, dir, append(sectionWords("marmoset"), string(p.ID))...) {
				t.Errorf("person data in the clear: %s", hit)
			}
			if tc.key == nil {
				return
			}
			wrong := bytes.Repeat([]byte{7}, 32)
			for _, key := range [][]byte{wrong, nil} {
				if _, err := Open(Options{Dir: dir, EncryptionKey: key}); !errors.Is(err, ErrWrongKey) {
					t.Errorf("Open with key %x: err = %v, want ErrWrongKey", key, err)
				}
			}
			s = openT(t, Options{Dir: dir, EncryptionKey: tc.key})
			if got := load(t, s, p.ID); mustJSON(t, got) != mustJSON(t, p) {
				t.Errorf("with the right key LoadPerson = %s", mustJSON(t, got))
			}
			if got, _ := s.Cursor(ctx, "telegram.offset"); got != cursor {
				t.Errorf("Cursor = %q", got)
			}
		})
	}
}

func TestPlainStoreRefusesKey(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(Options{Dir: dir, EncryptionKey: testKey}); !errors.Is(err, ErrWrongKey) {
		t.Errorf("Open of a plain store with a key: err = %v, want ErrWrongKey", err)
	}
}

func TestKeyFileTampered(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir, EncryptionKey: testKey})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, keyFileName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-1] ^= 1
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(Options{Dir: dir, EncryptionKey: testKey}); err == nil {
		t.Error("Open with a tampered key file succeeded")
	}
}

func TestReadKeyFile(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(i * 7)
	}
	for _, tc := range []struct {
		name    string
		content []byte
		ok      bool
	}{
		{"raw", key, true},
		{"hex", []byte(hex.EncodeToString(key)), true},
		{"hex with newline", []byte(hex.EncodeToString(key) + "\n"), true},
		{"base64", []byte(base64.StdEncoding.EncodeToString(key) + "\n"), true},
		{"base64 url unpadded", []byte(base64.RawURLEncoding.EncodeToString(key)), true},
		{"too short", key[:16], false},
		{"short hex", []byte(hex.EncodeToString(key[:16])), false},
		{"empty", nil, false},
		{"passphrase", []byte("correct horse battery staple\n"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "key")
			if err := os.WriteFile(path, tc.content, 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := ReadKeyFile(path)
			if !tc.ok {
				if !errors.Is(err, ErrInvalidKey) {
					t.Errorf("err = %v, want ErrInvalidKey", err)
				}
				return
			}
			if err != nil || !bytes.Equal(got, key) {
				t.Errorf("ReadKeyFile = %x, %v; want %x", got, err, key)
			}
		})
	}
	if _, err := ReadKeyFile(filepath.Join(t.TempDir(), "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v", err)
	}
}

func TestDecodeKeyTable(t *testing.T) {
	k, _ := newDataKey()
	var secret [32]byte
	secret[0] = 1
	people := map[personHash]*dataKey{{1}: k}
	atRest, err := newGCM(testKey)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := newGCM(bytes.Repeat([]byte{3}, 32))
	plain := encodeKeyTable(nil, secret, people)
	sealed := encodeKeyTable(atRest, secret, people)
	body := plain[9 : len(plain)-32]
	huge := append([]byte("CMPKEYS1\x00"), append(bytes.Clone(body[:32]), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01)...)
	legacy := append([]byte("CMPKEYS1\x00"), body...)
	flipped := bytes.Clone(plain)
	flipped[9+40] ^= 1
	for _, tc := range []struct {
		name   string
		atRest cipher.AEAD
		data   []byte
		want   error
	}{
		{"plain", nil, plain, nil},
		{"plain read with a key", atRest, plain, nil},
		{"sealed", atRest, sealed, nil},
		{"sealed without key", nil, sealed, ErrWrongKey},
		{"sealed with another key", other, sealed, ErrWrongKey},
		{"not a key file", nil, []byte("hello"), ErrCorrupt},
		{"cut short", nil, plain[:len(plain)-1], ErrCorrupt},
		{"absurd count", nil, huge, ErrCorrupt},
		{"one byte flipped", nil, flipped, ErrCorrupt},
		{"earlier layout without checksum", nil, legacy, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gotSecret, got, err := decodeKeyTable(tc.atRest, tc.data)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if err != nil {
				return
			}
			if gotSecret != secret || len(got) != 1 || got[personHash{1}].raw != k.raw || got[personHash{1}].id != k.id {
				t.Errorf("decoded table differs from the one encoded")
			}
		})
	}
}

func TestOpenRemovesLeftoverKeyFiles(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	leftover := filepath.Join(dir, ".keys-123.tmp")
	if err := os.WriteFile(leftover, []byte("old keys"), 0o600); err != nil {
		t.Fatal(err)
	}
	s = openT(t, Options{Dir: dir})
	if _, err := os.Stat(leftover); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("leftover key file still there: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, keyFileName)); err != nil {
		t.Errorf("the key file itself: %v", err)
	}
}

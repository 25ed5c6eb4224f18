package store

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"sync"
	"testing"
)

// TestHashIsKeyedHMAC checks the pooled hashing against a fresh HMAC, from
// many goroutines at once, and that a new secret gives new hashes.
func TestHashIsKeyedHMAC(t *testing.T) {
	want := func(secret [32]byte, label, name string) personHash {
		m := hmac.New(sha256.New, secret[:])
		m.Write([]byte(label + "\x00" + name))
		var h personHash
		copy(h[:], m.Sum(nil))
		return h
	}
	kt, err := newKeyTable("", nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				name := fmt.Sprintf("tg:%d:%d", g, i)
				if got := kt.hash("person", name); got != want(kt.secret, "person", name) {
					t.Errorf("hash(person, %s) differs from HMAC-SHA256", name)
					return
				}
			}
		})
	}
	wg.Wait()
	before := kt.hash("update", "42")
	var other [32]byte
	other[0] = 1
	if err := kt.set(other, nil); err != nil {
		t.Fatal(err)
	}
	if got := kt.hash("update", "42"); got == before || got != want(other, "update", "42") {
		t.Errorf("after a new secret: hash %x, before %x", got, before)
	}
}

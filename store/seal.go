package store

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
)

const (
	sealVersion byte = 1
	keyIDLen         = 8
	nonceLen         = 12
	sealHeader       = 1 + keyIDLen + nonceLen
)

// errStale reports a value sealed with a data key that was dropped: the data
// of a forgotten person. Callers treat it as absent.
var errStale = errors.New("sealed with a dropped key")

// dataKey seals the values of one person (or, with a zero id, the store's own
// values). Its id is written in front of every value it seals, so that values
// left behind by an earlier, dropped key are told apart from corrupt ones.
type dataKey struct {
	id   [keyIDLen]byte
	raw  [32]byte
	aead cipher.AEAD
}

// newDataKey returns a fresh random data key.
func newDataKey() (*dataKey, error) {
	var id [keyIDLen]byte
	var raw [32]byte
	rand.Read(id[:])
	rand.Read(raw[:])
	return makeDataKey(id, raw)
}

func makeDataKey(id [keyIDLen]byte, raw [32]byte) (*dataKey, error) {
	aead, err := newGCM(raw[:])
	if err != nil {
		return nil, err
	}
	return &dataKey{id: id, raw: raw, aead: aead}, nil
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("cipher: %w", err)
	}
	return aead, nil
}

// derive returns HMAC-SHA256(key, label): independent keys for independent
// uses of one secret.
func derive(key []byte, label string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(label))
	return m.Sum(nil)
}

// seal encrypts plain for storage under the Badger key aad, which binds the
// value to its key so that values cannot be swapped around.
func seal(k *dataKey, aad, plain []byte) []byte {
	out := make([]byte, sealHeader, sealHeader+len(plain)+k.aead.Overhead())
	out[0] = sealVersion
	copy(out[1:], k.id[:])
	rand.Read(out[1+keyIDLen : sealHeader])
	return k.aead.Seal(out, out[1+keyIDLen:sealHeader], plain, aad)
}

// unseal reverses seal. It returns errStale when k is nil or is not the key
// the value was sealed with, and ErrCorrupt when the value was altered.
func unseal(k *dataKey, aad, sealed []byte) ([]byte, error) {
	if len(sealed) < sealHeader || sealed[0] != sealVersion {
		return nil, ErrCorrupt
	}
	if k == nil || !bytes.Equal(sealed[1:1+keyIDLen], k.id[:]) {
		return nil, errStale
	}
	plain, err := k.aead.Open(nil, sealed[1+keyIDLen:sealHeader], sealed[sealHeader:], aad)
	if err != nil {
		return nil, ErrCorrupt
	}
	return plain, nil
}

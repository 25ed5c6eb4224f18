package store

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
)

// ReadKeyFile reads an encryption key: a file of exactly 32 raw bytes, or 64
// hex characters, or the base64 of 32 bytes (surrounding whitespace allowed).
// Anything else is an error wrapping ErrInvalidKey.
func ReadKeyFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key file: %w", err)
	}
	key, err := parseKey(data)
	if err != nil {
		return nil, fmt.Errorf("read key file %s: %w", path, err)
	}
	return key, nil
}

func parseKey(data []byte) ([]byte, error) {
	if len(data) == 32 {
		// 32 hex digits are a 16-byte key written as text, not a raw key.
		if _, err := hex.DecodeString(string(data)); err == nil {
			return nil, fmt.Errorf("%w (found 16 bytes in hex)", ErrInvalidKey)
		}
		return data, nil
	}
	text := string(bytes.TrimSpace(data))
	if len(text) == 64 {
		if key, err := hex.DecodeString(text); err == nil {
			return key, nil
		}
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if key, err := enc.DecodeString(text); err == nil && len(key) == 32 {
			return key, nil
		}
	}
	return nil, fmt.Errorf("%w (found %d bytes)", ErrInvalidKey, len(data))
}

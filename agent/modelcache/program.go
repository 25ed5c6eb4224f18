package modelcache

import (
	"crypto/sha256"
	"io"
	"os"
	"sync"
)

// programHash is a hash of the running executable: the code that extracts
// features and trains, and every corpus compiled in. A program built again
// from the same source hashes the same; any change to it makes every kept
// model out of date, which is the safe side. Reading it costs tens of
// milliseconds, once per process, and only when a folder is set.
var programHash = sync.OnceValues(func() ([]byte, error) {
	path, err := os.Executable()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
})

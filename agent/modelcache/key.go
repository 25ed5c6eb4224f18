package modelcache

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"io/fs"
	"regexp"
)

// Key is what a model is a function of: its name, then every part added,
// each one length-prefixed so that ("ab", "c") and ("a", "bc") differ.
// Build it with NewKey and the Add methods; Keep adds the file format and
// the program's own hash.
type Key struct {
	name string
	h    hash.Hash
}

// namePattern is what a model's name may be made of: it names files.
var namePattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// NewKey starts the key of the model called name (lower-case letters,
// digits and underscores, starting with a letter).
func NewKey(name string) *Key {
	if !namePattern.MatchString(name) {
		panic("modelcache: bad model name " + name)
	}
	k := &Key{name: name, h: sha256.New()}
	return k.Add(name)
}

// Name returns the model's name.
func (k *Key) Name() string { return k.name }

// Add adds parts to the key.
func (k *Key) Add(parts ...string) *Key {
	for _, p := range parts {
		k.AddBytes([]byte(p))
	}
	return k
}

// AddBytes adds b to the key.
func (k *Key) AddBytes(b []byte) *Key {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
	k.h.Write(n[:])
	k.h.Write(b)
	return k
}

// AddFS adds the name and the bytes of every file of fsys matching glob,
// in name order. An error reading them is added too, so that it can never
// match a key made from the files themselves.
func (k *Key) AddFS(fsys fs.FS, glob string) *Key {
	names, err := fs.Glob(fsys, glob)
	if err != nil {
		return k.Add("error", err.Error())
	}
	k.Add("files", glob)
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return k.Add("error", err.Error())
		}
		k.Add(name)
		k.AddBytes(b)
	}
	return k
}

// sum is the key's hash, with the file format and program hash added to a
// copy, leaving k as it is.
func (k *Key) sum(program []byte) [sha256.Size]byte {
	h := sha256.New()
	var own [sha256.Size]byte
	copy(own[:], k.h.Sum(nil))
	h.Write(own[:])
	var v [8]byte
	binary.LittleEndian.PutUint64(v[:], formatVersion)
	h.Write(v[:])
	h.Write(program)
	var out [sha256.Size]byte
	copy(out[:], h.Sum(nil))
	return out
}

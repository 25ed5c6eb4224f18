package modelcache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
)

// formatVersion is the version of the file layout and of the way the
// models' packages encode themselves. Raise it when either changes; the
// program hash already changes with any code.
const formatVersion = 1

// magic opens every kept model file.
const magic = "companion model\n"

// A file is magic, the format version (8 bytes), the key's hash, the
// length of the model's bytes (8 bytes), those bytes, and their SHA-256.
const (
	headerLen  = len(magic) + 8 + sha256.Size + 8
	trailerLen = sha256.Size
)

// staleTemp is how old a temporary file must be before another process
// takes it for the leftover of a crash and removes it.
const staleTemp = 10 * time.Minute

// Cache keeps models in a folder. A nil Cache, or one with no folder,
// keeps nothing. It is safe for concurrent use, by goroutines and by
// processes sharing the folder.
type Cache struct {
	dir     string
	log     *slog.Logger
	program func() ([]byte, error)
	// quiet makes a folder that cannot be written, or a program that cannot
	// be read, logged once rather than once per model.
	quiet sync.Once
}

// New returns a cache keeping models in dir, created (0700, in a folder
// that must exist) when first written; "" keeps nothing. Problems are logged to log, never returned:
// a model that cannot be kept is trained at each start, as without a
// cache. log may be nil.
func New(dir string, log *slog.Logger) *Cache {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Cache{dir: dir, log: log, program: programHash}
}

// Dir returns the folder the cache keeps models in.
func (c *Cache) Dir() string {
	if c == nil {
		return ""
	}
	return c.dir
}

var current atomic.Pointer[Cache]

// Use makes c the cache the agent's models are built with (see Default).
// Call it before they are first built; nil keeps nothing.
func Use(c *Cache) { current.Store(c) }

// Default returns the cache set by Use, or nil (keeps nothing).
func Default() *Cache { return current.Load() }

// Keep returns the model k names: read from c's folder when a file of that
// key is there and sound, built otherwise and then written for the next
// start. encode and decode turn the model into bytes and back; decode must
// give back exactly the model encode was given, and reject bytes that do
// not make one. Whatever goes wrong with the folder or the file, Keep
// returns build's model.
func Keep[T any](c *Cache, k *Key, build func() T, encode func(T) []byte, decode func([]byte) (T, error)) T {
	if c == nil || c.dir == "" {
		return build()
	}
	program, err := c.program()
	if err != nil {
		c.quiet.Do(func() {
			c.log.Info("models are not kept between starts: the program's own file cannot be read", "err", err)
		})
		return build()
	}
	sum := k.sum(program)
	path := c.path(k.name, sum)
	data, err := c.read(path, sum)
	if err == nil {
		m, err := safeDecode(decode, data)
		if err == nil {
			c.log.Debug("model read from the cache", "model", k.name)
			c.removeOthers(k.name, path)
			return m
		}
		c.log.Info("kept model does not read back; training it again", "model", k.name, "err", err)
	} else if errors.Is(err, fs.ErrNotExist) {
		if len(c.others(k.name, path)) > 0 {
			c.log.Info("kept model is out of date; training it again", "model", k.name)
		} else {
			c.log.Debug("no kept model; training it", "model", k.name)
		}
	} else {
		c.log.Info("kept model does not read back; training it again", "model", k.name, "err", err)
	}
	start := time.Now()
	m := build()
	c.log.Debug("model trained", "model", k.name, "took", time.Since(start).Round(time.Millisecond))
	if err := c.write(k.name, path, sum, encode(m)); err != nil {
		c.quiet.Do(func() {
			c.log.Info("models cannot be kept between starts; they are trained at each start", "dir", c.dir, "err", err)
		})
		return m
	}
	c.removeOthers(k.name, path)
	return m
}

// safeDecode is decode, with a panic on bytes it did not expect turned
// into an error.
func safeDecode[T any](decode func([]byte) (T, error), data []byte) (m T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("decode: %v", r)
		}
	}()
	return decode(data)
}

// path is the file of the model name under the key hash sum.
func (c *Cache) path(name string, sum [sha256.Size]byte) string {
	return filepath.Join(c.dir, name+"-"+hex.EncodeToString(sum[:12])+".model")
}

// errDamaged is what read reports for a file that is not a whole model of
// the key.
var errDamaged = errors.New("damaged or cut short")

// read returns the model bytes of the file at path, checked against the
// key hash sum and the file's checksum.
func (c *Cache) read(path string, sum [sha256.Size]byte) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < headerLen+trailerLen || string(b[:len(magic)]) != magic {
		return nil, errDamaged
	}
	h := b[len(magic):]
	if v := binary.LittleEndian.Uint64(h); v != formatVersion {
		return nil, fmt.Errorf("format %d, not %d: %w", v, formatVersion, errDamaged)
	}
	if !bytes.Equal(h[8:8+sha256.Size], sum[:]) {
		return nil, fmt.Errorf("another key: %w", errDamaged)
	}
	n := binary.LittleEndian.Uint64(h[8+sha256.Size:])
	if n != uint64(len(b)-headerLen-trailerLen) {
		return nil, errDamaged
	}
	data := b[headerLen : headerLen+int(n)]
	check := sha256.Sum256(data)
	if !bytes.Equal(check[:], b[headerLen+int(n):]) {
		return nil, errDamaged
	}
	return data, nil
}

// write writes data as the model file at path: to a temporary file first,
// renamed into place once whole, so that no reader ever sees part of it.
func (c *Cache) write(name, path string, sum [sha256.Size]byte, data []byte) error {
	// The folder itself is made, never its parents: a data folder removed
	// while the models were training is not made again for them.
	if err := os.Mkdir(c.dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	f, err := os.CreateTemp(c.dir, name+"-*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	out := make([]byte, 0, headerLen+len(data)+trailerLen)
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint64(out, formatVersion)
	out = append(out, sum[:]...)
	out = binary.LittleEndian.AppendUint64(out, uint64(len(data)))
	out = append(out, data...)
	check := sha256.Sum256(data)
	out = append(out, check[:]...)
	// No fsync: a file a crash left cut short fails its checksum and is
	// trained again, and the first message after a start waits for this
	// write.
	_, err = f.Write(out)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
	}
	return err
}

// others lists the model files of name other than path.
func (c *Cache) others(name, path string) []string {
	files, _ := filepath.Glob(filepath.Join(c.dir, name+"-*.model"))
	out := files[:0]
	for _, f := range files {
		if f != path {
			out = append(out, f)
		}
	}
	return out
}

// removeOthers removes the model files of name under other keys, and its
// temporary files old enough to be a crash's leftovers. Failing to is no
// problem: they are only ever read under their own key.
func (c *Cache) removeOthers(name, path string) {
	for _, f := range c.others(name, path) {
		_ = os.Remove(f)
	}
	temps, _ := filepath.Glob(filepath.Join(c.dir, name+"-*.tmp"))
	for _, f := range temps {
		if fi, err := os.Stat(f); err == nil && time.Since(fi.ModTime()) > staleTemp {
			_ = os.Remove(f)
		}
	}
}

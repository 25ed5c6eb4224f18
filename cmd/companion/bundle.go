package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"

	"github.com/companion-dev/companion/store"
)

// A backup is one of two layouts.
//
// Without a Matrix crypto database in the data directory it is the store's
// own stream (store.Backup, which starts with "CMPBAK01"), exactly what
// every earlier version wrote, so older versions can still restore it.
//
// With one it is a bundle:
//
//	"CMPBUN01"
//	sections, each:
//	  name: 1 byte of length, then the name
//	  data: chunks of a 4-byte big-endian length and that many bytes;
//	        a zero length ends the data
//	  4-byte big-endian CRC-32 (IEEE) of the data
//	an empty name, which ends the bundle
//
// The section "store" holds the store's stream; every other section is a
// file of the data directory, by name: the crypto database, and from a build
// without SQLite (no goolm tag) its write-ahead log when there is one. File
// sections come first, so that restore checks them before the store is
// touched.
const (
	storeMagic  = "CMPBAK01"
	bundleMagic = "CMPBUN01"
	// sectionStore names the store's stream in a bundle.
	sectionStore = "store"
	// chunkSize is how much of a section one chunk carries when writing.
	chunkSize = 64 << 10
	// maxChunk bounds a chunk read back, so a damaged length cannot make
	// restore allocate without limit.
	maxChunk = 16 << 20
)

// sectionWriter frames what is written to it as one bundle section. Close
// ends the section; it does not close the underlying writer.
type sectionWriter struct {
	w      io.Writer
	name   string
	buf    []byte
	sum    hash.Hash32
	err    error
	header bool
}

func newSectionWriter(w io.Writer, name string) *sectionWriter {
	return &sectionWriter{w: w, name: name, buf: make([]byte, 0, chunkSize), sum: crc32.NewIEEE()}
}

func (s *sectionWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 && s.err == nil {
		k := min(len(p), chunkSize-len(s.buf))
		s.buf = append(s.buf, p[:k]...)
		p, n = p[k:], n+k
		if len(s.buf) == chunkSize {
			s.flush()
		}
	}
	return n, s.err
}

// flush writes the name, once, then the buffered bytes as a chunk.
func (s *sectionWriter) flush() {
	if s.err != nil {
		return
	}
	if !s.header {
		s.header = true
		if _, s.err = s.w.Write(append([]byte{byte(len(s.name))}, s.name...)); s.err != nil {
			return
		}
	}
	if len(s.buf) == 0 {
		return
	}
	s.sum.Write(s.buf)
	var head [4]byte
	binary.BigEndian.PutUint32(head[:], uint32(len(s.buf)))
	if _, s.err = s.w.Write(head[:]); s.err == nil {
		_, s.err = s.w.Write(s.buf)
	}
	s.buf = s.buf[:0]
}

// Close writes what is buffered, the end of the data and the checksum.
func (s *sectionWriter) Close() error {
	s.flush()
	if s.err != nil {
		return s.err
	}
	tail := binary.BigEndian.AppendUint32(make([]byte, 4, 8), s.sum.Sum32())
	_, s.err = s.w.Write(tail)
	if s.err == nil {
		s.err = errors.New("section closed")
		return nil
	}
	return s.err
}

// readSectionName reads a section's name; "" is the end of the bundle.
func readSectionName(br *bufio.Reader) (string, error) {
	n, err := br.ReadByte()
	if err != nil {
		return "", fmt.Errorf("%w: truncated", store.ErrBadBackup)
	}
	name := make([]byte, n)
	if _, err := io.ReadFull(br, name); err != nil {
		return "", fmt.Errorf("%w: truncated", store.ErrBadBackup)
	}
	return string(name), nil
}

// errChecksum means a section's data does not match its checksum.
var errChecksum = fmt.Errorf("%w: checksum mismatch", store.ErrBadBackup)

// sectionReader reads the data of one section, then checks its checksum:
// it returns io.EOF only after the data matched.
type sectionReader struct {
	r    *bufio.Reader
	left int // bytes left in the current chunk
	sum  hash.Hash32
	err  error
}

func newSectionReader(r *bufio.Reader) *sectionReader {
	return &sectionReader{r: r, sum: crc32.NewIEEE()}
}

func (s *sectionReader) Read(p []byte) (int, error) {
	for s.err == nil && s.left == 0 {
		s.nextChunk()
	}
	if s.err != nil {
		return 0, s.err
	}
	if len(p) > s.left {
		p = p[:s.left]
	}
	n, err := s.r.Read(p)
	s.sum.Write(p[:n])
	s.left -= n
	if n == 0 && err != nil {
		s.err = fmt.Errorf("%w: truncated", store.ErrBadBackup)
		return 0, s.err
	}
	return n, nil
}

// nextChunk reads a chunk's length, or at the end of the data the checksum.
func (s *sectionReader) nextChunk() {
	var head [4]byte
	if _, err := io.ReadFull(s.r, head[:]); err != nil {
		s.err = fmt.Errorf("%w: truncated", store.ErrBadBackup)
		return
	}
	n := binary.BigEndian.Uint32(head[:])
	switch {
	case n > maxChunk:
		s.err = fmt.Errorf("%w: chunk of %d bytes", store.ErrBadBackup, n)
	case n > 0:
		s.left = int(n)
	default:
		if _, err := io.ReadFull(s.r, head[:]); err != nil {
			s.err = fmt.Errorf("%w: truncated", store.ErrBadBackup)
		} else if binary.BigEndian.Uint32(head[:]) != s.sum.Sum32() {
			s.err = errChecksum
		} else {
			s.err = io.EOF
		}
	}
}

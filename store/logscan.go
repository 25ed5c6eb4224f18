package store

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
)

// Badger's logs, the value logs (*.vlog) and the memtables' write-ahead logs
// (*.mem), share one layout: a 20-byte header (data key id, base IV), then
// entries of
//
//	meta (1) | user meta (1) | uvarint key length | uvarint value length |
//	uvarint expiry | key | value | CRC-32C of everything before (4, big-endian)
//
// with key and value encrypted when the store is. The checksum covers the
// bytes as stored, so a log can be checked without its key.
const (
	logHeaderSize = 20
	// maxLogKey is Badger's largest key plus the 8-byte version it appends.
	maxLogKey = 65000 + 8
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// logScan is what scanLog found in one log.
type logScan struct {
	// damaged are the offsets of entries that fail their checksum while
	// readable entries follow them: damage in place, not an unfinished write.
	damaged []int64
	// end is where the readable entries end.
	end int64
	// torn is set when bytes that hold no readable entry follow end: a
	// write cut short, or a file cut short.
	torn bool
}

// scanLog walks the entries of a log held in data.
func scanLog(data []byte) logScan {
	var s logScan
	off := int64(logHeaderSize)
	n := int64(len(data))
	for off < n {
		if size, ok := logEntryAt(data, off); ok {
			off += size
			continue
		}
		next := nextLogEntry(data, off+1)
		if next < 0 {
			s.end = off
			s.torn = !allZero(data[off:])
			return s
		}
		s.damaged = append(s.damaged, off)
		off = next
	}
	s.end = min(off, n)
	return s
}

// logEntryAt returns the size of the entry at off when it is whole and its
// checksum matches.
func logEntryAt(data []byte, off int64) (int64, bool) {
	if off+2 >= int64(len(data)) {
		return 0, false
	}
	p := off + 2
	var lens [3]uint64
	for i := range lens {
		v, c := binary.Uvarint(data[p:])
		if c <= 0 {
			return 0, false
		}
		lens[i] = v
		p += int64(c)
	}
	klen, vlen := lens[0], lens[1]
	if klen == 0 || klen > maxLogKey || vlen > uint64(len(data)) {
		return 0, false
	}
	body := p + int64(klen) + int64(vlen)
	if body+crc32.Size > int64(len(data)) {
		return 0, false
	}
	if crc32.Checksum(data[off:body], castagnoli) != binary.BigEndian.Uint32(data[body:]) {
		return 0, false
	}
	return body + crc32.Size - off, true
}

// nextLogEntry returns the first offset from which a readable entry starts
// and is followed by another, or by the end of the log (zeros or the end of
// the file), or -1. Asking for two in a row makes a chance match of the
// checksum in damaged bytes vanishingly unlikely.
func nextLogEntry(data []byte, from int64) int64 {
	n := int64(len(data))
	for y := from; y+2 < n; y++ {
		if data[y+2] == 0 {
			continue // a key length of zero: no entry starts here
		}
		size, ok := logEntryAt(data, y)
		if !ok {
			continue
		}
		after := y + size
		if _, ok := logEntryAt(data, after); ok || after == n || allZero(data[after:min(after+8, n)]) {
			return y
		}
	}
	return -1
}

func allZero(b []byte) bool {
	return len(bytes.TrimLeft(b, "\x00")) == 0
}

package understand

// rowTable maps feature hashes to rows of weights: an open-addressing hash
// table, several times faster than a Go map on the hot path of Classify.
// The hashes are already well mixed, so their low bits are the slot.
type rowTable struct {
	// slots holds hash+1 (0 is an empty slot) and the row, packed.
	slots []uint64
	mask  uint32
	n     int
}

// newRowTable returns a table for about n hashes.
func newRowTable(n int) *rowTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &rowTable{slots: make([]uint64, size), mask: uint32(size - 1)}
}

// get returns the row of h.
func (t *rowTable) get(h uint32) (int32, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if uint32(s>>32) == h+1 {
			return int32(uint32(s)), true
		}
	}
}

// getOrAdd returns the row of h, giving it the next free row if it has none.
func (t *rowTable) getOrAdd(h uint32) int32 {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			r := int32(t.n)
			t.slots[i] = uint64(h+1)<<32 | uint64(uint32(r))
			t.n++
			return r
		}
		if uint32(s>>32) == h+1 {
			return int32(uint32(s))
		}
	}
}

func (t *rowTable) grow() {
	old := t.slots
	t.slots = make([]uint64, 2*len(old))
	t.mask = uint32(len(t.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		h := uint32(s>>32) - 1
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = s
	}
}

// len returns how many hashes have a row.
func (t *rowTable) len() int { return t.n }

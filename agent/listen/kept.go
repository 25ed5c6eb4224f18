package listen

import (
	"errors"
	"fmt"
	"slices"

	"github.com/companion-dev/companion/agent/modelcache"
)

// The feelings model is kept between starts by the model cache (package
// modelcache): the key is its corpus and its training settings.

// trainKept trains the model on the corpus src, or reads the one kept in c
// for that corpus.
func trainKept(c *modelcache.Cache, src string) *model {
	key := modelcache.NewKey("feelings").Add(src,
		fmt.Sprintf("listen epochs=%d rate=%v l2=%v seed=%d", epochs, rate, l2, seed))
	return modelcache.Keep(c, key, func() *model {
		ex, err := parseCorpus(src)
		if err != nil {
			// The corpus is compiled in and checked by the tests.
			panic(fmt.Sprintf("listen: built-in corpus: %v", err))
		}
		return train(ex)
	}, encodeModel, decodeModel)
}

// encodeModel writes m as bytes, weights bit for bit; the rows go in
// order of their hash.
func encodeModel(m *model) []byte {
	var e modelcache.Encoder
	e.Strings(m.labels)
	hs := make([]uint64, 0, len(m.rows))
	for h := range m.rows {
		hs = append(hs, uint64(h))
	}
	slices.Sort(hs)
	e.Uint64s(hs)
	rows := make([]uint64, len(hs))
	for i, h := range hs {
		rows[i] = uint64(m.rows[uint32(h)])
	}
	e.Uint64s(rows)
	e.Float64s(m.w)
	e.Float64s(m.bias)
	return e.Bytes()
}

var errBadModel = errors.New("listen: kept model does not fit together")

// decodeModel reads what encodeModel wrote, checking that its parts fit
// together.
func decodeModel(b []byte) (*model, error) {
	d := modelcache.NewDecoder(b)
	m := &model{labels: d.Strings()}
	hs := d.Uint64s()
	rows := d.Uint64s()
	m.w = d.Float64s()
	m.bias = d.Float64s()
	if err := d.Done(); err != nil {
		return nil, err
	}
	n := len(m.labels)
	if n == 0 || len(rows) != len(hs) || len(m.bias) != n || len(m.w) != len(hs)*n {
		return nil, errBadModel
	}
	m.rows = make(map[uint32]int, len(hs))
	for i, h := range hs {
		if h > 0xffffffff || rows[i] >= uint64(len(hs)) {
			return nil, errBadModel
		}
		m.rows[uint32(h)] = int(rows[i])
	}
	if len(m.rows) != len(hs) {
		return nil, errBadModel
	}
	return m, nil
}

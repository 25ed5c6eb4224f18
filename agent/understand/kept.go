package understand

import (
	"errors"
	"fmt"

	"github.com/companion-dev/companion/agent/modelcache"
)

// A classifier is kept between starts by the model cache (package
// modelcache) as the bytes of its model; the features it reads with are
// its parameters', which are part of the key.

// TrainKept is Train, with the classifier kept in c under key (see package
// modelcache; a nil c keeps nothing): key must hold everything examples
// is made from (Train's own parameters are added here), and examples is
// only called when no sound kept classifier matches the key.
func TrainKept(c *modelcache.Cache, key *modelcache.Key, examples func() []Example) *Classifier {
	return trainKept(c, key, ownParams, func() []example {
		ex := examples()
		out := make([]example, len(ex))
		for i, e := range ex {
			out[i] = example{label: e.Label, text: e.Text}
		}
		return out
	})
}

// trainKept trains a classifier with p on examples, or reads the one kept
// in c under key and p.
func trainKept(c *modelcache.Cache, key *modelcache.Key, p params, examples func() []example) *Classifier {
	key.Add(fmt.Sprintf("understand params %#v", p))
	m := modelcache.Keep(c, key, func() *model { return train(examples(), p) }, encodeModel, decodeModel)
	return &Classifier{m: m, fw: p.fw}
}

// encodeModel writes m as bytes, weights bit for bit.
func encodeModel(m *model) []byte {
	var e modelcache.Encoder
	e.Strings(m.labels)
	e.Uint64s(m.rows.slots)
	e.Int(m.rows.n)
	e.Float32s(m.w)
	e.Float32s(m.bias)
	e.Float64(m.temperature)
	return e.Bytes()
}

var errBadModel = errors.New("understand: kept model does not fit together")

// decodeModel reads what encodeModel wrote, checking that its parts fit
// together so that no Classify can go out of bounds.
func decodeModel(b []byte) (*model, error) {
	d := modelcache.NewDecoder(b)
	m := &model{labels: d.Strings()}
	slots := d.Uint64s()
	n := d.Int()
	m.w = d.Float32s()
	m.bias = d.Float32s()
	m.temperature = d.Float64()
	if err := d.Done(); err != nil {
		return nil, err
	}
	size := len(slots)
	if size < 16 || size&(size-1) != 0 || n < 0 || 2*n > size || len(m.labels) == 0 ||
		len(m.bias) != len(m.labels) || len(m.w) != n*len(m.labels) || !(m.temperature > 0) {
		return nil, errBadModel
	}
	used := 0
	for _, s := range slots {
		if s == 0 {
			continue
		}
		used++
		if r := uint32(s); int64(r) >= int64(n) {
			return nil, errBadModel
		}
	}
	if used != n {
		return nil, errBadModel
	}
	m.rows = &rowTable{slots: slots, mask: uint32(size - 1), n: n}
	return m, nil
}

// intentKey is the cache key of the default classifier: the labelled
// messages it learns from.
func intentKey(examples []example) *modelcache.Key {
	k := modelcache.NewKey("intent")
	for _, e := range examples {
		k.Add(e.label, e.text)
	}
	return k
}

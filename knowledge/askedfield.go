package knowledge

import "math"

// askedField is a second BM25 field over each section: the questions of
// the labelled sets that name it. They say in people's own words what a
// section is for, so a question worded like several of them scores there
// even when it shares few words with the guide's text. The field only adds
// to a section's rank: what a section covers, and so whether a question is
// answered at all, is still read from the guide's own text.
type askedField struct {
	ids      map[string]int32
	postings [][]posting
	length   []float32
	avgLen   float64
	n        int
}

// newAskedField indexes texts[i], the asked questions of section i, with
// the stems and concepts the main index gives their words.
func newAskedField(ix *index, nSec int, texts [][]string) *askedField {
	f := &askedField{ids: map[string]int32{}, length: make([]float32, nSec), n: nSec}
	var total float64
	for sec := 0; sec < nSec && sec < len(texts); sec++ {
		counts := map[int32]float32{}
		var order []int32
		addTerm := func(term string) {
			id, ok := f.ids[term]
			if !ok {
				id = int32(len(f.postings))
				f.ids[term] = id
				f.postings = append(f.postings, nil)
			}
			if counts[id] == 0 {
				order = append(order, id)
			}
			counts[id]++
			f.length[sec]++
		}
		for _, text := range texts[sec] {
			scanWords(text, func(word []byte) {
				if st := ix.stemOf(word); st != "" {
					addTerm(st)
				}
			})
			guideConcepts.find(words(text), ix.anyStem, addTerm)
			doneConcepts(text, ix.anyStem, addTerm)
		}
		for _, id := range order {
			f.postings[id] = append(f.postings[id], posting{sec: int32(sec), tf: counts[id]})
		}
		total += float64(f.length[sec])
	}
	if nSec > 0 {
		f.avgLen = total / float64(nSec)
	}
	if f.avgLen == 0 {
		f.avgLen = 1
	}
	return f
}

// askedFieldWeight is how much the asked-questions field counts next to
// the guide's own text, chosen with each question set left out in turn
// (TestAskedFieldWeightLeavingSetsOut). With eight sets to learn from the
// field knows more wordings, and the later sets, written by other people,
// are found best at 1 to 2 where the first ones were at 0.25 to 0.5; 1 is
// within a question of the best pooled figure (0.870 against 0.871; 0.5
// gave 0.864). With thirteen sets, fresh12 among them, and the listed
// questions for everyday wordings, 1 found no more first than leaving the
// field out (1958 of 2136 each) and 0.5 found the most (1964); with each
// set left out the answers cite an acceptable section for 8 more covered
// questions at 0.5 than at 1, and decline the same out-of-scope ones.
var askedFieldWeight = 0.5

// score adds to sc the field's BM25 score for q, weighted by
// askedFieldWeight.
func (f *askedField) score(q []weightedTerm, sc *scores) {
	if f == nil || askedFieldWeight <= 0 || len(f.postings) == 0 {
		return
	}
	for _, t := range q {
		id, ok := f.ids[t.stem]
		if !ok {
			continue
		}
		df := float64(len(f.postings[id]))
		idf := math.Log(1 + (float64(f.n)-df+0.5)/(df+0.5))
		w := askedFieldWeight * t.weight * idf
		for _, p := range f.postings[id] {
			tf := float64(p.tf)
			norm := 1 - bm25B + bm25B*float64(f.length[p.sec])/f.avgLen
			if sc.sum[p.sec] == 0 {
				sc.touched = append(sc.touched, p.sec)
			}
			sc.sum[p.sec] += w * tf * (bm25K1 + 1) / (tf + bm25K1*norm)
		}
	}
}

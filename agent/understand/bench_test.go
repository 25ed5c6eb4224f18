package understand

import (
	"strings"
	"testing"
)

// benchMessages is the corpus and, one in ten, a long message: several
// corpus lines run together, up to Telegram's 4,096 characters.
func benchMessages(b *testing.B) []string {
	examples, err := builtinCorpus()
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for i, e := range examples {
		out = append(out, e.text)
		if i%10 == 0 {
			var long strings.Builder
			for j := i; long.Len() < 1000*(1+i%4); j = (j + 7) % len(examples) {
				long.WriteString(examples[j].text)
				long.WriteString(". ")
			}
			out = append(out, long.String()[:min(long.Len(), 4096)])
		}
	}
	return out
}

func BenchmarkClassify(b *testing.B) {
	c := Default()
	msgs := benchMessages(b)
	var bytes int
	for _, m := range msgs {
		bytes += len(m)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, n := cpuTime(), 0
	for i := 0; b.Loop(); i++ {
		c.Classify(msgs[i%len(msgs)])
		n++
	}
	b.ReportMetric(float64(bytes)/float64(len(msgs)), "bytes/msg")
	// The processor time the process spent per message: on a loaded
	// machine the wall clock says more about the load than the code.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(n), "cpu-ns/op")
}

func BenchmarkClassifyLong(b *testing.B) {
	c := Default()
	msg := strings.Repeat("we used to talk every day and now she barely answers my texts. ", 70)[:4096]
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(msg)
	}
}

func BenchmarkTrain(b *testing.B) {
	examples, err := builtinCorpus()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		newClassifier(examples, defaults)
	}
}

package safety

import "testing"

// BenchmarkDetectCrisis runs the detector, every language loaded, on a mix
// of tune corpus lines: crisis and safe, short and long, all languages.
func BenchmarkDetectCrisis(b *testing.B) {
	var lines []string
	for _, l := range readCorpus(b, "tune") {
		lines = append(lines, l.text)
	}
	Default()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Detect(lines[i%len(lines)])
	}
}

package store

import "testing"

func TestProcs(t *testing.T) {
	for _, tt := range []struct{ cores, want int }{{1, 8}, {2, 8}, {3, 12}, {16, 64}} {
		if got := Procs(tt.cores); got != tt.want {
			t.Errorf("Procs(%d) = %d, want %d", tt.cores, got, tt.want)
		}
	}
}

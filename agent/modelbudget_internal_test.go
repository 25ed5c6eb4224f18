package agent

import (
	"testing"
	"time"
)

// TestLimiterKeepsBucketsForAPeriod: a quiet person's bucket is dropped
// only once it would be full again, so waiting never hands back a budget
// early, while memory still follows the people who are active.
func TestLimiterKeepsBucketsForAPeriod(t *testing.T) {
	t0 := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		per       time.Duration
		kept      time.Duration // still kept, and still spent, this long after
		droppedAt time.Duration // gone by then
	}{
		{"messages a minute", time.Minute, 15 * time.Second, 11 * time.Minute},
		{"model calls an hour", time.Hour, 15 * time.Minute, 61 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLimiter(2, tt.per)
			for range 2 {
				if ok, _ := l.allow("ana", t0); !ok {
					t.Fatal("refused within the limit")
				}
			}
			if ok, warn := l.allow("ana", t0); ok || !warn {
				t.Fatalf("over the limit: ok=%v warn=%v, want refused with a warning", ok, warn)
			}
			l.allow("ben", t0.Add(tt.kept))
			if _, kept := l.buckets["ana"]; !kept {
				t.Fatalf("ana's bucket dropped after %v", tt.kept)
			}
			if ok, warn := l.allow("ana", t0.Add(tt.kept)); ok || warn {
				t.Errorf("after %v: ok=%v warn=%v, want still refused, not warned again", tt.kept, ok, warn)
			}
			l.allow("ben", t0.Add(tt.droppedAt+tt.kept))
			if _, kept := l.buckets["ana"]; kept {
				t.Errorf("ana's bucket kept after %v idle", tt.droppedAt)
			}
		})
	}
}

package config

import "testing"

func BenchmarkAllows(b *testing.B) {
	a := Access{AllowedUsers: []string{"123456789", "-1001234", "@alice", "@bob:example.org", "@*:friends.example.net"}}
	b.Run("telegram-denied", func(b *testing.B) {
		for b.Loop() {
			if a.Allows("555", "@mallory") {
				b.Fatal("allowed")
			}
		}
	})
	b.Run("matrix-pattern", func(b *testing.B) {
		for b.Loop() {
			if !a.Allows("@carol:friends.example.net") {
				b.Fatal("denied")
			}
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	env := envOf(homeEnv)
	for b.Loop() {
		if _, err := Load(examplePath, env); err != nil {
			b.Fatal(err)
		}
	}
}

package matrix

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/rs/zerolog"
)

// zerologTo returns a zerolog logger for mautrix that forwards its warnings
// and errors to log. Only the message and a few identifying fields pass
// through, so nothing a person wrote can reach the log.
// ctx is handed to the slog handler with every record.
func zerologTo(ctx context.Context, log *slog.Logger) zerolog.Logger {
	return zerolog.New(slogWriter{ctx: ctx, log: log}).Level(zerolog.WarnLevel)
}

type slogWriter struct {
	ctx context.Context
	log *slog.Logger
}

// forwarded are the zerolog fields worth keeping: ids and errors.
var forwarded = []string{"error", "event_id", "room_id", "session_id", "user_id", "device_id", "req_id", "status_code"}

func (w slogWriter) Write(p []byte) (int, error) {
	var rec map[string]any
	if err := json.Unmarshal(p, &rec); err != nil {
		return len(p), nil
	}
	level := slog.LevelWarn
	if l, _ := rec["level"].(string); l == "error" || l == "fatal" || l == "panic" {
		level = slog.LevelError
	}
	msg, _ := rec["message"].(string)
	if msg == "Request canceled" {
		return len(p), nil // shutting down, not a problem
	}
	attrs := []any{"source", "mautrix"}
	for _, k := range forwarded {
		if v, ok := rec[k]; ok {
			attrs = append(attrs, k, v)
		}
	}
	w.log.Log(w.ctx, level, msg, attrs...)
	return len(p), nil
}

package main

import (
	"context"
	"errors"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// readier is an adapter that can tell whether it is connected. Ready must
// be quick, safe for concurrent use, and its error text fit to show on
// /readyz (no secrets).
type readier interface {
	Ready() error
}

// drainer is an adapter that can stop taking messages and deliver what is
// waiting before it is stopped. Shutdown returns the count of replies left
// in the outbox (-1 when unknown).
type drainer interface {
	Shutdown(ctx context.Context) (left int, err error)
}

// opsMetrics count what the adapters and the scheduler report. Labels are
// adapter names and reminder kinds, never anything about a person.
type opsMetrics struct {
	retries   *prometheus.CounterVec
	limited   *prometheus.CounterVec
	reminders *prometheus.CounterVec
}

// reminderKinds are the kinds of nudges the scheduler reports; anything
// else is counted as "other", which keeps the series few.
var reminderKinds = []string{"contact", "habit", "plan", "plan-evening"}

func newOpsMetrics(reg prometheus.Registerer) *opsMetrics {
	m := &opsMetrics{
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "companion_send_retries_total",
			Help: "Sends to a chat platform that failed and will be tried again, by adapter.",
		}, []string{"adapter"}),
		limited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "companion_rate_limited_total",
			Help: "Rate-limit answers (HTTP 429: Telegram flood control, Matrix M_LIMIT_EXCEEDED) received, by adapter.",
		}, []string{"adapter"}),
		reminders: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "companion_reminders_sent_total",
			Help: "Nudges the scheduler put in an outbox, by reminder kind.",
		}, []string{"kind"}),
	}
	reg.MustRegister(m.retries, m.limited, m.reminders)
	for _, k := range reminderKinds {
		m.reminders.WithLabelValues(k)
	}
	return m
}

// track makes the series of each adapter exist from the start, at zero.
func (m *opsMetrics) track(adapters []string) {
	for _, a := range adapters {
		m.retries.WithLabelValues(a)
		m.limited.WithLabelValues(a)
	}
}

func (m *opsMetrics) sendRetried(adapter string) func() {
	return m.retries.WithLabelValues(adapter).Inc
}

func (m *opsMetrics) rateLimited(adapter string) func() {
	return m.limited.WithLabelValues(adapter).Inc
}

func (m *opsMetrics) reminderSent(kind string) {
	if !slices.Contains(reminderKinds, kind) {
		kind = "other"
	}
	m.reminders.WithLabelValues(kind).Inc()
}

// errShuttingDown is what /readyz says once a stop has begun.
var errShuttingDown = errors.New("shutting down")

// errWarming is what /readyz says while the agent's models are being
// built at start-up: a message would wait for them.
var errWarming = errors.New("building the message models")

// readiness is the /readyz check: the store answers and takes turns (it
// pauses while the disk is nearly full), and every adapter is connected.
// Once stopping is set nothing is ready, so that a load balancer or
// supervisor stops sending work while the outboxes drain.
func (a *app) readiness(runners map[string]runner, stopping *atomic.Bool) func(ctx context.Context) error {
	names := adapterNames(runners)
	return func(ctx context.Context) error {
		if stopping.Load() {
			return errShuttingDown
		}
		if _, err := a.store.Cursor(ctx, "status:ready"); err != nil {
			a.log.Warn("store not answering", "err", err)
			return errors.New("store not answering")
		}
		if err := a.store.Paused(); err != nil {
			return err // the store logged it once when it paused
		}
		var errs []error
		for _, name := range names {
			if r, ok := runners[name].(readier); ok {
				if err := r.Ready(); err != nil {
					errs = append(errs, err)
				}
			}
		}
		select {
		case <-a.warmed:
		default:
			errs = append(errs, errWarming)
		}
		return errors.Join(errs...)
	}
}

// drain has every adapter stop taking messages, finish its turns under way
// and deliver what waits in its outbox, side by side, for at most timeout.
// What is left stays in the store for the next start; drain logs how much.
func drain(ctx context.Context, runners map[string]runner, timeout time.Duration, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for name, r := range runners {
		d, ok := r.(drainer)
		if !ok {
			continue
		}
		wg.Go(func() {
			left, err := d.Shutdown(ctx)
			took := time.Since(start).Round(time.Millisecond)
			switch {
			case left > 0:
				log.Warn("replies left in the outbox for the next start", "adapter", name, "count", left, "took", took)
			case left < 0:
				log.Error("replies may be left in the outbox; the store could not count them", "adapter", name, "took", took)
			case err != nil:
				log.Warn("stopped before the outbox was known to be empty", "adapter", name, "err", err, "took", took)
			default:
				log.Info("outbox delivered", "adapter", name, "took", took)
			}
		})
	}
	wg.Wait()
}

// adapterNames lists runners' names in order, for logs and metrics.
func adapterNames(runners map[string]runner) []string {
	return slices.Sorted(maps.Keys(runners))
}

package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/companion-dev/companion/agent"
)

// metrics are the companion's Prometheus metrics. Labels carry adapter and
// flow names only, never anything about a person.
type metrics struct {
	reg     *prometheus.Registry
	turns   *prometheus.CounterVec
	latency *prometheus.HistogramVec
	// modelLatency times the model calls made, by hook; overBudget counts
	// the calls not made because a person's hourly budget was used up.
	modelLatency *prometheus.HistogramVec
	overBudget   prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		turns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "companion_turns_total",
			Help: "Turns handled, by adapter, the flow the person is in afterwards, and outcome.",
		}, []string{"adapter", "flow", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "companion_turn_seconds",
			Help:    "Time to handle one turn, commit included, by adapter.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"adapter"}),
		modelLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "companion_model_call_seconds",
			Help:    "Time of one language model call, checks included, by hook (draft, answer, acknowledge, extract, summarize).",
			Buckets: []float64{.05, .1, .25, .5, 1, 2, 4, 8, 15, 30, 60},
		}, []string{"hook"}),
		overBudget: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "companion_model_budget_exceeded_total",
			Help: "Model calls not made because the person had used their calls for the hour: the template answered.",
		}),
	}
	m.reg.MustRegister(m.turns, m.latency, m.modelLatency, m.overBudget,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// watch adds the metrics read from the running parts at scrape time: model
// calls and fallbacks, and replies waiting in each adapter's outbox.
func (m *metrics) watch(ag *agent.Agent, outbox func(ctx context.Context, channel string) (int, error), channels []string) {
	m.reg.MustRegister(
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "companion_model_calls_total",
			Help: "Language model calls made."}, func() float64 { c, _ := ag.ModelStats(); return float64(c) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "companion_model_fallbacks_total",
			Help: "Model calls whose answer was not used (failed, slow or unusable): the template answered."},
			func() float64 { _, f := ag.ModelStats(); return float64(f) }))
	for _, ch := range channels {
		m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "companion_outbox_depth",
			Help: "Replies waiting to be delivered, by adapter.", ConstLabels: prometheus.Labels{"adapter": ch}},
			func() float64 {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				n, err := outbox(ctx, ch)
				if err != nil {
					return -1
				}
				return float64(n)
			}))
	}
}

// watchTurns adds, for each adapter that reports them, the updates whose
// turns keep failing: stuck past the adapter's grace now, and set aside
// after their attempts since start.
func (m *metrics) watchTurns(runners map[string]runner) {
	type failing interface {
		FailingTurns() (stuck int, setAside int64)
	}
	for name, r := range runners {
		f, ok := r.(failing)
		if !ok {
			continue
		}
		label := prometheus.Labels{"adapter": name}
		m.reg.MustRegister(
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "companion_updates_stuck", ConstLabels: label,
				Help: "Updates whose turn has kept failing for longer than the ready grace, by adapter."},
				func() float64 { n, _ := f.FailingTurns(); return float64(n) }),
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "companion_updates_dead_total", ConstLabels: label,
				Help: "Updates set aside (recorded, the person told) after their turn failed every attempt, by adapter."},
				func() float64 { _, n := f.FailingTurns(); return float64(n) }))
	}
}

// observe records one turn.
func (m *metrics) observe(e agent.TurnEvent) {
	outcome := "ok"
	switch {
	case errors.Is(e.Err, agent.ErrDuplicate):
		outcome = "duplicate"
	case e.Err != nil:
		outcome = "error"
	}
	m.turns.WithLabelValues(e.Channel, e.Flow, outcome).Inc()
	m.latency.WithLabelValues(e.Channel).Observe(e.Duration.Seconds())
}

// observeModel records one model call, or one call the budget skipped.
func (m *metrics) observeModel(e agent.ModelEvent) {
	if e.Outcome == agent.ModelOverBudget {
		m.overBudget.Inc()
		return
	}
	m.modelLatency.WithLabelValues(e.Hook).Observe(e.Duration.Seconds())
}

// statusServer answers /healthz (the process is up), /readyz (ready says
// what is not: the store, an adapter, a stop under way; one line each, no
// secrets) and /metrics.
type statusServer struct {
	addr    string
	metrics *metrics
	ready   func(ctx context.Context) error
	log     *slog.Logger
}

func (s *statusServer) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := s.ready(ctx); err != nil {
			s.log.Warn("not ready", "err", err)
			http.Error(w, "not ready:\n"+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	return mux
}

// serve listens until ctx ends, then shuts down gracefully.
func (s *statusServer) serve(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return fmt.Errorf("COMPANION_HTTP_ADDR: %w", err)
	}
	srv := &http.Server{Handler: s.handler(), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("status listener", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("status listener: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shut)
}

package node

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are a node's Prometheus metrics, in a registry of its own (no
// global state: several nodes may run in one process, as in tests).
type Metrics struct {
	Registry     *prometheus.Registry
	QueueDepth   *prometheus.GaugeVec
	SettleDepth  prometheus.Gauge
	Jobs         *prometheus.CounterVec
	ProveSeconds *prometheus.HistogramVec
	JobSeconds   prometheus.Histogram
	SettleGas    prometheus.Histogram
	HeadLag      prometheus.Gauge
	Head         prometheus.Gauge
}

func newMetrics() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		QueueDepth: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "openproof_node_queue_depth", Help: "Proof jobs in the shared work queue: waiting (not delivered) and in_flight (delivered, not acked).",
		}, []string{"kind"}),
		SettleDepth: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "openproof_node_settle_queue_depth", Help: "Settlements queued or in flight in the shared queue.",
		}),
		Jobs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "openproof_node_jobs_total", Help: "Jobs this node moved into each state.",
		}, []string{"state"}),
		ProveSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "openproof_node_prove_seconds", Help: "Backend proving time per proof, by circuit.",
			Buckets: prometheus.ExponentialBuckets(0.25, 2, 12),
		}, []string{"circuit"}),
		JobSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "openproof_node_prove_call_seconds", Help: "Time of the prove call per proved job (inference, witness, proof, self-check, bundle).",
			Buckets: prometheus.ExponentialBuckets(0.25, 2, 12),
		}),
		SettleGas: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "openproof_node_settle_gas", Help: "Gas used by this node's settle transactions.",
			Buckets: prometheus.LinearBuckets(200_000, 100_000, 10),
		}),
		HeadLag: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "openproof_node_chain_head_lag_blocks", Help: "Chain head minus the last block the watcher processed.",
		}),
		Head: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "openproof_node_chain_head", Help: "Latest chain block number seen.",
		}),
	}
	for _, s := range States {
		m.Jobs.WithLabelValues(s)
	}
	m.Registry.MustRegister(m.QueueDepth, m.SettleDepth, m.Jobs, m.ProveSeconds, m.JobSeconds, m.SettleGas, m.HeadLag, m.Head,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Package node is the prover node: `openproof node` turns inference
// requests (HTTP, and RequestOpened logs of the settlement contract) into
// proofs and settlements.
//
// Jobs live on NATS JetStream (package node/queue): a work-queue stream
// whose messages are job ids, consumed with explicit acks by N workers per
// node and any number of nodes; job status in a key-value bucket updated
// by compare-and-set; bundles in the object store (or a directory). A job
// is acked only once its state is stored, so a node killed mid-proof loses
// nothing: its message is redelivered after the ack wait. Settlement goes
// through a second subject with one consumer per node (one sender), and is
// idempotent on the request key: a request that is already settled is
// recorded as settled, never paid twice.
//
// The node is the one library package that logs (zerolog, the job id on
// every line about a job); it is above verifier and contracts, below cmd.
package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/node/queue"
	"github.com/openproof/openproof/prover/bundle"
)

// Config is a node's behaviour; zero values take the defaults noted.
type Config struct {
	Name        string        // this node's name in jobs and logs (default "node")
	Workers     int           // proving workers (default 1)
	JobDeadline time.Duration // longest one proof may take (default 10m)
	// Grace is how long in-flight proofs may run on after shutdown
	// begins; then they are cancelled and their jobs go back to the queue
	// (default 30s).
	Grace time.Duration
	// RetryDelay is the redelivery delay after a transient failure
	// (default 2s).
	RetryDelay time.Duration

	Confirmations uint64        // blocks a RequestOpened log waits (default 0)
	PollInterval  time.Duration // chain polling interval (default 2s)
	StartBlock    uint64        // first block to watch when no resume block is stored
	// ChainName keys the stored resume block (e.g. the settlement
	// contract's address), so one NATS can serve several deployments.
	ChainName string
}

func (c *Config) defaults() {
	if c.Name == "" {
		c.Name = "node"
	}
	if c.Workers <= 0 {
		c.Workers = 1
	}
	if c.JobDeadline <= 0 {
		c.JobDeadline = 10 * time.Minute
	}
	if c.Grace <= 0 {
		c.Grace = 30 * time.Second
	}
	if c.RetryDelay <= 0 {
		c.RetryDelay = 2 * time.Second
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 2 * time.Second
	}
	if c.ChainName == "" {
		c.ChainName = "default"
	}
}

// InputSource finds the input of a request seen on chain by its input
// digest (0x hex); ok false when unknown.
type InputSource func(inputDigest string) (input []int8, ok bool)

// Node is one prover node.
type Node struct {
	cfg     Config
	q       *queue.Queue
	jobs    jobStore
	bundles BundleStore
	models  *Models
	prover  Prover
	chain   Chain // nil: no chain (proofs only)
	inputs  InputSource
	log     zerolog.Logger
	Metrics *Metrics

	ready     atomic.Bool
	chainSeen atomic.Bool
}

// Options are a node's collaborators.
type Options struct {
	Queue   *queue.Queue
	Bundles BundleStore // nil: the queue's object store
	Models  *Models
	Prover  Prover
	Chain   Chain       // nil: no chain watcher, no settlement
	Inputs  InputSource // nil: chain requests wait for their input over HTTP
	Log     zerolog.Logger
}

// New returns a node; Run starts it.
func New(cfg Config, o Options) (*Node, error) {
	cfg.defaults()
	if o.Queue == nil || o.Models == nil || o.Prover == nil {
		return nil, errs.BadInput("node: a queue, models and a prover are required")
	}
	if o.Bundles == nil {
		o.Bundles = ObjectBundles{OS: o.Queue.Bundles}
	}
	if o.Inputs == nil {
		o.Inputs = func(string) ([]int8, bool) { return nil, false }
	}
	n := &Node{
		cfg: cfg, q: o.Queue, jobs: jobStore{kv: o.Queue.Jobs}, bundles: o.Bundles, models: o.Models,
		prover: o.Prover, chain: o.Chain, inputs: o.Inputs,
		log: o.Log.With().Str("node", cfg.Name).Logger(), Metrics: newMetrics(),
	}
	return n, nil
}

// Run works until ctx ends, then shuts down gracefully: no new jobs are
// taken, in-flight proofs get Config.Grace to finish, and what is still
// running then is cancelled and returned to the queue.
func (n *Node) Run(ctx context.Context) error {
	if err := n.q.OnDead(ctx, n.onDead); err != nil {
		return err
	}
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	var wg sync.WaitGroup
	for i := range n.cfg.Workers {
		wg.Go(func() { n.worker(ctx, workCtx, i) })
	}
	if n.chain != nil {
		wg.Go(func() { n.settler(ctx, workCtx) })
		wg.Go(func() { n.watch(ctx) })
	} else {
		n.chainSeen.Store(true)
	}
	wg.Go(func() { n.sampleQueue(ctx) })
	n.ready.Store(true)
	n.log.Info().Int("workers", n.cfg.Workers).Bool("chain", n.chain != nil).Msg("node running")
	<-ctx.Done()
	n.ready.Store(false)
	n.log.Info().Dur("grace", n.cfg.Grace).Msg("shutting down: finishing in-flight jobs")
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(n.cfg.Grace):
		n.log.Warn().Msg("grace period over: cancelling in-flight jobs (they go back to the queue)")
		cancelWork()
		<-done
	}
	return nil
}

// Ready reports whether the node takes work (and, with a chain, has read
// the chain once).
func (n *Node) Ready() bool { return n.ready.Load() && n.chainSeen.Load() }

// Job returns the stored job id.
func (n *Node) Job(ctx context.Context, id string) (*Job, error) {
	j, _, err := n.jobs.get(ctx, id)
	return j, err
}

// Bundle returns the proof bundle of job id.
func (n *Node) Bundle(ctx context.Context, id string) ([]byte, error) { return n.bundles.Get(ctx, id) }

// Models returns the served models.
func (n *Node) Models() *Models { return n.models }

// jobLog is the logger for lines about job id.
func (n *Node) jobLog(id string) zerolog.Logger { return n.log.With().Str("job", id).Logger() }

// enter records a transition into state s in the metrics.
func (n *Node) enter(s string) { n.Metrics.Jobs.WithLabelValues(s).Inc() }

func (n *Node) worker(ctx, workCtx context.Context, i int) {
	for ctx.Err() == nil {
		d, err := n.q.Next(ctx, queue.JobSubject, time.Second)
		if err != nil {
			if ctx.Err() == nil {
				n.log.Warn().Err(err).Int("worker", i).Msg("fetching a job")
				sleep(ctx, n.cfg.RetryDelay)
			}
			continue
		}
		if d != nil {
			n.work(workCtx, d, time.Now())
		}
	}
}

// work proves the delivered job and records the outcome; the message is
// acked only after the state is stored.
func (n *Node) work(ctx context.Context, d *queue.Delivery, got time.Time) {
	log := n.jobLog(d.ID).With().Int("attempt", d.Attempt).Logger()
	j, err := n.jobs.update(ctx, d.ID, func(j *Job) error {
		if j.State != StateQueued && j.State != StateProving {
			return errUnchanged // proved, settled, failed or cancelled meanwhile
		}
		j.State, j.Phase, j.Attempts, j.Node, j.Error = StateProving, "", d.Attempt, n.cfg.Name, ""
		j.Times.Started = time.Now().UTC()
		return nil
	})
	if err != nil {
		if errors.Is(err, queue.ErrNotFound) {
			log.Warn().Msg("queued job has no stored state: dropped")
			_ = d.Term("no job")
			return
		}
		log.Warn().Err(err).Msg("reading job state")
		_ = d.Nak(n.cfg.RetryDelay)
		return
	}
	if j.State != StateProving {
		log.Info().Str("state", j.State).Msg("job no longer waits for a proof: acked")
		if j.State == StateProved && j.OnChain {
			n.queueSettle(ctx, j.ID)
		}
		_ = d.Ack()
		return
	}
	n.enter(StateProving)
	m, ok := n.models.Lookup(j.Model, j.Adapter)
	if !ok {
		n.fail(ctx, d, log, fmt.Sprintf("model %s with adapter %s is not served by node %s", j.Model, j.Adapter, n.cfg.Name))
		return
	}
	log.Info().Str("model", j.Model).Bool("attribution", j.Attribution).Msg("proving")
	stop := n.keepAlive(d)
	pctx, cancel := context.WithTimeout(ctx, n.cfg.JobDeadline)
	start := time.Now()
	var phases time.Duration // the phase updates happen inside the prove call but are node time
	b, circuit, took, err := n.prover.Prove(pctx, m, j, func(phase string) {
		t := time.Now()
		n.setPhase(ctx, j.ID, phase)
		phases += time.Since(t)
	})
	cancel()
	stop()
	call := time.Since(start)
	switch {
	case err == nil:
		n.proved(ctx, d, log, b, circuit, took, call-phases, start.Sub(got)+phases)
	case ctx.Err() != nil: // shutdown: back to the queue for another worker
		log.Warn().Msg("shutdown cancelled the proof: job returned to the queue")
		_, _ = n.jobs.update(context.Background(), j.ID, func(j *Job) error {
			j.State, j.Phase = StateQueued, ""
			return nil
		})
		_ = d.Nak(0)
	case errors.Is(pctx.Err(), context.DeadlineExceeded):
		n.fail(ctx, d, log, fmt.Sprintf("the proof took longer than the job deadline %s", n.cfg.JobDeadline))
	case errors.Is(err, errs.ErrBadInput) || errors.Is(err, errs.ErrNotVerified) || d.Attempt >= n.q.MaxDeliver():
		n.fail(ctx, d, log, "proof failed: "+err.Error())
	default:
		log.Warn().Err(err).Msg("proof failed (transient): retrying")
		_, _ = n.jobs.update(ctx, j.ID, func(j *Job) error {
			j.State, j.Phase, j.Error = StateQueued, "", err.Error()
			return nil
		})
		_ = d.Nak(n.cfg.RetryDelay)
	}
}

// keepAlive signals progress on d every third of the ack wait until stop.
func (n *Node) keepAlive(d *queue.Delivery) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(n.q.AckWait() / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = d.InProgress()
			}
		}
	}()
	return func() { close(done) }
}

func (n *Node) setPhase(ctx context.Context, id, phase string) {
	_, _ = n.jobs.update(ctx, id, func(j *Job) error {
		if j.State != StateProving {
			return errUnchanged
		}
		j.Phase = phase
		return nil
	})
}

// proved stores the bundle and the proved state; call is the prove call's
// time, before the node's own time on the delivery until the call.
func (n *Node) proved(ctx context.Context, d *queue.Delivery, log zerolog.Logger, b *bundle.Bundle, circuit string, took, call, before time.Duration) {
	after := time.Now()
	data, err := json.MarshalIndent(b, "", "  ")
	if err == nil {
		err = n.bundles.Put(ctx, d.ID, data)
	}
	if err != nil {
		log.Warn().Err(err).Msg("storing the bundle: retrying the job")
		_ = d.Nak(n.cfg.RetryDelay)
		return
	}
	j, err := n.jobs.update(ctx, d.ID, func(j *Job) error {
		if Final(j.State) {
			return errUnchanged // cancelled by a reorg meanwhile
		}
		j.State, j.Phase, j.Circuit, j.Error = StateProved, "", circuit, ""
		j.Times.Proved, j.Times.ProveSeconds = time.Now().UTC(), took.Seconds()
		j.Times.PipelineSeconds = (call - took).Seconds()
		j.Times.NodeSeconds = (before + time.Since(after)).Seconds()
		return nil
	})
	if err != nil {
		log.Warn().Err(err).Msg("recording the proof: retrying the job")
		_ = d.Nak(n.cfg.RetryDelay)
		return
	}
	n.enter(StateProved)
	n.Metrics.ProveSeconds.WithLabelValues(circuit).Observe(took.Seconds())
	n.Metrics.JobSeconds.Observe(call.Seconds())
	log.Info().Str("circuit", circuit).Dur("prove", took).Dur("prove_call", call).Float64("node_seconds", j.Times.NodeSeconds).Bool("on_chain", j.OnChain).Msg("proved")
	if err := d.Ack(); err != nil {
		log.Warn().Err(err).Msg("ack (the job may be delivered again; it is proved and will be skipped)")
	}
	if j.State == StateProved && j.OnChain {
		n.queueSettle(ctx, j.ID)
	}
}

func (n *Node) fail(ctx context.Context, d *queue.Delivery, log zerolog.Logger, reason string) {
	_, err := n.jobs.update(context.WithoutCancel(ctx), d.ID, func(j *Job) error {
		if Final(j.State) {
			return errUnchanged
		}
		j.State, j.Phase, j.Error = StateFailed, "", reason
		return nil
	})
	if err != nil {
		log.Warn().Err(err).Msg("recording the failure: retrying")
		_ = d.Nak(n.cfg.RetryDelay)
		return
	}
	n.enter(StateFailed)
	log.Error().Str("reason", reason).Msg("job failed")
	_ = d.Term(reason)
}

// onDead records a message that exhausted its deliveries.
func (n *Node) onDead(dl queue.DeadLetter) {
	log := n.jobLog(dl.ID)
	reason := fmt.Sprintf("dead-lettered after %d deliveries of %s (see stream %s)", dl.Deliveries, dl.Subject, queue.DeadStream)
	_, err := n.jobs.update(context.Background(), dl.ID, func(j *Job) error {
		if Final(j.State) {
			return errUnchanged
		}
		j.State, j.Phase, j.Error = StateFailed, "", reason
		return nil
	})
	if err != nil {
		log.Warn().Err(err).Msg("recording a dead letter")
		return
	}
	n.enter(StateFailed)
	log.Error().Str("reason", reason).Msg("job failed")
}

func (n *Node) queueSettle(ctx context.Context, id string) {
	if n.chain == nil {
		return
	}
	if err := n.q.Enqueue(context.WithoutCancel(ctx), queue.SettleSubject, id); err != nil {
		log := n.jobLog(id)
		log.Warn().Err(err).Msg("queueing the settlement")
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// sampleQueue samples the queue depth for the metrics.
func (n *Node) sampleQueue(ctx context.Context) {
	for ctx.Err() == nil {
		if p, a, err := n.q.Depth(ctx, queue.JobSubject); err == nil {
			n.Metrics.QueueDepth.WithLabelValues("waiting").Set(float64(p))
			n.Metrics.QueueDepth.WithLabelValues("in_flight").Set(float64(a))
		}
		if p, a, err := n.q.Depth(ctx, queue.SettleSubject); err == nil {
			n.Metrics.SettleDepth.Set(float64(p) + float64(a))
		}
		sleep(ctx, 2*time.Second)
	}
}

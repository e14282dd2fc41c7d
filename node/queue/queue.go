// Package queue is the prover node's queue and state on NATS JetStream: a
// work-queue stream of jobs consumed with explicit acks by every worker of
// every node that joins the same NATS, a dead-letter stream fed by the
// consumer's max-deliveries advisory, a key-value bucket per kind of state
// (job status, chain progress) and an object store for proof bundles.
//
// Open embeds a single-node NATS server with JetStream (files under a
// directory) unless it is given the URL of an existing NATS, so one binary
// works alone and several share one queue.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names of the JetStream assets.
const (
	JobStream      = "OPENPROOF_JOBS"
	JobSubject     = "openproof.jobs"
	SettleSubject  = "openproof.settle"
	DeadStream     = "OPENPROOF_DEAD"
	DeadSubject    = "openproof.dead"
	WorkConsumer   = "provers"
	SettleConsumer = "settlers"
	JobsBucket     = "openproof_jobs"
	ChainBucket    = "openproof_chain"
	BundleBucket   = "openproof_bundles"
)

// ErrNotFound is a key or object that is not stored.
var ErrNotFound = errors.New("queue: not found")

// ErrExists is a key that Create found already stored.
var ErrExists = errors.New("queue: exists")

// ErrConflict is an Update whose revision is no longer the latest.
var ErrConflict = errors.New("queue: revision conflict")

// Config is how to reach or start NATS and how to treat jobs.
type Config struct {
	// URL of an existing NATS server (cluster) with JetStream; empty embeds
	// one storing under StoreDir.
	URL      string
	StoreDir string
	// Listen is the embedded server's client port: 0 none (in-process
	// only), -1 a random one, else that port.
	Listen int
	// AckWait is how long a delivered job may go without an ack or an
	// in-progress signal before it is redelivered; it must exceed the
	// interval at which workers signal progress (a third of it).
	AckWait time.Duration
	// MaxDeliver is how many times a job is delivered before it goes to
	// the dead-letter stream.
	MaxDeliver int
	// Replicas of the streams and buckets (1 on one server).
	Replicas int
}

// Queue is a connection to the node's JetStream assets.
type Queue struct {
	cfg     Config
	srv     *server.Server // nil when joined
	NC      *nats.Conn
	JS      jetstream.JetStream
	jobs    jetstream.Consumer
	settles jetstream.Consumer
	Jobs    jetstream.KeyValue
	Chain   jetstream.KeyValue
	Bundles jetstream.ObjectStore
	dead    *nats.Subscription
}

// Open connects (or embeds NATS and connects) and creates or updates the
// streams, consumers, buckets and object store.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	if cfg.AckWait <= 0 {
		cfg.AckWait = 2 * time.Minute
	}
	if cfg.MaxDeliver <= 0 {
		cfg.MaxDeliver = 5
	}
	if cfg.Replicas <= 0 {
		cfg.Replicas = 1
	}
	q := &Queue{cfg: cfg}
	url := cfg.URL
	if url == "" {
		srv, err := embed(cfg)
		if err != nil {
			return nil, err
		}
		q.srv = srv
		url = srv.ClientURL()
	}
	opts := []nats.Option{nats.Name("openproof node"), nats.MaxReconnects(-1)}
	if q.srv != nil && cfg.Listen == 0 {
		opts = append(opts, nats.InProcessServer(q.srv))
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		q.Close()
		return nil, fmt.Errorf("queue: connect %s: %w", url, err)
	}
	q.NC = nc
	if err := q.setup(ctx); err != nil {
		q.Close()
		return nil, err
	}
	return q, nil
}

// embed starts a single-node JetStream server.
func embed(cfg Config) (*server.Server, error) {
	if cfg.StoreDir == "" {
		return nil, errors.New("queue: an embedded NATS needs a store directory")
	}
	opts := &server.Options{
		ServerName: "openproof", JetStream: true, StoreDir: cfg.StoreDir,
		Host: "127.0.0.1", Port: cfg.Listen, NoSigs: true, NoLog: true,
	}
	if cfg.Listen == 0 {
		opts.DontListen = true
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("queue: embedded NATS: %w", err)
	}
	srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return nil, errors.New("queue: embedded NATS did not start within 10s")
	}
	return srv, nil
}

// ClientURL is the embedded server's URL for other nodes ("" when joined or
// not listening).
func (q *Queue) ClientURL() string {
	if q.srv == nil || q.cfg.Listen == 0 {
		return ""
	}
	return q.srv.ClientURL()
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.NC)
	if err != nil {
		return fmt.Errorf("queue: jetstream: %w", err)
	}
	q.JS = js
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: JobStream, Subjects: []string{JobSubject, SettleSubject},
		Retention: jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage,
		Replicas: q.cfg.Replicas, Duplicates: 10 * time.Minute,
	}); err != nil {
		return fmt.Errorf("queue: stream %s: %w", JobStream, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: DeadStream, Subjects: []string{DeadSubject}, Storage: jetstream.FileStorage, Replicas: q.cfg.Replicas,
	}); err != nil {
		return fmt.Errorf("queue: stream %s: %w", DeadStream, err)
	}
	consumer := func(name, subject string) (jetstream.Consumer, error) {
		c, err := js.CreateOrUpdateConsumer(ctx, JobStream, jetstream.ConsumerConfig{
			Durable: name, FilterSubject: subject, AckPolicy: jetstream.AckExplicitPolicy,
			AckWait: q.cfg.AckWait, MaxDeliver: q.cfg.MaxDeliver, MaxAckPending: 1024,
		})
		if err != nil {
			return nil, fmt.Errorf("queue: consumer %s: %w", name, err)
		}
		return c, nil
	}
	if q.jobs, err = consumer(WorkConsumer, JobSubject); err != nil {
		return err
	}
	if q.settles, err = consumer(SettleConsumer, SettleSubject); err != nil {
		return err
	}
	kv := func(bucket string) (jetstream.KeyValue, error) {
		b, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: bucket, History: 1, Storage: jetstream.FileStorage, Replicas: q.cfg.Replicas})
		if err != nil {
			return nil, fmt.Errorf("queue: bucket %s: %w", bucket, err)
		}
		return b, nil
	}
	if q.Jobs, err = kv(JobsBucket); err != nil {
		return err
	}
	if q.Chain, err = kv(ChainBucket); err != nil {
		return err
	}
	if q.Bundles, err = js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: BundleBucket, Storage: jetstream.FileStorage, Replicas: q.cfg.Replicas}); err != nil {
		return fmt.Errorf("queue: object store %s: %w", BundleBucket, err)
	}
	return nil
}

// AckWait is the configured ack wait.
func (q *Queue) AckWait() time.Duration { return q.cfg.AckWait }

// MaxDeliver is the configured number of deliveries before dead-lettering.
func (q *Queue) MaxDeliver() int { return q.cfg.MaxDeliver }

// Enqueue publishes job id on subject (JobSubject or SettleSubject); the
// stream drops a second publish of the same (subject, id) within its
// duplicate window.
func (q *Queue) Enqueue(ctx context.Context, subject, id string) error {
	if _, err := q.JS.Publish(ctx, subject, []byte(id), jetstream.WithMsgID(subject+":"+id)); err != nil {
		return fmt.Errorf("queue: publish %s %s: %w", subject, id, err)
	}
	return nil
}

// Delivery is one delivered message: a job id to work on.
type Delivery struct {
	ID      string
	Attempt int // 1 on the first delivery
	msg     jetstream.Msg
}

// Ack removes the message from the queue.
func (d *Delivery) Ack() error { return d.msg.Ack() }

// Nak asks for a redelivery after delay.
func (d *Delivery) Nak(delay time.Duration) error { return d.msg.NakWithDelay(delay) }

// InProgress resets the ack wait.
func (d *Delivery) InProgress() error { return d.msg.InProgress() }

// Term stops redelivery without success.
func (d *Delivery) Term(reason string) error { return d.msg.TermWithReason(reason) }

// Next waits up to wait for one message of the consumer for subject
// (JobSubject or SettleSubject); nil, nil when none came.
func (q *Queue) Next(ctx context.Context, subject string, wait time.Duration) (*Delivery, error) {
	c := q.jobs
	if subject == SettleSubject {
		c = q.settles
	}
	fctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	batch, err := c.Fetch(1, jetstream.FetchContext(fctx))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("queue: fetch: %w", err)
	}
	for m := range batch.Messages() {
		md, err := m.Metadata()
		if err != nil {
			_ = m.Nak()
			return nil, fmt.Errorf("queue: message metadata: %w", err)
		}
		return &Delivery{ID: string(m.Data()), Attempt: int(md.NumDelivered), msg: m}, nil
	}
	if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		return nil, fmt.Errorf("queue: fetch: %w", err)
	}
	return nil, ctx.Err()
}

// Depth is the number of messages waiting for the consumer of subject
// (not yet delivered) and of those delivered but not acked.
func (q *Queue) Depth(ctx context.Context, subject string) (pending uint64, inFlight int, err error) {
	c := q.jobs
	if subject == SettleSubject {
		c = q.settles
	}
	info, err := c.Info(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("queue: consumer info: %w", err)
	}
	return info.NumPending, info.NumAckPending, nil
}

// DeadLetter is one message that exhausted its deliveries.
type DeadLetter struct {
	ID         string
	Subject    string
	Deliveries int
}

// OnDead calls fn (from one node of those sharing the queue) for each job or
// settle message that exhausted MaxDeliver: the message is copied to the
// dead-letter stream (subject DeadSubject, header Openproof-Subject) and
// removed from the work queue, then fn runs.
func (q *Queue) OnDead(ctx context.Context, fn func(DeadLetter)) error {
	subj := server.JSAdvisoryConsumerMaxDeliveryExceedPre + "." + JobStream + ".*"
	sub, err := q.NC.QueueSubscribe(subj, "openproof-dead", func(m *nats.Msg) {
		var adv struct {
			StreamSeq  uint64 `json:"stream_seq"`
			Deliveries int    `json:"deliveries"`
		}
		if json.Unmarshal(m.Data, &adv) != nil || adv.StreamSeq == 0 {
			return
		}
		s, err := q.JS.Stream(ctx, JobStream)
		if err != nil {
			return
		}
		raw, err := s.GetMsg(ctx, adv.StreamSeq)
		if err != nil {
			return // already removed (another path handled it)
		}
		dm := nats.NewMsg(DeadSubject)
		dm.Data = raw.Data
		dm.Header.Set("Openproof-Subject", raw.Subject)
		if _, err := q.JS.PublishMsg(ctx, dm); err != nil {
			return
		}
		_ = s.DeleteMsg(ctx, adv.StreamSeq)
		fn(DeadLetter{ID: string(raw.Data), Subject: raw.Subject, Deliveries: adv.Deliveries})
	})
	if err != nil {
		return fmt.Errorf("queue: dead-letter advisories: %w", err)
	}
	q.dead = sub
	return nil
}

// Close drains the connection and stops an embedded server.
func (q *Queue) Close() {
	if q.dead != nil {
		_ = q.dead.Unsubscribe()
	}
	if q.NC != nil {
		_ = q.NC.Drain()
		q.NC.Close()
	}
	if q.srv != nil {
		q.srv.Shutdown()
		q.srv.WaitForShutdown()
	}
}

package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/rs/zerolog"

	"github.com/openproof/openproof/circuits/lora"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/node/queue"
	"github.com/openproof/openproof/prover/bundle"
)

// fakeProver returns the committed demo bundle after delay; an input whose
// first value is failMarker fails as a bad trace would; block, if set,
// holds every proof until its context ends.
type fakeProver struct {
	delay time.Duration
	block bool
	mu    sync.Mutex
	calls int
}

const failMarker = -77

func (p *fakeProver) Prove(ctx context.Context, _ *Model, j *Job, phase func(string)) (*bundle.Bundle, string, time.Duration, error) {
	p.mu.Lock()
	p.calls++
	p.mu.Unlock()
	phase("prove")
	if p.block {
		<-ctx.Done()
		return nil, "", 0, ctx.Err()
	}
	select {
	case <-ctx.Done():
		return nil, "", 0, ctx.Err()
	case <-time.After(p.delay):
	}
	if len(j.Input) > 0 && j.Input[0] == failMarker {
		return nil, "fake", 0, errs.BadInput("witness from trace: the model does not reproduce the trace's layer 0")
	}
	b, err := bundle.Read("../contracts/testdata/fixtures/demo/bundle-0.json")
	return b, "fake", p.delay, err
}

// fakeChain is an in-memory settlement contract: opened requests by block,
// settled keys, and every settle transaction counted.
type fakeChain struct {
	mu      sync.Mutex
	head    uint64
	logs    []OpenedRequest
	settled map[string]int // key → settle transactions that settled it
	calls   map[string]int // key → Settle calls
	refuse  map[string]bool
	push    chan OpenedRequest // Watch delivers these when set
}

func newFakeChain() *fakeChain {
	return &fakeChain{settled: map[string]int{}, calls: map[string]int{}, refuse: map[string]bool{}}
}

func (c *fakeChain) open(key string, m *Model, input []int8) OpenedRequest {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.head++
	md, ac, in := m.Digests(commit.InputDigest(input))
	l := OpenedRequest{Key: key, ModelDigest: md, AdapterCommitment: ac, InputDigest: in, MaxFee: big.NewInt(1),
		Block: c.head, BlockHash: fmt.Sprintf("0x%064x", c.head), LogIndex: 0}
	c.logs = append(c.logs, l)
	return l
}

func (c *fakeChain) Head(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.head, nil
}

func (c *fakeChain) BlockHash(_ context.Context, n uint64) (string, error) {
	return fmt.Sprintf("0x%064x", n), nil
}

func (c *fakeChain) Opened(_ context.Context, from, to uint64) ([]OpenedRequest, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []OpenedRequest
	for _, l := range c.logs {
		if l.Block >= from && l.Block <= to {
			out = append(out, l)
		}
	}
	return out, nil
}

func (c *fakeChain) Watch(ctx context.Context, logs chan<- OpenedRequest) (<-chan error, error) {
	if c.push == nil {
		return nil, ErrNoSubscription
	}
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case l := <-c.push:
				logs <- l
			}
		}
	}()
	return make(chan error), nil
}

func (c *fakeChain) Settle(_ context.Context, key string, b *bundle.Bundle) (*Settlement, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[key]++
	if c.refuse[key] {
		return nil, &PermanentError{Err: errors.New("settle reverted: ProofInvalid()")}
	}
	if c.settled[key] > 0 {
		return &Settlement{AlreadySettled: true}, nil
	}
	c.settled[key]++
	return &Settlement{Tx: "0x" + key[2:], GasUsed: 400_000, Block: c.head}, nil
}

func (c *fakeChain) Status(_ context.Context, key string) (RequestStatus, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.settled[key] > 0 {
		return RequestSettled, nil
	}
	return RequestOpen, nil
}

var (
	demoOnce  sync.Once
	demoModel *Model
	demoErr   error
)

func testModel(t *testing.T) *Model {
	t.Helper()
	demoOnce.Do(func() {
		s, err := demo.LoadStack("", "", true)
		if err != nil {
			demoErr = err
			return
		}
		demoModel, demoErr = NewModel(s, commit.AdapterKey{Salt: commit.Uint(0x5a17), Owner: commit.DemoKey().Owner}, nil) // the salt of the committed demo fixture
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	return demoModel
}

func openQueue(t *testing.T, dir string, cfg queue.Config) *queue.Queue {
	t.Helper()
	cfg.StoreDir = dir
	q, err := queue.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

type testNode struct {
	*Node
	cancel context.CancelFunc
	done   chan struct{}
}

func (n *testNode) stop() {
	n.cancel()
	<-n.done
}

func startNode(t *testing.T, q *queue.Queue, cfg Config, p Prover, c Chain, inputs InputSource) *testNode {
	t.Helper()
	ms, err := NewModels(testModel(t))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 50 * time.Millisecond
	}
	n, err := New(cfg, Options{Queue: q, Models: ms, Prover: p, Chain: c, Inputs: inputs, Log: zerolog.New(zerolog.NewTestWriter(t))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tn := &testNode{Node: n, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(tn.done)
		if err := n.Run(ctx); err != nil {
			t.Error(err)
		}
	}()
	t.Cleanup(tn.stop)
	return tn
}

// waitState waits for job id to reach state want (failing on another
// final state).
func waitState(t *testing.T, n *Node, id, want string) *Job {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		j, err := n.Job(context.Background(), id)
		if err == nil && j.State == want {
			return j
		}
		if err == nil && Final(j.State) && j.State != want {
			t.Fatalf("job %s ended %s (%s), want %s", id, j.State, j.Error, want)
		}
		if time.Now().After(deadline) {
			state := ""
			if j != nil {
				state = j.State + " " + j.Error
			}
			t.Fatalf("job %s: state %s (%v), want %s", id, state, err, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func digit(t *testing.T, i int) []int8 {
	t.Helper()
	ds, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	return testModel(t).Quantize(ds.Images[i])
}

func key(i int) string { return fmt.Sprintf("0x%064x", 0xabc000+i) }

func TestChainRequestsSettleOnce(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{})
	c := newFakeChain()
	m := testModel(t)
	inputs := map[string][]int8{}
	const requests = 6
	for i := range requests {
		in := digit(t, i)
		inputs[commit.Hex(commit.InputDigest(in))] = in
		c.open(key(i), m, in)
	}
	source := func(d string) ([]int8, bool) { in, ok := inputs[d]; return in, ok }
	p := &fakeProver{delay: 10 * time.Millisecond}
	a := startNode(t, q, Config{Name: "a", Workers: 2}, p, c, source)
	b := startNode(t, q, Config{Name: "b", Workers: 2}, p, c, source)
	for i := range requests {
		j := waitState(t, a.Node, key(i), StateSettled)
		if j.Source != "chain" || !j.OnChain || j.SettleTx == "" {
			t.Errorf("job %d: %+v", i, j)
		}
	}
	c.mu.Lock()
	for i := range requests {
		if got := c.settled[key(i)]; got != 1 {
			t.Errorf("request %d settled %d times", i, got)
		}
	}
	c.mu.Unlock()
	// Both nodes read the chain and stored their resume block.
	for _, n := range []*testNode{a, b} {
		deadline := time.Now().Add(5 * time.Second)
		for {
			r, err := n.Resume(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if r == requests+1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("node %s resumes at %d, want %d", n.cfg.Name, r, requests+1)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func TestResumeAfterRestart(t *testing.T) {
	dir := t.TempDir()
	c := newFakeChain()
	m := testModel(t)
	in := digit(t, 1)
	source := func(d string) ([]int8, bool) { return in, d == commit.Hex(commit.InputDigest(in)) }
	c.open(key(1), m, in)
	q := openQueue(t, dir, queue.Config{})
	a := startNode(t, q, Config{Name: "a"}, &fakeProver{}, c, source)
	waitState(t, a.Node, key(1), StateSettled)
	a.stop()
	q.Close()

	// The restarted node (same store, same name) starts where it stopped:
	// it does not read block 1 again, and picks up block 2.
	c.open(key(2), m, digit(t, 2))
	c.head += 3
	q2 := openQueue(t, dir, queue.Config{})
	n, err := New(Config{Name: "a"}, Options{Queue: q2, Models: &Models{list: []*Model{m}}, Prover: &fakeProver{}, Chain: c})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := n.Resume(context.Background()); err != nil || r != 2 {
		t.Fatalf("resume block %d, %v; want 2", r, err)
	}
	b := startNode(t, q2, Config{Name: "a"}, &fakeProver{}, c, source)
	j := waitState(t, b.Node, key(2), StateAwaitingInput) // digit 2 is not in source
	if !j.OnChain || j.OpenedBlock != 2 {
		t.Fatalf("job %+v", j)
	}
	if c.calls[key(1)] != 1 {
		t.Fatalf("request 1 settled %d times after the restart", c.calls[key(1)])
	}
}

func TestProofFailureIsNeverSettled(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{})
	c := newFakeChain()
	m := testModel(t)
	bad := make([]int8, m.InputLen())
	bad[0] = failMarker
	c.open(key(7), m, bad)
	source := func(string) ([]int8, bool) { return bad, true }
	p := &fakeProver{}
	n := startNode(t, q, Config{Name: "a"}, p, c, source)
	j := waitState(t, n.Node, key(7), StateFailed)
	if j.Error == "" || j.SettleTx != "" {
		t.Fatalf("failed job %+v", j)
	}
	time.Sleep(200 * time.Millisecond)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.calls[key(7)] != 0 {
		t.Fatalf("a failed proof was settled %d times", c.calls[key(7)])
	}
	if p.calls != 1 {
		t.Fatalf("a bad-input failure was proven %d times, want 1", p.calls)
	}
}

func TestRefusedSettleFails(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{})
	c := newFakeChain()
	m := testModel(t)
	in := digit(t, 3)
	c.open(key(3), m, in)
	c.refuse[key(3)] = true
	n := startNode(t, q, Config{Name: "a"}, &fakeProver{}, c, func(string) ([]int8, bool) { return in, true })
	j := waitState(t, n.Node, key(3), StateFailed)
	if j.Error == "" {
		t.Fatal("no reason")
	}
}

func TestReorgCancels(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{})
	c := newFakeChain()
	c.push = make(chan OpenedRequest, 1)
	m := testModel(t)
	in := digit(t, 4)
	l := c.open(key(4), m, in)
	n := startNode(t, q, Config{Name: "a", Grace: 100 * time.Millisecond}, &fakeProver{block: true}, c, func(string) ([]int8, bool) { return in, true })
	waitState(t, n.Node, key(4), StateProving)
	l.Removed = true
	c.push <- l
	j := waitState(t, n.Node, key(4), StateCancelled)
	if j.Error == "" {
		t.Fatal("no reason")
	}
}

func TestRedeliveryAfterCrash(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{AckWait: time.Second})
	m := testModel(t)
	// A worker that takes the job and dies: nothing acks its delivery.
	n0, err := New(Config{Name: "dead"}, Options{Queue: q, Models: &Models{list: []*Model{m}}, Prover: &fakeProver{}})
	if err != nil {
		t.Fatal(err)
	}
	j, _, err := n0.Submit(context.Background(), Submission{Model: m, Input: digit(t, 5)})
	if err != nil {
		t.Fatal(err)
	}
	d, err := q.Next(context.Background(), queue.JobSubject, 5*time.Second)
	if err != nil || d == nil || d.ID != j.ID {
		t.Fatalf("delivery %v, %v", d, err)
	}
	n := startNode(t, q, Config{Name: "alive"}, &fakeProver{}, nil, nil)
	got := waitState(t, n.Node, j.ID, StateProved)
	if got.Attempts != 2 || got.Node != "alive" {
		t.Fatalf("job %+v: want attempt 2 by alive", got)
	}
}

func TestDeadLetter(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{AckWait: 500 * time.Millisecond, MaxDeliver: 1})
	m := testModel(t)
	n2, err := New(Config{Name: "b"}, Options{Queue: q, Models: &Models{list: []*Model{m}}, Prover: &fakeProver{}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.OnDead(context.Background(), n2.onDead); err != nil {
		t.Fatal(err)
	}
	j, _, err := n2.Submit(context.Background(), Submission{Model: m, Input: digit(t, 6)})
	if err != nil {
		t.Fatal(err)
	}
	if d, err := q.Next(context.Background(), queue.JobSubject, 5*time.Second); err != nil || d == nil {
		t.Fatalf("delivery %v, %v", d, err)
	}
	// The server dead-letters when a worker pulls again after the ack
	// wait: a worker that takes nothing else keeps pulling.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			if d, _ := q.Next(ctx, queue.JobSubject, 200*time.Millisecond); d != nil {
				t.Errorf("job %s delivered again after MaxDeliver", d.ID)
			}
		}
	}()
	got := waitState(t, n2, j.ID, StateFailed)
	if got.Error == "" {
		t.Fatal("no reason")
	}
	s, err := q.JS.Stream(context.Background(), queue.DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := s.Info(context.Background()); err != nil || info.State.Msgs != 1 {
		t.Fatalf("dead-letter stream: %v, %v", info, err)
	}
}

func TestGracefulShutdownRequeues(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{})
	m := testModel(t)
	a := startNode(t, q, Config{Name: "a", Grace: 100 * time.Millisecond}, &fakeProver{block: true}, nil, nil)
	j, _, err := a.Submit(context.Background(), Submission{Model: m, Input: digit(t, 8)})
	if err != nil {
		t.Fatal(err)
	}
	waitState(t, a.Node, j.ID, StateProving)
	a.stop()
	if got, _ := a.Job(context.Background(), j.ID); got.State != StateQueued {
		t.Fatalf("after shutdown: %s", got.State)
	}
	b := startNode(t, q, Config{Name: "b"}, &fakeProver{}, nil, nil)
	if got := waitState(t, b.Node, j.ID, StateProved); got.Node != "b" {
		t.Fatalf("proved by %s", got.Node)
	}
}

// A node serving the base model alone names the adapter commitment the
// circuit assigns to a pass without an adapter (one formula, in
// inference/commit).
func TestBaseModelCommitmentMatchesCircuit(t *testing.T) {
	s, err := demo.LoadStack("", "", false)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewModel(s, commit.AdapterKey{Salt: commit.Uint(7), Owner: commit.DemoKey().Owner}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := s.Trace(context.Background(), make([]int8, m.InputLen()), m.Key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := lora.AssignFromTrace(s.Model, tr)
	if err != nil {
		t.Fatal(err)
	}
	if want := commit.Hex(c.AdapterCommitment.(fr.Element)); commit.Hex(m.AdapterCommitment) != want {
		t.Errorf("node names adapter commitment %s for the base model, the circuit assigns %s", commit.Hex(m.AdapterCommitment), want)
	}
}

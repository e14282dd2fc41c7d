package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/google/renameio/v2"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/openproof/openproof/node/queue"
)

// Job states. A job moves queued → proving → proved → settling → settled;
// failed, cancelled and settled are final. A job whose request is not (yet)
// seen open on chain stays proved; awaiting_input is a request seen on
// chain whose input the node does not know.
const (
	StateAwaitingInput = "awaiting_input"
	StateQueued        = "queued"
	StateProving       = "proving"
	StateProved        = "proved"
	StateSettling      = "settling"
	StateSettled       = "settled"
	StateFailed        = "failed"
	StateCancelled     = "cancelled"
)

// States lists every state (metrics label values).
var States = []string{StateAwaitingInput, StateQueued, StateProving, StateProved, StateSettling, StateSettled, StateFailed, StateCancelled}

// Final reports whether no more work happens on a job in state s.
func Final(s string) bool { return s == StateSettled || s == StateFailed || s == StateCancelled }

// Job is one inference to prove (and, when requested on chain, to settle),
// as stored in the jobs bucket under its id.
type Job struct {
	ID          string `json:"id"`
	State       string `json:"state"`
	Phase       string `json:"phase,omitempty"` // the pipeline phase while proving
	Model       string `json:"model"`
	Adapter     string `json:"adapter"`
	Attribution bool   `json:"attribution"`
	Input       []int8 `json:"input,omitempty"` // quantized input; empty while awaiting_input
	InputDigest string `json:"input_digest"`
	RequestKey  string `json:"request_key"` // the settlement contract's request key (0x hex)
	Source      string `json:"source"`      // "http" or "chain"
	Error       string `json:"error,omitempty"`

	// OnChain is set when the request was seen open on chain (at
	// OpenedBlock, confirmed): only then is the job settled.
	OnChain     bool   `json:"on_chain"`
	OpenedBlock uint64 `json:"opened_block,omitempty"`
	OpenedLog   string `json:"opened_log,omitempty"` // block hash:log index of RequestOpened

	Attempts int    `json:"attempts"`
	Node     string `json:"node,omitempty"` // the node that proved it
	Circuit  string `json:"circuit,omitempty"`
	SettleTx string `json:"settle_tx,omitempty"`
	SettleBy string `json:"settled_by,omitempty"` // "this node", or "another sender" when the settle was already done
	GasUsed  uint64 `json:"gas_used,omitempty"`

	Times Times `json:"times"`
}

// Times are a job's milestones (zero: not reached).
type Times struct {
	Submitted    time.Time `json:"submitted"`
	Started      time.Time `json:"started,omitzero"`
	Proved       time.Time `json:"proved,omitzero"`
	Settled      time.Time `json:"settled,omitzero"`
	ProveSeconds float64   `json:"prove_seconds,omitempty"` // the backend's proving time
	// PipelineSeconds is the rest of the prove call: inference, witness,
	// self-check and bundle assembly.
	PipelineSeconds float64 `json:"pipeline_seconds,omitempty"`
	// NodeSeconds is the node's own time on the job's proving delivery
	// outside the prove call: state reads and writes, storing the bundle
	// (the queue's overhead per job, measured up to the proved record).
	NodeSeconds float64 `json:"node_seconds,omitempty"`
}

// jobStore is the jobs bucket: compare-and-set updates, so that workers of
// several nodes and the chain watcher never overwrite each other.
type jobStore struct{ kv jetstream.KeyValue }

func (s jobStore) get(ctx context.Context, id string) (*Job, uint64, error) {
	e, err := s.kv.Get(ctx, id)
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return nil, 0, fmt.Errorf("job %s: %w", id, queue.ErrNotFound)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("job %s: %w", id, err)
	}
	var j Job
	if err := json.Unmarshal(e.Value(), &j); err != nil {
		return nil, 0, fmt.Errorf("job %s: stored value: %w", id, err)
	}
	return &j, e.Revision(), nil
}

// create stores j unless a job with its id exists (queue.ErrExists).
func (s jobStore) create(ctx context.Context, j *Job) error {
	b, err := json.Marshal(j)
	if err != nil {
		return err
	}
	if _, err := s.kv.Create(ctx, j.ID, b); err != nil {
		if errors.Is(err, jetstream.ErrKeyExists) {
			return fmt.Errorf("job %s: %w", j.ID, queue.ErrExists)
		}
		return fmt.Errorf("job %s: %w", j.ID, err)
	}
	return nil
}

// errUnchanged lets an update function leave the job as it is.
var errUnchanged = errors.New("unchanged")

// update applies fn to the stored job until its compare-and-set succeeds;
// fn returning errUnchanged stores nothing. It returns the job as stored.
func (s jobStore) update(ctx context.Context, id string, fn func(*Job) error) (*Job, error) {
	for {
		j, rev, err := s.get(ctx, id)
		if err != nil {
			return nil, err
		}
		if err := fn(j); err != nil {
			if errors.Is(err, errUnchanged) {
				return j, nil
			}
			return j, err
		}
		b, err := json.Marshal(j)
		if err != nil {
			return nil, err
		}
		if _, err := s.kv.Update(ctx, id, b, rev); err != nil {
			var apiErr *jetstream.APIError
			if errors.As(err, &apiErr) && (apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence || apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequenceConstant) {
				continue // another writer came first: retry on its value
			}
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("job %s: update: %w", id, err)
		}
		return j, nil
	}
}

// BundleStore keeps proof bundles by job id.
type BundleStore interface {
	Put(ctx context.Context, id string, data []byte) error
	Get(ctx context.Context, id string) ([]byte, error) // wraps queue.ErrNotFound when absent
}

// ObjectBundles stores bundles in the JetStream object store.
type ObjectBundles struct{ OS jetstream.ObjectStore }

func (o ObjectBundles) Put(ctx context.Context, id string, data []byte) error {
	if _, err := o.OS.PutBytes(ctx, id, data); err != nil {
		return fmt.Errorf("bundle %s: %w", id, err)
	}
	return nil
}

func (o ObjectBundles) Get(ctx context.Context, id string) ([]byte, error) {
	b, err := o.OS.GetBytes(ctx, id)
	if errors.Is(err, jetstream.ErrObjectNotFound) {
		return nil, fmt.Errorf("bundle %s: %w", id, queue.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("bundle %s: %w", id, err)
	}
	return b, nil
}

// DirBundles stores bundles as <dir>/<id>.json, written atomically.
type DirBundles struct{ Dir string }

func (d DirBundles) Put(_ context.Context, id string, data []byte) error {
	if err := os.MkdirAll(d.Dir, 0o755); err != nil {
		return err
	}
	return renameio.WriteFile(filepath.Join(d.Dir, id+".json"), data, 0o644)
}

func (d DirBundles) Get(_ context.Context, id string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(d.Dir, id+".json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("bundle %s: %w", id, queue.ErrNotFound)
	}
	return b, err
}

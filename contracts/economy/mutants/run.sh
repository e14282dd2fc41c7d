#!/bin/bash
# Mutation check of the economy's contracts: each mutant below removes or
# changes one check in src/economy, recompiles that contract alone (solc
# 0.8.30, compile.js's settings, compile1.js), puts its bytecode into a copy
# of the ebind bindings and runs the test that should notice. It works on a
# copy of the tracked tree in a temp dir: the worktree is never modified.
# Every mutant must be "killed"; "control" (no change) must pass.
#
#   bash contracts/economy/mutants/run.sh      (about a minute a mutant)
#   ONLY='control|wired' bash contracts/economy/mutants/run.sh   (the mutants whose name matches)
set -u
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
source "$src/contracts/versions.env"
NM="${OPENPROOF_CACHE:-$HOME/.cache/openproof}/npm-contracts/solc-$SOLC_VERSION-oz-$OZ_VERSION-bedrock-$BEDROCK_VERSION/node_modules"
[[ -d "$NM" ]] || { echo "run contracts/build.sh once first (installs solc)" >&2; exit 3; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$src" && git ls-files -z | xargs -0 -I{} cp --parents {} "$work/")
cd "$work"
status=0
run() {
  name=$1; file=$2; contract=$3; old=$4; new=$5; test=$6
  [[ -n ${ONLY:-} && ! $name =~ $ONLY ]] && return
  # The settlement contract's and the delta book's bindings are package
  # bindings, the rest ebind.
  bindgo=contracts/economy/ebind/ebind.go
  [[ $contract == OpenProofSettlement || $contract == OpenProofDeltaBook ]] && bindgo=contracts/bindings/bindings.go
  cp "contracts/$file" "contracts/$file.orig"; cp "$bindgo" bindgo.orig
  python3 -c "
import sys
p,o,n=sys.argv[1:4]
s=open(p).read()
assert s.count(o)==1, 'pattern count %d' % s.count(o)
open(p,'w').write(s.replace(o,n))
" "contracts/$file" "$old" "$new" || { echo "$name: pattern not found"; status=1; mv "contracts/$file.orig" "contracts/$file"; return; }
  bin=$(node contracts/economy/mutants/compile1.js $NM contracts "$file" "$contract") || { echo "$name: compile failed"; status=1; mv "contracts/$file.orig" "contracts/$file"; return; }
  python3 - "$contract" "$bin" "$bindgo" <<'PY'
import sys,re
c,b,p=sys.argv[1:4]
s=open(p).read()
i=s.index('var %sMetaData = bind.MetaData{' % c)
j=s.index('Bin: "0x', i); k=s.index('"', j+7)
s=s[:j]+'Bin: "0x'+b+s[k:]
open(p,'w').write(s)
PY
  if go test -count=1 -run "$test" ./contracts/economy > "mutant-$name.log" 2>&1; then
    if [[ $name == *control ]]; then echo "$name: passes"; else echo "$name: SURVIVED"; status=1; fi
  else
    if [[ $name == *control ]]; then echo "$name: FAILS"; status=1; else echo "$name: killed ($(grep -m1 -o '[a-z_]*_test.go:[0-9]*: .*' "mutant-$name.log" | cut -c1-160))"; fi
  fi
  mv "contracts/$file.orig" "contracts/$file"; cp bindgo.orig "$bindgo"
}
# control: the unmutated source must reproduce the committed bytecode and pass
run control src/economy/ProverRegistry.sol ProverRegistry 'uint256 internal constant BPS = 10_000;' 'uint256 internal constant BPS = 10_000;' TestProverClaimSettleSlash
run slash-deadline src/economy/ProverRegistry.sol ProverRegistry 'if (block.timestamp <= c.deadline) revert DeadlineNotPassed(key, c.deadline);' '' TestProverClaimSettleSlash
run unbond-free src/economy/ProverRegistry.sol ProverRegistry 'if (amount > free) revert InsufficientFreeStake(free, amount);' '' TestProverClaimSettleSlash
run onsettled-late src/economy/ProverRegistry.sol ProverRegistry 'if (c.prover == address(0) || block.timestamp > c.deadline) return settler;' 'if (c.prover == address(0)) return settler;' TestProverClaimSettleSlash
run onsettled-auth src/economy/ProverRegistry.sol ProverRegistry 'function onSettled(bytes32 key, address settler) external returns (address) {
        if (msg.sender != settlement) revert NotSettlement(msg.sender);' 'function onSettled(bytes32 key, address settler) external returns (address) {' TestProverClaimSettleSlash
run reporter-split src/economy/ProverRegistry.sol ProverRegistry 'toReporter = (total * pr.reporterBps) / BPS;' 'toReporter = (total * pr.reporterBps) / BPS / 2;' TestProverClaimSettleSlash
# The miss penalty and the minimum stake (TestMissPenaltyReachesUnbonding).
run penalty-unbonding src/economy/ProverRegistry.sol ProverRegistry 'uint128 fromUnbonding = _min(pr.missPenalty - fromFree, p.unbonding);' 'uint128 fromUnbonding = 0;' TestMissPenaltyReachesUnbonding
run penalty-free src/economy/ProverRegistry.sol ProverRegistry 'uint128 fromFree = _min(pr.missPenalty, p.staked - p.locked);' 'uint128 fromFree = 0;' TestMissPenaltyReachesUnbonding
run min-stake src/economy/ProverRegistry.sol ProverRegistry 'if (p.staked < pr.minStake) revert StakeBelowMinimum(p.staked, pr.minStake);' '' TestMissPenaltyReachesUnbonding
run vault-unbond-wait src/economy/OpenStakingVault.sol OpenStakingVault 'if (block.timestamp < u.readyAt) revert NotUnbonded(u.readyAt);' '' TestVaultFeesUnbondSlash
run vault-offset src/economy/OpenStakingVault.sol OpenStakingVault 'return 6;' 'return 0;' TestVaultInflationAttack
run vault-slash-cap src/economy/OpenStakingVault.sol OpenStakingVault 'if (amount > cap) revert SlashTooLarge(amount, cap);' '' TestVaultFeesUnbondSlash
run vault-maxredeem src/economy/OpenStakingVault.sol OpenStakingVault 'function maxRedeem(address) public pure override returns (uint256) {
        return 0;' 'function maxRedeem(address) public pure override returns (uint256) {
        return type(uint256).max;' TestVaultFeesUnbondSlash
run token-team src/economy/OpenToken.sol OpenToken 'uint256 public constant TEAM_BPS = 1500;' 'uint256 public constant TEAM_BPS = 1499;' TestVesting
run vesting-cliff src/economy/OpenVesting.sol OpenVesting 'VestingWalletCliff(cliffSeconds)' 'VestingWalletCliff(0)' TestVesting
# The settlement contract's wiring to the registry (TestWiredSettlement).
run wired-control src/OpenProofSettlement.sol OpenProofSettlement 'uint256 internal constant IDX_MODEL = 0;' 'uint256 internal constant IDX_MODEL = 0;' TestWiredSettlement
run wired-settle-prover src/OpenProofSettlement.sol OpenProofSettlement 'address prover = _prover(key);' 'address prover = msg.sender;' TestWiredSettlement
run wired-cancel-hook src/OpenProofSettlement.sol OpenProofSettlement 'if (address(reg) != address(0)) reg.onCancelled(key);' '' TestWiredSettlement
run wired-isopen src/OpenProofSettlement.sol OpenProofSettlement 'return requests[key].status == Status.Open;' 'return requests[key].status != Status.Cancelled;' TestWiredSettlement
run wired-registry-auth src/OpenProofSettlement.sol OpenProofSettlement 'function setRegistry(IProverRegistry registry_) external onlyRole(DEFAULT_ADMIN_ROLE) {' 'function setRegistry(IProverRegistry registry_) external {' 'TestWiredSettlement|TestGovernanceSettlementSplit'
# Large-model settlement (TestDeltaSettlement, real delta proofs).
run delta-control src/OpenProofDeltaBook.sol OpenProofDeltaBook 'uint256 public constant DELTA_PUBLIC = 3;' 'uint256 public constant DELTA_PUBLIC = 3;' TestDeltaSettlement
run delta-coverage src/OpenProofDeltaBook.sol OpenProofDeltaBook 'if (covered[t] != s.moduleMask) revert DeltaNotCovered(t, s.moduleMask & ~covered[t]);' '' TestDeltaSettlement
run delta-once src/OpenProofDeltaBook.sol OpenProofDeltaBook 'if (had & r.moduleMask != 0) revert DeltaProvenTwice(k, t, had & r.moduleMask);' '' TestDeltaSettlement
run delta-table src/OpenProofDeltaBook.sol OpenProofDeltaBook 'if (h != s.tableHash) revert DeltaTableMismatch(s.tableHash, h);' '' TestDeltaSettlement
run delta-shape src/OpenProofDeltaBook.sol OpenProofDeltaBook 'if (c.moduleMask != r.moduleMask || c.tokens != r.tokens) revert DeltaCircuitMismatch(k, p.circuitId);' '' TestDeltaSettlement
run delta-outside src/OpenProofDeltaBook.sol OpenProofDeltaBook 'if (r.moduleMask & ~s.moduleMask != 0) revert DeltaModuleOutside(k, r.moduleMask & ~s.moduleMask);' '' TestDeltaSettlement
run delta-proof src/OpenProofDeltaBook.sol OpenProofDeltaBook 'catch {
                revert DeltaProofInvalid(k);
            }' 'catch {}' TestDeltaSettlement
run delta-statement src/OpenProofSettlement.sol OpenProofSettlement 'bytes32 st = deltaStatementHash(s);
        if (st != r.statement) revert StatementMismatch(key, st);' 'bytes32 st = deltaStatementHash(s);' TestDeltaSettlement
run delta-book-auth src/OpenProofSettlement.sol OpenProofSettlement 'function setDeltaBook(IDeltaBook book) external onlyRole(DEFAULT_ADMIN_ROLE) {' 'function setDeltaBook(IDeltaBook book) external {' TestDeltaSettlement
exit $status

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IProverRegistry, IRequestBook} from "./IProverRegistry.sol";

/// @title ProverRegistry: provers stake OPEN, claim requests, and are
/// slashed when they miss a claim's deadline.
/// @notice Stake: stake(amount) moves OPEN in; requestUnbond(amount) moves
/// free stake (stake not locked by a claim) into unbonding, which
/// withdrawUnbonded() pays out unbondingPeriod after the last request.
/// Claims: claim(key) on a request the settlement contract reports open
/// locks claimBond of the prover's free stake until now + claimWindow (the
/// deadline). The settlement contract closes the claim when it settles
/// (onSettled: the claimant earns the prover's fee share, the bond is
/// released) or cancels (onCancelled). Fault: a claim still open after its
/// deadline — checked on chain from block.timestamp, nothing else — may be
/// slashed by anyone: the bond and the miss penalty leave the prover's
/// stake, ⌊(bond + penalty)·reporterBps/10⁴⌋ goes to the caller and the
/// rest to slashSink; the claim is deleted, so the request (still open in
/// the settlement contract) can be claimed again. The penalty is
/// min(missPenalty, what the prover still holds here outside its other
/// claims' bonds), taken from its free stake first, then from its
/// unbonding stake: stake that started unbonding stays slashable until it
/// is withdrawn, so unbonding cannot outrun a claim's deadline as long as
/// unbondingPeriod exceeds claimWindow. A claim needs an active stake of at
/// least minStake besides a free claimBond. Every function is O(1): no loop
/// over user input.
///
/// DEFAULT_ADMIN_ROLE (the timelock after deployment) sets the parameters
/// and the settlement contract.
contract ProverRegistry is IProverRegistry, AccessControl {
    using SafeERC20 for IERC20;

    uint256 internal constant BPS = 10_000;
    uint64 public constant MAX_UNBONDING = 90 days;
    uint64 public constant MAX_CLAIM_WINDOW = 30 days;

    struct Prover {
        uint128 staked; // active stake, including locked
        uint128 locked; // bonds of open claims, ≤ staked
        uint128 unbonding; // leaving; paid at unbondAt
        uint64 unbondAt;
    }

    struct Claim {
        address prover; // zero: no claim
        uint64 deadline;
        uint128 bond; // claimBond when claimed
    }

    /// What setParams takes and params() returns.
    struct Params {
        uint64 unbondingPeriod;
        uint64 claimWindow;
        uint128 claimBond;
        uint16 reporterBps;
        address slashSink;
        uint128 minStake; // active stake (locked included) a claim needs
        uint128 missPenalty; // taken beyond the bond when a claim is slashed
    }

    IERC20 public immutable token;
    address public settlement; // IRequestBook and the only caller of the hooks
    Params internal _params;

    mapping(address prover => Prover) public provers;
    mapping(bytes32 key => Claim) public claims;

    error ZeroAddress();
    error ZeroAmount();
    error ParamsInvalid();
    error NotSettlement(address caller);
    error NoSettlement();
    error RequestNotOpen(bytes32 key);
    error ClaimExists(bytes32 key, address prover, uint64 deadline);
    error NoClaim(bytes32 key);
    error DeadlineNotPassed(bytes32 key, uint64 deadline);
    error InsufficientFreeStake(uint256 free, uint256 needed);
    error NotUnbonded(uint64 unbondAt);
    error StakeBelowMinimum(uint256 staked, uint256 minStake);

    event ParamsSet(Params params);
    event SettlementSet(address settlement);
    event Staked(address indexed prover, uint256 amount);
    event UnbondRequested(address indexed prover, uint256 amount, uint64 unbondAt);
    event Unbonded(address indexed prover, uint256 amount);
    event Claimed(bytes32 indexed key, address indexed prover, uint64 deadline, uint128 bond);
    event ClaimClosed(bytes32 indexed key, address indexed prover, bool settled);
    event Slashed(
        bytes32 indexed key, address indexed prover, address indexed reporter, uint256 toReporter, uint256 toSink
    );

    constructor(address admin, IERC20 token_, Params memory p) {
        if (admin == address(0) || address(token_) == address(0)) revert ZeroAddress();
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setParams(p);
    }

    // ----------------------------------------------------------- admin

    function params() external view returns (Params memory) {
        return _params;
    }

    /// Applies to claims made and unbonds requested from now on.
    function setParams(Params calldata p) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(p);
    }

    function setSettlement(address s) external onlyRole(DEFAULT_ADMIN_ROLE) {
        settlement = s;
        emit SettlementSet(s);
    }

    function _setParams(Params memory p) private {
        if (p.slashSink == address(0)) revert ZeroAddress();
        if (
            p.unbondingPeriod > MAX_UNBONDING || p.claimWindow == 0 || p.claimWindow > MAX_CLAIM_WINDOW
                || p.claimBond == 0 || p.reporterBps > BPS
        ) revert ParamsInvalid();
        _params = p;
        emit ParamsSet(p);
    }

    // ----------------------------------------------------------- stake

    function stake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        provers[msg.sender].staked += SafeCast.toUint128(amount);
        emit Staked(msg.sender, amount);
    }

    /// Stake neither locked by a claim nor unbonding.
    function freeStake(address prover) public view returns (uint256) {
        Prover memory p = provers[prover];
        return p.staked - p.locked;
    }

    /// Moves amount of free stake into unbonding; the whole unbonding amount
    /// becomes withdrawable unbondingPeriod from now (a later request
    /// restarts the wait for all of it).
    function requestUnbond(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Prover storage p = provers[msg.sender];
        uint256 free = p.staked - p.locked;
        if (amount > free) revert InsufficientFreeStake(free, amount);
        uint128 a = uint128(amount);
        p.staked -= a;
        p.unbonding += a;
        uint64 at = uint64(block.timestamp) + _params.unbondingPeriod;
        p.unbondAt = at;
        emit UnbondRequested(msg.sender, amount, at);
    }

    function withdrawUnbonded() external {
        Prover storage p = provers[msg.sender];
        uint256 amount = p.unbonding;
        if (amount == 0) revert ZeroAmount();
        if (block.timestamp < p.unbondAt) revert NotUnbonded(p.unbondAt);
        p.unbonding = 0;
        emit Unbonded(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------- claims

    /// Claims the open request key until now + claimWindow, locking claimBond.
    function claim(bytes32 key) external returns (uint64 deadline) {
        address s = settlement;
        if (s == address(0)) revert NoSettlement();
        Claim memory c = claims[key];
        if (c.prover != address(0)) revert ClaimExists(key, c.prover, c.deadline);
        if (!IRequestBook(s).isOpen(key)) revert RequestNotOpen(key);
        Params memory pr = _params;
        Prover storage p = provers[msg.sender];
        if (p.staked < pr.minStake) revert StakeBelowMinimum(p.staked, pr.minStake);
        uint256 free = p.staked - p.locked;
        if (free < pr.claimBond) revert InsufficientFreeStake(free, pr.claimBond);
        p.locked += pr.claimBond;
        deadline = uint64(block.timestamp) + pr.claimWindow;
        claims[key] = Claim(msg.sender, deadline, pr.claimBond);
        emit Claimed(key, msg.sender, deadline, pr.claimBond);
    }

    function isAssigned(bytes32 key, address prover) external view returns (bool) {
        Claim memory c = claims[key];
        return c.prover == prover && prover != address(0) && block.timestamp <= c.deadline;
    }

    function onSettled(bytes32 key, address settler) external returns (address) {
        if (msg.sender != settlement) revert NotSettlement(msg.sender);
        Claim memory c = claims[key];
        if (c.prover == address(0) || block.timestamp > c.deadline) return settler;
        _close(key, c, true);
        return c.prover;
    }

    function onCancelled(bytes32 key) external {
        if (msg.sender != settlement) revert NotSettlement(msg.sender);
        Claim memory c = claims[key];
        if (c.prover != address(0) && block.timestamp <= c.deadline) _close(key, c, false);
    }

    function _close(bytes32 key, Claim memory c, bool settled) private {
        delete claims[key];
        provers[c.prover].locked -= c.bond;
        emit ClaimClosed(key, c.prover, settled);
    }

    /// Slashes the claim on key once its deadline passed (anyone may call):
    /// the bond and the miss penalty (free stake first, then unbonding
    /// stake) leave the prover's stake, ⌊(bond + penalty)·reporterBps/10⁴⌋
    /// to the caller, the rest to slashSink, and the request is claimable
    /// again.
    function slash(bytes32 key) external returns (uint256 toReporter, uint256 toSink) {
        Claim memory c = claims[key];
        if (c.prover == address(0)) revert NoClaim(key);
        if (block.timestamp <= c.deadline) revert DeadlineNotPassed(key, c.deadline);
        delete claims[key];
        Prover storage p = provers[c.prover];
        p.locked -= c.bond;
        p.staked -= c.bond;
        Params memory pr = _params;
        uint128 fromFree = _min(pr.missPenalty, p.staked - p.locked);
        uint128 fromUnbonding = _min(pr.missPenalty - fromFree, p.unbonding);
        p.staked -= fromFree;
        p.unbonding -= fromUnbonding;
        uint256 total = uint256(c.bond) + fromFree + fromUnbonding;
        toReporter = (total * pr.reporterBps) / BPS;
        toSink = total - toReporter;
        emit Slashed(key, c.prover, msg.sender, toReporter, toSink);
        if (toReporter != 0) token.safeTransfer(msg.sender, toReporter);
        if (toSink != 0) token.safeTransfer(pr.slashSink, toSink);
    }

    function _min(uint128 a, uint128 b) private pure returns (uint128) {
        return a < b ? a : b;
    }
}

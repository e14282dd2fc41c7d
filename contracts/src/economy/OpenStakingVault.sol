// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// The settlement contract's pull payment: pays the caller its credit.
interface IFeeSource {
    function withdraw() external;
}

/// @title OpenStakingVault: stakers' OPEN, the stakers' fee share, unbonding
/// and slashing, with ERC-4626 accounting.
/// @notice deposit/mint as ERC-4626. Fees arrive as OPEN transfers to the
/// vault (pullFees() calls the settlement contract's withdraw(): the vault is
/// its stakingPool payee; slashed prover bonds may be sent here too) and
/// raise every share's value. Leaving takes two steps: requestRedeem(shares)
/// moves the shares into the vault's custody and starts unbondingPeriod;
/// completeRedeem() then burns them for their value at that moment. Shares
/// in unbonding keep earning fees and stay exposed to slashing, so a staker
/// cannot leave ahead of a slash. ERC-4626 withdraw and redeem are disabled
/// (maxWithdraw = maxRedeem = 0).
///
/// Slashing: SLASHER_ROLE (the timelock) may take at most slashCapBps of the
/// vault's assets per call, sent to a named address; it lowers every share's
/// value pro rata, unbonding shares included.
///
/// Inflation attack: a decimals offset of 6 (OpenZeppelin's virtual shares):
/// an attacker who front-runs the first deposit with a donation loses about
/// as much as a victim could, by a factor of 10⁶ (docs/economics.md).
contract OpenStakingVault is ERC4626, AccessControl {
    using SafeERC20 for IERC20;

    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    uint64 public constant MAX_UNBONDING = 90 days;
    uint16 public constant MAX_SLASH_CAP_BPS = 5000;

    struct Unbonding {
        uint192 shares;
        uint64 readyAt;
    }

    uint64 public unbondingPeriod;
    uint16 public slashCapBps;
    address public feeSource;
    mapping(address owner => Unbonding) public unbondings;

    error ZeroAmount();
    error ParamsInvalid();
    error NoFeeSource();
    error NotUnbonded(uint64 readyAt);
    error SlashTooLarge(uint256 amount, uint256 cap);

    event ParamsSet(uint64 unbondingPeriod, uint16 slashCapBps, address feeSource);
    event RedeemRequested(address indexed owner, uint256 shares, uint64 readyAt);
    event FeesPulled(uint256 amount);
    event VaultSlashed(address indexed to, uint256 amount);

    constructor(address admin, IERC20 open, uint64 unbondingPeriod_, uint16 slashCapBps_)
        ERC20("Staked OPEN", "sOPEN")
        ERC4626(open)
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setParams(unbondingPeriod_, slashCapBps_, address(0));
    }

    function setParams(uint64 unbondingPeriod_, uint16 slashCapBps_, address feeSource_)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _setParams(unbondingPeriod_, slashCapBps_, feeSource_);
    }

    function _setParams(uint64 u, uint16 cap, address fs) private {
        if (u > MAX_UNBONDING || cap > MAX_SLASH_CAP_BPS) revert ParamsInvalid();
        (unbondingPeriod, slashCapBps, feeSource) = (u, cap, fs);
        emit ParamsSet(u, cap, fs);
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return 6;
    }

    /// Direct withdrawals are disabled: leave through requestRedeem.
    function maxWithdraw(address) public pure override returns (uint256) {
        return 0;
    }

    function maxRedeem(address) public pure override returns (uint256) {
        return 0;
    }

    /// Collects the stakers' fee share from the settlement contract (anyone
    /// may call; reverts there when nothing is owed).
    function pullFees() external {
        address fs = feeSource;
        if (fs == address(0)) revert NoFeeSource();
        IERC20 a = IERC20(asset());
        uint256 before = a.balanceOf(address(this));
        IFeeSource(fs).withdraw();
        emit FeesPulled(a.balanceOf(address(this)) - before);
    }

    /// Starts unbonding shares of the caller; a later request adds to them
    /// and restarts the wait for all of them.
    function requestRedeem(uint256 shares) external {
        if (shares == 0) revert ZeroAmount();
        _transfer(msg.sender, address(this), shares);
        Unbonding storage u = unbondings[msg.sender];
        u.shares += uint192(shares); // ≤ totalSupply, which fits
        uint64 at = uint64(block.timestamp) + unbondingPeriod;
        u.readyAt = at;
        emit RedeemRequested(msg.sender, shares, at);
    }

    /// Burns the caller's unbonded shares and pays their value now to receiver.
    function completeRedeem(address receiver) external returns (uint256 assets) {
        Unbonding memory u = unbondings[msg.sender];
        if (u.shares == 0) revert ZeroAmount();
        if (block.timestamp < u.readyAt) revert NotUnbonded(u.readyAt);
        delete unbondings[msg.sender];
        assets = _convertToAssets(u.shares, Math.Rounding.Floor);
        _burn(address(this), u.shares);
        emit Withdraw(msg.sender, receiver, msg.sender, assets, u.shares);
        IERC20(asset()).safeTransfer(receiver, assets);
    }

    /// Takes amount (≤ slashCapBps of the assets) out of the vault to `to`.
    function slash(uint256 amount, address to) external onlyRole(SLASHER_ROLE) {
        uint256 cap = (totalAssets() * slashCapBps) / 10_000;
        if (amount > cap) revert SlashTooLarge(amount, cap);
        emit VaultSlashed(to, amount);
        IERC20(asset()).safeTransfer(to, amount);
    }
}

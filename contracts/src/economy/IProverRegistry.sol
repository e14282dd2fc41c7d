// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IProverRegistry: what the settlement contract calls.
/// @notice The registry records provers' stakes and their claims on open
/// requests; the settlement contract stays the only authority on whether a
/// request is open, settled or cancelled (IRequestBook). The wiring, a
/// small change to OpenProofSettlement:
///   - implement IRequestBook.isOpen(key);
///   - in settle, after the proof verified and before crediting:
///       address prover = registry == address(0) ? msg.sender : registry.onSettled(key, msg.sender);
///     and credit the prover's fee share to `prover`;
///   - in cancelRequest: if (registry != address(0)) registry.onCancelled(key);
///   - the registry address is set by DEFAULT_ADMIN (the timelock).
interface IProverRegistry {
    /// Whether prover holds the live claim on key (claimed, deadline not passed).
    function isAssigned(bytes32 key, address prover) external view returns (bool);

    /// The request key settled: returns who earns the prover's fee share —
    /// the claimant when its claim is live (its bond is released, the claim
    /// closed), else settler. A claim whose deadline passed stays open to
    /// slash(). Only the settlement contract may call.
    function onSettled(bytes32 key, address settler) external returns (address prover);

    /// The request was cancelled: a live claim is closed and its bond
    /// released; a claim past its deadline stays open to slash(). Only the
    /// settlement contract may call.
    function onCancelled(bytes32 key) external;
}

/// @title IRequestBook: what the registry asks the settlement contract.
interface IRequestBook {
    /// Whether key names an open request (not settled, not cancelled).
    function isOpen(bytes32 key) external view returns (bool);
}

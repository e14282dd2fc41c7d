// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Computes a circuit's attribution digest (the public input that
/// binds the contributor weights) from the weights settle is asked to pay.
/// A circuit that exposes an attribution digest names one of these at
/// registration; settle pays only weights whose digest equals the proof's.
/// AttributionDigest is attribution/influence.Digest.
interface IAttributionDigest {
    /// @param contributors the Datanet's contributor count n (the digest
    /// covers every index 0 … n−1; indices not listed have weight zero).
    /// @param indices strictly increasing, below contributors.
    function digest(uint256 contributors, uint32[] calldata indices, uint32[] calldata weightsPpm)
        external
        view
        returns (uint256);

    /// digest with the entries packed as settle takes them: per listed
    /// contributor its index then its weight, big-endian uint32s.
    function digestPacked(uint256 contributors, bytes calldata packed) external view returns (uint256);
}

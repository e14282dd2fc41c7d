// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice inference/commit.Hash on chain: the Poseidon2 sponge (width 4,
/// rate 3, the element count in the capacity word) that every openproof
/// commitment uses. AttributionDigest implements it.
interface IPoseidon2Hash {
    /// commit.Hash(elements); each element must be below the BN254 scalar
    /// field modulus.
    function hash(uint256[] calldata elements) external view returns (uint256);
}

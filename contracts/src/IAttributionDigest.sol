// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Computes a circuit's attribution digest (the public input that
/// binds the contributor weights) from the weights settle is asked to pay.
/// A model whose circuit exposes an attribution digest names one of these at
/// registration; settle pays only weights whose digest equals the proof's.
interface IAttributionDigest {
    function digest(uint256 datanetRoot, uint32[] calldata indices, uint32[] calldata weightsPpm)
        external
        view
        returns (uint256);
}

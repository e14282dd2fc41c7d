// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice What the settlement contract needs of a Groth16 verifier; every
/// verifier contracts.ExportVerifier generates has these functions.
interface IOpenProofVerifier {
    /// Reverts unless proof (MarshalSolidity's layout) is valid for input.
    function verify(bytes calldata proof, uint256[] calldata input) external view;

    /// The number of public inputs the circuit has.
    function publicInputCount() external pure returns (uint256);

    /// SHA-256 of the verifying key (gnark's WriteTo encoding).
    function vkSha256() external pure returns (bytes32);
}

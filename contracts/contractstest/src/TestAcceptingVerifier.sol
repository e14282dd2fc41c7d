// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IOpenProofVerifier} from "../../src/IOpenProofVerifier.sol";

/// @notice Test double: a "verifier" of three public inputs (a delta
/// circuit's) that accepts every non-empty proof, for measuring the delta
/// book's worst case (coverage of MAX_DELTA_PARTS parts over
/// MAX_DELTA_TOKENS tokens) apart from the pairings, which the real
/// verifier's own measurement adds.
contract TestAcceptingVerifier is IOpenProofVerifier {
    bytes32 public constant VK_SHA256 = keccak256("openproof/test/accepting-verifier");

    error Rejected();

    function verify(bytes calldata proof, uint256[] calldata input) external pure {
        if (input.length != 3 || proof.length == 0) revert Rejected();
    }

    function publicInputCount() external pure returns (uint256) {
        return 3;
    }

    function vkSha256() external pure returns (bytes32) {
        return VK_SHA256;
    }
}

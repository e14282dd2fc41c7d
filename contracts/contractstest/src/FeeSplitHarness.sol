// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {FeeSplit} from "../../src/FeeSplit.sol";

/// @notice Test double: exposes FeeSplit exactly as settle applies it, so
/// the Go tests can run attribution/split's shared vectors through the
/// Solidity code. The checks come in the Go reference's order (fractions,
/// then arithmetic), so a vector that must fail reverts for its own reason.
contract FeeSplitHarness {
    /// β + γ + δ ≠ 10⁴ (settle's configuration stores β and γ only, and
    /// rejects β + γ > 10⁴ with SplitInvalid).
    error BpsInvalid(uint256 betaBps, uint256 gammaBps, uint256 deltaBps);

    function compute(
        uint256 tIn,
        uint256 tOut,
        uint256 rIn,
        uint256 rOut,
        uint256 platformFee,
        uint256 betaBps,
        uint256 gammaBps,
        uint256 deltaBps,
        uint32[] calldata weightsPpm
    ) external pure returns (FeeSplit.Parts memory p, uint256[] memory amounts) {
        if (betaBps + gammaBps + deltaBps != FeeSplit.BPS) revert BpsInvalid(betaBps, gammaBps, deltaBps);
        FeeSplit.checkWeights(weightsPpm);
        uint256 total = FeeSplit.fee(tIn, tOut, rIn, rOut, platformFee);
        p = FeeSplit.split(total, platformFee, betaBps, gammaBps);
        uint256 toOwner;
        (amounts, toOwner) = FeeSplit.contributorAmounts(p.contributors, weightsPpm);
        p.owner += toOwner;
        p.contributors -= toOwner;
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {FeeSplit} from "../../src/FeeSplit.sol";

/// @notice Test double: exposes FeeSplit exactly as settle applies it, so
/// the Go tests can run attribution/split's shared vectors through the
/// Solidity code. The checks come in the Go reference's order (fractions,
/// then arithmetic), so a vector that must fail reverts for its own reason.
contract FeeSplitHarness {
    /// β + γ + π + δ ≠ 10⁴ (settle's configuration stores β, γ and π only,
    /// and rejects β + γ + π > 10⁴ with SplitInvalid).
    error BpsInvalid(uint256 betaBps, uint256 gammaBps, uint256 proverBps, uint256 deltaBps);

    struct Bps {
        uint256 beta;
        uint256 gamma;
        uint256 prover;
        uint256 delta;
    }

    function compute(
        uint256 tIn,
        uint256 tOut,
        uint256 rIn,
        uint256 rOut,
        uint256 platformFee,
        Bps calldata bps,
        uint32[] calldata weightsPpm
    ) external pure returns (FeeSplit.Parts memory p, uint256[] memory amounts) {
        if (bps.beta + bps.gamma + bps.prover + bps.delta != FeeSplit.BPS) {
            revert BpsInvalid(bps.beta, bps.gamma, bps.prover, bps.delta);
        }
        FeeSplit.checkWeights(weightsPpm);
        uint256 total = FeeSplit.fee(tIn, tOut, rIn, rOut, platformFee);
        p = FeeSplit.split(total, platformFee, bps.beta, bps.gamma, bps.prover);
        uint256 toOwner;
        (amounts, toOwner) = FeeSplit.contributorAmounts(p.contributors, weightsPpm);
        p.owner += toOwner;
        p.contributors -= toOwner;
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title FeeSplit: OpenLedger's fee model in integer wei.
/// @notice The on-chain twin of the Go reference attribution/split, bit for
/// bit (its testdata/vectors.json runs through FeeSplitHarness in the Go
/// tests). Fee = ⌊(T_in·R_in + T_out·R_out) / 1000⌋ + F_platform, with R_in
/// and R_out in wei per 1000 tokens; F_net = Fee − F_platform. The owner gets
/// ⌊F_net·β / 10⁴⌋, the stakers ⌊F_net·γ / 10⁴⌋, the prover (whoever
/// settles) ⌊F_net·π / 10⁴⌋, the contributor pool the rest. Contributor i
/// gets ⌊pool·wᵢ / 10⁶⌋ (weights in parts per million, summing to 10⁶ or all
/// zero); the pool's rounding dust goes to the contributor with the largest
/// weight (the lowest index among equal ones). With all weights zero, or
/// none, the whole pool goes to the owner. Checked arithmetic reverts
/// exactly where the Go reference reports overflow.
library FeeSplit {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant PPM = 1_000_000;
    uint256 internal constant TOKENS_PER_PRICE_UNIT = 1_000;

    /// The weights neither sum to 10⁶ nor are all zero.
    error WeightsSumInvalid(uint256 sumPpm);

    /// The parts of one fee, in wei.
    struct Parts {
        uint256 fee;
        uint256 platform;
        uint256 owner;
        uint256 stakers;
        uint256 prover;
        uint256 contributors; // the pool before contributorAmounts
    }

    /// The fee for an inference of tIn input and tOut output tokens.
    function fee(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee)
        internal
        pure
        returns (uint256)
    {
        return (tIn * rIn + tOut * rOut) / TOKENS_PER_PRICE_UNIT + platformFee;
    }

    /// Splits fee (≥ platformFee) with β, γ and π in basis points
    /// (β + γ + π ≤ 10⁴; δ is the rest): parts.contributors is the pool.
    function split(uint256 total, uint256 platformFee, uint256 betaBps, uint256 gammaBps, uint256 proverBps)
        internal
        pure
        returns (Parts memory p)
    {
        uint256 net = total - platformFee;
        p.fee = total;
        p.platform = platformFee;
        p.owner = (net * betaBps) / BPS;
        p.stakers = (net * gammaBps) / BPS;
        p.prover = (net * proverBps) / BPS;
        p.contributors = net - p.owner - p.stakers - p.prover;
    }

    /// The sum of weightsPpm; reverts unless it is 10⁶ or 0. Every weight is
    /// then at most 10⁶ < 2^20.
    function checkWeights(uint32[] memory weightsPpm) internal pure returns (uint256 sum) {
        for (uint256 i; i < weightsPpm.length; ++i) {
            sum += weightsPpm[i];
        }
        if (sum != 0 && sum != PPM) revert WeightsSumInvalid(sum);
    }

    /// Shares pool among weightsPpm: amounts[i] is contributor i's part with
    /// the dust already added to the largest weight's; toOwner is the whole
    /// pool when every weight is zero (or there are none), else 0. Only
    /// memory is written, so a caller credits each contributor once.
    function contributorAmounts(uint256 pool, uint32[] memory weightsPpm)
        internal
        pure
        returns (uint256[] memory amounts, uint256 toOwner)
    {
        uint256 n = weightsPpm.length;
        amounts = new uint256[](n);
        uint256 sum;
        uint256 paid;
        uint256 top;
        uint256 topWeight;
        for (uint256 i; i < n; ++i) {
            uint256 w = weightsPpm[i];
            // Strictly greater: the lowest index wins a tie.
            if (w > topWeight) (top, topWeight) = (i, w);
            sum += w;
            uint256 amt = (pool * w) / PPM;
            amounts[i] = amt;
            paid += amt;
        }
        if (sum == 0) return (amounts, pool);
        if (sum != PPM) revert WeightsSumInvalid(sum);
        amounts[top] += pool - paid;
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title FeeSplit: OpenLedger's fee model in integer wei.
/// @notice Fee = ⌊(T_in·R_in + T_out·R_out) / 1000⌋ + F_platform, where R_in
/// and R_out are wei per 1000 tokens. F_net = Fee − F_platform. The model
/// (adapter) owner gets ⌊F_net·β / 10⁴⌋, the stakers ⌊F_net·γ / 10⁴⌋, and
/// the contributors the rest, δ·F_net up to rounding, shared by attribution
/// weight in parts per million: contributor i gets ⌊pool·wᵢ / 10⁶⌋. What the
/// floors leave of the pool goes to the owner, so the parts sum to Fee
/// exactly and none is negative. With no contributors the whole pool goes to
/// the owner.
library FeeSplit {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant PPM = 1_000_000;
    uint256 internal constant TOKENS_PER_PRICE_UNIT = 1_000;

    /// The parts of one fee, in wei.
    struct Parts {
        uint256 fee;
        uint256 platform;
        uint256 owner; // includes the rounding dust of the contributor pool
        uint256 stakers;
        uint256 contributors; // sum of the contributors' amounts
    }

    /// The fee for an inference of tIn input and tOut output tokens.
    function fee(uint256 tIn, uint256 tOut, uint256 rIn, uint256 rOut, uint256 platformFee)
        internal
        pure
        returns (uint256)
    {
        return (tIn * rIn + tOut * rOut) / TOKENS_PER_PRICE_UNIT + platformFee;
    }

    /// Splits fee (≥ platformFee) with β and γ in basis points (β + γ ≤ 10⁴;
    /// δ is the rest). The contributor pool is parts.contributors until
    /// contributorAmount and addDust settle the per-contributor rounding.
    function split(uint256 total, uint256 platformFee, uint256 betaBps, uint256 gammaBps)
        internal
        pure
        returns (Parts memory p)
    {
        uint256 net = total - platformFee;
        p.fee = total;
        p.platform = platformFee;
        p.owner = (net * betaBps) / BPS;
        p.stakers = (net * gammaBps) / BPS;
        p.contributors = net - p.owner - p.stakers;
    }

    /// One contributor's amount out of pool for a weight in parts per million.
    function contributorAmount(uint256 pool, uint256 weightPpm) internal pure returns (uint256) {
        return (pool * weightPpm) / PPM;
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {FeeSplit} from "../FeeSplit.sol";

/// @notice Test double: exposes FeeSplit exactly as settle applies it, so
/// the Go tests can run shared test vectors through the Solidity code.
contract FeeSplitHarness {
    function compute(
        uint256 tIn,
        uint256 tOut,
        uint256 rIn,
        uint256 rOut,
        uint256 platformFee,
        uint256 betaBps,
        uint256 gammaBps,
        uint32[] calldata weightsPpm
    ) external pure returns (FeeSplit.Parts memory p, uint256[] memory amounts) {
        uint256 total = FeeSplit.fee(tIn, tOut, rIn, rOut, platformFee);
        p = FeeSplit.split(total, platformFee, betaBps, gammaBps);
        amounts = new uint256[](weightsPpm.length);
        uint256 pool = p.contributors;
        uint256 paid;
        for (uint256 i; i < weightsPpm.length; ++i) {
            amounts[i] = FeeSplit.contributorAmount(pool, weightsPpm[i]);
            paid += amounts[i];
        }
        p.owner += pool - paid;
        p.contributors = paid;
    }
}

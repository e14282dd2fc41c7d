// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VestingWallet} from "@openzeppelin/contracts/finance/VestingWallet.sol";
import {VestingWalletCliff} from "@openzeppelin/contracts/finance/VestingWalletCliff.sol";

/// @title OpenVesting: OpenZeppelin's VestingWalletCliff, concrete.
/// @notice Vests linearly from start over duration; nothing is releasable
/// before start + cliff, and at the cliff what accrued since start becomes
/// releasable at once. With cliffSeconds = 0 the schedule is exactly
/// VestingWallet's (ecosystem and community: 48 months linear). Team and
/// investors: start = TGE, cliff = 12 months, duration = 48 months, so
/// nothing for 12 months, a quarter at the cliff, then the remaining three
/// quarters linearly over 36 months (docs/economics.md). The beneficiary
/// owns the wallet (Ownable: it may transfer it); release() is callable by
/// anyone and pays the beneficiary.
contract OpenVesting is VestingWalletCliff {
    constructor(address beneficiary, uint64 startTimestamp, uint64 durationSeconds, uint64 cliffSeconds)
        VestingWallet(beneficiary, startTimestamp, durationSeconds)
        VestingWalletCliff(cliffSeconds)
    {}
}

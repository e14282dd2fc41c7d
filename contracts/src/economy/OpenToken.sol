// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Capped} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Capped.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title OpenToken: OPEN on L1, capped at 1,000,000,000 and minted once.
/// @notice The whole cap is minted in the constructor to the five
/// allocations (docs/economics.md): community 51.70 %, investors 18.29 %,
/// team 15.00 %, ecosystem 10.01 %, liquidity 5.00 % (basis points below,
/// summing to 10⁴). The vesting allocations are VestingWallet(Cliff)
/// contracts (OpenVesting) deployed first and named here. Nothing can mint
/// afterwards: there is no mint function, and ERC20Capped would refuse one.
/// On the L2, OPEN is the OP Stack's OptimismMintableERC20 whose remote
/// token is this contract, minted by the Standard Bridge on deposit.
contract OpenToken is ERC20Capped, ERC20Permit {
    uint256 public constant CAP = 1_000_000_000 ether;
    uint256 public constant COMMUNITY_BPS = 5170;
    uint256 public constant INVESTORS_BPS = 1829;
    uint256 public constant TEAM_BPS = 1500;
    uint256 public constant ECOSYSTEM_BPS = 1001;
    uint256 public constant LIQUIDITY_BPS = 500;

    /// Where each allocation was minted.
    struct Allocation {
        address community;
        address investors;
        address team;
        address ecosystem;
        address liquidity;
    }

    event Allocated(Allocation allocation);

    constructor(Allocation memory a) ERC20("OpenLedger", "OPEN") ERC20Capped(CAP) ERC20Permit("OpenLedger") {
        _mint(a.community, (CAP * COMMUNITY_BPS) / 10_000);
        _mint(a.investors, (CAP * INVESTORS_BPS) / 10_000);
        _mint(a.team, (CAP * TEAM_BPS) / 10_000);
        _mint(a.ecosystem, (CAP * ECOSYSTEM_BPS) / 10_000);
        _mint(a.liquidity, (CAP * LIQUIDITY_BPS) / 10_000);
        emit Allocated(a);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Capped) {
        super._update(from, to, value);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {ERC20Wrapper} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Wrapper.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title GOpen: gOPEN, OPEN wrapped one for one with votes.
/// @notice depositFor wraps OPEN (the L2's OptimismMintableERC20), withdrawTo
/// unwraps it; voting power follows delegation (delegate to yourself to
/// vote). The clock is the block timestamp (ERC-6372 mode=timestamp), so
/// the Governor's delays are in seconds.
contract GOpen is ERC20, ERC20Permit, ERC20Votes, ERC20Wrapper {
    constructor(IERC20 open) ERC20("Governance OPEN", "gOPEN") ERC20Permit("Governance OPEN") ERC20Wrapper(open) {}

    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function decimals() public view override(ERC20, ERC20Wrapper) returns (uint8) {
        return super.decimals();
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

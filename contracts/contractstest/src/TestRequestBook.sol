// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IProverRegistry, IRequestBook} from "../../src/economy/IProverRegistry.sol";

/// @notice Test double for the settlement contract's side of the economy
/// wiring (src/economy/IProverRegistry.sol): open requests, settle (which
/// asks the registry who earns the prover's share and credits it, and
/// credits the stakers' share to the staking pool), cancel, and the pull
/// payment withdraw() that OpenStakingVault.pullFees calls. The fees come
/// from the caller of settle (transferFrom), standing in for escrow.
contract TestRequestBook is IRequestBook {
    IERC20 public immutable token;
    IProverRegistry public registry;
    mapping(bytes32 => bool) public isOpen;
    mapping(address => uint256) public creditOf;

    event SettledFor(bytes32 indexed key, address prover, uint256 proverFee, uint256 stakersFee);

    constructor(IERC20 token_) {
        token = token_;
    }

    function setRegistry(IProverRegistry r) external {
        registry = r;
    }

    function open(bytes32 key) external {
        isOpen[key] = true;
    }

    function settle(bytes32 key, uint256 proverFee, uint256 stakersFee, address stakingPool) external {
        require(isOpen[key], "not open");
        isOpen[key] = false;
        address prover = address(registry) == address(0) ? msg.sender : registry.onSettled(key, msg.sender);
        token.transferFrom(msg.sender, address(this), proverFee + stakersFee);
        creditOf[prover] += proverFee;
        creditOf[stakingPool] += stakersFee;
        emit SettledFor(key, prover, proverFee, stakersFee);
    }

    function cancel(bytes32 key) external {
        require(isOpen[key], "not open");
        isOpen[key] = false;
        if (address(registry) != address(0)) registry.onCancelled(key);
    }

    function withdraw() external {
        uint256 a = creditOf[msg.sender];
        require(a != 0, "nothing");
        creditOf[msg.sender] = 0;
        token.transfer(msg.sender, a);
    }
}

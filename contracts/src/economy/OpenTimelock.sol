// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title OpenTimelock: OpenZeppelin's TimelockController, compiled here so
/// that its bytecode and bindings are built with the other contracts.
/// @notice The governor is its proposer and canceller; executor is anyone
/// (address(0)) by default. It holds DEFAULT_ADMIN_ROLE of the registry,
/// the vault and the settlement contract; the deployer's temporary admin
/// role is renounced at handover (economy.HandOver).
contract OpenTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}

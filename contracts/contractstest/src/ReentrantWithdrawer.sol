// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

interface IWithdraw {
    function withdraw() external;
}

/// @notice Test double: a payee whose receive hook calls withdraw again.
contract ReentrantWithdrawer {
    IWithdraw public immutable target;

    constructor(IWithdraw t) {
        target = t;
    }

    function attack() external {
        target.withdraw();
    }

    receive() external payable {
        target.withdraw();
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

interface IMintable {
    function mint(address to, uint256 amount) external;
}

/// @notice Test double for the L2StandardBridge predeploy: the Go tests put
/// its runtime code at 0x4200000000000000000000000000000000000010, so that
/// an OptimismMintableERC20 whose bridge is the predeploy can be minted as
/// a deposit from L1 would mint it.
contract TestL2Bridge {
    function finalizeDeposit(IMintable token, address to, uint256 amount) external {
        token.mint(to, amount);
    }
}

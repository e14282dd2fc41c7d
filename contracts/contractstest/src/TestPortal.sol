// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Test double for the L1 side of an OP Stack chain below the
/// L1CrossDomainMessenger: OptimismPortal.depositTransaction's event, bit
/// for bit (the sender aliased when it is a contract; opaqueData =
/// abi.encodePacked(mint, value, gasLimit, isCreation, data), version 0),
/// without its gas metering, and SystemConfig.gasPayingToken (ether) and
/// SuperchainConfig.paused (false), so that one contract stands for all
/// three. The economy's anvil test relays the event to L2 as op-node's
/// derivation would: a transaction from the aliased sender.
contract TestPortal {
    event TransactionDeposited(address indexed from, address indexed to, uint256 indexed version, bytes opaqueData);

    uint160 internal constant ALIAS_OFFSET = uint160(0x1111000000000000000000000000000000001111);

    function depositTransaction(address _to, uint256 _value, uint64 _gasLimit, bool _isCreation, bytes memory _data)
        external
        payable
    {
        address from = msg.sender;
        if (msg.sender != tx.origin) {
            unchecked {
                from = address(uint160(msg.sender) + ALIAS_OFFSET);
            }
        }
        emit TransactionDeposited(from, _to, 0, abi.encodePacked(msg.value, _value, _gasLimit, _isCreation, _data));
    }

    function gasPayingToken() external pure returns (address addr_, uint8 decimals_) {
        return (0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE, 18);
    }

    function paused() external pure returns (bool) {
        return false;
    }
}

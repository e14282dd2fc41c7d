// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IDeltaBook: what OpenProofSettlement asks of the delta book
/// (OpenProofDeltaBook) to open and settle large-model (delta) requests.
interface IDeltaBook {
    /// A delta statement, what a delta request buys: the adapter group
    /// whose commitment every proof carries (public input 0), the trace's
    /// modules (a bit per module index, so indices < 256) and tokens
    /// (0 … tokens−1) that the proofs must cover, each exactly once, and
    /// the keccak256 of the ABI-encoded digest table (DeltaRow[]), the
    /// requester's digests of its trace.
    struct DeltaStatement {
        uint256 adapterCommitment;
        uint256 moduleMask;
        uint32 tokens;
        bytes32 tableHash;
    }

    /// One digest of the trace: x_digest and delta_digest (circuits/delta
    /// Digests) of the modules in moduleMask over tokens first … first +
    /// tokens − 1. The digests bind the modules and the run length, not
    /// first: the row states it.
    struct DeltaRow {
        uint256 moduleMask;
        uint32 first;
        uint32 tokens;
        uint256 xDigest;
        uint256 deltaDigest;
    }

    /// One proof of a settlement: the table row it proves, the registered
    /// delta circuit it verifies with (the prover's choice among circuits
    /// of the row's shape: committed or pinned, direct or Freivalds), and
    /// MarshalSolidity's bytes of the Groth16 proof.
    struct DeltaPart {
        uint32 row;
        uint32 circuitId;
        bytes proof;
    }

    /// The fee of a request for s under the platform fee (reverts if the
    /// adapter is not registered and active or s is out of bounds).
    function deltaFee(DeltaStatement calldata s, uint256 platformFee) external view returns (uint256);

    /// Who is paid the owner's share of s's settlement (reverts if the
    /// adapter is not registered and active).
    function deltaOwner(uint256 adapterCommitment) external view returns (address);

    /// Reverts unless parts prove s: table hashes to s.tableHash, the
    /// parts' rows cover every module of s.moduleMask and every token of
    /// s exactly once, and each proof verifies.
    function checkDelta(DeltaStatement calldata s, DeltaRow[] calldata table, DeltaPart[] calldata parts)
        external
        view;
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

import {FeeSplit} from "./FeeSplit.sol";
import {IDeltaBook} from "./IDeltaBook.sol";
import {IOpenProofVerifier} from "./IOpenProofVerifier.sol";
import {IPoseidon2Hash} from "./IPoseidon2Hash.sol";

/// @title OpenProofDeltaBook: the delta circuits and adapters of large-model
/// settlement, and the check that a set of delta proofs covers a statement.
/// @notice OpenProofSettlement keeps the escrow, the requests and the
/// payouts (openDeltaRequest, settleDelta); this book holds what is
/// specific to delta proofs (circuits/delta, hashed binding), so that the
/// settlement contract stays readable and under the code size limit.
///
/// Delta circuits (REGISTRAR_ROLE: the timelock after the hand-over): a
/// Groth16 verifier with three public inputs (adapter_commitment, x_digest,
/// delta_digest; the fingerprinted binding needs the trace and cannot be
/// checked on chain) and the module group and run length its circuit
/// proves. The registrar vouches that the verifying key is that shape's
/// (as for inference circuits); the digests bind the modules and the run
/// length besides, so a proof of another shape does not match a row.
///
/// Delta adapters (anyone, for itself): the owned commitment of one module
/// group's adapter, commit.Hash(TAG_ADAPTER_OWNED, inner, owner) with owner
/// the caller, as OpenProofSettlement.registerAdapter; the owner sets its
/// rate in wei per 1000 module-tokens proven. A trace whose modules are
/// proven in several groups (one commitment each) settles as one request
/// per group.
///
/// Coverage (checkDelta) is verify-delta's: every module of the statement
/// and every token is proven, none twice, every part's modules lie in the
/// statement, each digest is the requester's (its table), each proof
/// verifies. Bounds, so that no call's gas grows without limit: at most
/// MAX_DELTA_TOKENS tokens, MAX_DELTA_ROWS table rows and MAX_DELTA_PARTS
/// proofs, module indices below 256 (one word per token of coverage).
contract OpenProofDeltaBook is IDeltaBook, AccessControl {
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    /// commit.TagAdapterOwned (OpenProofSettlement.TAG_ADAPTER_OWNED).
    uint256 public constant TAG_ADAPTER_OWNED = 0x6f70656e70726f6f662f616461707465722d6f776e65642f7631;
    /// The delta circuit's public inputs (hashed binding).
    uint256 public constant DELTA_PUBLIC = 3;
    uint256 public constant MAX_DELTA_TOKENS = 1024;
    uint256 public constant MAX_DELTA_ROWS = 64;
    uint256 public constant MAX_DELTA_PARTS = 16;

    /// A delta circuit. One slot for what checkDelta reads.
    struct DeltaCircuit {
        address verifier; // zero: not registered
        bool active;
        uint32 tokens; // the run length it proves
        uint256 moduleMask; // the module group it proves
        bytes32 circuitDigest;
        bytes32 vkSha256;
    }

    struct DeltaAdapter {
        address owner; // zero: not registered
        bool active;
        uint128 rate; // wei per 1000 module-tokens
    }

    IPoseidon2Hash public immutable hasher;
    uint32 public deltaCircuitCount; // ids run 1 … deltaCircuitCount
    mapping(uint32 id => DeltaCircuit) public deltaCircuits;
    mapping(uint256 commitment => DeltaAdapter) public deltaAdapters;

    error ZeroAddress();
    error VerifierMismatch(uint256 publicInputs, bytes32 vkSha256);
    error DeltaShapeInvalid(uint256 moduleMask, uint256 tokens);
    error DeltaCircuitNotRegistered(uint32 id);
    error DeltaAdapterAlreadyRegistered(uint256 commitment);
    error DeltaAdapterNotRegistered(uint256 commitment);
    error DeltaAdapterInactive(uint256 commitment);
    error NotDeltaAdapterOwner(uint256 commitment, address caller);
    error DeltaStatementInvalid(uint256 moduleMask, uint256 tokens);
    error DeltaTableInvalid(uint256 rows, uint256 parts);
    error DeltaTableMismatch(bytes32 stated, bytes32 computed);
    error DeltaRowInvalid(uint256 part, uint256 row);
    error DeltaCircuitInactive(uint256 part, uint32 circuitId);
    error DeltaCircuitMismatch(uint256 part, uint32 circuitId);
    error DeltaModuleOutside(uint256 part, uint256 modules);
    error DeltaProvenTwice(uint256 part, uint256 token, uint256 modules);
    error DeltaNotCovered(uint256 token, uint256 missingModules);
    error DeltaProofInvalid(uint256 part);

    event DeltaCircuitRegistered(
        uint32 indexed id, address verifier, uint256 moduleMask, uint32 tokens, bytes32 circuitDigest, bytes32 vkSha256
    );
    event DeltaCircuitActiveSet(uint32 indexed id, bool active);
    event DeltaAdapterRegistered(uint256 indexed commitment, address indexed owner, uint128 rate);
    event DeltaAdapterTermsSet(uint256 indexed commitment, uint128 rate);
    event DeltaAdapterActiveSet(uint256 indexed commitment, bool active);

    /// @param admin gets DEFAULT_ADMIN_ROLE and REGISTRAR_ROLE (grantable
    /// to the timelock, then renounced).
    /// @param hasher_ commit.Hash on chain (the settlement's AttributionDigest).
    constructor(address admin, IPoseidon2Hash hasher_) {
        if (admin == address(0) || address(hasher_) == address(0)) revert ZeroAddress();
        hasher = hasher_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
    }

    // ----------------------------------------------------------- circuits

    /// Registers the delta circuit of module group moduleMask over runs of
    /// tokens tokens; the verifier must have three public inputs and the
    /// given verifying key hash.
    function registerDeltaCircuit(
        address verifier,
        uint256 moduleMask,
        uint32 tokens,
        bytes32 circuitDigest,
        bytes32 vkSha256
    ) external onlyRole(REGISTRAR_ROLE) returns (uint32 id) {
        if (verifier == address(0)) revert ZeroAddress();
        if (moduleMask == 0 || tokens == 0 || tokens > MAX_DELTA_TOKENS) revert DeltaShapeInvalid(moduleMask, tokens);
        IOpenProofVerifier v = IOpenProofVerifier(verifier);
        uint256 n = v.publicInputCount();
        if (n != DELTA_PUBLIC || v.vkSha256() != vkSha256) revert VerifierMismatch(n, vkSha256);
        id = ++deltaCircuitCount;
        deltaCircuits[id] = DeltaCircuit(verifier, true, tokens, moduleMask, circuitDigest, vkSha256);
        emit DeltaCircuitRegistered(id, verifier, moduleMask, tokens, circuitDigest, vkSha256);
    }

    function setDeltaCircuitActive(uint32 id, bool active) external onlyRole(REGISTRAR_ROLE) {
        if (deltaCircuits[id].verifier == address(0)) revert DeltaCircuitNotRegistered(id);
        deltaCircuits[id].active = active;
        emit DeltaCircuitActiveSet(id, active);
    }

    // ----------------------------------------------------------- adapters

    /// The public commitment of the adapter group whose salted commitment
    /// is inner and whose owner is owner (commit.OwnedCommitment).
    function adapterCommitment(uint256 inner, address owner) public view returns (uint256) {
        uint256[] memory pre = new uint256[](3);
        (pre[0], pre[1], pre[2]) = (TAG_ADAPTER_OWNED, inner, uint160(owner));
        return hasher.hash(pre);
    }

    /// Registers the caller's adapter group (adapterCommitment(inner,
    /// msg.sender)) at rate wei per 1000 module-tokens.
    function registerDeltaAdapter(uint256 inner, uint128 rate) external returns (uint256 commitment) {
        commitment = adapterCommitment(inner, msg.sender);
        if (deltaAdapters[commitment].owner != address(0)) revert DeltaAdapterAlreadyRegistered(commitment);
        deltaAdapters[commitment] = DeltaAdapter(msg.sender, true, rate);
        emit DeltaAdapterRegistered(commitment, msg.sender, rate);
    }

    /// A new rate, for requests opened from now on.
    function setDeltaAdapterTerms(uint256 commitment, uint128 rate) external {
        DeltaAdapter storage a = deltaAdapters[commitment];
        if (a.owner == address(0)) revert DeltaAdapterNotRegistered(commitment);
        if (a.owner != msg.sender) revert NotDeltaAdapterOwner(commitment, msg.sender);
        a.rate = rate;
        emit DeltaAdapterTermsSet(commitment, rate);
    }

    /// The owner (or a registrar, to stop abuse) switches an adapter on or off.
    function setDeltaAdapterActive(uint256 commitment, bool active) external {
        DeltaAdapter storage a = deltaAdapters[commitment];
        if (a.owner == address(0)) revert DeltaAdapterNotRegistered(commitment);
        if (a.owner != msg.sender && !hasRole(REGISTRAR_ROLE, msg.sender)) {
            revert NotDeltaAdapterOwner(commitment, msg.sender);
        }
        a.active = active;
        emit DeltaAdapterActiveSet(commitment, active);
    }

    function _activeAdapter(uint256 commitment) private view returns (DeltaAdapter memory a) {
        a = deltaAdapters[commitment];
        if (a.owner == address(0)) revert DeltaAdapterNotRegistered(commitment);
        if (!a.active) revert DeltaAdapterInactive(commitment);
    }

    // ------------------------------------------------------- settlement

    /// The number of module-tokens s covers.
    function cells(DeltaStatement calldata s) public pure returns (uint256 n) {
        if (s.moduleMask == 0 || s.tokens == 0 || s.tokens > MAX_DELTA_TOKENS) {
            revert DeltaStatementInvalid(s.moduleMask, s.tokens);
        }
        for (uint256 m = s.moduleMask; m != 0; m &= m - 1) {
            ++n; // at most 256 rounds
        }
        n *= s.tokens;
    }

    /// FeeSplit.fee with the module-tokens as T_in at the adapter's rate
    /// (T_out = 0).
    function deltaFee(DeltaStatement calldata s, uint256 platformFee) external view returns (uint256) {
        DeltaAdapter memory a = _activeAdapter(s.adapterCommitment);
        return FeeSplit.fee(cells(s), 0, a.rate, 0, platformFee);
    }

    function deltaOwner(uint256 commitment) external view returns (address) {
        return _activeAdapter(commitment).owner;
    }

    /// See IDeltaBook.checkDelta. Gas: O(MAX_DELTA_PARTS · MAX_DELTA_TOKENS)
    /// word operations for coverage plus one pairing check per part.
    function checkDelta(DeltaStatement calldata s, DeltaRow[] calldata table, DeltaPart[] calldata parts)
        external
        view
    {
        cells(s); // the statement's bounds
        if (table.length > MAX_DELTA_ROWS || parts.length == 0 || parts.length > MAX_DELTA_PARTS) {
            revert DeltaTableInvalid(table.length, parts.length);
        }
        bytes32 h = keccak256(abi.encode(table));
        if (h != s.tableHash) revert DeltaTableMismatch(s.tableHash, h);
        uint256[] memory covered = new uint256[](s.tokens); // per token, the modules proven
        uint256[] memory inputs = new uint256[](DELTA_PUBLIC);
        inputs[0] = s.adapterCommitment;
        for (uint256 k; k < parts.length; ++k) {
            DeltaPart calldata p = parts[k];
            if (p.row >= table.length) revert DeltaRowInvalid(k, p.row);
            DeltaRow calldata r = table[p.row];
            DeltaCircuit memory c = deltaCircuits[p.circuitId];
            if (!c.active) revert DeltaCircuitInactive(k, p.circuitId);
            if (c.moduleMask != r.moduleMask || c.tokens != r.tokens) revert DeltaCircuitMismatch(k, p.circuitId);
            if (r.moduleMask & ~s.moduleMask != 0) revert DeltaModuleOutside(k, r.moduleMask & ~s.moduleMask);
            uint256 end = uint256(r.first) + r.tokens;
            if (end > s.tokens) revert DeltaRowInvalid(k, p.row);
            for (uint256 t = r.first; t < end; ++t) {
                uint256 had = covered[t];
                if (had & r.moduleMask != 0) revert DeltaProvenTwice(k, t, had & r.moduleMask);
                covered[t] = had | r.moduleMask;
            }
            (inputs[1], inputs[2]) = (r.xDigest, r.deltaDigest);
            try IOpenProofVerifier(c.verifier).verify(p.proof, inputs) {}
            catch {
                revert DeltaProofInvalid(k);
            }
        }
        for (uint256 t; t < s.tokens; ++t) {
            if (covered[t] != s.moduleMask) revert DeltaNotCovered(t, s.moduleMask & ~covered[t]);
        }
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {FeeSplit} from "./FeeSplit.sol";
import {IAttributionDigest} from "./IAttributionDigest.sol";
import {IDeltaBook} from "./IDeltaBook.sol";
import {IOpenProofVerifier} from "./IOpenProofVerifier.sol";
import {IPoseidon2Hash} from "./IPoseidon2Hash.sol";
import {IProverRegistry, IRequestBook} from "./economy/IProverRegistry.sol";

/// @title OpenProofSettlement: OPEN released only against valid proofs.
/// @notice Registries (base models → their circuits, each a verifier with
/// circuit metadata; LoRA adapters → owner, circuit, fee terms, active flag;
/// Datanets → contributor count and the Merkle root of their leaves),
/// requester escrow, and settlement of openproof inference proofs with
/// OpenLedger's fee split, paid out by pull payments.
///
/// A base model has one circuit (and verifier) per adapter shape, since the
/// base weights are circuit constants and the adapter's ranks fix the
/// circuit; an adapter's commitment covers its shape, so each adapter names
/// the circuit its proofs verify with. A model registered as attributed
/// accepts only attributed circuits (those with a Datanet root and an
/// attribution digest among their public inputs), and an adapter that names
/// a Datanet must use an attributed circuit: contributor weights are always
/// the ones the proof binds, never the caller's choice.
///
/// OPEN is either the chain's native token (OpenLedger's L2, where OPEN is
/// the custom gas token; token == address(0)) or an ERC-20 such as the
/// OptimismMintableERC20 the Standard Bridge mints on other OP Stack chains.
/// The mode is fixed at deployment.
///
/// Requests: each has its own key, keccak256(requester, nonce), so no one
/// can block another's request and a statement can be bought any number of
/// times. openRequest computes the fee from the terms in force, refuses a
/// maxFee below it, locks exactly the fee and snapshots the split into the
/// request: later changes of the adapter's rates or of the split do not
/// touch open requests.
///
/// What a proof binds: its public inputs are, in this order, the model
/// digest, the adapter commitment, the input digest and the output digest
/// (circuits/lora), optionally followed by a Datanet root and an attribution
/// digest at the positions the circuit's registration names. settle checks
/// the (model, adapter, input) triple against the request it names, the
/// model, adapter and circuit against the registries, the Datanet root
/// against the adapter's, and the contributor weights against the
/// attribution digest.
///
/// Contributors: settle does not touch per-contributor storage. It stores
/// one keccak Merkle root of the (index, amount) credits of the settlement;
/// each contributor claims its amount with a Merkle proof into the credit of
/// its payout address. A Datanet root commits to every contributor's payout
/// address (datanet.PayoutCommitment inside its leaf), so whoever registers
/// a root, the payouts are the ones its leaves name (bindPayout).
///
/// Provers (src/economy/ProverRegistry): with a registry set (setRegistry,
/// DEFAULT_ADMIN_ROLE: the timelock after the hand-over), settle asks it who
/// earns the prover's share (onSettled: the staked prover holding a live
/// claim on the request, else the settler) and cancelRequest tells it
/// (onCancelled); the registry asks isOpen before a claim. With no registry
/// (address(0)) the settler earns the share, as before. The staking pool is
/// meant to be the OpenStakingVault, whose pullFees() calls withdraw().
///
/// Large models (delta proofs, circuits/delta): with a delta book set
/// (setDeltaBook, DEFAULT_ADMIN_ROLE), openDeltaRequest buys a delta
/// statement (IDeltaBook.DeltaStatement: an adapter group's commitment, the
/// trace's modules and tokens, the hash of the requester's digest table)
/// at the book's fee, and settleDelta pays it once the book's checkDelta
/// accepts the proof set (coverage as verify-delta checks it, each proof
/// verified). The request, escrow, split, registry hooks and payouts are
/// the inference's; there is no Datanet, so the contributors' pool goes to
/// the owner.
contract OpenProofSettlement is IRequestBook, AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// Domain tags of the Datanet commitments (attribution/datanet,
    /// commit.Tag: the tag's bytes as a big-endian integer).
    uint256 public constant TAG_DATANET_ROOT = 0x6f70656e70726f6f662f646174616e65742f726f6f742f7631;
    uint256 public constant TAG_DATANET_LEAF = 0x6f70656e70726f6f662f646174616e65742f6c6561662f7631;
    uint256 public constant TAG_DATANET_PAYOUT = 0x6f70656e70726f6f662f646174616e65742f7061796f75742f7631;
    /// commit.TagAdapterOwned: the public adapter commitment is
    /// commit.Hash(TAG_ADAPTER_OWNED, inner, owner) (commit.OwnedCommitment).
    uint256 public constant TAG_ADAPTER_OWNED = 0x6f70656e70726f6f662f616461707465722d6f776e65642f7631;
    /// Domain tag of delta statements (deltaStatementHash): "openproof/delta-statement/v1".
    bytes32 public constant TAG_DELTA_STATEMENT = "openproof/delta-statement/v1";

    /// Positions of the statement's first public inputs (circuits/lora).
    uint256 internal constant IDX_MODEL = 0;
    uint256 internal constant IDX_ADAPTER = 1;
    uint256 internal constant IDX_INPUT = 2;
    uint256 internal constant IDX_OUTPUT = 3;
    uint256 internal constant MIN_PUBLIC = 4;
    /// Most contributors a Datanet may have: registration, settlement and
    /// claims stay under EIP-7825's 2^24 gas per transaction at this size
    /// (bench/results.md).
    uint256 public constant MAX_CONTRIBUTORS = 4096;

    /// A base model. One slot.
    struct Model {
        bool registered;
        bool active;
        bool attributed; // its circuits must carry an attribution digest
        uint32 tokensIn; // T_in of one inference
        uint32 tokensOut; // T_out
        uint32 id; // 1 … modelCount, in registration order
    }

    /// A circuit of a base model (one per adapter shape). One slot, so that
    /// settle reads it with one cold access: the model is named by its id.
    struct Circuit {
        address verifier; // IOpenProofVerifier; zero: not registered
        uint8 nbPublic;
        uint8 datanetRootIndex; // 0: the circuit has no Datanet root
        uint8 attributionIndex; // 0: the circuit has no attribution digest
        bool active;
        uint32 modelId; // Model.id of the base model it proves statements about
    }

    /// Circuit metadata that settle does not read (except to name a
    /// mismatching model in a revert).
    struct CircuitMeta {
        uint256 modelDigest;
        bytes32 circuitDigest; // SHA-256 of the constraint system (bundle circuit.digest)
        bytes32 vkSha256; // SHA-256 of the verifying key (bundle vk_sha256)
        address attributionDigester; // IAttributionDigest when attributionIndex != 0
    }

    /// What registerCircuit takes.
    struct CircuitConfig {
        uint256 modelDigest;
        address verifier;
        uint8 datanetRootIndex;
        uint8 attributionIndex;
        bytes32 circuitDigest;
        bytes32 vkSha256;
        address attributionDigester;
    }

    struct Adapter {
        address owner; // zero: not registered
        bool active;
        uint32 circuitId; // the circuit its proofs verify with
        uint32 datanetSize; // its Datanet's contributor count (fixed by the root), 0 without one
        uint128 rIn; // wei per 1000 input tokens
        uint128 rOut; // wei per 1000 output tokens
        uint256 datanetRoot; // 0: trained on no Datanet
    }

    /// A Datanet, registered by anyone who shows the root's preimage:
    /// root = commit.Hash(TAG_DATANET_ROOT, size, inputDim, classes, leavesRoot).
    struct Datanet {
        uint32 size; // contributors, indexed 0 … size−1; 0: not registered
        uint256 leavesRoot; // the Poseidon2 Merkle root of the contributors' leaves
    }

    enum Status {
        None,
        Open,
        Settled,
        Cancelled
    }

    /// One request, with the terms it was opened under. Three slots.
    struct Request {
        address requester;
        uint40 expiresAt; // the requester may cancel from then on
        Status status;
        uint16 betaBps; // the split at open
        uint16 gammaBps;
        uint16 proverBps;
        bytes32 statement; // statementHash(model, adapter, input)
        uint128 fee; // locked at open: the whole fee
        uint128 platformFee;
    }

    /// The fee split, in basis points of F_net (δ = 10⁴ − β − γ − π), and
    /// the flat platform fee: what setSplitConfig takes and splitConfig()
    /// returns (stored as separate fields, see _betaBps).
    struct SplitConfig {
        uint16 betaBps; // adapter owner
        uint16 gammaBps; // stakers
        uint16 proverBps; // the prover (the settler, or the registry's live claimant)
        uint128 platformFee;
        uint64 requestTimeout;
    }

    /// One settlement's contributor credits: a keccak Merkle root over the
    /// leaves creditLeaf(key, index, amount) (sorted-pair hashing).
    struct ContributorPool {
        uint256 datanetRoot;
        bytes32 creditRoot;
    }

    /// The OPEN token; address(0) in native mode.
    IERC20 public immutable token;
    /// commit.Hash on chain (an AttributionDigest): Datanet roots and leaves.
    IPoseidon2Hash public immutable hasher;

    // The split (splitConfig()), declared first and as separate fields so
    // that they share Pausable's `_paused` slot (31 of 32 bytes).
    uint16 private _betaBps;
    uint16 private _gammaBps;
    uint16 private _proverBps;
    uint128 private _platformFee;
    uint64 private _requestTimeout;

    /// Credits of the staking pool and the treasury not yet moved into
    /// creditOf. One slot, so that settle writes both with one store; they
    /// belong to the payees in force when they were earned (setPayees and
    /// withdraw move them into creditOf).
    struct ProtocolCredit {
        uint128 stakers;
        uint128 platform;
    }

    address public treasury; // receives F_platform
    address public stakingPool; // receives the stakers' share
    ProtocolCredit public protocolCredit;

    uint32 public modelCount; // ids run 1 … modelCount
    mapping(uint256 modelDigest => Model) public models;
    uint32 public circuitCount; // ids run 1 … circuitCount
    mapping(uint32 circuitId => Circuit) public circuits;
    mapping(uint32 circuitId => CircuitMeta) public circuitMeta;
    mapping(uint256 commitment => Adapter) public adapters;
    mapping(uint256 root => Datanet) public datanets;
    mapping(uint256 root => mapping(uint256 index => address)) public payoutOf;

    mapping(address requester => uint256) public escrowOf; // free escrow
    mapping(address requester => uint256) public requestNonce; // the nonce of the next request
    mapping(bytes32 key => Request) public requests;

    mapping(address account => uint256) public creditOf; // withdrawable (see withdrawable for the payees)
    mapping(bytes32 key => ContributorPool) public contributorPools;
    mapping(bytes32 key => mapping(uint256 word => uint256)) private _claimed; // bit per contributor index

    /// The prover registry settle and cancelRequest report to; address(0):
    /// open settling, the settler earns the prover's share. Declared last.
    IProverRegistry public registry;
    /// The delta book openDeltaRequest and settleDelta ask; address(0):
    /// no delta requests.
    IDeltaBook public deltaBook;

    // Configuration and registries.
    error ZeroAddress();
    error SplitInvalid(uint256 betaBps, uint256 gammaBps, uint256 proverBps);
    error VerifierMismatch(uint256 publicInputs, bytes32 vkSha256);
    error PublicInputIndexInvalid(uint256 index);
    error ModelAlreadyRegistered(uint256 modelDigest);
    error ModelNotRegistered(uint256 modelDigest);
    error ModelInactive(uint256 modelDigest);
    error CircuitNotRegistered(uint32 circuitId);
    error CircuitInactive(uint32 circuitId);
    error ModelMismatch(uint256 proven, uint256 circuitModel);
    error AttributionRequired(uint32 circuitId, uint256 datanetRoot);
    error AdapterAlreadyRegistered(uint256 commitment);
    error AdapterNotRegistered(uint256 commitment);
    error AdapterInactive(uint256 commitment);
    error NotAdapterOwner(uint256 commitment, address caller);
    error DatanetAlreadyRegistered(uint256 root);
    error DatanetNotRegistered(uint256 root);
    error DatanetInvalid(uint256 root);
    error DatanetPreimageInvalid(uint256 root, uint256 computed);
    error PayoutAlreadyBound(uint256 root, uint256 index, address payout);
    error PayoutProofInvalid(uint256 root, uint256 index);
    error PayoutUnbound(uint256 root, uint256 index);
    error NotPayoutAddress(uint256 root, uint256 index, address caller);
    // Escrow and requests.
    error WrongValue(uint256 sent, uint256 expected);
    error InsufficientEscrow(uint256 available, uint256 needed);
    error MaxFeeTooLow(uint256 maxFee, uint256 fee);
    error RequestNotOpen(bytes32 key);
    error NotRequester(bytes32 key, address caller);
    error RequestNotExpired(bytes32 key, uint256 expiresAt);
    // Settlement.
    error PublicInputCountInvalid(uint256 got, uint256 want);
    error StatementMismatch(bytes32 key, bytes32 proven);
    error ProofInvalid();
    error DatanetMismatch(uint256 proven, uint256 registered);
    error AttributionMismatch(uint256 proven, uint256 computed);
    error WeightsInvalid();
    error NothingToWithdraw(address account);
    error AlreadyClaimed(bytes32 key, uint256 index);
    error CreditProofInvalid(bytes32 key, uint256 index, uint256 amount);
    error NoDeltaBook();

    event SplitConfigured(uint16 betaBps, uint16 gammaBps, uint16 proverBps, uint128 platformFee, uint64 requestTimeout);
    event PayeesConfigured(address treasury, address stakingPool);
    event ModelRegistered(uint256 indexed modelDigest, uint32 tokensIn, uint32 tokensOut, bool attributed);
    event ModelActiveSet(uint256 indexed modelDigest, bool active);
    event CircuitRegistered(uint32 indexed circuitId, uint256 indexed modelDigest, CircuitConfig config);
    event CircuitActiveSet(uint32 indexed circuitId, bool active);
    event AdapterRegistered(
        uint256 indexed commitment, address indexed owner, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot
    );
    event AdapterTermsSet(uint256 indexed commitment, uint128 rIn, uint128 rOut);
    event AdapterActiveSet(uint256 indexed commitment, bool active);
    event AdapterTransferred(uint256 indexed commitment, address indexed from, address indexed to);
    event DatanetRegistered(uint256 indexed root, uint32 size, uint256 leavesRoot, address registrant);
    event PayoutBound(uint256 indexed root, uint256 indexed index, address payout);
    event PayoutChanged(uint256 indexed root, uint256 indexed index, address from, address to);
    event Deposited(address indexed requester, uint256 amount);
    event EscrowWithdrawn(address indexed requester, uint256 amount);
    /// fee is what the request locked (the whole fee, under the terms at open).
    event RequestOpened(
        bytes32 indexed key,
        address indexed requester,
        uint256 modelDigest,
        uint256 adapterCommitment,
        uint256 inputDigest,
        uint256 fee,
        uint64 expiresAt
    );
    event RequestCancelled(bytes32 indexed key, address indexed requester, uint256 refund);
    /// One per settlement: every credit it makes except the contributors'
    /// (ContributorsCredited). The stakers' and platform amounts go to the
    /// staking pool and treasury in force at that block (PayeesConfigured).
    event Settled(
        bytes32 indexed key,
        bytes32 indexed statementHash,
        address indexed requester,
        uint256 outputDigest,
        uint256 fee,
        address owner,
        uint256 ownerAmount,
        address prover,
        uint256 proverAmount,
        uint256 stakersAmount,
        uint256 platformAmount
    );
    /// The contributors' pool of one settlement: pool wei shared by the
    /// weights settle was called with, claimable against creditRoot.
    event ContributorsCredited(bytes32 indexed key, uint256 indexed datanetRoot, bytes32 creditRoot, uint256 pool);
    event ContributorClaimed(bytes32 indexed key, uint256 indexed index, address indexed payout, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event RegistrySet(address registry);
    event DeltaBookSet(address deltaBook);
    /// A delta request (its RequestOpened-like event): fee is what it locked.
    event DeltaRequestOpened(
        bytes32 indexed key,
        address indexed requester,
        bytes32 indexed statement,
        IDeltaBook.DeltaStatement delta,
        uint256 fee,
        uint64 expiresAt
    );

    /// @param admin gets DEFAULT_ADMIN_ROLE, REGISTRAR_ROLE and PAUSER_ROLE
    /// (grantable to a timelock, then renounced).
    /// @param token_ the OPEN ERC-20, or address(0) for native OPEN.
    /// @param hasher_ commit.Hash on chain (a deployed AttributionDigest).
    constructor(
        address admin,
        IERC20 token_,
        IPoseidon2Hash hasher_,
        address treasury_,
        address stakingPool_,
        SplitConfig memory split_
    ) {
        if (admin == address(0) || address(hasher_) == address(0)) revert ZeroAddress();
        token = token_;
        hasher = hasher_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _setPayees(treasury_, stakingPool_);
        _setSplit(split_);
    }

    // ---------------------------------------------------------------- admin

    /// Changes the split for requests opened from now on.
    function setSplitConfig(SplitConfig calldata s) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setSplit(s);
    }

    /// The fee split and platform fee in force.
    function splitConfig() public view returns (SplitConfig memory) {
        return SplitConfig(_betaBps, _gammaBps, _proverBps, _platformFee, _requestTimeout);
    }

    function setPayees(address treasury_, address stakingPool_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setPayees(treasury_, stakingPool_);
    }

    /// Sets the prover registry (address(0): open settling). Claims made
    /// under a registry stay in it: a change lets their requests settle
    /// without their claimants (the old registry's hooks are no longer
    /// called, so its claims can only be slashed after their deadlines).
    function setRegistry(IProverRegistry registry_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        registry = registry_;
        emit RegistrySet(address(registry_));
    }

    /// Sets the delta book (address(0): no delta requests). Open delta
    /// requests settle against the book in force at settle.
    function setDeltaBook(IDeltaBook book) external onlyRole(DEFAULT_ADMIN_ROLE) {
        deltaBook = book;
        emit DeltaBookSet(address(book));
    }

    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    function _setSplit(SplitConfig memory s) private {
        if (uint256(s.betaBps) + s.gammaBps + s.proverBps > FeeSplit.BPS) {
            revert SplitInvalid(s.betaBps, s.gammaBps, s.proverBps);
        }
        (_betaBps, _gammaBps, _proverBps, _platformFee, _requestTimeout) =
            (s.betaBps, s.gammaBps, s.proverBps, s.platformFee, s.requestTimeout);
        emit SplitConfigured(s.betaBps, s.gammaBps, s.proverBps, s.platformFee, s.requestTimeout);
    }

    function _setPayees(address treasury_, address stakingPool_) private {
        if (treasury_ == address(0) || stakingPool_ == address(0)) revert ZeroAddress();
        _flushProtocolCredit(); // what the old payees earned stays theirs
        treasury = treasury_;
        stakingPool = stakingPool_;
        emit PayeesConfigured(treasury_, stakingPool_);
    }

    // ----------------------------------------------------------- registries

    /// Registers a base model: T_in and T_out are the input and output
    /// tokens one inference is billed for (fixed by the model's shapes);
    /// attributed: every circuit of the model must carry an attribution
    /// digest (its adapters are trained on Datanets).
    function registerModel(uint256 modelDigest, uint32 tokensIn, uint32 tokensOut, bool attributed)
        external
        onlyRole(REGISTRAR_ROLE)
        whenNotPaused
    {
        if (models[modelDigest].registered) revert ModelAlreadyRegistered(modelDigest);
        models[modelDigest] = Model(true, true, attributed, tokensIn, tokensOut, ++modelCount);
        emit ModelRegistered(modelDigest, tokensIn, tokensOut, attributed);
    }

    function setModelActive(uint256 modelDigest, bool active) external onlyRole(REGISTRAR_ROLE) {
        if (!models[modelDigest].registered) revert ModelNotRegistered(modelDigest);
        models[modelDigest].active = active;
        emit ModelActiveSet(modelDigest, active);
    }

    /// Registers a circuit of a registered base model. The verifier must
    /// report the public input count and verifying key hash given here. A
    /// circuit has both a Datanet root and an attribution digest or neither;
    /// an attributed model's circuits have both.
    function registerCircuit(CircuitConfig calldata c)
        external
        onlyRole(REGISTRAR_ROLE)
        whenNotPaused
        returns (uint32 id)
    {
        Model memory m = models[c.modelDigest];
        if (!m.registered) revert ModelNotRegistered(c.modelDigest);
        if (c.verifier == address(0)) revert ZeroAddress();
        IOpenProofVerifier v = IOpenProofVerifier(c.verifier);
        uint256 n = v.publicInputCount();
        if (n < MIN_PUBLIC || n > type(uint8).max || v.vkSha256() != c.vkSha256) {
            revert VerifierMismatch(n, c.vkSha256);
        }
        if (c.datanetRootIndex != 0 && (c.datanetRootIndex <= IDX_OUTPUT || c.datanetRootIndex >= n)) {
            revert PublicInputIndexInvalid(c.datanetRootIndex);
        }
        if (c.attributionIndex != 0) {
            if (c.attributionIndex <= IDX_OUTPUT || c.attributionIndex >= n || c.attributionIndex == c.datanetRootIndex) {
                revert PublicInputIndexInvalid(c.attributionIndex);
            }
            if (c.attributionDigester == address(0)) revert ZeroAddress();
        }
        // Weights only with the Datanet they index, and a Datanet only with
        // weights the proof binds.
        if ((c.attributionIndex == 0) != (c.datanetRootIndex == 0)) {
            revert PublicInputIndexInvalid(c.attributionIndex == 0 ? c.datanetRootIndex : c.attributionIndex);
        }
        id = circuitCount + 1;
        if (m.attributed && c.attributionIndex == 0) revert AttributionRequired(id, 0);
        circuitCount = id;
        circuits[id] = Circuit({
            verifier: c.verifier,
            nbPublic: uint8(n),
            datanetRootIndex: c.datanetRootIndex,
            attributionIndex: c.attributionIndex,
            active: true,
            modelId: m.id
        });
        circuitMeta[id] = CircuitMeta(c.modelDigest, c.circuitDigest, c.vkSha256, c.attributionDigester);
        emit CircuitRegistered(id, c.modelDigest, c);
    }

    function setCircuitActive(uint32 id, bool active) external onlyRole(REGISTRAR_ROLE) {
        if (circuits[id].verifier == address(0)) revert CircuitNotRegistered(id);
        circuits[id].active = active;
        emit CircuitActiveSet(id, active);
    }

    /// Registers Datanet root from its preimage (datanet.RootOf): anyone
    /// may, and the result is the same whoever does, since the root fixes
    /// the contributor count and, through its leaves, every payout address.
    function registerDatanet(uint256 root, uint32 size, uint32 inputDim, uint32 classes, uint256 leavesRoot)
        external
        whenNotPaused
    {
        if (datanets[root].size != 0) revert DatanetAlreadyRegistered(root);
        if (root == 0 || size == 0 || size > MAX_CONTRIBUTORS) revert DatanetInvalid(root);
        uint256[] memory pre = new uint256[](5);
        (pre[0], pre[1], pre[2], pre[3], pre[4]) = (TAG_DATANET_ROOT, size, inputDim, classes, leavesRoot);
        uint256 h = hasher.hash(pre);
        if (h != root) revert DatanetPreimageInvalid(root, h);
        datanets[root] = Datanet(size, leavesRoot);
        emit DatanetRegistered(root, size, leavesRoot, msg.sender);
    }

    /// Records contributor index's payout address, shown by its leaf: leaf =
    /// commit.Hash(TAG_DATANET_LEAF, index, data, sketch) with data =
    /// commit.Hash(TAG_DATANET_PAYOUT, payout, dataInner), and siblings its
    /// Merkle path (bottom up) to the Datanet's leaves root. Anyone may
    /// submit it; the address is the leaf's.
    function bindPayout(
        uint256 root,
        uint256 index,
        address payout,
        uint256 dataInner,
        uint256 sketch,
        uint256[] calldata siblings
    ) external whenNotPaused {
        Datanet memory d = datanets[root];
        if (d.size == 0) revert DatanetNotRegistered(root);
        if (payout == address(0)) revert ZeroAddress();
        address bound = payoutOf[root][index];
        if (bound != address(0)) revert PayoutAlreadyBound(root, index, bound);
        if (index >= d.size || siblings.length != _depth(d.size)) revert PayoutProofInvalid(root, index);
        uint256[] memory pre = new uint256[](3);
        (pre[0], pre[1], pre[2]) = (TAG_DATANET_PAYOUT, uint160(payout), dataInner);
        uint256 data = hasher.hash(pre);
        pre = new uint256[](4);
        (pre[0], pre[1], pre[2], pre[3]) = (TAG_DATANET_LEAF, index, data, sketch);
        uint256 node = hasher.hash(pre);
        pre = new uint256[](2);
        uint256 i = index;
        for (uint256 k; k < siblings.length; ++k) {
            (pre[0], pre[1]) = i & 1 == 0 ? (node, siblings[k]) : (siblings[k], node);
            node = hasher.hash(pre);
            i >>= 1;
        }
        if (node != d.leavesRoot) revert PayoutProofInvalid(root, index);
        payoutOf[root][index] = payout;
        emit PayoutBound(root, index, payout);
    }

    /// A contributor moves its own payout address; credit already claimed
    /// stays with the old one.
    function setPayout(uint256 root, uint256 index, address to) external {
        address from = payoutOf[root][index];
        if (from != msg.sender) revert NotPayoutAddress(root, index, msg.sender);
        if (to == address(0)) revert ZeroAddress();
        payoutOf[root][index] = to;
        emit PayoutChanged(root, index, from, to);
    }

    /// ⌈log2 n⌉ (datanet.Depth).
    function _depth(uint256 n) private pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    /// The public adapter commitment that proofs carry for an adapter whose
    /// salted commitment is inner and whose owner is owner
    /// (commit.OwnedCommitment); reverts if inner is not a field element.
    function adapterCommitment(uint256 inner, address owner) public view returns (uint256) {
        uint256[] memory pre = new uint256[](3);
        (pre[0], pre[1], pre[2]) = (TAG_ADAPTER_OWNED, inner, uint160(owner));
        return hasher.hash(pre);
    }

    /// Registers the adapter whose salted commitment is inner, owned by the
    /// caller: the registered (public) commitment is
    /// adapterCommitment(inner, msg.sender), which proofs match only if they
    /// name the caller as owner. Copying inner from someone's proof gives a
    /// commitment no proof of theirs carries. circuitId is the registered
    /// circuit for the adapter's shape; datanetRoot names the registered
    /// Datanet it was trained on (0: none), and then the circuit must be
    /// attributed; an attributed model's adapters must name one.
    function registerAdapter(uint256 inner, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot)
        external
        whenNotPaused
        returns (uint256 commitment)
    {
        commitment = adapterCommitment(inner, msg.sender);
        if (adapters[commitment].owner != address(0)) revert AdapterAlreadyRegistered(commitment);
        Circuit memory c = circuits[circuitId];
        if (c.verifier == address(0)) revert CircuitNotRegistered(circuitId);
        uint32 size;
        if (datanetRoot != 0) {
            size = datanets[datanetRoot].size;
            if (size == 0) revert DatanetNotRegistered(datanetRoot);
        }
        // Attributed circuits (all of an attributed model's) exactly for
        // adapters with a Datanet.
        if ((c.attributionIndex != 0) != (datanetRoot != 0)) revert AttributionRequired(circuitId, datanetRoot);
        adapters[commitment] = Adapter(msg.sender, true, circuitId, size, rIn, rOut, datanetRoot);
        emit AdapterRegistered(commitment, msg.sender, circuitId, rIn, rOut, datanetRoot);
    }

    /// New rates, for requests opened from now on.
    function setAdapterTerms(uint256 commitment, uint128 rIn, uint128 rOut) external {
        Adapter storage a = _ownedAdapter(commitment);
        (a.rIn, a.rOut) = (rIn, rOut);
        emit AdapterTermsSet(commitment, rIn, rOut);
    }

    /// The owner (or a registrar, to stop abuse) switches an adapter on or off.
    function setAdapterActive(uint256 commitment, bool active) external {
        Adapter storage a = adapters[commitment];
        if (a.owner == address(0)) revert AdapterNotRegistered(commitment);
        if (a.owner != msg.sender && !hasRole(REGISTRAR_ROLE, msg.sender)) {
            revert NotAdapterOwner(commitment, msg.sender);
        }
        a.active = active;
        emit AdapterActiveSet(commitment, active);
    }

    /// Moves the registry record (payouts, terms, switch) to another owner.
    /// The commitment, and so every proof, keeps naming the original
    /// owner's address: a transfer moves payouts only.
    function transferAdapter(uint256 commitment, address to) external {
        Adapter storage a = _ownedAdapter(commitment);
        if (to == address(0)) revert ZeroAddress();
        a.owner = to;
        emit AdapterTransferred(commitment, msg.sender, to);
    }

    function _ownedAdapter(uint256 commitment) private view returns (Adapter storage a) {
        a = adapters[commitment];
        if (a.owner == address(0)) revert AdapterNotRegistered(commitment);
        if (a.owner != msg.sender) revert NotAdapterOwner(commitment, msg.sender);
    }

    // ------------------------------------------------------------- escrow

    /// Adds amount to the caller's escrow: msg.value in native mode, a
    /// transferFrom (after approve) in ERC-20 mode.
    function deposit(uint256 amount) external payable whenNotPaused nonReentrant {
        if (address(token) == address(0)) {
            if (msg.value != amount) revert WrongValue(msg.value, amount);
        } else {
            if (msg.value != 0) revert WrongValue(msg.value, 0);
            token.safeTransferFrom(msg.sender, address(this), amount);
        }
        escrowOf[msg.sender] += amount;
        emit Deposited(msg.sender, amount);
    }

    /// Takes back escrow no request has locked. Works while paused.
    function withdrawEscrow(uint256 amount) external nonReentrant {
        uint256 have = escrowOf[msg.sender];
        if (amount > have) revert InsufficientEscrow(have, amount);
        escrowOf[msg.sender] = have - amount;
        emit EscrowWithdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// The key of requester's request number nonce (0, 1, …).
    function requestKey(address requester, uint256 nonce) public pure returns (bytes32) {
        return keccak256(abi.encode(requester, nonce));
    }

    /// The statement a request buys: the output is a function of the three.
    function statementHash(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(modelDigest, adapterCommitment, inputDigest));
    }

    /// Opens the caller's next request (key requestKey(caller, nonce)) for
    /// an inference of inputDigest by the model and adapter: locks the fee
    /// under the terms in force (refused if above maxFee) and snapshots the
    /// split. The fee is what settle pays out; nothing comes back.
    function openRequest(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest, uint256 maxFee)
        external
        whenNotPaused
        returns (bytes32 key)
    {
        Adapter memory a = _activeAdapter(adapterCommitment);
        Model memory m = _activeModel(modelDigest);
        _activeCircuit(a.circuitId, m, modelDigest);
        uint256 f = FeeSplit.fee(m.tokensIn, m.tokensOut, a.rIn, a.rOut, _platformFee);
        uint40 expiresAt;
        (key, expiresAt) = _lock(f, maxFee, statementHash(modelDigest, adapterCommitment, inputDigest));
        emit RequestOpened(key, msg.sender, modelDigest, adapterCommitment, inputDigest, f, expiresAt);
    }

    /// The statement a delta request buys (IDeltaBook.DeltaStatement),
    /// domain-separated from statementHash (five words hashed, not three).
    function deltaStatementHash(IDeltaBook.DeltaStatement calldata s) public pure returns (bytes32) {
        return keccak256(abi.encode(TAG_DELTA_STATEMENT, s.adapterCommitment, s.moduleMask, s.tokens, s.tableHash));
    }

    /// Opens the caller's next request for delta statement s at the delta
    /// book's fee under the terms in force (refused above maxFee), as
    /// openRequest does for an inference.
    function openDeltaRequest(IDeltaBook.DeltaStatement calldata s, uint256 maxFee)
        external
        whenNotPaused
        returns (bytes32 key)
    {
        IDeltaBook book = deltaBook;
        if (address(book) == address(0)) revert NoDeltaBook();
        uint256 f = book.deltaFee(s, _platformFee);
        uint40 expiresAt;
        bytes32 st = deltaStatementHash(s);
        (key, expiresAt) = _lock(f, maxFee, st);
        emit DeltaRequestOpened(key, msg.sender, st, s, f, expiresAt);
    }

    /// Locks fee f (at most maxFee) of the caller's escrow in its next
    /// request, for statement st, under the split in force.
    function _lock(uint256 f, uint256 maxFee, bytes32 st) private returns (bytes32 key, uint40 expiresAt) {
        if (maxFee < f) revert MaxFeeTooLow(maxFee, f);
        uint256 have = escrowOf[msg.sender];
        if (f > have) revert InsufficientEscrow(have, f);
        escrowOf[msg.sender] = have - f;
        key = requestKey(msg.sender, requestNonce[msg.sender]++);
        expiresAt = SafeCast.toUint40(block.timestamp + _requestTimeout);
        requests[key] = Request({
            requester: msg.sender,
            expiresAt: expiresAt,
            status: Status.Open,
            betaBps: _betaBps,
            gammaBps: _gammaBps,
            proverBps: _proverBps,
            statement: st,
            fee: SafeCast.toUint128(f),
            platformFee: _platformFee
        });
    }

    /// The escrow request key holds (its fee while open).
    function lockedOf(bytes32 key) external view returns (uint256) {
        Request storage r = requests[key];
        return r.status == Status.Open ? r.fee : 0;
    }

    /// Whether key names an open request (IRequestBook: the registry's
    /// check before a claim).
    function isOpen(bytes32 key) external view returns (bool) {
        return requests[key].status == Status.Open;
    }

    /// Returns an unsettled request's escrow to the requester once it
    /// expired, and closes a live claim on it in the registry.
    function cancelRequest(bytes32 key) external nonReentrant {
        Request storage r = requests[key];
        if (r.status != Status.Open) revert RequestNotOpen(key);
        if (r.requester != msg.sender) revert NotRequester(key, msg.sender);
        if (block.timestamp < r.expiresAt) revert RequestNotExpired(key, r.expiresAt);
        r.status = Status.Cancelled;
        uint256 amount = r.fee;
        escrowOf[msg.sender] += amount;
        emit RequestCancelled(key, msg.sender, amount);
        IProverRegistry reg = registry;
        if (address(reg) != address(0)) reg.onCancelled(key);
    }

    // ----------------------------------------------------------- settlement

    /// Pays request key for its proven inference, under the terms it was
    /// opened with; the prover's share goes to the caller, or, with a
    /// registry set, to whom it names (a live claimant, else the caller).
    /// @param publicInputs the proof's public inputs, in circuit order.
    /// @param proof MarshalSolidity's bytes of the Groth16 proof.
    /// @param weights the contributor weights, packed: per listed
    /// contributor its index then its weight, each a big-endian uint32 (8
    /// bytes an entry, so 4,096 entries stay far below a node's 128 KiB
    /// transaction limit). Indices strictly increase within the adapter's
    /// Datanet; weights sum to 10⁶ (or are all zero: the pool goes to the
    /// owner); the rounding dust goes to the largest weight (FeeSplit). The
    /// proof's attribution digest binds them. Empty without a Datanet.
    function settle(bytes32 key, uint256[] calldata publicInputs, bytes calldata proof, bytes calldata weights)
        external
        whenNotPaused
        nonReentrant
    {
        Request memory r = requests[key];
        if (r.status != Status.Open) revert RequestNotOpen(key);
        if (publicInputs.length < MIN_PUBLIC) revert PublicInputCountInvalid(publicInputs.length, MIN_PUBLIC);
        bytes32 st = statementHash(publicInputs[IDX_MODEL], publicInputs[IDX_ADAPTER], publicInputs[IDX_INPUT]);
        if (st != r.statement) revert StatementMismatch(key, st);
        Adapter memory a = _activeAdapter(publicInputs[IDX_ADAPTER]);
        Circuit memory c = _activeCircuit(a.circuitId, _activeModel(publicInputs[IDX_MODEL]), publicInputs[IDX_MODEL]);
        if (publicInputs.length != c.nbPublic) revert PublicInputCountInvalid(publicInputs.length, c.nbPublic);

        (uint32[] memory indices, uint32[] memory weightsPpm) = unpackWeights(weights);
        _checkWeights(c, a, publicInputs, weights, weightsPpm);

        try IOpenProofVerifier(c.verifier).verify(proof, publicInputs) {}
        catch {
            revert ProofInvalid();
        }

        requests[key].status = Status.Settled;
        FeeSplit.Parts memory p = FeeSplit.split(r.fee, r.platformFee, r.betaBps, r.gammaBps, r.proverBps);
        p.owner += _creditContributors(key, a.datanetRoot, p.contributors, indices, weightsPpm);
        _pay(key, r, a.owner, p, keccak256(abi.encode(publicInputs)), publicInputs[IDX_OUTPUT]);
    }

    /// Pays delta request key (opened with openDeltaRequest for s) once the
    /// delta book accepts parts as a proof of s against the requester's
    /// digest table (IDeltaBook.checkDelta: the table, coverage of every
    /// module and token exactly once, each proof); the split and the
    /// registry hooks are settle's, the contributors' pool goes to the
    /// owner. Settled names the delta statement hash as its statementHash
    /// and the table hash as its outputDigest.
    function settleDelta(
        bytes32 key,
        IDeltaBook.DeltaStatement calldata s,
        IDeltaBook.DeltaRow[] calldata table,
        IDeltaBook.DeltaPart[] calldata parts
    ) external whenNotPaused nonReentrant {
        Request memory r = requests[key];
        if (r.status != Status.Open) revert RequestNotOpen(key);
        bytes32 st = deltaStatementHash(s);
        if (st != r.statement) revert StatementMismatch(key, st);
        IDeltaBook book = deltaBook;
        if (address(book) == address(0)) revert NoDeltaBook();
        address owner = book.deltaOwner(s.adapterCommitment);
        book.checkDelta(s, table, parts);
        requests[key].status = Status.Settled;
        FeeSplit.Parts memory p = FeeSplit.split(r.fee, r.platformFee, r.betaBps, r.gammaBps, r.proverBps);
        p.owner += p.contributors;
        _pay(key, r, owner, p, st, uint256(s.tableHash));
    }

    /// Credits settlement key's parts (p.owner already holds what the
    /// contributors' pool leaves the owner) and emits Settled.
    function _pay(bytes32 key, Request memory r, address owner, FeeSplit.Parts memory p, bytes32 sh, uint256 out)
        private
    {
        address prover = _prover(key);
        creditOf[owner] += p.owner;
        creditOf[prover] += p.prover;
        ProtocolCredit memory pc = protocolCredit;
        protocolCredit = ProtocolCredit(
            pc.stakers + SafeCast.toUint128(p.stakers), pc.platform + SafeCast.toUint128(p.platform)
        );
        emit Settled(key, sh, r.requester, out, r.fee, owner, p.owner, prover, p.prover, p.stakers, p.platform);
    }

    /// Who earns settlement key's prover share: the registry's answer (a
    /// live claimant closes its claim), or the settler without a registry.
    function _prover(bytes32 key) private returns (address) {
        IProverRegistry reg = registry;
        return address(reg) == address(0) ? msg.sender : reg.onSettled(key, msg.sender);
    }

    /// Splits settle's packed weights into indices and weights.
    function unpackWeights(bytes calldata packed)
        public
        pure
        returns (uint32[] memory indices, uint32[] memory weightsPpm)
    {
        if (packed.length % 8 != 0) revert WeightsInvalid();
        uint256 n = packed.length / 8;
        indices = new uint32[](n);
        weightsPpm = new uint32[](n);
        assembly ("memory-safe") {
            let src := packed.offset
            let ip := add(indices, 0x20)
            let wp := add(weightsPpm, 0x20)
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                let word := calldataload(add(src, shl(3, i))) // entry i in the top 8 bytes
                mstore(add(ip, shl(5, i)), shr(224, word))
                mstore(add(wp, shl(5, i)), and(shr(192, word), 0xffffffff))
            }
        }
    }

    function _checkWeights(
        Circuit memory c,
        Adapter memory a,
        uint256[] calldata publicInputs,
        bytes calldata packed,
        uint32[] memory weightsPpm
    ) private view {
        if (c.attributionIndex == 0) {
            // A plain circuit: its adapters have no Datanet (registerAdapter).
            if (packed.length != 0) revert WeightsInvalid();
            return;
        }
        if (publicInputs[c.datanetRootIndex] != a.datanetRoot) {
            revert DatanetMismatch(publicInputs[c.datanetRootIndex], a.datanetRoot);
        }
        // In range (sum 10⁶ or 0, so each < 2^20: the digest's packing is
        // injective) before the digest; indices are checked by the digester.
        FeeSplit.checkWeights(weightsPpm);
        uint256 d = IAttributionDigest(circuitMeta[a.circuitId].attributionDigester).digestPacked(a.datanetSize, packed);
        if (d != publicInputs[c.attributionIndex]) revert AttributionMismatch(publicInputs[c.attributionIndex], d);
    }

    /// Records the contributors' credits of settlement key as one Merkle
    /// root (creditRoot), whatever their number. Returns what goes to the
    /// owner instead (the whole pool when every weight is zero or there are
    /// none).
    function _creditContributors(
        bytes32 key,
        uint256 root,
        uint256 pool,
        uint32[] memory indices,
        uint32[] memory weightsPpm
    ) private returns (uint256 toOwner) {
        if (indices.length == 0) return pool;
        uint256[] memory amounts;
        (amounts, toOwner) = FeeSplit.contributorAmounts(pool, weightsPpm);
        if (toOwner != 0) return toOwner;
        // The leaves overwrite the amounts in place (no new memory: memory
        // costs grow with the square of its size).
        bytes32[] memory level;
        assembly ("memory-safe") {
            level := amounts
            let scratch := mload(0x40) // used, not allocated
            mstore(scratch, key)
            let n := mload(indices)
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                let slot := add(add(amounts, 0x20), shl(5, i))
                mstore(add(scratch, 0x20), mload(add(add(indices, 0x20), shl(5, i))))
                mstore(add(scratch, 0x40), mload(slot))
                mstore(slot, keccak256(scratch, 0x60)) // creditLeaf(key, index, amount)
            }
        }
        bytes32 creditRoot = _merkleRoot(level);
        contributorPools[key] = ContributorPool(root, creditRoot);
        emit ContributorsCredited(key, root, creditRoot, pool);
    }

    /// The credit tree's leaf of contributor index in settlement key (96
    /// bytes hashed, so never an inner node's 64).
    function creditLeaf(bytes32 key, uint256 index, uint256 amount) public pure returns (bytes32) {
        return keccak256(abi.encode(key, index, amount));
    }

    /// The root over leaves: sorted pairs hashed level by level, an odd last
    /// node carried up unchanged (contracts/chain.CreditTree). Overwrites
    /// leaves.
    function _merkleRoot(bytes32[] memory level) private pure returns (bytes32) {
        uint256 n = level.length;
        while (n > 1) {
            uint256 half = n >> 1;
            for (uint256 i; i < half; ++i) {
                level[i] = _hashPair(level[2 * i], level[2 * i + 1]);
            }
            if (n & 1 == 1) {
                level[half] = level[n - 1];
                n = half + 1;
            } else {
                n = half;
            }
        }
        return level[0];
    }

    function _hashPair(bytes32 a, bytes32 b) private pure returns (bytes32 h) {
        (a, b) = a < b ? (a, b) : (b, a);
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }

    function _activeModel(uint256 modelDigest) private view returns (Model memory m) {
        m = models[modelDigest];
        if (!m.registered) revert ModelNotRegistered(modelDigest);
        if (!m.active) revert ModelInactive(modelDigest);
    }

    /// The adapter's circuit, which must prove statements about model m
    /// (whose digest is modelDigest).
    function _activeCircuit(uint32 id, Model memory m, uint256 modelDigest) private view returns (Circuit memory c) {
        c = circuits[id];
        if (!c.active) revert CircuitInactive(id);
        if (c.modelId != m.id) revert ModelMismatch(modelDigest, circuitMeta[id].modelDigest);
    }

    function _activeAdapter(uint256 commitment) private view returns (Adapter memory a) {
        a = adapters[commitment];
        if (a.owner == address(0)) revert AdapterNotRegistered(commitment);
        if (!a.active) revert AdapterInactive(commitment);
    }

    // ---------------------------------------------------------- withdrawals

    /// Moves contributor index's credit of settlement key into the credit
    /// of its payout address (bound with bindPayout). Anyone may call; the
    /// amount goes to the payout. Works while paused.
    /// @param proof sibling hashes from the leaf up (CreditTree).
    function claimContributor(bytes32 key, uint256 index, uint256 amount, bytes32[] calldata proof) external {
        ContributorPool memory cp = contributorPools[key];
        if (cp.creditRoot == bytes32(0)) revert CreditProofInvalid(key, index, amount);
        address payout = payoutOf[cp.datanetRoot][index];
        if (payout == address(0)) revert PayoutUnbound(cp.datanetRoot, index);
        uint256 bit = uint256(1) << (index & 255);
        uint256 word = _claimed[key][index >> 8];
        if (word & bit != 0) revert AlreadyClaimed(key, index);
        bytes32 h = creditLeaf(key, index, amount);
        for (uint256 i; i < proof.length; ++i) {
            h = _hashPair(h, proof[i]);
        }
        if (h != cp.creditRoot) revert CreditProofInvalid(key, index, amount);
        if (amount == 0) revert NothingToWithdraw(payout);
        _claimed[key][index >> 8] = word | bit;
        creditOf[payout] += amount;
        emit ContributorClaimed(key, index, payout, amount);
    }

    /// Whether contributor index claimed its credit of settlement key.
    function claimed(bytes32 key, uint256 index) external view returns (bool) {
        return _claimed[key][index >> 8] & (uint256(1) << (index & 255)) != 0;
    }

    /// What withdraw() would pay who now.
    function withdrawable(address who) external view returns (uint256 amount) {
        amount = creditOf[who];
        ProtocolCredit memory pc = protocolCredit;
        if (who == stakingPool) amount += pc.stakers;
        if (who == treasury) amount += pc.platform;
    }

    /// Pays the caller its credit (owners, provers, contributors' payout
    /// addresses, staking pool, treasury). Works while paused.
    function withdraw() external nonReentrant {
        if (msg.sender == stakingPool || msg.sender == treasury) _flushProtocolCredit();
        uint256 amount = creditOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        creditOf[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// Moves the pending staking-pool and treasury credits into creditOf.
    function _flushProtocolCredit() private {
        ProtocolCredit memory pc = protocolCredit;
        if (pc.stakers == 0 && pc.platform == 0) return;
        delete protocolCredit;
        creditOf[stakingPool] += pc.stakers;
        creditOf[treasury] += pc.platform;
    }

    function _send(address to, uint256 amount) private {
        if (address(token) == address(0)) {
            // Bubbles the payee's revert reason, e.g. a reentrancy refusal.
            Address.sendValue(payable(to), amount);
        } else {
            token.safeTransfer(to, amount);
        }
    }
}

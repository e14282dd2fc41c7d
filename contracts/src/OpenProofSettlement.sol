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
import {IOpenProofVerifier} from "./IOpenProofVerifier.sol";

/// @title OpenProofSettlement: OPEN released only against valid proofs.
/// @notice Registries (base models → their circuits, each a verifier with
/// circuit metadata; LoRA adapters → owner, circuit, fee terms, active flag;
/// Datanets → payout address per contributor), requester escrow, and
/// settlement of openproof inference proofs with OpenLedger's fee split,
/// paid out by pull payments.
///
/// A base model has one circuit (and verifier) per adapter shape, since the
/// base weights are circuit constants and the adapter's ranks fix the
/// circuit; an adapter's commitment covers its shape, so each adapter names
/// the circuit its proofs verify with.
///
/// OPEN is either the chain's native token (OpenLedger's L2, where OPEN is
/// the custom gas token; token == address(0)) or an ERC-20 such as the
/// OptimismMintableERC20 the Standard Bridge mints on other OP Stack chains.
/// The mode is fixed at deployment.
///
/// What a proof binds: its public inputs are, in this order, the model
/// digest, the adapter commitment, the input digest and the output digest
/// (circuits/lora), optionally followed by a Datanet root and an attribution
/// digest at the positions the circuit's registration names. settle checks
/// the model, adapter and circuit against the registries, the (model, adapter, input)
/// triple against the requester's open request, and, where the circuit has
/// them, the Datanet root against the adapter's and the contributor weights
/// against the attribution digest. For a circuit without an attribution
/// digest the weights are bound by nothing but the caller, so settle then
/// accepts them only from an account holding SETTLER_ROLE.
contract OpenProofSettlement is AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");

    /// Positions of the statement's first public inputs (circuits/lora).
    uint256 internal constant IDX_MODEL = 0;
    uint256 internal constant IDX_ADAPTER = 1;
    uint256 internal constant IDX_INPUT = 2;
    uint256 internal constant IDX_OUTPUT = 3;
    uint256 internal constant MIN_PUBLIC = 4;
    uint256 internal constant MAX_CONTRIBUTORS = 1024;

    /// A base model. One slot.
    struct Model {
        bool registered;
        bool active;
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
        uint32 datanetSize; // its Datanet's contributor count (fixed at registration), 0 without one
        uint128 rIn; // wei per 1000 input tokens
        uint128 rOut; // wei per 1000 output tokens
        uint256 datanetRoot; // 0: trained on no registered Datanet
    }

    struct Datanet {
        address owner; // zero: not registered
        uint32 size; // contributors, indexed 0 … size−1
    }

    enum Status {
        None,
        Open,
        Settled,
        Cancelled
    }

    struct Request {
        address requester;
        uint64 expiresAt; // the requester may cancel from then on
        Status status;
    }

    /// The fee split, in basis points of F_net (δ = 10⁴ − β − γ), and the
    /// flat platform fee: what setSplitConfig takes and splitConfig()
    /// returns (stored as separate fields, see _betaBps).
    struct SplitConfig {
        uint16 betaBps;
        uint16 gammaBps;
        uint128 platformFee;
        uint64 requestTimeout;
    }

    /// The OPEN token; address(0) in native mode.
    IERC20 public immutable token;

    // The split (splitConfig()), declared first and as separate fields so
    // that they share Pausable's `_paused` slot (29 of 32 bytes): settle's
    // whenNotPaused check loads them with it.
    uint16 private _betaBps;
    uint16 private _gammaBps;
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
    mapping(bytes32 key => Request) public requests;
    mapping(bytes32 key => uint256) public lockedOf; // escrow locked by a request

    mapping(address account => uint256) public creditOf; // withdrawable (see withdrawable for the payees)
    mapping(uint256 root => mapping(uint256 index => uint256)) public contributorCreditOf;

    // Configuration and registries.
    error ZeroAddress();
    error SplitInvalid(uint256 betaBps, uint256 gammaBps);
    error VerifierMismatch(uint256 publicInputs, bytes32 vkSha256);
    error PublicInputIndexInvalid(uint256 index);
    error ModelAlreadyRegistered(uint256 modelDigest);
    error ModelNotRegistered(uint256 modelDigest);
    error ModelInactive(uint256 modelDigest);
    error CircuitNotRegistered(uint32 circuitId);
    error CircuitInactive(uint32 circuitId);
    error ModelMismatch(uint256 proven, uint256 circuitModel);
    error AdapterAlreadyRegistered(uint256 commitment);
    error AdapterNotRegistered(uint256 commitment);
    error AdapterInactive(uint256 commitment);
    error NotAdapterOwner(uint256 commitment, address caller);
    error DatanetAlreadyRegistered(uint256 root);
    error DatanetNotRegistered(uint256 root);
    error DatanetInvalid(uint256 root);
    error NotPayoutAddress(uint256 root, uint256 index, address caller);
    // Escrow and requests.
    error WrongValue(uint256 sent, uint256 expected);
    error InsufficientEscrow(uint256 available, uint256 needed);
    error RequestExists(bytes32 key);
    error RequestNotOpen(bytes32 key);
    error NotRequester(bytes32 key, address caller);
    error RequestNotExpired(bytes32 key, uint256 expiresAt);
    // Settlement.
    error PublicInputCountInvalid(uint256 got, uint256 want);
    error StatementAlreadySettled(bytes32 key);
    error ProofInvalid();
    error DatanetMismatch(uint256 proven, uint256 registered);
    error AttributionMismatch(uint256 proven, uint256 computed);
    error WeightsInvalid();
    error WeightsUnbound(address caller);
    error NothingToWithdraw(address account);

    event SplitConfigured(uint16 betaBps, uint16 gammaBps, uint128 platformFee, uint64 requestTimeout);
    event PayeesConfigured(address treasury, address stakingPool);
    event ModelRegistered(uint256 indexed modelDigest, uint32 tokensIn, uint32 tokensOut);
    event ModelActiveSet(uint256 indexed modelDigest, bool active);
    event CircuitRegistered(uint32 indexed circuitId, uint256 indexed modelDigest, CircuitConfig config);
    event CircuitActiveSet(uint32 indexed circuitId, bool active);
    event AdapterRegistered(
        uint256 indexed commitment, address indexed owner, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot
    );
    event AdapterTermsSet(uint256 indexed commitment, uint128 rIn, uint128 rOut);
    event AdapterActiveSet(uint256 indexed commitment, bool active);
    event AdapterTransferred(uint256 indexed commitment, address indexed from, address indexed to);
    event DatanetRegistered(uint256 indexed root, address indexed owner, address[] payouts);
    event PayoutChanged(uint256 indexed root, uint256 indexed index, address from, address to);
    event Deposited(address indexed requester, uint256 amount);
    event EscrowWithdrawn(address indexed requester, uint256 amount);
    event RequestOpened(
        bytes32 indexed key,
        address indexed requester,
        uint256 modelDigest,
        uint256 adapterCommitment,
        uint256 inputDigest,
        uint256 maxFee,
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
        uint256 refund,
        address owner,
        uint256 ownerAmount,
        uint256 stakersAmount,
        uint256 platformAmount
    );
    /// The contributors' credits of one settlement, index by index.
    event ContributorsCredited(bytes32 indexed key, uint256 indexed datanetRoot, uint32[] indices, uint256[] amounts);
    event Withdrawn(address indexed account, uint256 amount);
    event ContributorWithdrawn(uint256 indexed root, uint256 indexed index, address indexed payout, uint256 amount);

    /// @param admin gets DEFAULT_ADMIN_ROLE, REGISTRAR_ROLE and PAUSER_ROLE.
    /// @param token_ the OPEN ERC-20, or address(0) for native OPEN.
    constructor(
        address admin,
        IERC20 token_,
        address treasury_,
        address stakingPool_,
        SplitConfig memory split_
    ) {
        if (admin == address(0)) revert ZeroAddress();
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _setPayees(treasury_, stakingPool_);
        _setSplit(split_);
    }

    // ---------------------------------------------------------------- admin

    function setSplitConfig(SplitConfig calldata s) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setSplit(s);
    }

    /// The fee split and platform fee in force.
    function splitConfig() public view returns (SplitConfig memory) {
        return SplitConfig(_betaBps, _gammaBps, _platformFee, _requestTimeout);
    }

    function setPayees(address treasury_, address stakingPool_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setPayees(treasury_, stakingPool_);
    }

    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    function _setSplit(SplitConfig memory s) private {
        if (uint256(s.betaBps) + s.gammaBps > FeeSplit.BPS) revert SplitInvalid(s.betaBps, s.gammaBps);
        (_betaBps, _gammaBps, _platformFee, _requestTimeout) = (s.betaBps, s.gammaBps, s.platformFee, s.requestTimeout);
        emit SplitConfigured(s.betaBps, s.gammaBps, s.platformFee, s.requestTimeout);
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
    /// tokens one inference is billed for (fixed by the model's shapes).
    function registerModel(uint256 modelDigest, uint32 tokensIn, uint32 tokensOut)
        external
        onlyRole(REGISTRAR_ROLE)
        whenNotPaused
    {
        if (models[modelDigest].registered) revert ModelAlreadyRegistered(modelDigest);
        models[modelDigest] = Model(true, true, tokensIn, tokensOut, ++modelCount);
        emit ModelRegistered(modelDigest, tokensIn, tokensOut);
    }

    function setModelActive(uint256 modelDigest, bool active) external onlyRole(REGISTRAR_ROLE) {
        if (!models[modelDigest].registered) revert ModelNotRegistered(modelDigest);
        models[modelDigest].active = active;
        emit ModelActiveSet(modelDigest, active);
    }

    /// Registers a circuit of a registered base model. The verifier must
    /// report the public input count and verifying key hash given here.
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
            // Weights are only meaningful with the Datanet they index.
            if (
                c.attributionIndex <= IDX_OUTPUT || c.attributionIndex >= n || c.datanetRootIndex == 0
                    || c.attributionIndex == c.datanetRootIndex
            ) revert PublicInputIndexInvalid(c.attributionIndex);
            if (c.attributionDigester == address(0)) revert ZeroAddress();
        }
        id = ++circuitCount;
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

    /// Registers a Datanet: payouts[i] receives contributor i's rewards.
    /// First come, first served; an adapter owner opts in by naming the root.
    function registerDatanet(uint256 root, address[] calldata payouts) external whenNotPaused {
        if (datanets[root].owner != address(0)) revert DatanetAlreadyRegistered(root);
        if (root == 0 || payouts.length == 0 || payouts.length > MAX_CONTRIBUTORS) revert DatanetInvalid(root);
        for (uint256 i; i < payouts.length; ++i) {
            if (payouts[i] == address(0)) revert ZeroAddress();
            payoutOf[root][i] = payouts[i];
        }
        datanets[root] = Datanet(msg.sender, uint32(payouts.length));
        emit DatanetRegistered(root, msg.sender, payouts);
    }

    /// A contributor moves its own payout address; its credit stays with
    /// the index.
    function setPayout(uint256 root, uint256 index, address to) external {
        address from = payoutOf[root][index];
        if (from != msg.sender) revert NotPayoutAddress(root, index, msg.sender);
        if (to == address(0)) revert ZeroAddress();
        payoutOf[root][index] = to;
        emit PayoutChanged(root, index, from, to);
    }

    /// Registers an adapter commitment with the caller as its owner.
    /// circuitId is the registered circuit for the adapter's shape;
    /// datanetRoot names the registered Datanet it was trained on (0: none).
    function registerAdapter(uint256 commitment, uint32 circuitId, uint128 rIn, uint128 rOut, uint256 datanetRoot)
        external
        whenNotPaused
    {
        if (adapters[commitment].owner != address(0)) revert AdapterAlreadyRegistered(commitment);
        if (circuits[circuitId].verifier == address(0)) revert CircuitNotRegistered(circuitId);
        Datanet memory d = datanets[datanetRoot];
        if (datanetRoot != 0 && d.owner == address(0)) revert DatanetNotRegistered(datanetRoot);
        adapters[commitment] = Adapter(msg.sender, true, circuitId, d.size, rIn, rOut, datanetRoot);
        emit AdapterRegistered(commitment, msg.sender, circuitId, rIn, rOut, datanetRoot);
    }

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

    /// The key of the request for (model, adapter, input): one statement,
    /// since the output is a function of the three.
    function requestKey(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(modelDigest, adapterCommitment, inputDigest));
    }

    /// Locks maxFee of the caller's escrow for an inference of inputDigest by
    /// the model and adapter. The fee settle takes is computed from the terms
    /// in force then and may not exceed maxFee; the rest comes back.
    function openRequest(uint256 modelDigest, uint256 adapterCommitment, uint256 inputDigest, uint256 maxFee)
        external
        whenNotPaused
        returns (bytes32 key)
    {
        Adapter memory a = _activeAdapter(adapterCommitment);
        _activeCircuit(a.circuitId, _activeModel(modelDigest), modelDigest);
        key = requestKey(modelDigest, adapterCommitment, inputDigest);
        Request storage r = requests[key];
        if (r.status == Status.Open || r.status == Status.Settled) revert RequestExists(key);
        uint256 have = escrowOf[msg.sender];
        if (maxFee > have) revert InsufficientEscrow(have, maxFee);
        escrowOf[msg.sender] = have - maxFee;
        lockedOf[key] = maxFee;
        uint64 expiresAt = uint64(block.timestamp) + _requestTimeout;
        requests[key] = Request(msg.sender, expiresAt, Status.Open);
        emit RequestOpened(key, msg.sender, modelDigest, adapterCommitment, inputDigest, maxFee, expiresAt);
    }

    /// Returns an unsettled request's escrow to the requester once it expired.
    function cancelRequest(bytes32 key) external {
        Request storage r = requests[key];
        if (r.status != Status.Open) revert RequestNotOpen(key);
        if (r.requester != msg.sender) revert NotRequester(key, msg.sender);
        if (block.timestamp < r.expiresAt) revert RequestNotExpired(key, r.expiresAt);
        r.status = Status.Cancelled;
        uint256 amount = lockedOf[key];
        lockedOf[key] = 0;
        escrowOf[msg.sender] += amount;
        emit RequestCancelled(key, msg.sender, amount);
    }

    // ----------------------------------------------------------- settlement

    /// Pays for one proven inference.
    /// @param publicInputs the proof's public inputs, in circuit order.
    /// @param proof MarshalSolidity's bytes of the Groth16 proof.
    /// @param indices contributor indices in the adapter's Datanet, strictly
    /// increasing; empty when the adapter has no Datanet.
    /// @param weightsPpm their attribution weights, summing to 10⁶ (or all
    /// zero: the pool goes to the owner); the rounding dust goes to the
    /// largest weight (FeeSplit).
    function settle(
        uint256[] calldata publicInputs,
        bytes calldata proof,
        uint32[] calldata indices,
        uint32[] calldata weightsPpm
    ) external whenNotPaused nonReentrant {
        if (publicInputs.length < MIN_PUBLIC) revert PublicInputCountInvalid(publicInputs.length, MIN_PUBLIC);
        Adapter memory a = _activeAdapter(publicInputs[IDX_ADAPTER]);
        Model memory m = _activeModel(publicInputs[IDX_MODEL]);
        Circuit memory c = _activeCircuit(a.circuitId, m, publicInputs[IDX_MODEL]);
        if (publicInputs.length != c.nbPublic) revert PublicInputCountInvalid(publicInputs.length, c.nbPublic);

        bytes32 key = requestKey(publicInputs[IDX_MODEL], publicInputs[IDX_ADAPTER], publicInputs[IDX_INPUT]);
        Request memory r = requests[key];
        if (r.status == Status.Settled) revert StatementAlreadySettled(key);
        if (r.status != Status.Open) revert RequestNotOpen(key);

        _checkWeights(c, a, publicInputs, indices, weightsPpm);

        SplitConfig memory s = splitConfig();
        uint256 locked = lockedOf[key];
        uint256 fee = FeeSplit.fee(m.tokensIn, m.tokensOut, a.rIn, a.rOut, s.platformFee);
        if (fee > locked) revert InsufficientEscrow(locked, fee);

        try IOpenProofVerifier(c.verifier).verify(proof, publicInputs) {}
        catch {
            revert ProofInvalid();
        }

        requests[key].status = Status.Settled;
        lockedOf[key] = 0;
        uint256 refund = locked - fee;
        if (refund != 0) escrowOf[r.requester] += refund;

        FeeSplit.Parts memory p = FeeSplit.split(fee, s.platformFee, s.betaBps, s.gammaBps);
        uint256 toOwner = _creditContributors(key, a.datanetRoot, p.contributors, indices, weightsPpm);
        p.owner += toOwner; // the whole pool when no contributor has weight

        creditOf[a.owner] += p.owner;
        ProtocolCredit memory pc = protocolCredit;
        protocolCredit = ProtocolCredit(pc.stakers + SafeCast.toUint128(p.stakers), pc.platform + SafeCast.toUint128(p.platform));
        emit Settled(
            key,
            keccak256(abi.encode(publicInputs)),
            r.requester,
            publicInputs[IDX_OUTPUT],
            fee,
            refund,
            a.owner,
            p.owner,
            p.stakers,
            p.platform
        );
    }

    function _checkWeights(
        Circuit memory c,
        Adapter memory a,
        uint256[] calldata publicInputs,
        uint32[] calldata indices,
        uint32[] calldata weightsPpm
    ) private view {
        if (indices.length != weightsPpm.length) revert WeightsInvalid();
        uint256 size;
        if (a.datanetRoot == 0) {
            if (indices.length != 0) revert WeightsInvalid();
        } else {
            size = a.datanetSize;
            uint256 next; // indices strictly increase: no contributor twice
            for (uint256 i; i < indices.length; ++i) {
                uint256 idx = indices[i];
                if (idx < next || idx >= size) revert WeightsInvalid();
                next = idx + 1;
            }
            // The weights' sum (10⁶, or 0: the pool goes to the owner) is
            // checked where they are shared out (FeeSplit.WeightsSumInvalid).
        }
        if (c.datanetRootIndex != 0 && publicInputs[c.datanetRootIndex] != a.datanetRoot) {
            revert DatanetMismatch(publicInputs[c.datanetRootIndex], a.datanetRoot);
        }
        if (c.attributionIndex != 0) {
            uint256 d = IAttributionDigest(circuitMeta[a.circuitId].attributionDigester).digest(size, indices, weightsPpm);
            if (d != publicInputs[c.attributionIndex]) revert AttributionMismatch(publicInputs[c.attributionIndex], d);
        } else if (a.datanetRoot != 0 && !hasRole(SETTLER_ROLE, msg.sender)) {
            // Nothing binds the weights (or their absence) to the proof.
            revert WeightsUnbound(msg.sender);
        }
    }

    /// Credits each contributor: one storage write per contributor. Returns
    /// what goes to the owner instead (the whole pool when every weight is
    /// zero or there are none).
    function _creditContributors(
        bytes32 key,
        uint256 root,
        uint256 pool,
        uint32[] calldata indices,
        uint32[] calldata weightsPpm
    ) private returns (uint256 toOwner) {
        if (indices.length == 0) return pool;
        uint256[] memory amounts;
        (amounts, toOwner) = FeeSplit.contributorAmounts(pool, weightsPpm);
        mapping(uint256 => uint256) storage credit = contributorCreditOf[root];
        for (uint256 i; i < indices.length; ++i) {
            uint256 amt = amounts[i];
            if (amt != 0) credit[indices[i]] += amt;
        }
        emit ContributorsCredited(key, root, indices, amounts);
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

    /// What withdraw() would pay who now.
    function withdrawable(address who) external view returns (uint256 amount) {
        amount = creditOf[who];
        ProtocolCredit memory pc = protocolCredit;
        if (who == stakingPool) amount += pc.stakers;
        if (who == treasury) amount += pc.platform;
    }

    /// Pays the caller its credit (owners, staking pool, treasury). Works
    /// while paused.
    function withdraw() external nonReentrant {
        if (msg.sender == stakingPool || msg.sender == treasury) _flushProtocolCredit();
        uint256 amount = creditOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        creditOf[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// Pays contributor index of Datanet root its credit; only its payout
    /// address may call. Works while paused.
    function withdrawContributor(uint256 root, uint256 index) external nonReentrant {
        if (payoutOf[root][index] != msg.sender) revert NotPayoutAddress(root, index, msg.sender);
        uint256 amount = contributorCreditOf[root][index];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        contributorCreditOf[root][index] = 0;
        emit ContributorWithdrawn(root, index, msg.sender, amount);
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

package economy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/economy/ebind"
	"github.com/openproof/openproof/contracts/economy/ebind/gopen"
	"github.com/openproof/openproof/contracts/economy/ebind/governor"
)

// Roles of OpenZeppelin's AccessControl and TimelockController.
var (
	DefaultAdminRole = [32]byte{}
	ProposerRole     = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	CancellerRole    = crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
	ExecutorRole     = crypto.Keccak256Hash([]byte("EXECUTOR_ROLE"))
	RegistrarRole    = crypto.Keccak256Hash([]byte("REGISTRAR_ROLE")) // the settlement's and the delta book's
)

// DeployGOpen deploys gOPEN wrapping the L2's OPEN.
func DeployGOpen(open common.Address) (chain.Call, error) {
	if open == (common.Address{}) {
		return chain.Call{}, fmt.Errorf("deploy gOPEN: zero token: %w", ErrBadInput)
	}
	return deployCall("deploy gOPEN", gopen.GOpenMetaData.Bin, gopenABI.PackConstructor(open))
}

// DeployTimelock deploys OpenTimelock with minDelay seconds, no proposer yet,
// anyone as executor, and admin as its temporary admin (HandOverTimelock
// gives the governor its roles and renounces admin's).
func DeployTimelock(minDelay uint64, admin common.Address) (chain.Call, error) {
	return deployCall("deploy timelock", ebind.OpenTimelockMetaData.Bin, timelockABI.PackConstructor(
		new(big.Int).SetUint64(minDelay), []common.Address{}, []common.Address{{}}, admin))
}

// GovernorConfig is OpenGovernor's: delays in seconds (gOPEN's clock).
type GovernorConfig struct {
	VotingDelay       uint64
	VotingPeriod      uint32
	ProposalThreshold *big.Int // gOPEN a proposer needs
	QuorumPercent     uint64   // of gOPEN's supply at the snapshot
}

// DeployGovernor deploys OpenGovernor over gOPEN and the timelock.
func DeployGovernor(gOpen, timelock common.Address, c GovernorConfig) (chain.Call, error) {
	if c.VotingPeriod == 0 || c.ProposalThreshold == nil || c.QuorumPercent > 100 || c.VotingDelay >= 1<<48 {
		return chain.Call{}, fmt.Errorf("deploy governor: %+v: %w", c, ErrBadInput)
	}
	return deployCall("deploy governor", governor.OpenGovernorMetaData.Bin, governorABI.PackConstructor(
		gOpen, timelock, big.NewInt(int64(c.VotingDelay)), c.VotingPeriod, c.ProposalThreshold, new(big.Int).SetUint64(c.QuorumPercent)))
}

// GrantRole and RenounceRole on any AccessControl contract (the registry,
// the vault, the timelock, the settlement contract).
func GrantRole(contract common.Address, role [32]byte, who common.Address) chain.Call {
	return chain.Call{What: "grantRole", To: to(contract), Data: registryABI.PackGrantRole(role, who)}
}

// RenounceRole gives up the sender's role.
func RenounceRole(contract common.Address, role [32]byte, self common.Address) chain.Call {
	return chain.Call{What: "renounceRole", To: to(contract), Data: registryABI.PackRenounceRole(role, self)}
}

// HandOver moves roles of an AccessControl contract from the sender to the
// timelock: each is granted to the timelock, then renounced by the sender
// (DEFAULT_ADMIN last). After it the sender's admin calls revert.
func HandOver(ctx context.Context, b chain.Backend, auth *bind.TransactOpts, contract, timelock common.Address, roles ...[32]byte) ([]Tx, error) {
	var txs []Tx
	ordered := append(append([][32]byte{}, roles...), DefaultAdminRole)
	for _, r := range ordered {
		rec, err := Send(ctx, b, auth, GrantRole(contract, r, timelock))
		if err != nil {
			return txs, err
		}
		txs = append(txs, txOf("grantRole", rec))
	}
	for _, r := range ordered {
		rec, err := Send(ctx, b, auth, RenounceRole(contract, r, auth.From))
		if err != nil {
			return txs, err
		}
		txs = append(txs, txOf("renounceRole", rec))
	}
	return txs, nil
}

// HandOverTimelock makes the governor the timelock's proposer and canceller
// and renounces the sender's admin role: from then on only proposals move it.
func HandOverTimelock(ctx context.Context, b chain.Backend, auth *bind.TransactOpts, timelock, gov common.Address) ([]Tx, error) {
	var txs []Tx
	for _, c := range []chain.Call{
		GrantRole(timelock, ProposerRole, gov),
		GrantRole(timelock, CancellerRole, gov),
		RenounceRole(timelock, DefaultAdminRole, auth.From),
	} {
		rec, err := Send(ctx, b, auth, c)
		if err != nil {
			return txs, err
		}
		txs = append(txs, txOf(c.What, rec))
	}
	return txs, nil
}

// Wrap turns amount of OPEN into gOPEN for the sender (Approve gOPEN first).
func Wrap(gOpen, account common.Address, amount *big.Int) chain.Call {
	return chain.Call{What: "gOPEN depositFor", To: to(gOpen), Data: gopenABI.PackDepositFor(account, amount)}
}

// Unwrap turns amount of gOPEN back into OPEN for account.
func Unwrap(gOpen, account common.Address, amount *big.Int) chain.Call {
	return chain.Call{What: "gOPEN withdrawTo", To: to(gOpen), Data: gopenABI.PackWithdrawTo(account, amount)}
}

// Delegate gives the sender's votes to delegatee (itself to vote).
func Delegate(gOpen, delegatee common.Address) chain.Call {
	return chain.Call{What: "delegate", To: to(gOpen), Data: gopenABI.PackDelegate(delegatee)}
}

// Proposal is a governor proposal: calls the timelock will make.
type Proposal struct {
	Targets     []common.Address
	Values      []*big.Int
	Calldatas   [][]byte
	Description string
}

// DescriptionHash is keccak256 of the description, as queue and execute take it.
func (p Proposal) DescriptionHash() [32]byte { return crypto.Keccak256Hash([]byte(p.Description)) }

func (p Proposal) check() error {
	if len(p.Targets) == 0 || len(p.Targets) != len(p.Values) || len(p.Targets) != len(p.Calldatas) {
		return fmt.Errorf("proposal: %d targets, %d values, %d calldatas: %w", len(p.Targets), len(p.Values), len(p.Calldatas), ErrBadInput)
	}
	return nil
}

// Propose submits p (the sender needs the proposal threshold in votes).
func Propose(gov common.Address, p Proposal) (chain.Call, error) {
	if err := p.check(); err != nil {
		return chain.Call{}, err
	}
	return chain.Call{What: "propose", To: to(gov), Data: governorABI.PackPropose(p.Targets, p.Values, p.Calldatas, p.Description)}, nil
}

// Support values of castVote (GovernorCountingSimple).
const (
	Against uint8 = 0
	For     uint8 = 1
	Abstain uint8 = 2
)

// Vote casts the sender's votes on proposal id.
func Vote(gov common.Address, id *big.Int, support uint8) chain.Call {
	return chain.Call{What: "castVote", To: to(gov), Data: governorABI.PackCastVote(id, support)}
}

// Queue queues a succeeded proposal in the timelock.
func Queue(gov common.Address, p Proposal) (chain.Call, error) {
	if err := p.check(); err != nil {
		return chain.Call{}, err
	}
	return chain.Call{What: "queue", To: to(gov), Data: governorABI.PackQueue(p.Targets, p.Values, p.Calldatas, p.DescriptionHash())}, nil
}

// Execute executes a queued proposal once the timelock's delay passed (anyone).
func Execute(gov common.Address, p Proposal) (chain.Call, error) {
	if err := p.check(); err != nil {
		return chain.Call{}, err
	}
	return chain.Call{What: "execute", To: to(gov), Data: governorABI.PackExecute(p.Targets, p.Values, p.Calldatas, p.DescriptionHash())}, nil
}

// ProposalID is the governor's id of p (its hashProposal).
func ProposalID(ctx context.Context, b chain.Backend, gov common.Address, p Proposal) (*big.Int, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	out, err := view(ctx, b, gov, "hashProposal", governorABI.PackHashProposal(p.Targets, p.Values, p.Calldatas, p.DescriptionHash()))
	if err != nil {
		return nil, err
	}
	return governorABI.UnpackHashProposal(out)
}

// ProposalState names IGovernor.ProposalState.
var ProposalState = []string{"Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"}

// State reads a proposal's state (an index into ProposalState).
func State(ctx context.Context, b chain.Backend, gov common.Address, id *big.Int) (uint8, error) {
	out, err := view(ctx, b, gov, "state", governorABI.PackState(id))
	if err != nil {
		return 0, err
	}
	return governorABI.UnpackState(out)
}

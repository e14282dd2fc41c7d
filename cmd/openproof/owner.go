package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
)

// adapterOwner checks verify's --adapter-inner and --adapter-owner against
// the proven adapter commitment: the owner (lower-case hex) when
// Poseidon2(tag, inner, owner) recomputes it, "" when neither flag is given,
// ErrNotVerified when it does not.
func adapterOwner(c *cli.Context, proven string) (string, error) {
	if !c.IsSet(innerFlag.Name) && !c.IsSet(ownerFlag.Name) {
		return "", nil
	}
	if !c.IsSet(innerFlag.Name) || !c.IsSet(ownerFlag.Name) {
		return "", usageErr("give both --%s and --%s to check the adapter's owner", innerFlag.Name, ownerFlag.Name)
	}
	inner, err := commit.ParseHex(c.String(innerFlag.Name))
	if err != nil {
		return "", usageErr("--%s: %v", innerFlag.Name, err)
	}
	owner, err := commit.ParseOwner(c.String(ownerFlag.Name))
	if err != nil {
		return "", usageErr("--%s: %v", ownerFlag.Name, err)
	}
	if got := commit.Hex(commit.OwnedCommitment(inner, owner)); got != proven {
		return "", fmt.Errorf("%w: adapter commitment %s is not --adapter-inner owned by --adapter-owner (%s)", errs.ErrNotVerified, proven, got)
	}
	return commit.OwnerHex(owner)
}

// ownerText is verify's line about the adapter's owner.
func ownerText(owner string) string {
	if owner == "" {
		return "adapter owner: unverified (the commitment binds one; give --adapter-inner and --adapter-owner to check it)"
	}
	return "adapter owner " + owner + " verified (commitment recomputed from --adapter-inner)"
}

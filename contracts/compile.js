// Compiles openproof's Solidity with the npm solc (standard JSON, optimizer
// on) into two solc "combined JSON" files that abigen reads:
//
//   build/combined.json               the production contracts, src/**.sol, and
//                                     the OP Stack's OptimismMintableERC20
//   contractstest/build/combined.json the test contracts, contractstest/src/**.sol
//                                     (test doubles and the fixture verifiers)
//
// Each set is its own compilation: the production bytecode does not depend on
// the test sources. A test source imports production ones by relative path
// ("../../src/FeeSplit.sol"), which solc resolves to the unit "src/…".
//
// OptimismMintableERC20 is taken as Optimism compiled it (the forge artifact
// shipped in @eth-optimism/contracts-bedrock): it needs solc 0.8.15 and
// OpenZeppelin 4, neither of which this build uses.
//
// usage: node compile.js NODE_MODULES CONTRACTS_DIR OUT_DIR
"use strict";

const fs = require("fs");
const path = require("path");

const [nodeModules, contractsDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node compile.js NODE_MODULES CONTRACTS_DIR OUT_DIR");
  process.exit(2);
}
const solc = require(path.join(nodeModules, "solc"));

// Settings shared by every contract. Changing them changes the bytecode the
// Go tests deploy, so they live here only.
const settings = {
  optimizer: { enabled: true, runs: 200 },
  // settle has more locals than the legacy pipeline's 16 stack slots.
  viaIR: true,
  // OP Stack chains run Cancun or later; Cancun is the common floor.
  evmVersion: "cancun",
  // No metadata hash: the bytecode depends on the code, not on file paths
  // or comments, so a rebuild on another machine is byte-identical.
  metadata: { bytecodeHash: "none", appendCBOR: false },
  outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
};

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith(".sol")) out.push(p);
  }
  return out;
}

// sourcesUnder reads every .sol file under CONTRACTS_DIR/prefix, named by its
// path relative to CONTRACTS_DIR (so "src/FeeSplit.sol").
function sourcesUnder(prefix) {
  const sources = {};
  for (const f of walk(path.join(contractsDir, prefix))) {
    const name = path.relative(contractsDir, f).split(path.sep).join("/");
    sources[name] = { content: fs.readFileSync(f, "utf8") };
  }
  return sources;
}

// findImports resolves what is not among the compiled sources: a production
// source a test source imports, or a package under node_modules.
function findImports(p) {
  const root = p.startsWith("src/") ? contractsDir : nodeModules;
  const candidate = path.join(root, p);
  if (!path.resolve(candidate).startsWith(path.resolve(root) + path.sep)) {
    return { error: "import outside " + root + ": " + p };
  }
  try {
    return { contents: fs.readFileSync(candidate, "utf8") };
  } catch (e) {
    return { error: "not found: " + p };
  }
}

// compile compiles the sources under prefix and returns their contracts
// (those of imported units left out), keyed "file:Name".
function compile(prefix) {
  const input = { language: "Solidity", sources: sourcesUnder(prefix), settings };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const e of output.errors || []) {
    if (e.severity === "error") failed = true;
    // OpenZeppelin's own warnings (e.g. on transient storage) are not ours.
    const file = e.sourceLocation ? e.sourceLocation.file : "";
    if (e.severity === "error" || file.startsWith(prefix)) console.error(e.formattedMessage);
  }
  if (failed) process.exit(1);
  const contracts = {};
  for (const file of Object.keys(output.contracts).sort()) {
    if (!file.startsWith(prefix)) continue; // imported units (OpenZeppelin, production sources)
    for (const name of Object.keys(output.contracts[file]).sort()) {
      const c = output.contracts[file][name];
      contracts[`${file}:${name}`] = {
        abi: c.abi,
        bin: c.evm.bytecode.object,
        "bin-runtime": c.evm.deployedBytecode.object,
      };
    }
  }
  return contracts;
}

function write(file, contracts) {
  const out = path.join(outDir, file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ contracts, version: solc.version(), settings }, null, 1) + "\n");
}

const production = compile("src/");
const bedrock = "@eth-optimism/contracts-bedrock";
// forge adds a bedrock contract's forge artifact (Optimism's own build) to contracts.
function forge(contracts, dir, name) {
  const artifact = JSON.parse(fs.readFileSync(path.join(nodeModules, bedrock, `forge-artifacts/${name}.sol/${name}.json`), "utf8"));
  contracts[`${bedrock}/src/${dir}/${name}.sol:${name}`] = {
    abi: artifact.abi,
    bin: artifact.bytecode.object.replace(/^0x/, ""),
    "bin-runtime": artifact.deployedBytecode.object.replace(/^0x/, ""),
  };
}
forge(production, "universal", "OptimismMintableERC20");
write("build/combined.json", production);
const testContracts = compile("contractstest/src/");
// The Standard Bridge's path for the economy's deposit test (contracts/economy,
// anvil): the bridges and messengers of both sides and L2's L1Block, as
// Optimism built them (runtime code put at their addresses with anvil_setCode).
for (const [dir, name] of [["L1", "L1StandardBridge"], ["L1", "L1CrossDomainMessenger"], ["L2", "L2StandardBridge"],
  ["L2", "L2CrossDomainMessenger"], ["L2", "L1Block"]]) {
  forge(testContracts, dir, name);
}
write("contractstest/build/combined.json", testContracts);

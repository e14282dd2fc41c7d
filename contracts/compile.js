// Compiles every .sol file under contracts/src with the npm solc (standard
// JSON, optimizer on) and writes one solc "combined JSON" file that abigen
// reads. The OP Stack's OptimismMintableERC20 is taken as Optimism compiled
// it (the forge artifact shipped in @eth-optimism/contracts-bedrock): it
// needs solc 0.8.15 and OpenZeppelin 4, neither of which this build uses.
//
// usage: node compile.js NODE_MODULES SRC_DIR OUT_FILE
"use strict";

const fs = require("fs");
const path = require("path");

const [nodeModules, srcDir, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error("usage: node compile.js NODE_MODULES SRC_DIR OUT_FILE");
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

const sources = {};
for (const f of walk(srcDir)) {
  const name = "src/" + path.relative(srcDir, f).split(path.sep).join("/");
  sources[name] = { content: fs.readFileSync(f, "utf8") };
}

function findImports(p) {
  const candidate = path.join(nodeModules, p);
  if (!path.resolve(candidate).startsWith(path.resolve(nodeModules) + path.sep)) {
    return { error: "import outside node_modules: " + p };
  }
  try {
    return { contents: fs.readFileSync(candidate, "utf8") };
  } catch (e) {
    return { error: "not found: " + p };
  }
}

const input = { language: "Solidity", sources, settings };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === "error") failed = true;
  // OpenZeppelin's own warnings (e.g. on transient storage) are not ours.
  const file = e.sourceLocation ? e.sourceLocation.file : "";
  if (e.severity === "error" || file.startsWith("src/")) console.error(e.formattedMessage);
}
if (failed) process.exit(1);

const contracts = {};
for (const file of Object.keys(output.contracts).sort()) {
  if (!file.startsWith("src/")) continue; // OpenZeppelin's own units
  for (const name of Object.keys(output.contracts[file]).sort()) {
    const c = output.contracts[file][name];
    contracts[`${file}:${name}`] = {
      abi: c.abi,
      bin: c.evm.bytecode.object,
      "bin-runtime": c.evm.deployedBytecode.object,
    };
  }
}

const bedrock = "@eth-optimism/contracts-bedrock";
const artifact = JSON.parse(
  fs.readFileSync(path.join(nodeModules, bedrock, "forge-artifacts/OptimismMintableERC20.sol/OptimismMintableERC20.json"), "utf8"),
);
contracts[`${bedrock}/src/universal/OptimismMintableERC20.sol:OptimismMintableERC20`] = {
  abi: artifact.abi,
  bin: artifact.bytecode.object.replace(/^0x/, ""),
  "bin-runtime": artifact.deployedBytecode.object.replace(/^0x/, ""),
};

const combined = { contracts, version: solc.version(), settings };
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(combined, null, 1) + "\n");

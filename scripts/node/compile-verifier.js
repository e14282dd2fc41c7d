// Compiles one exported verifier (openproof export-solidity) with the npm
// solc that contracts/build.sh installs, and prints its creation bytecode
// (hex) for `openproof chain deploy --verifier-bin` or a test. The
// production verifiers are built by contracts/build.sh; this is for keys
// made on this machine (the node demo and its end-to-end test).
//
// usage: node compile-verifier.js NODE_MODULES FILE.sol CONTRACT
"use strict";
const fs = require("fs");
const path = require("path");

const [nodeModules, file, contract] = process.argv.slice(2);
if (!contract) {
  console.error("usage: node compile-verifier.js NODE_MODULES FILE.sol CONTRACT");
  process.exit(2);
}
const solc = require(path.join(nodeModules, "solc"));
const input = {
  language: "Solidity",
  sources: { "verifier.sol": { content: fs.readFileSync(file, "utf8") } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: "cancun",
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["evm.bytecode.object"] } },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (out.errors || []).filter((e) => e.severity === "error");
if (errors.length) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const c = out.contracts["verifier.sol"][contract];
if (!c) {
  console.error(`no contract ${contract} in ${file}`);
  process.exit(1);
}
process.stdout.write("0x" + c.evm.bytecode.object + "\n");

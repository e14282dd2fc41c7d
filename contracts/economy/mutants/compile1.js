// Compiles one contract of src/ with compile.js's settings and prints its creation
// bytecode: node compile1.js NODE_MODULES CONTRACTS_DIR FILE NAME (run.sh's helper).
const fs = require("fs"), path = require("path");
const [nm, dir, file, name] = process.argv.slice(2);
const solc = require(path.join(nm, "solc"));
const settings = { optimizer: { enabled: true, runs: 200 }, viaIR: true, evmVersion: "cancun",
  metadata: { bytecodeHash: "none", appendCBOR: false }, outputSelection: { [file]: { [name]: ["evm.bytecode.object"] } } };
const input = { language: "Solidity", sources: { [file]: { content: fs.readFileSync(path.join(dir, file), "utf8") } }, settings };
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: p => {
  const root = p.startsWith("src/") ? dir : nm;
  try { return { contents: fs.readFileSync(path.join(root, p), "utf8") }; } catch (e) { return { error: "nf " + p }; } } }));
for (const e of out.errors || []) if (e.severity === "error") { console.error(e.formattedMessage); process.exit(1); }
process.stdout.write(out.contracts[file][name].evm.bytecode.object);

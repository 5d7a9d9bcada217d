// Compiles the local chain's contracts with the solc-js compiler bundled in the npm package (no download,
// works offline) and writes {contractName: {abi, bytecode}} as JSON.
// usage: node compile.js <output.json>
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require(path.join(__dirname, '..', 'node', 'node_modules', 'solc'));

const contractsDir = path.join(__dirname, 'contracts');
const sources = {};
for (const file of fs.readdirSync(contractsDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[file] = { content: fs.readFileSync(path.join(contractsDir, file), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    // ganache 7 implements Shanghai; later EVM versions emit opcodes it does not know (MCOPY, TSTORE).
    evmVersion: 'shanghai',
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length > 0) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const result = { compiler: solc.version(), contracts: {} };
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    result.contracts[name] = { source: file, abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
  }
}
fs.writeFileSync(process.argv[2], JSON.stringify(result, null, 2));

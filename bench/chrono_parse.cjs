// chrono-node on the same file as `dateline tag`, for bench/throughput.sh: reads FILE and parses
// it a line at a time (chrono-node's run time grows faster than linearly on one long string),
// with reference date 2025-04-24 (as --published). Prints "<bytes> <results> <seconds>".
//   node chrono_parse.cjs MODULES_DIR FILE
const path = require("path");
const fs = require("fs");
const chrono = require(path.join(process.argv[2], "node_modules", "chrono-node"));

const started = process.hrtime.bigint();
const text = fs.readFileSync(process.argv[3], "utf8");
const reference = new Date(2025, 3, 24, 12, 0, 0);
let results = 0;
for (const line of text.split("\n")) if (line.length > 0) results += chrono.parse(line, reference).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`${Buffer.byteLength(text)} ${results} ${seconds.toFixed(3)}`);

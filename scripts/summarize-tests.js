// Adds up jest's JSON reports into the closing line CI reads: "N passed, N failed".
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0, seen = 0;
for (const f of process.argv.slice(2)) {
  if (!fs.existsSync(f)) continue;
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  seen++;
  passed += r.numPassedTests; failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  skipped += r.numPendingTests + (r.numTodoTests || 0);
}
if (!seen || passed + failed === 0) { console.log("no tests ran"); process.exit(1); }
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);

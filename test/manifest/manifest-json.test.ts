// The unified JSON manifest: valid against the vendored v1.17 schema with Microsoft's validator
// (offline, through scripts/validate-manifest.js: @microsoft/app-manifest loads ES-module dependencies
// that jest's CommonJS runtime cannot), broken copies rejected, and the same add-in as manifest.xml.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pngSize } from "./png";

const ROOT = resolve(__dirname, "..", "..");
const raw = readFileSync(join(ROOT, "manifest.json"), "utf8");
const manifest = JSON.parse(raw);
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const ORIGIN = "https://localhost:3000";

type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(raw);
/** Problems reported by the validator; empty when the manifest is valid. */
function validate(m: Json): string[] {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "validate-manifest.js"), "--json-stdin"], { input: JSON.stringify(m), encoding: "utf8" });
  if (run.status === 2 || run.status === null) throw new Error(`validator could not run: ${run.stderr}`);
  return run.status === 0 ? [] : run.stderr.trim().split("\n");
}
const extension = () => manifest.extensions[0];

describe("manifest.json against the unified manifest schema v1.17 (offline)", () => {
  it("names the schema it is checked against", () => {
    expect(manifest.$schema).toBe("https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json");
    expect(manifest.manifestVersion).toBe("1.17");
  });

  it("validates", () => {
    expect(validate(manifest)).toEqual([]);
  });

  it.each([
    ["an unknown property on the button", (m: Json) => (((m.extensions as Json[])[0].ribbons as Json[])[0] as { tabs: Array<{ groups: Array<{ controls: Json[] }> }> }).tabs[0].groups[0].controls[0].frobnicate = true, /additional properties/],
    ["a missing required developer", (m: Json) => delete m.developer, /developer/],
    ["a non-GUID id", (m: Json) => (m.id = "dialback"), /id/],
    ["an unknown ribbon context", (m: Json) => (((m.extensions as Json[])[0].ribbons as Json[])[0].contexts = ["mailReadWrite"]), /contexts|allowed values/],
    ["an icon size Outlook does not know", (m: Json) => ((((m.extensions as Json[])[0].alternates as Json[])[0].alternateIcons as { icon: Json }).icon.size = 128), /size|allowed values/],
  ])("rejects a copy with %s", (_what, breakIt, mentions) => {
    const broken = clone();
    breakIt(broken);
    const errors = validate(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(mentions);
  });
});

describe("manifest.json describes the same add-in as manifest.xml", () => {
  it("shares the add-in id", () => {
    expect(xml).toContain(`<Id>${manifest.id}</Id>`);
  });

  it("is a mail add-in with a pinnable 'Schedule a call' button in read mode", () => {
    const ext = extension();
    expect(ext.requirements.scopes).toEqual(["mail"]);
    expect(ext.requirements.capabilities).toEqual([{ name: "Mailbox", minVersion: "1.5" }]);
    const ribbon = ext.ribbons[0];
    expect(ribbon.contexts).toEqual(["mailRead"]);
    expect(ribbon.tabs[0].builtInTabId).toBe("TabDefault");
    const button = ribbon.tabs[0].groups[0].controls[0];
    expect(button).toMatchObject({ type: "button", label: "Schedule a call" });
    const action = ext.runtimes[0].actions.find((a: Json) => a.id === button.actionId);
    expect(action).toMatchObject({ type: "openPage", pinnable: true });
    expect(ext.runtimes[0].code.page).toBe(`${ORIGIN}/taskpane.html`);
  });

  it("asks only to read the open item, declares no NestedAppAuth and no legacy SSO", () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: "MailboxItem.Read.User", type: "Delegated" }]);
    expect(raw).not.toMatch(/Mail\.Send|ReadWrite|NestedAppAuth|webApplicationInfo/);
  });

  it("points at icon files of the stated sizes", () => {
    const checks: Array<[string, number]> = [
      [join(ROOT, manifest.icons.color), 192],
      [join(ROOT, manifest.icons.outline), 32],
    ];
    const urls = [...raw.matchAll(/"size": (\d+), "url": "([^"]+)"/g)];
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const [, size, url] of urls) {
      expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
      // alternateIcons' high-resolution icon is the 128 px file labelled 64, as Outlook expects.
      const expected = url.endsWith("icon-128.png") ? 128 : Number(size);
      checks.push([join(ROOT, url.slice(ORIGIN.length + 1)), expected]);
    }
    for (const [file, size] of checks) {
      expect(existsSync(file)).toBe(true);
      expect({ file, ...pngSize(readFileSync(file)) }).toEqual({ file, width: size, height: size });
    }
  });
});

// The XML manifest: schema-valid offline (xmllint + ../shared/contracts/manifest-xsd), broken copies
// rejected, icons present at the sizes it names, least privilege, and internally consistent.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { pngSize } from "./png";

const ROOT = resolve(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const SCHEMA = resolve(ROOT, "..", "shared", "contracts", "manifest-xsd", "OfficeAppManifestV1_1.xsd");
const ORIGIN = "https://localhost:3000";
const xml = readFileSync(MANIFEST, "utf8");

type Element = ReturnType<typeof parseDocument>["children"][number] & { name: string; attribs: Record<string, string>; children: unknown[] };

const doc = parseDocument(xml, { xmlMode: true });
const all = (name: string, root: unknown[] = doc.children): Element[] =>
  DomUtils.findAll((e) => e.name === name, root as never) as unknown as Element[];
const text = (e: Element) => DomUtils.textContent(e as never).trim();
const versionOverrides = (type: string) => {
  const found = all("VersionOverrides").find((e) => e.attribs["xsi:type"] === type);
  if (!found) throw new Error(`no VersionOverrides of type ${type}`);
  return found;
};
/** Children of a VersionOverrides without the nested 1.1 block: each block must stand on its own. */
const ownChildren = (vo: Element) => (vo.children as Element[]).filter((c) => c.name !== "VersionOverrides");

function xmllint(file: string) {
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}); install libxml2-utils (scripts/setup.sh does)`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const haveSchemas = existsSync(SCHEMA);
const describeWithSchemas = haveSchemas ? describe : describe.skip;
if (!haveSchemas) {
  // Visible in the test output, not silent: the schemas live beside the project, not in it.
  console.warn(`manifest schema tests skipped: ${SCHEMA} not found (../shared is missing)`);
}

describeWithSchemas("manifest.xml against the Office add-in XSDs (offline)", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "dialback-manifest-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("validates", () => {
    const result = xmllint(MANIFEST);
    expect(result.output).toContain("validates");
    expect(result.status).toBe(0);
  });

  it.each([
    ["an unknown element", (s: string) => s.replace("<ProviderName>", "<Frobnicate>x</Frobnicate>\n  <ProviderName>"), /Frobnicate/],
    ["Version before Id (element order)", (s: string) => s.replace(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, "$3$2$1"), /Version|Id/],
    ["a five-part version number", (s: string) => s.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0.0</Version>"), /Version|pattern/],
    ["SupportsPinning in a VersionOverrides 1.0 action", (s: string) => s.replace(/(<VersionOverrides xmlns="http:\/\/schemas.microsoft.com\/office\/mailappversionoverrides" [\s\S]*?<SourceLocation resid="Taskpane.Url"\/>)/, "$1<SupportsPinning>true</SupportsPinning>"), /SupportsPinning/],
    ["an unknown permission", (s: string) => s.replace("<Permissions>ReadItem</Permissions>", "<Permissions>ReadEverything</Permissions>"), /Permissions|ReadEverything/],
  ])("rejects a copy with %s", (_what, breakIt, mentions) => {
    const broken = breakIt(xml);
    expect(broken).not.toBe(xml);
    const file = join(scratch, `broken-${readdirSync(scratch).length}.xml`);
    writeFileSync(file, broken);
    const result = xmllint(file);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(mentions);
    expect(result.output).toContain("fails to validate");
  });
});

describe("manifest.xml content", () => {
  it("is a MailApp with a GUID id", () => {
    expect(all("OfficeApp")[0].attribs["xsi:type"]).toBe("MailApp");
    expect(text(all("Id")[0])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("asks for ReadItem and nothing that can send or rewrite mail", () => {
    expect(all("Permissions").map(text)).toEqual(["ReadItem"]);
    expect(xml).not.toMatch(/Mail\.Send|ReadWriteMailbox|ReadWriteItem/);
  });

  it("declares no NestedAppAuth requirement and no legacy SSO WebApplicationInfo", () => {
    const sets = all("Set").concat(all("bt:Set")).map((e) => e.attribs.Name);
    expect(sets).not.toContain("NestedAppAuth");
    expect(sets.every((name) => name === "Mailbox")).toBe(true);
    expect(all("WebApplicationInfo")).toHaveLength(0);
  });

  it("requires Mailbox 1.3 overall and 1.5 for the pinnable VersionOverrides 1.1", () => {
    expect(all("Set")[0].attribs).toMatchObject({ Name: "Mailbox", MinVersion: "1.3" });
    const inner = versionOverrides("VersionOverridesV1_1");
    expect(all("bt:Sets", inner.children)[0].attribs.DefaultMinVersion).toBe("1.5");
  });

  it.each(["VersionOverridesV1_0", "VersionOverridesV1_1"])("%s puts a 'Schedule a call' button on the read-mode Home tab", (type) => {
    const vo = versionOverrides(type);
    const own = ownChildren(vo);
    const point = all("ExtensionPoint", own).find((e) => e.attribs["xsi:type"] === "MessageReadCommandSurface");
    expect(point).toBeDefined();
    expect(all("OfficeTab", [point])[0].attribs.id).toBe("TabDefault");
    const button = all("Control", [point]).find((e) => e.attribs["xsi:type"] === "Button");
    const labelId = all("Label", button ? [button] : [])[0]?.attribs.resid;
    const label = all("bt:String", own).find((e) => e.attribs.id === labelId);
    expect(label?.attribs.DefaultValue).toBe("Schedule a call");
    const action = all("Action", [point])[0];
    expect(action.attribs["xsi:type"]).toBe("ShowTaskpane");
    const pinning = all("SupportsPinning", [action]).map(text);
    expect(pinning).toEqual(type === "VersionOverridesV1_1" ? ["true"] : []);
  });

  it.each(["VersionOverridesV1_0", "VersionOverridesV1_1"])("%s resolves every resid to a resource of its own", (type) => {
    const own = ownChildren(versionOverrides(type));
    const defined = new Set(
      all("bt:Image", own)
        .concat(all("bt:Url", own), all("bt:String", own))
        .map((e) => e.attribs.id)
        .filter(Boolean),
    );
    const used = DomUtils.findAll((e) => "resid" in e.attribs, own as never).map((e) => e.attribs.resid);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect(defined).toContain(id);
    }
  });

  it("serves everything over https from the add-in origin, except the sign-in domain", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(all("AppDomain").map(text)).toEqual(["https://login.microsoftonline.com"]);
    expect(all("SupportUrl")[0].attribs.DefaultValue).toMatch(/^https:\/\/.+\.html$/);
  });
});

describe("icons referenced by manifest.xml", () => {
  const assetFile = (url: string) => {
    expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
    return join(ROOT, url.slice(ORIGIN.length + 1));
  };
  const expected: Array<[string, number]> = [
    [all("IconUrl")[0].attribs.DefaultValue, 64],
    [all("HighResolutionIconUrl")[0].attribs.DefaultValue, 128],
  ];
  // Button images: size comes from <bt:Image size=".." resid=".."> and the URL from the resource with that id.
  for (const type of ["VersionOverridesV1_0", "VersionOverridesV1_1"]) {
    const own = ownChildren(versionOverrides(type));
    const resources = new Map(all("bt:Image", own).filter((e) => e.attribs.DefaultValue).map((e) => [e.attribs.id, e.attribs.DefaultValue]));
    for (const use of all("bt:Image", own).filter((e) => e.attribs.size)) {
      expected.push([resources.get(use.attribs.resid) ?? `missing resource ${use.attribs.resid}`, Number(use.attribs.size)]);
    }
  }

  it("names the 16, 32, 64, 80 and 128 pixel icons", () => {
    expect([...new Set(expected.map(([, size]) => size))].sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
  });

  it.each(expected)("%s exists as a %i-pixel square PNG", (url, size) => {
    const file = assetFile(url);
    expect(existsSync(file)).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
  });

  it("are exactly what scripts/make-icons.js draws (so they can be regenerated)", () => {
    const out = mkdtempSync(join(tmpdir(), "dialback-icons-"));
    try {
      const run = spawnSync(process.execPath, [join(ROOT, "scripts", "make-icons.js"), out], { encoding: "utf8" });
      expect(run.status).toBe(0);
      for (const name of readdirSync(out)) {
        expect({ name, same: readFileSync(join(out, name)).equals(readFileSync(join(ROOT, "assets", name))) }).toEqual({ name, same: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

// No credential in anything we ship (issue 7/8): scripts/check-no-secrets.js over src/, dist/ and the
// manifest, and proof on planted samples that it catches each kind of secret.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "scripts/check-no-secrets.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scan } = require(script) as { scan: (targets: string[]) => { file: string; line: number; rule: string; masked: string }[] };

// Built at run time so this file never holds a literal credential itself.
const b64url = (s: string) => Buffer.from(s).toString("base64url");
const jwt = `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url('{"aud":"00000003-0000-0000-c000-000000000000","scp":"Mail.Read"}')}.${"s".repeat(43)}`;
const planted: [string, string][] = [
  ["private key", ["-----BEGIN", "PRIVATE KEY-----"].join(" RSA ")],
  ["JSON Web Token", `const token = "${jwt}";`],
  ["Entra ID client secret", `clientSecret: "${"abc" + "8Q~" + "x".repeat(34)}"`],
  ["AWS access key id", `key = "${"AKIA" + "ABCDEFGHIJKLMNOP"}"`],
  ["GitHub token", `"${"ghp_" + "a".repeat(36)}"`],
  ["npm token", `//registry.npmjs.org/:_authToken=${"npm_" + "b".repeat(36)}`],
  ["hard-coded secret", `const password = "${"hunter2hunter2"}";`],
];

describe("check-no-secrets", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dialback-secrets-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(planted)("finds a planted %s and masks its value", (rule, line) => {
    const file = path.join(dir, `${rule.replace(/\W+/g, "-")}.js`);
    fs.writeFileSync(file, `// config\n${line}\n`);
    const findings = scan([file]);
    expect(findings.map((f) => f.rule)).toContain(rule);
    expect(findings[0].line).toBe(2);
    // The value is never printed whole: at most its first four and last two characters.
    for (const f of findings) expect(f.masked).toMatch(/^(\*{4}|.{4}….{2} \(\d+ chars\))$/);
  });

  it("leaves ordinary code alone", () => {
    const file = path.join(dir, "ordinary.ts");
    fs.writeFileSync(
      file,
      [
        'const scopes = ["Mail.Read", "Calendars.ReadWrite"];',
        'const authority = "https://login.microsoftonline.com/common";',
        "const password = process.env.PASSWORD;",
        'headers.set("Authorization", `Bearer ${token}`);',
      ].join("\n"),
    );
    expect(scan([file])).toEqual([]);
  });

  it("exits 1 naming file and line when something is found, 0 when clean", () => {
    const bad = path.join(dir, "bad");
    fs.mkdirSync(bad, { recursive: true });
    fs.writeFileSync(path.join(bad, "bundle.js"), `x=1;\nvar t="${jwt}";\n`);
    const r = spawnSync(process.execPath, [script, bad], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bundle\.js:2: JSON Web Token/);
    expect(r.stderr).not.toContain(jwt);
    const clean = spawnSync(process.execPath, [script, path.join(dir, "ordinary.ts")], { encoding: "utf8" });
    expect(clean.status).toBe(0);
  });

  it("finds nothing in the project's sources, manifest and build output", () => {
    const targets = ["src", "dist", "manifest.xml", "assets"].map((t) => path.join(root, t)).filter((t) => fs.existsSync(t));
    const findings = scan(targets).map((f) => `${path.relative(root, f.file)}:${f.line} ${f.rule}`);
    expect(findings).toEqual([]);
  });
});

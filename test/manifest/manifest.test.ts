/**
 * Offline manifest check (`office-addin-manifest validate` needs the internet): the XML parses,
 * every resid resolves, every URL is https, every file the manifest points at is in the build,
 * names follow Microsoft's rules, and the function metadata the build emits is the registry's.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import {
  functionsMetadata,
  METADATA_FILES,
} from "../../src/functions/registry";
import {
  bindFunctions,
  type CustomFunctionsApi,
} from "../../src/functions/bind";
import { builtAddin } from "../support/build";

const ROOT = path.resolve(__dirname, "../..");
/** A sample of Excel 4.0 macro function names, which a custom function must not take. */
const EXCEL4_MACROS = [
  "RUN", "ECHO", "HALT", "RETURN", "GOTO", "RESULT", "ARGUMENT", "CALL", "REGISTER",
  "FORMULA", "SELECTION", "ERROR", "STEP", "WAIT", "BEEP", "DIALOG", "ALERT", "INPUT",
  "MESSAGE", "PAUSE", "RESTART", "SET.NAME", "SET.VALUE", "EVALUATE", "GET.CELL", "FILES",
];
const DEV_URL = "https://localhost:3000/";

interface XmlNode {
  [key: string]: unknown;
}

/** Every element in document order, with its tag and attributes. */
function elements(
  xml: string,
): Array<{ tag: string; attrs: Record<string, string>; node: XmlNode }> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    preserveOrder: true,
    commentPropName: "#comment",
  });
  const out: Array<{
    tag: string;
    attrs: Record<string, string>;
    node: XmlNode;
  }> = [];
  const walk = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const tag = Object.keys(n).find((k) => k !== ":@");
      if (!tag || tag === "#text" || tag === "#comment" || tag === "?xml")
        continue;
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(
        (n[":@"] ?? {}) as Record<string, string>,
      ))
        attrs[k.replace(/^@_/, "")] = String(v);
      out.push({ tag, attrs, node: n });
      walk(n[tag] as XmlNode[]);
    }
  };
  walk(parser.parse(xml) as XmlNode[]);
  return out;
}

const RESOURCE_KINDS: Record<string, string> = {
  "bt:Image": "image",
  "bt:Url": "url",
  "bt:String": "string",
};

function resources(all: ReturnType<typeof elements>) {
  const ids = new Map<
    string,
    { kind: string; value: string; overrides: Record<string, string> }
  >();
  let section = "";
  for (const e of all) {
    if (
      ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].includes(
        e.tag,
      )
    )
      section = e.tag;
    if (RESOURCE_KINDS[e.tag] && e.attrs.id) {
      const overrides: Record<string, string> = {};
      for (const child of (e.node[e.tag] as XmlNode[]) ?? []) {
        const a = child[":@"] as Record<string, string> | undefined;
        if ("bt:Override" in child && a)
          overrides[a["@_Locale"]] = a["@_Value"];
      }
      expect(ids.has(e.attrs.id)).toBe(false);
      ids.set(e.attrs.id, {
        kind: section,
        value: e.attrs.DefaultValue,
        overrides,
      });
    }
  }
  return ids;
}

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  const all = elements(source);
  const res = resources(all);
  const find = (tag: string) => all.filter((e) => e.tag === tag);

  it("is well-formed XML of an Office task-pane add-in", () => {
    expect(XMLValidator.validate(source)).toBe(true);
    const app = find("OfficeApp")[0];
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    const id = (find("Id")[0].node.Id as XmlNode[])[0]["#text"];
    expect(String(id)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    const version = (find("Version")[0].node.Version as XmlNode[])[0]["#text"];
    expect(String(version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(
      find("Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"]),
    ).toEqual(["Workbook", "Workbook"]);
  });

  it("resolves every resid to a resource of the right kind, each id at most 32 characters", () => {
    const uses = all.filter((e) => e.attrs.resid);
    expect(uses.length).toBeGreaterThan(10);
    for (const u of uses) {
      const r = res.get(u.attrs.resid);
      expect([u.attrs.resid, Boolean(r)]).toEqual([u.attrs.resid, true]);
      const expected =
        u.tag === "bt:Image"
          ? "bt:Images"
          : [
                "SourceLocation",
                "LearnMoreUrl",
                "Runtime",
                "FunctionFile",
              ].includes(u.tag)
            ? "bt:Urls"
            : u.tag === "Description" && u.attrs.resid.endsWith("Tooltip")
              ? "bt:LongStrings"
              : u.tag === "Description"
                ? "bt:LongStrings"
                : "bt:ShortStrings";
      expect([u.tag, u.attrs.resid, r!.kind]).toEqual([
        u.tag,
        u.attrs.resid,
        expected,
      ]);
    }
    for (const id of res.keys())
      expect([id, id.length <= 32]).toEqual([id, true]);
    // Microsoft's limits: ShortString values ≤ 125 characters, LongString ≤ 250, in every language.
    for (const [id, r] of res) {
      const limit =
        r.kind === "bt:ShortStrings"
          ? 125
          : r.kind === "bt:LongStrings"
            ? 250
            : Infinity;
      for (const text of [r.value, ...Object.values(r.overrides)])
        expect([id, text.length <= limit]).toEqual([id, true]);
    }
    for (const e of all.filter((x) => x.attrs.id && !RESOURCE_KINDS[x.tag]))
      expect(e.attrs.id.length).toBeLessThanOrEqual(125);
  });

  it("uses https for every URL", () => {
    const urls: string[] = [];
    for (const e of all) {
      if (
        [
          "IconUrl",
          "HighResolutionIconUrl",
          "SupportUrl",
          "SourceLocation",
        ].includes(e.tag) &&
        e.attrs.DefaultValue
      )
        urls.push(e.attrs.DefaultValue);
    }
    for (const r of res.values())
      if (r.kind === "bt:Urls" || r.kind === "bt:Images")
        urls.push(r.value, ...Object.values(r.overrides));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\/[^\s]+$/);
  });

  it("declares the shared runtime, the requirement sets and the PERF namespace", () => {
    const sets = Object.fromEntries(
      find("Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]),
    );
    expect(sets).toEqual({
      SharedRuntime: "1.1",
      CustomFunctionsRuntime: "1.2",
      ExcelApi: "1.9",
    });
    const runtime = find("Runtime");
    expect(runtime).toHaveLength(1);
    expect(runtime[0].attrs.lifetime).toBe("long");
    // One page for everything: the runtime, the functions' page, the ribbon's pane and FunctionFile.
    const page = runtime[0].attrs.resid;
    const pageUsers = all.filter(
      (e) =>
        (e.tag === "SourceLocation" || e.tag === "FunctionFile") &&
        e.attrs.resid === page,
    );
    expect(pageUsers.length).toBe(3);
    expect(find("ExtensionPoint").map((e) => e.attrs["xsi:type"])).toEqual([
      "CustomFunctions",
      "PrimaryCommandSurface",
    ]);
    const ns = res.get(find("Namespace")[0].attrs.resid)!;
    expect(ns.value).toBe("PERF");
    expect(ns.value).toMatch(/^[A-Za-z0-9]{1,32}$/);
  });

  it("puts the 绩效计分 button on the Home tab, with Chinese and English strings", () => {
    expect(find("OfficeTab")[0].attrs.id).toBe("TabHome");
    const button = find("Control")[0];
    expect(button.attrs["xsi:type"]).toBe("Button");
    const label = res.get("TaskpaneButton.Label")!;
    expect(label.value).toBe("PerfScore");
    expect(label.overrides).toEqual({ "zh-CN": "绩效计分" });
    for (const [id, r] of res)
      if (r.kind.endsWith("Strings") && id !== "Functions.Namespace")
        expect([id, Object.keys(r.overrides)]).toEqual([id, ["zh-CN"]]);
    const display = find("DisplayName")[0];
    expect(display.attrs.DefaultValue).toBe("PerfScore");
    expect(
      (
        (display.node.DisplayName as XmlNode[])[0][":@"] as Record<
          string,
          string
        >
      )["@_Value"],
    ).toBe("绩效计分");
    for (const size of ["16", "32", "80"])
      expect(find("bt:Image").some((i) => i.attrs.size === size)).toBe(true);
  });

  it("points the functions' metadata at functions.json, and at functions.zh-CN.json for zh-CN", () => {
    const at = all.findIndex((e) => e.tag === "Metadata");
    expect(all[at + 1].tag).toBe("SourceLocation");
    const meta = res.get(all[at + 1].attrs.resid)!;
    expect(meta.value).toBe(`${DEV_URL}${METADATA_FILES.en}`);
    expect(meta.overrides).toEqual({
      "zh-CN": `${DEV_URL}${METADATA_FILES.zh}`,
    });
  });
});

describe("the build", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await builtAddin();
  }, 600_000);

  it("emits every file the manifest references", () => {
    const built = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
    expect(XMLValidator.validate(built)).toBe(true);
    const urls = [
      ...built.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g),
    ].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      // Every URL is the add-in's own: none on another host is skipped unchecked.
      expect([u, u.startsWith(DEV_URL)]).toEqual([u, true]);
      const file = path.join(dir, new URL(u).pathname);
      expect([u, fs.existsSync(file)]).toEqual([u, true]);
    }
  });

  it("loads office.js from Microsoft's CDN and both bundles on the one page", () => {
    const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map(
      (m) => m[1].replace(/\?.*$/, ""),
    );
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "runtime.js",
      "shared.js",
      "functions.js",
      "taskpane.js",
    ]);
    expect(html).not.toMatch(/<link[^>]+https?:/); // no CDN fonts or styles
  });

  it("emits the registry's metadata in both languages, every id bound and well formed", () => {
    const en = JSON.parse(
      fs.readFileSync(path.join(dir, METADATA_FILES.en), "utf8"),
    );
    const zh = JSON.parse(
      fs.readFileSync(path.join(dir, METADATA_FILES.zh), "utf8"),
    );
    expect(en).toEqual(functionsMetadata("en"));
    expect(zh).toEqual(functionsMetadata("zh"));
    const bound: string[] = [];
    const cf: CustomFunctionsApi = {
      associate: (id) => void bound.push(id),
      Error: class {} as CustomFunctionsApi["Error"],
      ErrorCode: {
        invalidValue: 0,
        notAvailable: 1,
        divisionByZero: 2,
        invalidNumber: 3,
      },
    };
    bindFunctions(cf);
    for (const file of [en, zh]) {
      const ids = (file.functions as Array<{ id: string; name: string }>).map(
        (f) => f.id,
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...bound].sort());
      for (const f of file.functions as Array<{ id: string; name: string }>) {
        // Microsoft's naming rules: a letter first, at least three characters, id of A–Z 0–9 _ .;
        // not a cell reference (A1…XFD1048576, R1C1) nor an Excel 4.0 macro function.
        expect(f.id).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
        expect(f.name).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
        for (const n of [f.id, f.name]) {
          const cellRef = /^[A-Z]{1,3}[0-9]+$/.test(n) || /^R[0-9]+C[0-9]+$/.test(n);
          expect([n, cellRef]).toEqual([n, false]);
          expect(EXCEL4_MACROS).not.toContain(n);
        }
      }
    }
  });

  it("records the gzipped bundle sizes (test/artifacts/bundle-sizes.json)", () => {
    const gz = (f: string) =>
      zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
    const sizes = {
      "taskpane.js": gz("taskpane.js"),
      "shared.js (engine, used by both)": gz("shared.js"),
      "functions.js": gz("functions.js"),
      "runtime.js": gz("runtime.js"),
      "generate.js (fetched at the first 生成)": gz("generate.js"),
    };
    const functionsCode =
      sizes["functions.js"] +
      sizes["shared.js (engine, used by both)"] +
      sizes["runtime.js"];
    fs.mkdirSync(path.join(ROOT, "test/artifacts"), { recursive: true });
    fs.writeFileSync(
      path.join(ROOT, "test/artifacts/bundle-sizes.json"),
      JSON.stringify(
        {
          gzipBytes: sizes,
          functionsCodeTotal: functionsCode,
          paneAsItOpens:
            sizes["taskpane.js"] +
            sizes["shared.js (engine, used by both)"] +
            sizes["runtime.js"],
          pageTotal:
            functionsCode +
            sizes["taskpane.js"] +
            sizes["generate.js (fetched at the first 生成)"],
        },
        null,
        2,
      ),
    );
    expect(functionsCode).toBeGreaterThan(0);
  });
});

describe("webpack.config.js options", () => {
  const load = async (
    env: Record<string, string | undefined>,
    mode = "production",
  ) => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    for (const [k, v] of Object.entries(env))
      if (v === undefined) delete process.env[k];
    try {
      const factory = require(path.join(ROOT, "webpack.config.js"));
      return await factory({}, { mode });
    } finally {
      process.env = saved;
    }
  };
  const manifestTransform = (config: { plugins: unknown[] }) => {
    const copy = config.plugins.find(
      (p) =>
        (p as { constructor: { name: string } }).constructor.name ===
        "CopyPlugin",
    ) as {
      patterns: Array<{
        from: string;
        transform?: (c: Buffer) => string | Buffer;
      }>;
    };
    return copy.patterns.find((p) => p.from === "manifest.xml")!.transform!;
  };
  const officeJs = (config: { plugins: unknown[] }) =>
    (
      config.plugins.find(
        (p) =>
          (p as { constructor: { name: string } }).constructor.name ===
          "HtmlWebpackPlugin",
      ) as {
        userOptions: { templateParameters: { officeJsUrl: string } };
      }
    ).userOptions.templateParameters.officeJsUrl;

  it("rewrites every localhost URL to ADDIN_PUBLIC_URL in the production manifest", async () => {
    const config = await load({
      ADDIN_PUBLIC_URL: "https://addins.example.gov.cn/perfscore/",
    });
    const out = String(manifestTransform(config)(Buffer.from(source)));
    expect(out).not.toContain("localhost");
    expect(out).toContain(
      'DefaultValue="https://addins.example.gov.cn/perfscore/functions.json"',
    );
    expect(out).toContain(
      'Value="https://addins.example.gov.cn/perfscore/functions.zh-CN.json"',
    );
    expect(elements(out).length).toBe(elements(source).length);
  });

  it("refuses a public URL that is not https or lacks the trailing slash", async () => {
    await expect(
      load({ ADDIN_PUBLIC_URL: "http://addins.example.gov.cn/" }),
    ).rejects.toThrow(/https/);
    await expect(
      load({ ADDIN_PUBLIC_URL: "https://addins.example.gov.cn" }),
    ).rejects.toThrow(/ending in/);
  });

  it("loads office.js from Microsoft's CDN by default and from the 21Vianet CDN on request", async () => {
    expect(officeJs(await load({ OFFICE_JS_CDN: undefined }))).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    );
    expect(officeJs(await load({ OFFICE_JS_CDN: "china" }))).toBe(
      "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
    );
  });
});

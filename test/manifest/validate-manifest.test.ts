import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest, type ManifestReport } from '../../tools/validate-manifest';
import { iconPng, crc32 } from '../../tools/make-icons';

const ROOT = join(__dirname, '..', '..');
const REAL = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** The real manifest with one exact piece of text replaced (the piece must be there). */
function broken(from: string, to: string): string {
  expect(REAL.includes(from), 'fixture text not found: ' + from).toBe(true);
  return REAL.replace(from, to);
}

function codes(r: ManifestReport): string[] {
  return r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
}

function messages(r: ManifestReport): string {
  return r.findings.map((f) => f.message).join('\n');
}

describe('validateManifest on the real manifest', () => {
  it('passes with no errors and no warnings', () => {
    const r = validateManifest(REAL);
    expect(r.findings).toEqual([]);
    expect(r.summary.namespace).toBe('PLAN');
    expect(r.summary.sharedRuntimeUrl).toBe('https://localhost:3000/taskpane.html');
    expect(r.summary.urls.every((u) => u.startsWith('https://localhost:3000/'))).toBe(true);
  });

  it('passes with the production URL swapped in, the way the webpack build does it', () => {
    const prod = REAL.split('https://localhost:3000/').join('https://plan-tracker.example.gov.uk/addin/');
    const r = validateManifest(prod);
    expect(r.errors).toBe(0);
    expect(r.summary.urls.some((u) => u.includes('localhost'))).toBe(false);
  });

  it('has the pieces the add-in needs: ReadWriteDocument only, SharedRuntime 1.1, the ribbon buttons', () => {
    expect(REAL).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(REAL).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(REAL).toContain('<FunctionName>checkPlan</FunctionName>');
    expect(REAL).toContain('<OfficeTab id="TabHome">');
    expect(REAL).toMatch(/DefaultValue="Check plan"/);
    expect(REAL).toMatch(/DefaultValue="Open plan pane"/);
  });
});

describe('validateManifest rejects broken manifests, naming the problem', () => {
  it('malformed XML', () => {
    const r = validateManifest(broken('</Permissions>', '</Permission>'));
    expect(codes(r)).toEqual(['xml-malformed']);
    expect(messages(r)).toMatch(/not well-formed XML/);
    expect(r.findings[0].line).toBeGreaterThan(1);
  });

  it('a resid with no resource', () => {
    const r = validateManifest(broken('<Label resid="CheckPlan.Label"/>', '<Label resid="CheckPlan.Labl"/>'));
    expect(codes(r)).toEqual(['resid-unresolved']);
    expect(messages(r)).toContain('"CheckPlan.Labl"');
  });

  it('a resid pointing at the wrong kind of resource', () => {
    const r = validateManifest(broken('<Label resid="CheckPlan.Label"/>', '<Label resid="CheckPlan.Tooltip"/>'));
    expect(codes(r)).toContain('resid-wrong-kind');
    expect(messages(r)).toContain('bt:ShortStrings');
  });

  it('an http URL', () => {
    const r = validateManifest(broken('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="http://localhost:3000/functions.json"'));
    expect(codes(r)).toContain('url-not-https');
    expect(messages(r)).toContain('http://localhost:3000/functions.json');
  });

  it('an Id that is not a GUID', () => {
    const r = validateManifest(broken('<Id>7fc3c143-b04a-40eb-809e-8be048987a81</Id>', '<Id>plan-tracker</Id>'));
    expect(codes(r)).toEqual(['id-not-guid']);
    expect(messages(r)).toContain('"plan-tracker"');
  });

  it('a duplicate resource id', () => {
    const r = validateManifest(broken('<bt:String id="OpenPane.Label"', '<bt:String id="CheckPlan.Label"'));
    expect(codes(r)).toContain('resource-id-duplicate');
    expect(messages(r)).toContain('"CheckPlan.Label" is used twice');
  });

  it('a resource id over 32 characters', () => {
    const long = 'Functions.Metadata.Url.ThatIsWayTooLong';
    const r = validateManifest(broken('<bt:Url id="Functions.Metadata.Url"', '<bt:Url id="' + long + '"').replace('<SourceLocation resid="Functions.Metadata.Url"/>', '<SourceLocation resid="' + long + '"/>'));
    expect(codes(r)).toContain('resource-id-long');
  });

  it('a missing custom functions Namespace', () => {
    const r = validateManifest(broken('<Namespace resid="Functions.Namespace"/>', ''));
    expect(codes(r)).toEqual(['customfunctions-namespace']);
    expect(messages(r)).toMatch(/Namespace/);
  });

  it('a missing Metadata source', () => {
    const r = validateManifest(broken('<Metadata>\n              <SourceLocation resid="Functions.Metadata.Url"/>\n            </Metadata>', ''));
    expect(codes(r)).toEqual(['customfunctions-metadata']);
  });

  it('a bad Version', () => {
    const r = validateManifest(broken('<Version>0.1.0.0</Version>', '<Version>v1</Version>'));
    expect(codes(r)).toEqual(['version-format']);
  });

  it('a permission other than ReadWriteDocument', () => {
    const r = validateManifest(broken('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'));
    expect(codes(r)).toEqual(['permissions']);
  });

  it('no DefaultLocale', () => {
    const r = validateManifest(broken('<DefaultLocale>en-GB</DefaultLocale>', ''));
    expect(codes(r)).toEqual(['locale-missing']);
  });

  it('no SharedRuntime requirement', () => {
    const r = validateManifest(broken('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'));
    expect(codes(r)).toEqual(['sharedruntime-requirement']);
  });

  it('a requirement set the code needs left out, or asked for at another version', () => {
    expect(codes(validateManifest(broken('      <Set Name="ExcelApi" MinVersion="1.9"/>\n', '')))).toEqual(['requirement-missing']);
    expect(codes(validateManifest(broken('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.14"/>')))).toEqual(['requirement-version']);
    expect(codes(validateManifest(broken('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', '<Set Name="CustomFunctionsRuntime"/>')))).toEqual(['requirement-version']);
  });

  it('a requirement set the code does not need', () => {
    const r = validateManifest(broken('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="SharedRuntime" MinVersion="1.1"/><Set Name="DialogApi" MinVersion="1.2"/>'));
    expect(codes(r)).toEqual(['requirement-unused']);
  });

  it('a ShowTaskpane action without a TaskpaneId, or with a second one (a shared runtime has one task pane)', () => {
    expect(codes(validateManifest(broken('<TaskpaneId>PlanTrackerPane</TaskpaneId>', '')))).toEqual(['taskpane-id']);
    const second = broken(
      '<Control xsi:type="Button" id="PlanTracker.OpenPane">',
      '<Control xsi:type="Button" id="PlanTracker.Other"><Label resid="OpenPane.Label"/><Supertip><Title resid="OpenPane.Label"/><Description resid="OpenPane.Tooltip"/></Supertip>' +
        '<Icon><bt:Image size="16" resid="Icon.16x16"/><bt:Image size="32" resid="Icon.32x32"/><bt:Image size="80" resid="Icon.80x80"/></Icon>' +
        '<Action xsi:type="ShowTaskpane"><TaskpaneId>OtherPane</TaskpaneId><SourceLocation resid="Shared.Url"/></Action></Control>\n                <Control xsi:type="Button" id="PlanTracker.OpenPane">',
    );
    expect(codes(validateManifest(second))).toEqual(['taskpane-id']);
  });

  it('a short-lived runtime', () => {
    const r = validateManifest(broken('lifetime="long"', 'lifetime="short"'));
    expect(codes(r)).toEqual(['runtime-lifetime']);
  });

  it('the pane and the functions on different pages (no shared runtime)', () => {
    const r = validateManifest(broken('<Page>\n              <SourceLocation resid="Shared.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>'));
    expect(codes(r)).toEqual(['shared-page']);
  });

  it('a ribbon icon without the 80 px size', () => {
    const r = validateManifest(broken('<bt:Image size="80" resid="Icon.80x80"/>', ''));
    expect(codes(r)).toEqual(['icon-size']);
  });

  it('a duplicate ribbon control id', () => {
    const r = validateManifest(broken('id="PlanTracker.OpenPane"', 'id="PlanTracker.CheckPlan"'));
    expect(codes(r)).toEqual(['control-id-duplicate']);
  });

  it('a wrong root element', () => {
    const r = validateManifest('<?xml version="1.0"?><Manifest/>');
    expect(codes(r)).toContain('root');
  });
});

describe('icons', () => {
  it('are valid PNGs of the declared sizes, and the committed files match the generator', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = iconPng(size);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
      // IHDR CRC covers type + data.
      expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)));
      expect(readFileSync(join(ROOT, 'assets', 'icon-' + String(size) + '.png'))).toEqual(png);
    }
  });

  it('every image the manifest names exists in assets/', () => {
    const names = Array.from(REAL.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)"/g)).map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(() => readFileSync(join(ROOT, n))).not.toThrow();
  });
});

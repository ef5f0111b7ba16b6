/**
 * Offline check of the add-in only (XML) manifest: what we can check without
 * Microsoft's online validator (`office-addin-manifest validate` needs the
 * internet). A real XML parser (saxes, strict and namespace-aware) reads the
 * file; then the rules below run on the element tree.
 *
 *   node_modules/.bin/tsx tools/validate-manifest.ts manifest.xml [dist/manifest.xml ...]
 *
 * Prints one line per finding and exits 1 when any finding is an error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { REQUIRED_SETS } from '../src/host/requirements';

export type ManifestSeverity = 'error' | 'warning';

export interface ManifestFinding {
  readonly severity: ManifestSeverity;
  /** A short rule id, e.g. `resid-unresolved`. */
  readonly code: string;
  readonly message: string;
  /** 1-based line of the element at fault, when known. */
  readonly line: number | null;
}

export interface ManifestSummary {
  readonly id: string | null;
  readonly version: string | null;
  readonly namespace: string | null;
  readonly sharedRuntimeUrl: string | null;
  readonly urls: ReadonlyArray<string>;
}

export interface ManifestReport {
  readonly findings: ReadonlyArray<ManifestFinding>;
  readonly errors: number;
  readonly warnings: number;
  readonly summary: ManifestSummary;
}

export const NS_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
export const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
export const NS_OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
export const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){1,3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const MAX_RES_ID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;

interface XmlElement {
  readonly local: string;
  readonly uri: string;
  readonly name: string;
  readonly attrs: ReadonlyArray<{ readonly local: string; readonly uri: string; readonly name: string; readonly value: string }>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

type ResourceKind = 'image' | 'url' | 'short' | 'long';

interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly value: string;
  readonly line: number;
}

/** Parses with saxes; returns the root element, or the parse errors. */
function parseXml(xml: string): { root: XmlElement | null; errors: ManifestFinding[] } {
  const errors: ManifestFinding[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('error', (err: Error) => {
    // Only the first error: later ones are usually knock-on effects of it.
    if (errors.length > 0) return;
    errors.push({ severity: 'error', code: 'xml-malformed', message: 'The manifest is not well-formed XML: ' + err.message, line: parser.line });
  });
  parser.on('opentag', (tag) => {
    const attrs = Object.keys(tag.attributes).map((k) => {
      const a = tag.attributes[k];
      return { local: a.local, uri: a.uri, name: a.name, value: a.value };
    });
    const el: XmlElement = { local: tag.local, uri: tag.uri, name: tag.name, attrs, children: [], text: '', line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.children.push(el);
    else if (root === null) root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t: string) => {
    const cur = stack[stack.length - 1];
    if (cur !== undefined) cur.text += t;
  });
  parser.on('cdata', (t: string) => {
    const cur = stack[stack.length - 1];
    if (cur !== undefined) cur.text += t;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    // saxes throws on the first fatal error when an error handler rethrows; we collect instead.
    if (errors.length === 0) {
      errors.push({ severity: 'error', code: 'xml-malformed', message: 'The manifest is not well-formed XML: ' + String(e), line: parser.line });
    }
  }
  return { root: errors.length > 0 ? null : root, errors };
}

function attr(el: XmlElement, local: string, uri = ''): string | null {
  const a = el.attrs.find((x) => x.local === local && x.uri === uri);
  return a === undefined ? null : a.value;
}

function xsiType(el: XmlElement): string | null {
  return attr(el, 'type', NS_XSI);
}

function kids(el: XmlElement | null, local: string): XmlElement[] {
  if (el === null) return [];
  return el.children.filter((c) => c.local === local);
}

function kid(el: XmlElement | null, local: string): XmlElement | null {
  const k = kids(el, local);
  return k.length > 0 ? k[0] : null;
}

function descendants(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    out.push(c);
    descendants(c, out);
  }
  return out;
}

/** The resource kind a `resid` on this element must point at. */
function expectedKind(el: XmlElement, parent: XmlElement | null): ResourceKind | null {
  switch (el.local) {
    case 'Image':
      return 'image';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'Runtime':
    case 'LearnMoreUrl':
      return 'url';
    case 'Label':
    case 'Namespace':
      return 'short';
    case 'Title':
      return 'short';
    case 'Description':
      return parent !== null && (parent.local === 'Supertip' || parent.local === 'GetStarted') ? 'long' : null;
    default:
      return null;
  }
}

const KIND_NAMES: Readonly<Record<ResourceKind, string>> = {
  image: 'bt:Images',
  url: 'bt:Urls',
  short: 'bt:ShortStrings',
  long: 'bt:LongStrings',
};

export function validateManifest(xml: string): ManifestReport {
  const findings: ManifestFinding[] = [];
  const err = (code: string, message: string, line: number | null): void => {
    findings.push({ severity: 'error', code, message, line });
  };
  const warn = (code: string, message: string, line: number | null): void => {
    findings.push({ severity: 'warning', code, message, line });
  };
  const emptySummary: ManifestSummary = { id: null, version: null, namespace: null, sharedRuntimeUrl: null, urls: [] };

  const parsed = parseXml(xml);
  if (parsed.root === null) {
    const f = parsed.errors.length > 0 ? parsed.errors : [{ severity: 'error' as const, code: 'xml-empty', message: 'The manifest has no root element.', line: null }];
    return { findings: f, errors: f.length, warnings: 0, summary: emptySummary };
  }
  const root: XmlElement = parsed.root;

  // Root element and type.
  if (root.local !== 'OfficeApp' || root.uri !== NS_APP) {
    err('root', 'The root element must be OfficeApp in namespace ' + NS_APP + '; found ' + root.name + ' (' + (root.uri || 'no namespace') + ').', root.line);
  }
  if (xsiType(root) !== 'TaskPaneApp') {
    err('root-type', 'OfficeApp must have xsi:type="TaskPaneApp" (an Excel task pane add-in); found ' + String(xsiType(root)) + '.', root.line);
  }

  // Basic settings.
  const idEl = kid(root, 'Id');
  const id = idEl === null ? null : idEl.text.trim();
  if (idEl === null || id === null || id === '') err('id-missing', 'The manifest has no <Id>. Add a new GUID.', root.line);
  else if (!GUID.test(id)) err('id-not-guid', '<Id> must be a GUID like 7fc3c143-b04a-40eb-809e-8be048987a81; found "' + id + '".', idEl.line);

  const versionEl = kid(root, 'Version');
  const version = versionEl === null ? null : versionEl.text.trim();
  if (versionEl === null || version === null) err('version-missing', 'The manifest has no <Version>.', root.line);
  else if (!VERSION.test(version)) err('version-format', '<Version> must be 2 to 4 dot-separated numbers of up to 5 digits (e.g. 1.0.0.0); found "' + version + '".', versionEl.line);

  const provider = kid(root, 'ProviderName');
  if (provider === null || provider.text.trim() === '') err('provider-missing', 'The manifest has no <ProviderName>.', root.line);

  const locale = kid(root, 'DefaultLocale');
  if (locale === null || locale.text.trim() === '') err('locale-missing', 'The manifest has no <DefaultLocale> (e.g. en-GB).', root.line);
  else if (!LOCALE.test(locale.text.trim())) err('locale-format', '<DefaultLocale> must be a culture name such as en-GB; found "' + locale.text.trim() + '".', locale.line);

  for (const name of ['DisplayName', 'Description']) {
    const el = kid(root, name);
    if (el === null) err(name.toLowerCase() + '-missing', 'The manifest has no <' + name + '>.', root.line);
    else if ((attr(el, 'DefaultValue') ?? '').trim() === '') err(name.toLowerCase() + '-empty', '<' + name + '> needs a DefaultValue.', el.line);
  }
  const displayName = kid(root, 'DisplayName');
  if (displayName !== null && (attr(displayName, 'DefaultValue') ?? '').length > 125) err('displayname-long', 'DisplayName is longer than 125 characters.', displayName.line);

  const perms = kid(root, 'Permissions');
  if (perms === null) err('permissions-missing', 'The manifest has no <Permissions>; it must be ReadWriteDocument.', root.line);
  else if (perms.text.trim() !== 'ReadWriteDocument') err('permissions', '<Permissions> must be ReadWriteDocument (read the plan, write owned columns and sheets); found "' + perms.text.trim() + '".', perms.line);

  const hostNames = kids(kid(root, 'Hosts'), 'Host').map((h) => attr(h, 'Name'));
  if (!hostNames.includes('Workbook')) err('host-excel', 'The manifest must declare <Host Name="Workbook"/> (Excel).', root.line);

  const defaultSource = kid(kid(root, 'DefaultSettings'), 'SourceLocation');
  const defaultUrl = defaultSource === null ? null : attr(defaultSource, 'DefaultValue');
  if (defaultSource === null || defaultUrl === null) err('default-source-missing', 'DefaultSettings/SourceLocation is missing.', root.line);

  // Requirements: exactly the sets the code needs (src/host/requirements.ts, which the pane checks at run time too).
  const setsEl = kid(kid(root, 'Requirements'), 'Sets');
  const sets = kids(setsEl, 'Set');
  const shared = sets.find((s) => attr(s, 'Name') === 'SharedRuntime');
  if (shared === undefined) err('sharedruntime-requirement', 'Requirements must include <Set Name="SharedRuntime" MinVersion="1.1"/>.', root.line);
  else if (attr(shared, 'MinVersion') !== '1.1') err('sharedruntime-requirement', 'The SharedRuntime requirement must have MinVersion="1.1"; found ' + String(attr(shared, 'MinVersion')) + '.', shared.line);
  const declared = setsOf(setsEl);
  for (const need of REQUIRED_SETS) {
    if (need.name === 'SharedRuntime') continue; // its own rule above
    const found = declared.find((d) => d.name === need.name);
    if (found === undefined) err('requirement-missing', 'Requirements must declare <Set Name="' + need.name + '" MinVersion="' + need.version + '"/>: the add-in uses it (src/host/requirements.ts).', setsEl === null ? root.line : setsEl.line);
    else if (found.version !== need.version) err('requirement-version', 'The ' + need.name + ' requirement must be MinVersion="' + need.version + '", the newest the add-in needs; found ' + found.version + '.', found.line);
  }
  for (const d of declared) {
    if (!REQUIRED_SETS.some((n) => n.name === d.name)) err('requirement-unused', 'Requirements declare ' + d.name + ' ' + d.version + ', which the add-in does not need (src/host/requirements.ts): it would shut out Excel versions for nothing.', d.line);
  }

  // URLs: every URL-looking attribute or text in the whole manifest must be https.
  const all = [root].concat(descendants(root));
  const urls: string[] = [];
  for (const el of all) {
    for (const a of el.attrs) {
      if (a.uri === 'http://www.w3.org/2000/xmlns/' || a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      if (URL_LIKE.test(a.value.trim())) {
        urls.push(a.value.trim());
        if (!a.value.trim().startsWith('https://')) err('url-not-https', 'Every URL must use https; <' + el.name + ' ' + a.name + '="' + a.value + '"> does not.', el.line);
      }
    }
    const t = el.children.length === 0 ? el.text.trim() : '';
    if (t !== '' && URL_LIKE.test(t)) {
      urls.push(t);
      if (!t.startsWith('https://')) err('url-not-https', 'Every URL must use https; <' + el.name + '>' + t + '</' + el.name + '> does not.', el.line);
    }
  }
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const el = kid(root, name);
    if (el === null) {
      if (name !== 'SupportUrl') err(name.toLowerCase() + '-missing', 'The manifest has no <' + name + '>.', root.line);
      else warn('supporturl-missing', 'The manifest has no <SupportUrl> (AppSource requires one).', root.line);
    } else if (!URL_LIKE.test(attr(el, 'DefaultValue') ?? '')) {
      err('url-invalid', '<' + name + '> DefaultValue must be an absolute https URL; found "' + String(attr(el, 'DefaultValue')) + '".', el.line);
    }
  }

  // VersionOverrides and Resources.
  const vo = kid(root, 'VersionOverrides');
  if (vo === null || vo.uri !== NS_OV) {
    err('versionoverrides-missing', 'The manifest needs <VersionOverrides> (namespace ' + NS_OV + ') for the ribbon, the shared runtime and custom functions.', root.line);
    return finish(findings, { id, version, namespace: null, sharedRuntimeUrl: null, urls });
  }
  if (xsiType(vo) !== 'VersionOverridesV1_0') err('versionoverrides-type', 'VersionOverrides must have xsi:type="VersionOverridesV1_0" (the v1.0 schema of taskpaneappversionoverrides).', vo.line);

  const resources = new Map<string, Resource>();
  const resEl = kid(vo, 'Resources');
  if (resEl === null) err('resources-missing', 'VersionOverrides has no <Resources>.', vo.line);
  const groups: ReadonlyArray<[string, string, ResourceKind]> = [
    ['Images', 'Image', 'image'],
    ['Urls', 'Url', 'url'],
    ['ShortStrings', 'String', 'short'],
    ['LongStrings', 'String', 'long'],
  ];
  for (const [groupName, itemName, kind] of groups) {
    for (const item of kids(kid(resEl, groupName), itemName)) {
      const rid = attr(item, 'id');
      const value = attr(item, 'DefaultValue') ?? '';
      if (rid === null || rid === '') {
        err('resource-id-missing', 'A bt:' + itemName + ' in bt:' + groupName + ' has no id.', item.line);
        continue;
      }
      if (rid.length > MAX_RES_ID) err('resource-id-long', 'Resource id "' + rid + '" is ' + String(rid.length) + ' characters; the limit is ' + String(MAX_RES_ID) + '.', item.line);
      const prev = resources.get(rid);
      if (prev !== undefined) {
        err('resource-id-duplicate', 'Resource id "' + rid + '" is used twice (line ' + String(prev.line) + ' and line ' + String(item.line) + '); ids must be unique in Resources.', item.line);
        continue;
      }
      if (value.trim() === '') err('resource-empty', 'Resource "' + rid + '" has no DefaultValue.', item.line);
      if (kind === 'short' && value.length > MAX_SHORT) err('resource-string-long', 'Short string "' + rid + '" is longer than ' + String(MAX_SHORT) + ' characters.', item.line);
      if (kind === 'long' && value.length > MAX_LONG) err('resource-string-long', 'Long string "' + rid + '" is longer than ' + String(MAX_LONG) + ' characters.', item.line);
      if ((kind === 'url' || kind === 'image') && !value.startsWith('https://')) err('url-not-https', 'Resource "' + rid + '" must be an absolute https URL; found "' + value + '".', item.line);
      resources.set(rid, { id: rid, kind, value, line: item.line });
    }
  }

  // Every resid resolves, to the right kind of resource.
  const voAll: Array<{ el: XmlElement; parent: XmlElement | null }> = [];
  const walk = (el: XmlElement, parent: XmlElement | null): void => {
    voAll.push({ el, parent });
    for (const c of el.children) walk(c, el);
  };
  walk(vo, null);
  for (const { el, parent } of voAll) {
    const rid = attr(el, 'resid');
    if (rid === null) continue;
    if (rid.length > MAX_RES_ID) err('resid-long', 'resid "' + rid + '" on <' + el.name + '> is longer than ' + String(MAX_RES_ID) + ' characters.', el.line);
    const res = resources.get(rid);
    if (res === undefined) {
      err('resid-unresolved', 'resid "' + rid + '" on <' + el.name + '> (line ' + String(el.line) + ') has no matching id in Resources.', el.line);
      continue;
    }
    const want = expectedKind(el, parent);
    if (want !== null && want !== res.kind) {
      err('resid-wrong-kind', 'resid "' + rid + '" on <' + el.name + '> must point at ' + KIND_NAMES[want] + ' but points at ' + KIND_NAMES[res.kind] + '.', el.line);
    }
  }

  // The Excel host in VersionOverrides.
  const voHost = kids(kid(vo, 'Hosts'), 'Host').find((h) => xsiType(h) === 'Workbook') ?? null;
  if (voHost === null) {
    err('vo-host-missing', 'VersionOverrides/Hosts has no <Host xsi:type="Workbook">.', vo.line);
    return finish(findings, { id, version, namespace: null, sharedRuntimeUrl: null, urls });
  }
  const urlOf = (rid: string | null): string | null => {
    if (rid === null) return null;
    const r = resources.get(rid);
    return r === undefined ? null : r.value;
  };

  // Shared runtime.
  const runtimes = kids(kid(voHost, 'Runtimes'), 'Runtime');
  let runtimeResid: string | null = null;
  if (runtimes.length === 0) {
    err('runtime-missing', 'The Workbook host has no <Runtimes><Runtime resid="..." lifetime="long"/></Runtimes>: the shared runtime is not configured.', voHost.line);
  } else {
    const rt = runtimes[0];
    runtimeResid = attr(rt, 'resid');
    if (runtimeResid === null) err('runtime-resid', '<Runtime> has no resid.', rt.line);
    if (attr(rt, 'lifetime') !== 'long') err('runtime-lifetime', '<Runtime> must have lifetime="long" so custom functions and the ribbon keep working with the pane closed; found ' + String(attr(rt, 'lifetime')) + '.', rt.line);
  }
  const sharedUrl = urlOf(runtimeResid);
  if (sharedUrl !== null && defaultUrl !== null && sharedUrl !== defaultUrl) {
    err('shared-page', 'DefaultSettings/SourceLocation (' + defaultUrl + ') and the Runtime page (' + sharedUrl + ') must be the same page in a shared runtime.', defaultSource === null ? null : defaultSource.line);
  }

  // Custom functions.
  const cfPoint = kids(kid(voHost, 'AllFormFactors'), 'ExtensionPoint').find((e) => xsiType(e) === 'CustomFunctions') ?? null;
  let namespace: string | null = null;
  if (cfPoint === null) {
    err('customfunctions-missing', 'AllFormFactors has no <ExtensionPoint xsi:type="CustomFunctions">.', voHost.line);
  } else {
    for (const part of ['Script', 'Page', 'Metadata']) {
      const loc = kid(kid(cfPoint, part), 'SourceLocation');
      if (loc === null || attr(loc, 'resid') === null) err('customfunctions-' + part.toLowerCase(), 'The CustomFunctions extension point needs <' + part + '><SourceLocation resid="..."/></' + part + '>.', cfPoint.line);
    }
    const page = kid(kid(cfPoint, 'Page'), 'SourceLocation');
    const pageResid = page === null ? null : attr(page, 'resid');
    if (pageResid !== null && runtimeResid !== null && pageResid !== runtimeResid) {
      err('shared-page', 'The custom functions Page resid ("' + pageResid + '") must be the Runtime resid ("' + runtimeResid + '") so functions run in the shared runtime.', page === null ? null : page.line);
    }
    const metaUrl = urlOf(attr(kid(kid(cfPoint, 'Metadata'), 'SourceLocation') ?? cfPoint, 'resid'));
    if (metaUrl !== null && !/\.json(\?.*)?$/.test(metaUrl)) warn('customfunctions-metadata', 'The Metadata URL should be the generated functions.json; found ' + metaUrl + '.', cfPoint.line);
    const ns = kid(cfPoint, 'Namespace');
    if (ns === null || attr(ns, 'resid') === null) {
      err('customfunctions-namespace', 'The CustomFunctions extension point needs <Namespace resid="..."/> (the PLAN namespace).', cfPoint.line);
    } else {
      const r = resources.get(attr(ns, 'resid') ?? '');
      if (r !== undefined) {
        namespace = r.value;
        if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(r.value)) err('customfunctions-namespace', 'The custom functions namespace must be letters, digits and dots; found "' + r.value + '".', ns.line);
      }
    }
  }

  // Ribbon: function file, buttons, icons.
  const desktop = kid(voHost, 'DesktopFormFactor');
  if (desktop === null) {
    err('desktop-missing', 'The Workbook host has no <DesktopFormFactor> (ribbon buttons).', voHost.line);
  } else {
    const ff = kid(desktop, 'FunctionFile');
    const ffResid = ff === null ? null : attr(ff, 'resid');
    if (ffResid === null) err('functionfile-missing', 'DesktopFormFactor needs <FunctionFile resid="..."/> for ExecuteFunction buttons.', desktop.line);
    else if (runtimeResid !== null && ffResid !== runtimeResid) err('shared-page', 'FunctionFile resid ("' + ffResid + '") must be the Runtime resid ("' + runtimeResid + '") so ribbon commands run in the shared runtime.', ff === null ? null : ff.line);
    const controlIds = new Map<string, number>();
    const paneIds: string[] = [];
    const deskAll = descendants(desktop);
    for (const el of deskAll) {
      if ((el.local === 'Control' || el.local === 'Group' || el.local === 'CustomTab') && attr(el, 'id') !== null) {
        const cid = attr(el, 'id') ?? '';
        const prev = controlIds.get(cid);
        if (prev !== undefined) err('control-id-duplicate', 'Ribbon id "' + cid + '" is used twice (lines ' + String(prev) + ' and ' + String(el.line) + ').', el.line);
        else controlIds.set(cid, el.line);
        if (cid.length > 125) err('control-id-long', 'Ribbon id "' + cid + '" is longer than 125 characters.', el.line);
      }
      if (el.local === 'Icon') {
        const sizes = kids(el, 'Image').map((i) => attr(i, 'size'));
        for (const s of ['16', '32', '80']) if (!sizes.includes(s)) err('icon-size', '<Icon> at line ' + String(el.line) + ' lacks a bt:Image of size ' + s + ' (16, 32 and 80 are required).', el.line);
      }
      if (el.local === 'Action') {
        const t = xsiType(el);
        if (t === 'ExecuteFunction') {
          const fn = kid(el, 'FunctionName');
          if (fn === null || fn.text.trim() === '') err('action-function', 'An ExecuteFunction action needs a <FunctionName>.', el.line);
        } else if (t === 'ShowTaskpane') {
          const loc = kid(el, 'SourceLocation');
          const r = loc === null ? null : attr(loc, 'resid');
          if (r === null) err('action-source', 'A ShowTaskpane action needs <SourceLocation resid="..."/>.', el.line);
          else if (runtimeResid !== null && r !== runtimeResid) err('shared-page', 'ShowTaskpane SourceLocation ("' + r + '") must be the Runtime resid ("' + runtimeResid + '") so the pane shares the runtime.', el.line);
          // "A shared runtime only supports the use of one task pane. Note that any task pane without a
          // <TaskpaneID> is considered a different task pane." (Configure your Office Add-in to use a shared runtime)
          const paneId = kid(el, 'TaskpaneId');
          const id = paneId === null ? '' : paneId.text.trim();
          if (id === '') err('taskpane-id', 'A ShowTaskpane action in the shared runtime needs a <TaskpaneId>: without one Excel opens a second task pane, which a shared runtime does not support.', el.line);
          else if (paneIds.length > 0 && paneIds.indexOf(id) < 0) err('taskpane-id', 'Every ShowTaskpane action must use the one <TaskpaneId> ("' + paneIds[0] + '"); "' + id + '" would open a second task pane, which a shared runtime does not support.', el.line);
          if (id !== '' && paneIds.indexOf(id) < 0) paneIds.push(id);
        } else {
          err('action-type', 'Unknown action type ' + String(t) + ' (ExecuteFunction or ShowTaskpane).', el.line);
        }
      }
    }
    if (!deskAll.some((e) => e.local === 'OfficeTab' || e.local === 'CustomTab')) warn('ribbon-missing', 'No ribbon tab (OfficeTab/CustomTab) is declared.', desktop.line);
  }

  return finish(findings, { id, version, namespace, sharedRuntimeUrl: sharedUrl, urls });
}

/** The `<Set>`s of a `<Sets>` element, with DefaultMinVersion applied where MinVersion is left out. */
function setsOf(setsEl: XmlElement | null): Array<{ name: string; version: string; line: number }> {
  const fallback = setsEl === null ? '1.1' : attr(setsEl, 'DefaultMinVersion') ?? '1.1';
  return kids(setsEl, 'Set').map((s) => ({ name: attr(s, 'Name') ?? '', version: attr(s, 'MinVersion') ?? fallback, line: s.line }));
}

/** The requirement sets a manifest declares (name and minimum version). */
export function declaredSets(xml: string): Array<{ name: string; version: string }> {
  const parsed = parseXml(xml);
  if (parsed.root === null) return [];
  return setsOf(kid(kid(parsed.root, 'Requirements'), 'Sets')).map((s) => ({ name: s.name, version: s.version }));
}

function finish(findings: ManifestFinding[], summary: ManifestSummary): ManifestReport {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { findings, errors, warnings, summary };
}

export function formatReport(file: string, report: ManifestReport): string[] {
  const lines = report.findings.map((f) => file + (f.line !== null ? ':' + String(f.line) : '') + ': ' + f.severity + ' [' + f.code + '] ' + f.message);
  const s = report.summary;
  lines.push(
    file + ': ' + (report.errors === 0 ? 'OK' : 'FAILED') + ' - ' + String(report.errors) + ' error(s), ' + String(report.warnings) + ' warning(s)' +
      (s.id !== null ? '; id ' + s.id : '') + (s.version !== null ? ', version ' + s.version : '') +
      (s.namespace !== null ? ', functions namespace ' + s.namespace : '') +
      (s.sharedRuntimeUrl !== null ? ', shared runtime ' + s.sharedRuntimeUrl : ''),
  );
  return lines;
}

/** CLI: validates each file given (default manifest.xml); returns the exit code. */
export function main(argv: ReadonlyArray<string>): number {
  const files = argv.length > 0 ? argv : ['manifest.xml'];
  let failed = false;
  for (const file of files) {
    let xml: string;
    try {
      xml = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(file + ': cannot read: ' + String(e));
      failed = true;
      continue;
    }
    const report = validateManifest(xml);
    for (const line of formatReport(file, report)) console.log(line);
    if (report.errors > 0) failed = true;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

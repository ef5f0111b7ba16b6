/**
 * The Check tab's findings as one WAI-ARIA listbox with groups: one Tab stop,
 * arrow keys inside (aria-activedescendant), Enter or Space selects the
 * finding's cell as a click does. Errors come first, grouped by rule in the
 * contract's order (4.3), each group labelled with the rule's title and count;
 * warnings follow, and the caller decides whether they are shown.
 */
import type { Finding, RuleId, Severity } from '../core/findings';
import { RULE_IDS, ruleTitle } from '../core/rules';
import { h, replaceChildren, uid } from './dom';
import { plural } from './format';

export interface RuleGroup {
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly findings: ReadonlyArray<Finding>;
}

/** Errors first, then warnings; within each, rules in contract order; findings in workbook order. */
export function groupByRule(findings: ReadonlyArray<Finding>): RuleGroup[] {
  const groups: RuleGroup[] = [];
  for (const severity of ['error', 'warning'] as const) {
    for (const rule of RULE_IDS) {
      const matching = findings.filter((f) => f.severity === severity && f.rule === rule);
      if (matching.length > 0) groups.push({ severity, rule, findings: matching });
    }
  }
  return groups;
}

export interface FindingsList {
  /** The listbox element (the one Tab stop). */
  readonly element: HTMLElement;
  /** Shows these groups; keeps the active finding when it is still listed. */
  show(groups: ReadonlyArray<RuleGroup>): void;
}

/** `Error` / `Warning` and where: `Actions!F8 · 1.2`. */
function where(f: Finding): string {
  return f.sheet + '!' + f.cell + (f.ref !== null ? ' · ' + f.ref : '');
}

/** The same finding in a later check (findings are new objects each time). */
function findingKey(f: Finding): string {
  return f.rule + '|' + f.sheet + '|' + f.cell;
}

export function createFindingsList(label: string, onChoose: (f: Finding) => void): FindingsList {
  const list = h('div', { role: 'listbox', class: 'findings-list', tabindex: 0, 'aria-label': label });
  let options: HTMLElement[] = [];
  let findingOf = new Map<HTMLElement, Finding>();
  let active = -1;

  function activate(index: number, scroll: boolean): void {
    if (options.length === 0) return;
    const next = Math.max(0, Math.min(options.length - 1, index));
    if (active >= 0 && active < options.length) {
      options[active].classList.remove('active');
      options[active].setAttribute('aria-selected', 'false');
    }
    active = next;
    const option = options[active];
    option.classList.add('active');
    option.setAttribute('aria-selected', 'true');
    list.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  }

  function choose(option: HTMLElement): void {
    const f = findingOf.get(option);
    if (f !== undefined) onChoose(f);
  }

  list.addEventListener('focus', () => {
    // No scrolling here: a mouse press focuses the list too, and the page must not jump under the pointer.
    if (active < 0 && options.length > 0) activate(0, false);
  });
  list.addEventListener('keydown', (e: KeyboardEvent) => {
    if (options.length === 0) return;
    const page = 10;
    let next = -2;
    if (e.key === 'ArrowDown') next = active + 1;
    else if (e.key === 'ArrowUp') next = active - 1;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = options.length - 1;
    else if (e.key === 'PageDown') next = active + page;
    else if (e.key === 'PageUp') next = active - page;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (active >= 0) choose(options[active]);
      return;
    }
    if (next === -2) return;
    e.preventDefault();
    activate(next, true);
  });
  list.addEventListener('click', (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target.closest('[role=option]') : null;
    if (!(target instanceof HTMLElement)) return;
    const index = options.indexOf(target);
    if (index < 0) return;
    activate(index, false);
    choose(target);
  });

  function show(groups: ReadonlyArray<RuleGroup>): void {
    const kept = active >= 0 && active < options.length ? findingOf.get(options[active]) : undefined;
    const keep = kept === undefined ? null : findingKey(kept);
    options = [];
    findingOf = new Map<HTMLElement, Finding>();
    active = -1;
    const children = groups.map((g) => {
      const labelId = uid('rule');
      const word = g.severity === 'error' ? 'error' : 'warning';
      const items = g.findings.map((f) => {
        const option = h('div', { role: 'option', id: uid('finding'), class: 'finding sev-' + f.severity, 'aria-selected': 'false', 'data-cell': f.sheet + '!' + f.cell }, [
          h('span', { class: 'sev-label' }, [f.severity === 'error' ? 'Error' : 'Warning']),
          h('span', { class: 'where' }, [where(f)]),
          h('span', { class: 'message' }, [f.message]),
        ]);
        options.push(option);
        findingOf.set(option, f);
        return option;
      });
      return h('div', { role: 'group', class: 'rule-group sev-' + g.severity, 'aria-labelledby': labelId, 'data-rule': g.rule }, [
        h('div', { role: 'presentation', id: labelId, class: 'rule-title' }, [ruleTitle(g.rule) + ' (' + plural(g.findings.length, word) + ')']),
        ...items,
      ]);
    });
    list.removeAttribute('aria-activedescendant');
    replaceChildren(list, children);
    if (keep !== null) {
      const again = options.findIndex((o) => {
        const f = findingOf.get(o);
        return f !== undefined && findingKey(f) === keep;
      });
      if (again >= 0) activate(again, false);
    }
  }

  return { element: list, show };
}

/**
 * The pane's Help: a closed-by-default section at the foot of the pane with
 * the essentials, every rule's title and what to do (from core RULES, the
 * table docs/workbook-format.md is generated from), and a link to that guide,
 * which the build serves beside the pane.
 */
import { RULES, RULE_IDS } from '../core/rules';
import { h } from './dom';

/** Where the build puts docs/workbook-format.md, relative to the pane's page (webpack configs). */
const GUIDE_PATH = 'help/workbook-format.txt';

export function createHelp(): HTMLElement {
  return h('details', { class: 'help', id: 'pane-help' }, [
    h('summary', {}, ['Help']),
    h('div', { class: 'help-body' }, [
      h('p', {}, [
        'The pane reads the open workbook: the Actions sheet (or Action plan, Improvement plan, Plan, Action tracker), the Measures sheet (or Scorecard, KPIs), and the optional Officers and Settings sheets. Columns may be in any order under their usual names; titles above the table are fine.',
      ]),
      h('p', {}, [
        'Everything is worked out as of one date: the As of field, else the As of row on the Settings sheet, else today. The command line and the Office Scripts use the same date.',
      ]),
      h('p', {}, [
        'The pane writes only its own columns (Calculated RAG, Days overdue, Check; Latest, Progress to target, Trajectory and the like) and the Monthly roll-up, Roll-up history and RAG history sheets. No other cell changes.',
      ]),
      h('p', {}, [
        h('a', { href: GUIDE_PATH, target: '_blank', rel: 'noopener' }, ['The workbook guide for analysts']),
        ' (opens in a new window): every column name the pane knows, what it writes, and the as-of rule.',
      ]),
      h('h3', {}, ['What the check finds, and what to do']),
      h('p', { class: 'note' }, ['Errors block the board; warnings do not.']),
      h('dl', { class: 'rule-help' }, RULE_IDS.map((id) => h('div', {}, [h('dt', {}, [RULES[id].title]), h('dd', {}, [RULES[id].fix])]))),
    ]),
  ]);
}

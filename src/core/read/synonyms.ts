/**
 * Sheet and column names (contract 1). Every key is a matchKey form, so
 * `Due date:`, `due  date` and `DUE-DATE` all match `duedate`.
 */

export interface ColumnSpec {
  /** Canonical column name, the key of `TableLayout.columns`. */
  readonly name: string;
  /** Exact header keys (matchKey forms). */
  readonly keys: ReadonlyArray<string>;
  /** Header key prefixes (`Target 2016/17`), tried only after every exact match. */
  readonly prefixes?: ReadonlyArray<string>;
  /** Among several prefix matches, prefer the header naming this financial year (relative to the plan year). */
  readonly preferYearOffset?: number;
  readonly required: boolean;
  /** A column the product writes (contract 5): found so it is rewritten in place, never counted as recognised. */
  readonly owned?: boolean;
  /** How to say the column to a person. */
  readonly label: string;
  /** The synonyms as people write them, for messages. */
  readonly examples: ReadonlyArray<string>;
}

function col(name: string, examples: ReadonlyArray<string>, keys: ReadonlyArray<string>, required: boolean): ColumnSpec {
  return { name, keys, required, label: name, examples };
}

function owned(name: string, key: string): ColumnSpec {
  return { name, keys: [key], required: false, owned: true, label: name, examples: [name] };
}

export const ACTION_COLUMNS: ReadonlyArray<ColumnSpec> = [
  col('Ref', ['Ref', 'Reference', 'Action ref', 'No.', 'ID', '#'],
    ['ref', 'reference', 'actionref', 'no', 'nos', 'id', '#', 'refno', 'actionno', 'actionid', 'actionnumber'], true),
  col('Theme', ['Theme', 'Priority', 'Workstream', 'Area', 'Section'],
    ['theme', 'priority', 'thematicarea', 'workstream', 'area', 'section'], false),
  col('Action', ['Action', 'Action description', 'What?', 'What we will do', 'Activity', 'Task', 'Key action'],
    ['action', 'actiondescription', 'what', 'whatwewilldo', 'activity', 'task', 'keyaction', 'actions', 'keyactions'], true),
  col('Outcome', ['Expected outcome', 'Outcome', 'Impact', 'Intended impact', 'What difference will it make'],
    ['expectedoutcome', 'outcome', 'impact', 'intendedimpact', 'whatdifferencewillitmake', 'expectedoutcomes', 'outcomes'], true),
  col('Measures', ['Measure', 'Measures', 'Improvement measure', 'Success measures', 'KPI', 'Measure ref'],
    ['measure', 'measures', 'improvementmeasure', 'improvementmeasures', 'measureofsuccess', 'successmeasures',
      'successcriteria', 'kpi', 'kpis', 'measureref'], false),
  col('Lead', ['Lead officer', 'Lead', 'Who?', 'Owner', 'Responsible officer', 'Accountable officer'],
    ['leadofficer', 'lead', 'who', 'owner', 'responsibleofficer', 'accountableofficer'], true),
  col('Due', ['Due date', 'Target date', 'Deadline', 'By when', 'When?', 'Timescale', 'Due', 'Date due'],
    ['duedate', 'targetdate', 'deadline', 'bywhen', 'when', 'timescale', 'timescales', 'due', 'datedue'], true),
  col('Status', ['Status', 'Current status', 'Progress status'], ['status', 'currentstatus', 'progressstatus'], true),
  col('Manual RAG', ['RAG', 'RAG status', 'RAG rating', 'BRAG'], ['rag', 'ragstatus', 'ragrating', 'brag'], false),
  col('Completed', ['Completed date', 'Date completed', 'Completion date', 'Actual completion date'],
    ['completeddate', 'datecompleted', 'completiondate', 'actualcompletiondate'], false),
  col('Update', ['Progress update', 'Update', 'Progress to date', 'Commentary', 'Comments', 'Monthly update'],
    ['progressupdate', 'update', 'progresstodate', 'commentary', 'comments', 'monthlyupdate'], false),
  col('Updated', ['Last updated', 'Date of update', 'Updated on', 'As at'], ['lastupdated', 'dateofupdate', 'updatedon', 'asat'], false),
  col('Evidence', ['Evidence', 'Evidence of impact', 'Evidence location'], ['evidence', 'evidenceofimpact', 'evidencelocation'], false),
  owned('Calculated RAG', 'calculatedrag'),
  owned('Days overdue', 'daysoverdue'),
  owned('Check', 'check'),
];

export const MEASURE_COLUMNS: ReadonlyArray<ColumnSpec> = [
  col('ID', ['Measure ID', 'Measure ref', 'KPI ref', 'PI code', 'Ref', 'ID'],
    ['measureid', 'measureref', 'kpiref', 'picode', 'ref', 'id', 'kpiid', 'piref'], true),
  col('Name', ['Measure', 'Measure name', 'Indicator', 'KPI', 'Description'],
    ['measure', 'measurename', 'indicator', 'indicatorname', 'kpi', 'kpiname', 'description'], true),
  col('Theme', ['Theme', 'Priority', 'Thematic area'], ['theme', 'priority', 'thematicarea'], false),
  col('Unit', ['Unit', 'Measure type', 'Format'], ['unit', 'units', 'measuretype', 'format'], false),
  col('Polarity', ['Polarity', 'Good is', 'Direction', 'Good performance is'],
    ['polarity', 'goodis', 'direction', 'goodperformanceis'], true),
  {
    ...col('Baseline', ['Baseline', 'Outturn', 'Previous year', 'Baseline 2015/16'],
      ['baseline', 'outturn', 'previousyear', 'baselineoutturn'], false),
    prefixes: ['baseline', 'outturn'],
    preferYearOffset: -1,
  },
  {
    ...col('Target', ['Target', 'Annual target', 'Target value', 'Target 2016/17'], ['target', 'annualtarget', 'targetvalue'], true),
    prefixes: ['target'],
    preferYearOffset: 0,
  },
  col('Tolerance', ['Tolerance', 'Amber tolerance', 'Amber threshold'], ['tolerance', 'ambertolerance', 'amberthreshold'], false),
  col('Tolerance type', ['Tolerance type'], ['tolerancetype'], false),
  col('Floor', ['Floor', 'Floor standard'], ['floor', 'floorstandard'], false),
  col('England', ['England', 'National'], ['england', 'national'], false),
  col('Statistical neighbours', ['Statistical neighbours', 'Stat neighbours', 'SN'],
    ['statisticalneighbours', 'statneighbours', 'sn', 'statisticalneighbour', 'statneighbour'], false),
  col('Core cities', ['Core cities'], ['corecities'], false),
  owned('Latest', 'latest'),
  owned('Latest period', 'latestperiod'),
  owned('Progress to target', 'progresstotarget'),
  owned('Calculated RAG', 'calculatedrag'),
  owned('Trajectory', 'trajectory'),
  owned('Direction of travel', 'directionoftravel'),
];

export type SheetKind = 'actions' | 'measures' | 'officers' | 'settings';

/** Sheet (and Excel table) names, in order of preference. */
export const SHEET_SYNONYMS: Readonly<Record<SheetKind, ReadonlyArray<string>>> = {
  actions: ['actions', 'actionplan', 'improvementplan', 'plan', 'actiontracker'],
  measures: ['measures', 'scorecard', 'kpis', 'performancemeasures', 'indicators'],
  officers: ['officers', 'leads'],
  settings: ['settings', 'plansettings'],
};

export const SHEET_LABELS: Readonly<Record<SheetKind, string>> = {
  actions: 'Actions (or Action plan, Improvement plan, Plan, Action tracker)',
  measures: 'Measures (or Scorecard, KPIs, Performance measures, Indicators)',
  officers: 'Officers (or Leads)',
  settings: 'Settings (or Plan settings)',
};

/** The product's history sheet (contract 5), read so a roll-up can keep other months. */
export const HISTORY_SHEET_KEY = 'rolluphistory';

/** The product's RAG history sheet (contract 5), read so a roll-up keeps other months and the Board pack can say what moved. */
export const RAG_HISTORY_SHEET_KEY = 'raghistory';

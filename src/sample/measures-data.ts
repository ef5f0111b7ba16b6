/**
 * The scorecard of the sample plan: the report's own figures (care leavers in
 * EET 58% in 2015/16, PEPs judged good 80%, children in care in good or
 * outstanding schools 83.2% against a 75% target, IRO files judged good 60%)
 * and the usual children's social care indicators, with England, statistical
 * neighbour and Core City comparators. April to September 2016 are filled.
 *
 * Storage is mixed on purpose, as in real trackers: most percentages are
 * fractions under a `%` format, one row's months are typed as points
 * (58, 60, 61), one value is suppressed (`c`), one target is `TBC`, and one
 * unit is blank with a `%`-formatted target.
 */

/** A number (shown with the row's format) or text typed into the cell. */
export type SampleNumber = number | string | null;

export interface SampleMeasure {
  readonly id: string;
  readonly name: string;
  /** Theme column text; null when the section row above gives the theme. */
  readonly theme: string | null;
  readonly unit: string | null;
  readonly polarity: string;
  readonly baseline: SampleNumber;
  readonly target: SampleNumber;
  readonly tolerance: number | null;
  readonly england: SampleNumber;
  readonly statNeighbours: SampleNumber;
  readonly coreCities: SampleNumber;
  /** April .. September 2016. */
  readonly months: ReadonlyArray<SampleNumber>;
  /** Number format of baseline, target, comparators and months. */
  readonly format: string;
  /** Number format of the month cells when it differs (the row typed as points). */
  readonly monthFormat?: string;
}

export interface SampleMeasureSection {
  readonly heading: string;
  readonly measures: ReadonlyArray<SampleMeasure>;
}

const PCT = '0%';
const PCT1 = '0.0%';

export const SAMPLE_MEASURE_SECTIONS: ReadonlyArray<SampleMeasureSection> = [
  {
    heading: '1. Social work practice',
    measures: [
      {
        id: 'SW1', name: 'Re-referrals to children’s social care within 12 months of a previous referral', theme: '1. Social work practice',
        unit: '%', polarity: 'Lower is better', baseline: 0.24, target: 0.2, tolerance: 2,
        england: 0.22, statNeighbours: 0.21, coreCities: 0.23, months: [0.23, 0.22, 0.22, 0.21, 0.21, 0.2], format: PCT,
      },
      {
        id: 'SW2', name: 'Single assessments completed within 45 working days', theme: '1. Social work practice',
        unit: '%', polarity: 'Higher is better', baseline: 0.78, target: 0.85, tolerance: 3,
        england: 0.83, statNeighbours: 0.82, coreCities: 0.8, months: [0.79, 0.81, 0.8, 0.83, 0.84, 0.82], format: PCT,
      },
      {
        id: 'SW3', name: 'Case file audits graded good or outstanding', theme: '1. Social work practice',
        unit: 'Percentage', polarity: 'Higher is better', baseline: 0.35, target: 0.5, tolerance: null,
        england: null, statNeighbours: null, coreCities: null, months: [0.36, 0.38, 0.4, 0.41, 0.43, 0.44], format: PCT,
      },
      {
        id: 'SW4', name: 'Children subject to a child protection plan for 2 years or more', theme: '1. Social work practice',
        unit: '%', polarity: 'Lower is better', baseline: 0.045, target: 0.03, tolerance: 1,
        england: 0.038, statNeighbours: 0.04, coreCities: 0.042, months: [0.044, 0.041, 0.04, 0.037, 0.036, 0.035], format: PCT1,
      },
      {
        id: 'SW5', name: 'Children becoming subject to a child protection plan for a second or subsequent time', theme: null,
        unit: '%', polarity: 'L', baseline: 0.19, target: 0.16, tolerance: null,
        england: 0.179, statNeighbours: 0.17, coreCities: 0.18, months: [0.188, 0.185, 0.18, 0.176, 0.17, 0.172], format: PCT1,
      },
    ],
  },
  {
    heading: '2. Care leavers',
    measures: [
      {
        id: 'CL1', name: 'Care leavers aged 19-21 in education, employment or training', theme: '2. Care leavers',
        unit: '%', polarity: 'Higher is better', baseline: 0.58, target: 0.65, tolerance: 5,
        england: 0.49, statNeighbours: 0.5, coreCities: 0.46, months: [58, 60, 61, 59, 61, 62], format: PCT, monthFormat: 'General',
      },
      {
        id: 'CL2', name: 'Care leavers in suitable accommodation', theme: '2. Care leavers',
        unit: '%', polarity: 'Higher is better', baseline: 0.82, target: 0.9, tolerance: null,
        england: 0.81, statNeighbours: 0.83, coreCities: 0.8, months: [0.83, 0.82, 0.8, 0.79, 0.78, 0.79], format: PCT,
      },
      {
        id: 'CL3', name: 'Care leavers with an up-to-date pathway plan', theme: '2. Care leavers',
        unit: '%', polarity: 'Higher is better', baseline: 0.76, target: 0.95, tolerance: null,
        england: null, statNeighbours: null, coreCities: null, months: [0.76, 0.77, 0.79, 0.8, 0.8, 0.81], format: PCT,
      },
      {
        id: 'CL4', name: 'Care leavers the local authority is in touch with', theme: '2. Care leavers',
        unit: '%', polarity: 'Higher is better', baseline: 0.88, target: 0.95, tolerance: null,
        england: 0.88, statNeighbours: 0.9, coreCities: 0.87, months: [0.89, 0.9, 0.9, 0.91, 0.92, 0.93], format: PCT,
      },
    ],
  },
  {
    heading: '3. Children in care',
    measures: [
      {
        id: 'CIC1', name: 'Personal Education Plans (PEPs) judged good or better against LA criteria', theme: '3. Children in care',
        unit: '%', polarity: 'Higher is better', baseline: 0.8, target: 0.8, tolerance: null,
        england: null, statNeighbours: null, coreCities: null, months: [0.8, 0.8, 0.82, 0.82, 0.82, 0.83], format: PCT,
      },
      {
        id: 'CIC2', name: 'Children in care attending good or outstanding schools (in Bristol)', theme: '3. Children in care',
        unit: '%', polarity: 'Higher is better', baseline: 0.832, target: 0.75, tolerance: null,
        england: 0.77, statNeighbours: 0.79, coreCities: 0.74, months: [0.83, 0.832, 0.835, 0.835, 0.83, 0.832], format: PCT1,
      },
      {
        id: 'CIC3', name: 'Children in care with 3 or more placements in the year', theme: '3. Children in care',
        unit: '%', polarity: 'Lower is better', baseline: 0.11, target: 0.09, tolerance: null,
        england: 0.1, statNeighbours: 0.1, coreCities: 0.11, months: [0.11, 0.108, 0.105, 0.104, 0.1, 0.099], format: PCT1,
      },
      {
        id: 'CIC4', name: 'Children in care per 10,000 children under 18', theme: '3. Children in care',
        unit: 'Rate per 10,000', polarity: 'Context', baseline: 72, target: null, tolerance: null,
        england: 60, statNeighbours: 73, coreCities: 80, months: [71.6, 71.9, 72.4, 72.8, 73.1, 73.5], format: '0.0',
      },
      {
        id: 'CIC5', name: 'Children in care reviews held within timescale', theme: '3. Children in care',
        unit: '%', polarity: 'H', baseline: 0.89, target: 0.95, tolerance: null,
        england: 0.9, statNeighbours: 0.91, coreCities: 0.88, months: [0.9, 0.91, 0.88, 0.92, 0.93, 0.92], format: PCT,
      },
      {
        id: 'CIC6', name: 'IRO case file audits judged good or better', theme: '3. Children in care',
        unit: '%', polarity: 'Higher is better', baseline: 0.6, target: 0.75, tolerance: null,
        england: null, statNeighbours: null, coreCities: null, months: [0.6, 0.62, 'c', 0.64, 0.65, 0.66], format: PCT,
      },
    ],
  },
  {
    heading: '4. Leadership, management and governance',
    measures: [
      {
        id: 'LM1', name: 'Average social worker caseload (children)', theme: '4. Leadership and caseloads',
        unit: 'Number', polarity: 'Lower is better', baseline: 21, target: 18, tolerance: null,
        england: 17.8, statNeighbours: 18.5, coreCities: 19.2, months: [21.2, 20.8, 20.5, 20.1, 19.9, 20.4], format: '0.0',
      },
      {
        id: 'LM2', name: 'Supervision recorded within timescale', theme: '4. Leadership and caseloads',
        unit: null, polarity: 'Higher is better', baseline: 0.7, target: 0.9, tolerance: null,
        england: null, statNeighbours: null, coreCities: null, months: [0.71, 0.74, 0.76, 0.73, 0.78, 0.81], format: PCT,
      },
      {
        id: 'LM3', name: 'Initial child protection conferences held within 15 working days of the strategy discussion', theme: '4. Leadership and caseloads',
        unit: '%', polarity: 'Higher is better', baseline: 0.68, target: 0.8, tolerance: null,
        england: 0.77, statNeighbours: 0.75, coreCities: 0.72, months: [0.66, 0.7, 0.69, 0.71, 0.72, 0.74], format: PCT,
      },
    ],
  },
  {
    heading: '5. Workforce',
    measures: [
      {
        id: 'WF1', name: 'Social worker vacancy rate', theme: '5. Workforce',
        unit: '%', polarity: 'Lower is better', baseline: 0.22, target: 0.15, tolerance: 2,
        england: 0.17, statNeighbours: 0.16, coreCities: 0.19, months: [0.22, 0.21, 0.21, 0.2, 0.19, 0.18], format: PCT,
      },
      {
        id: 'WF2', name: 'Agency social workers as a share of all social workers', theme: '5. Workforce',
        unit: '%', polarity: 'Lower is better', baseline: 0.18, target: 0.12, tolerance: null,
        england: 0.16, statNeighbours: 0.15, coreCities: 0.17, months: [0.18, 0.18, 0.17, 0.17, 0.16, 0.16], format: PCT,
      },
      {
        id: 'WF3', name: 'Social worker turnover (rolling 12 months)', theme: '5. Workforce',
        unit: '%', polarity: 'Lower is better', baseline: 0.21, target: 0.15, tolerance: null,
        england: 0.15, statNeighbours: 0.16, coreCities: 0.17, months: [0.21, 0.2, 0.2, 0.19, 0.19, 0.18], format: PCT,
      },
    ],
  },
  {
    heading: '6. Multi-agency contact and referral',
    measures: [
      {
        id: 'MA1', name: 'Contacts that become referrals (conversion rate)', theme: '6. Contact and referral',
        unit: '%', polarity: 'Close to target', baseline: 0.22, target: 0.3, tolerance: 5,
        england: 0.4, statNeighbours: 0.34, coreCities: 0.31, months: [0.23, 0.24, 0.25, 0.26, 0.27, 0.27], format: PCT,
      },
      {
        id: 'MA2', name: 'MASH decisions made within 24 hours', theme: '6. Contact and referral',
        unit: '%', polarity: 'Higher is better', baseline: 0.72, target: 0.95, tolerance: null,
        england: null, statNeighbours: null, coreCities: null, months: [0.74, 0.78, 0.81, 0.84, 0.86, 0.88], format: PCT,
      },
      {
        id: 'MA3', name: 'Domestic abuse notifications screened within 24 hours', theme: '6. Contact and referral',
        unit: '%', polarity: 'Higher is better', baseline: 0.64, target: 'TBC', tolerance: null,
        england: null, statNeighbours: null, coreCities: null, months: [0.64, 0.66, 0.7, 0.81, 0.9, 0.93], format: PCT,
      },
    ],
  },
];

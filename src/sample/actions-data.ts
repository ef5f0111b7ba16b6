/**
 * The actions of the sample plan: the six themes of the Bristol Children's
 * Services Improvement Plan 2016-17, as an analyst would keep them at the end
 * of September 2016. A few rows carry the real problems the check should find
 * (see planted.ts); everything else is clean as of 30/09/2016.
 */

/** A real date (`yyyy-mm-dd`), text typed into a date cell, or blank. */
export type SampleDate = string | { readonly text: string } | null;

export interface SampleAction {
  /** Text, or a number when the ref was typed as a number. */
  readonly ref: string | number;
  readonly action: string;
  readonly outcome: string;
  readonly measures: string | null;
  readonly lead: string;
  readonly due: SampleDate;
  readonly status: string;
  readonly rag: string | null;
  readonly completed: SampleDate;
  readonly update: string | null;
  readonly updated: SampleDate;
  readonly evidence: string | null;
}

export interface SampleTheme {
  readonly heading: string;
  readonly actions: ReadonlyArray<SampleAction>;
}

export const SAMPLE_THEMES: ReadonlyArray<SampleTheme> = [
  {
    heading: '1. Provide consistently good social work practice for children and families',
    actions: [
      {
        ref: '1.1', action: 'Embed the Quality Assurance Framework (QAF) with a monthly programme of themed case file audits',
        outcome: 'Audit findings are understood and acted on by every team; the quality of practice improves', measures: 'SW3',
        lead: 'Paul Okafor', due: '2017-03-31', status: 'On track', rag: 'Green', completed: null,
        update: 'Themed audits of CIN plans (July) and strategy discussions (August) completed; learning shared through the practice bulletin.',
        updated: '2016-09-22', evidence: 'QAF audit programme (SharePoint)',
      },
      {
        ref: '1.2', action: 'Introduce moderation of audit grades by senior managers so that grading is consistent',
        outcome: 'Audit grades are reliable and comparable between teams', measures: 'SW3',
        lead: 'Sanjay Mehta', due: '2016-07-31', status: 'Complete', rag: 'Blue', completed: '2016-08-05',
        update: 'Moderation panel meets monthly; 10% of audits moderated. First panel slipped a week because of leave.',
        updated: '2016-08-05', evidence: 'Moderation panel terms of reference and minutes',
      },
      {
        ref: '1.3', action: 'Publish practice standards for assessments, plans and visits, with a practice handbook for all teams',
        outcome: 'Consistent, child-focused practice across the city', measures: 'SW2',
        lead: 'Sanjay Mehta', due: '2016-11-30', status: 'In progress', rag: 'G', completed: null,
        update: 'Draft standards consulted on with team managers; handbook with the designers.',
        updated: '2016-09-15', evidence: null,
      },
      {
        ref: '1.4', action: 'Roll out Signs of Safety training to all social workers and team managers',
        outcome: 'Plans are clear, SMART and understood by families', measures: 'SW5',
        lead: 'Lucy Farrant', due: '2017-01-31', status: 'On track', rag: 'Green', completed: null,
        update: '142 of 230 staff trained; remaining cohorts booked October to January.',
        updated: '2016-09-20', evidence: null,
      },
      {
        ref: '1.4', action: 'Review every child subject to a child protection plan for more than 18 months at a senior manager panel',
        outcome: 'Drift and delay for children on long-term plans is reduced', measures: 'SW4',
        lead: 'Paul Okafor', due: '2016-10-31', status: 'On track', rag: 'Green', completed: null,
        update: '31 of 38 children reviewed; 9 plans ended or stepped down to CIN.',
        updated: '2016-09-26', evidence: null,
      },
      {
        ref: '1.6', action: 'Improve the timeliness of single assessments through weekly performance clinics with team managers',
        outcome: '85% of assessments completed within 45 working days', measures: 'SW2',
        lead: 'Daniel Price', due: '2016-12-31', status: 'At risk', rag: 'Amber', completed: null,
        update: 'Timeliness dipped in September because of vacancies in the Central team; recovery plan agreed with the Head of Service.',
        updated: '2016-09-27', evidence: null,
      },
      {
        ref: '1.7', action: 'Strengthen management oversight: case direction recorded on every file at key decision points',
        outcome: 'Decisions are clear, timely and recorded', measures: 'Audit evidence of management oversight',
        lead: 'Helen Marsh', due: { text: 'Dec 2016' }, status: 'Not started', rag: 'G', completed: null,
        update: 'Starts once the supervision policy (4.2) is refreshed.',
        updated: '2016-09-20', evidence: null,
      },
      {
        ref: '1.8', action: 'Review the Child in Need pathway and step-down arrangements to Early Help',
        outcome: 'Child in Need plans are reviewed on time and cases step down safely', measures: 'SW1',
        lead: 'Paul Okafor', due: '2016-06-30', status: 'Completed', rag: 'Blue', completed: '2016-06-24',
        update: 'Revised pathway launched 24 June.',
        updated: '2016-06-24', evidence: 'CIN pathway v2 and step-down protocol',
      },
    ],
  },
  {
    heading: '2. Improve outcomes for care leavers and enable them to move successfully to adulthood',
    actions: [
      {
        ref: '2.1', action: 'Make sure every care leaver has an up-to-date, good quality pathway plan written with them',
        outcome: 'Pathway plans are current and meaningful to the young person', measures: 'CL3',
        lead: 'Gemma Hollis', due: '2016-12-31', status: 'On track', rag: 'Green', completed: null,
        update: "Pathway plan template revised with the Care Leavers' Forum; 81% of plans up to date in September.",
        updated: '2016-09-21', evidence: null,
      },
      {
        ref: '2.2', action: 'Increase care leavers in education, employment or training through the Council apprenticeship and work experience offer',
        outcome: '65% of care leavers aged 19-21 in EET', measures: 'CL1',
        lead: 'Rachel Denton', due: '2017-03-31', status: 'On track', rag: 'Green', completed: null,
        update: '12 care leavers started Council apprenticeships since April; EET at 62% in September.',
        updated: '2016-09-23', evidence: null,
      },
      {
        ref: '2.3', action: "Work with housing providers to increase supported accommodation, supported lodgings and 'staying put' arrangements",
        outcome: 'Care leavers live in suitable accommodation', measures: 'CL2',
        lead: 'Simon Ashworth', due: '2016-10-31', status: 'Off track', rag: 'Red', completed: null,
        update: 'Two supported lodgings providers withdrew in August; re-commissioning delayed to November. Escalated to the Improvement Board.',
        updated: '2016-09-23', evidence: null,
      },
      {
        ref: '2.4', action: 'Publish the Local Offer for care leavers',
        outcome: 'Care leavers know what support they are entitled to', measures: 'CL4',
        lead: 'Gemma Hollis', due: '2016-08-31', status: 'Complete', rag: 'Blue', completed: null,
        update: "Local Offer published on the Council website and shared at the Care Leavers' Forum.",
        updated: '2016-09-01', evidence: 'Local Offer web page',
      },
      {
        ref: '2.5', action: 'Keep in touch with every care leaver aged 19-21 through a named personal adviser',
        outcome: '95% of care leavers in touch with the service', measures: 'CL4',
        lead: 'Gemma Hollis', due: '2016-09-30', status: 'On track', rag: 'G', completed: null,
        update: 'Personal adviser caseloads rebalanced; 93% in touch in September.',
        updated: '2016-09-28', evidence: null,
      },
      {
        ref: '2.6', action: "Commission a review of the leaving care service led by the Care Leavers' Forum",
        outcome: 'Care leavers shape the service they receive', measures: null,
        lead: 'Jo Fenwick', due: '2016-11-30', status: 'On track', rag: 'Green', completed: null,
        update: 'Forum members trained as peer reviewers; fieldwork October.',
        updated: '2016-09-16', evidence: null,
      },
    ],
  },
  {
    heading: '3. Improve outcomes for children in care and act as an effective corporate parent',
    actions: [
      {
        ref: '3.1', action: 'Quality-assure Personal Education Plans (PEPs) every term through the Virtual School',
        outcome: '80% of PEPs judged good or better', measures: 'CIC1',
        lead: 'Tom Whitcombe', due: '2017-03-31', status: 'On track', rag: 'G', completed: null,
        update: 'Summer term PEP audit: 82% good or better.',
        updated: '2016-09-19', evidence: null,
      },
      {
        ref: 3.2, action: 'Set up a placement stability panel for children who have had two placement moves in the year',
        outcome: 'Fewer children in care have three or more placements', measures: 'CIC3',
        lead: 'Simon Ashworth', due: '2017-01-31', status: 'On track', rag: 'Green', completed: null,
        update: 'Panel started in August; 14 children considered.',
        updated: '2016-09-14', evidence: null,
      },
      {
        ref: '3.3', action: 'Refresh the Corporate Parenting Pledge with children in care and relaunch it with elected members',
        outcome: 'The promises in the Pledge are known and kept', measures: null,
        lead: 'Rachel Denton', due: '2016-07-31', status: 'Complete', rag: 'Blue', completed: '2016-07-19',
        update: 'Pledge relaunched at Corporate Parenting Panel on 19 July.',
        updated: '2016-07-19', evidence: 'Corporate Parenting Panel report, July 2016',
      },
      {
        ref: '3.4', action: 'Strengthen IRO oversight: IROs use the dispute resolution process and track every escalation to a conclusion',
        outcome: '75% of IRO case files judged good or better', measures: 'CIC6',
        lead: 'Aisha Rahman', due: '2016-08-31', status: 'On track', rag: null, completed: null,
        update: 'Escalation tracker in place; quarterly IRO report to the Improvement Board drafted.',
        updated: '2016-09-12', evidence: null,
      },
      {
        ref: '3.5', action: "Make sure children in care attend good or outstanding schools, with Virtual School challenge for any placement in a school that 'requires improvement'",
        outcome: '75% of children in care in good or outstanding schools', measures: 'CIC2',
        lead: 'Tom Whitcombe', due: '2017-03-31', status: 'On track', rag: 'G', completed: null,
        update: '83% in good or outstanding settings in Bristol; 79% out of authority.',
        updated: '2016-09-19', evidence: null,
      },
      {
        ref: '3.6', action: 'Improve the timeliness of health assessments for children in care with the Clinical Commissioning Group',
        outcome: "Children's health needs are assessed and met", measures: 'Health assessment timeliness (CCG report)',
        lead: 'Rachel Denton', due: { text: 'Ongoing' }, status: 'On track', rag: null, completed: null,
        update: 'Joint action plan agreed with the CCG designated nurse.',
        updated: '2016-09-09', evidence: null,
      },
      {
        ref: '3.7', action: "Redesign children in care reviews so they are held on time and children take part in their own review",
        outcome: 'Reviews are timely and children participate', measures: 'CIC5',
        lead: 'Aisha Rahman', due: '2016-10-30', status: 'Not started', rag: 'A', completed: null,
        update: 'Consultation with the Children in Care Council planned for October half term.',
        updated: '2016-09-12', evidence: null,
      },
    ],
  },
  {
    heading: '4. Provide effective leadership, management and governance to ensure robust decision-making and manageable caseloads',
    actions: [
      {
        ref: '4.1', action: 'Introduce a caseload management framework with weekly caseload reports for team managers',
        outcome: 'Average social worker caseload of 18 children', measures: 'LM1',
        lead: 'Daniel Price', due: '2016-11-30', status: 'At risk', rag: 'Amber', completed: null,
        update: 'Average caseload 20.4 in September; demand up 9% on last year. Two additional agency workers agreed for the Central team.',
        updated: '2016-09-29', evidence: null,
      },
      {
        ref: '4.2', action: 'Refresh the supervision policy and audit the quality of supervision every quarter',
        outcome: '90% of supervision recorded within timescale', measures: 'LM2',
        lead: 'Sanjay Mehta', due: '2016-10-31', status: 'In progress', rag: 'G', completed: null,
        update: 'Policy drafted; goes to the Practice Improvement Group in October.',
        updated: '2016-09-22', evidence: null,
      },
      {
        ref: '4.3', action: 'Children’s Services Improvement Board reviews the plan every month against a performance scorecard',
        outcome: 'Robust governance and challenge of progress', measures: null,
        lead: 'Helen Marsh', due: '2016-04-30', status: 'Complete', rag: 'B', completed: '2016-04-28',
        update: 'Board meeting monthly since April; scorecard in place.',
        updated: '2016-04-28', evidence: 'Improvement Board terms of reference and minutes',
      },
      {
        ref: '4.4', action: 'Set up a demand management workstream from the front door to care',
        outcome: 'Demand for statutory services is understood and managed', measures: null,
        lead: 'Niamh Kelly', due: '2016-12-31', status: 'At risk', rag: 'Amber', completed: null,
        update: null,
        updated: '2016-09-29', evidence: null,
      },
      {
        ref: '4.5', action: 'Make initial child protection conferences timely by adding conference chair capacity',
        outcome: '80% of initial child protection conferences within 15 working days', measures: 'LM3',
        lead: 'Paul Okafor', due: '2016-08-31', status: 'At risk', rag: 'Green', completed: null,
        update: 'Two additional chairs recruited, starting October; timeliness 74% in September.',
        updated: '2016-09-26', evidence: null,
      },
      {
        ref: '4.6', action: 'Commission a peer review of children’s social care by another Core City',
        outcome: 'Independent assurance of the quality of practice', measures: null,
        lead: 'Helen Marsh', due: '2017-03-31', status: 'Not started', rag: 'G', completed: null,
        update: 'Scoping with the regional improvement alliance.',
        updated: '2016-09-05', evidence: null,
      },
    ],
  },
  {
    heading: '5. Enable a stable and resilient workforce that feel valued and who choose to develop their careers in Bristol',
    actions: [
      {
        ref: '5.1', action: 'Run a recruitment campaign for experienced social workers, with a market supplement for hard-to-fill teams',
        outcome: 'Social worker vacancy rate of 15%', measures: 'WF1',
        lead: 'Karen Boyd', due: '2016-10-31', status: 'In progress', rag: 'G', completed: null,
        update: 'Campaign launched 5 September; 23 applications, 9 interviews booked.',
        updated: '2016-09-27', evidence: null,
      },
      {
        ref: '5.2', action: 'Reduce reliance on agency social workers with a permanent conversion offer',
        outcome: 'Agency social workers below 12% of the workforce', measures: 'WF2',
        lead: 'Karen Boyd', due: '2017-03-31', status: 'On track', rag: 'G', completed: null,
        update: '4 agency workers converted to permanent since June.',
        updated: '2016-09-27', evidence: null,
      },
      {
        ref: '5.3', action: 'Set up an ASYE academy for newly qualified social workers',
        outcome: 'Newly qualified social workers are supported and stay', measures: null,
        lead: 'Lucy Farrant', due: '2016-07-31', status: 'Completed', rag: 'Blue', completed: '2016-07-29',
        update: 'Academy launched with the September cohort of 18 NQSWs.',
        updated: '2016-07-29', evidence: 'ASYE academy handbook',
      },
      {
        ref: '5.4', action: 'Introduce exit interviews and a retention action plan',
        outcome: 'Social worker turnover reduced', measures: 'WF3',
        lead: 'Karen Boyd', due: '2016-09-30', status: 'Complete - awaiting sign-off', rag: 'G', completed: null,
        update: 'Retention plan drafted from 27 exit interviews; with the Service Director for sign-off.',
        updated: '2016-09-28', evidence: null,
      },
      {
        ref: '5.5', action: 'Introduce a career progression framework with Advanced Practitioner roles',
        outcome: 'Experienced social workers choose to build their careers in Bristol', measures: 'WF3',
        lead: 'Lucy Farrant', due: { text: '12/31/2016' }, status: 'On track', rag: null, completed: null,
        update: 'Job descriptions with HR for evaluation.',
        updated: '2016-09-21', evidence: null,
      },
      {
        ref: '5.6', action: 'Run a social work health check survey and act on the results',
        outcome: 'Staff feel valued and listened to', measures: null,
        lead: 'Lucy Farrant', due: '2016-05-31', status: 'Deferred', rag: null, completed: null,
        update: 'Deferred to January 2017 to line up with the LGA Standards for Employers health check.',
        updated: '2016-05-20', evidence: null,
      },
    ],
  },
  {
    heading: '6. Deliver effective multi-agency contact and referral arrangements for identifying and managing the range of risks of harm to children and young people',
    actions: [
      {
        ref: '6.1', action: 'Review MASH arrangements with police and health so that every contact gets a timely decision',
        outcome: '95% of MASH decisions made within 24 hours', measures: 'MA2',
        lead: 'Mark Ellery', due: '2016-12-31', status: 'On track', rag: 'G', completed: null,
        update: 'Health practitioner now co-located in the MASH; police resourcing review in October.',
        updated: '2016-09-26', evidence: null,
      },
      {
        ref: '6.2', action: 'Prepare for a Joint Targeted Area Inspection (JTAI): multi-agency self-assessment and deep dive audit of children living with domestic abuse',
        outcome: 'Partners are ready for inspection and know the strengths and gaps', measures: 'MA3',
        lead: 'Mark Ellery', due: '2016-11-30', status: 'On track', rag: 'G', completed: null,
        update: 'Self-assessment drafted; multi-agency audit of 20 domestic abuse cases in October.',
        updated: '2016-09-26', evidence: null,
      },
      {
        ref: '6.3', action: 'Introduce daily screening of domestic abuse notifications with the police',
        outcome: 'Domestic abuse notifications are screened and acted on promptly', measures: 'MA3',
        lead: 'Mark Ellery', due: '2016-07-31', status: 'Complete', rag: 'B', completed: '2016-07-22',
        update: 'Daily triage meeting in place since 22 July.',
        updated: '2016-07-22', evidence: 'Triage protocol signed by Avon and Somerset Police',
      },
      {
        ref: '6.4', action: 'Agree a multi-agency threshold document with Bristol Safeguarding Children Board partners',
        outcome: 'Partners apply thresholds consistently; the right contacts become referrals', measures: 'MA1',
        lead: 'Paul Okafor', due: '2016-06-30', status: 'Off track', rag: 'R', completed: null,
        update: 'Partners have not yet signed off the draft; BSCB to agree at its October meeting.',
        updated: '2016-09-15', evidence: null,
      },
      {
        ref: '6.5', action: 'Hold every strategy discussion within one working day of the decision to hold one',
        outcome: 'Children at risk of significant harm are protected quickly', measures: 'MA2',
        lead: 'Mark Ellery', due: '2016-10-31', status: 'Not started', rag: 'G', completed: null,
        update: 'Recording form in the case management system changed; reporting from October.',
        updated: '2016-09-26', evidence: null,
      },
      {
        ref: '6.6', action: 'Create a single front door for professionals and the public, with a consultation line for professionals',
        outcome: 'Professionals get advice quickly and make fewer inappropriate contacts', measures: 'MA1, MA2',
        lead: 'Mark Ellery', due: '2017-01-31', status: 'On track', rag: 'G', completed: null,
        update: 'Consultation line pilot agreed.',
        updated: '2016-07-15', evidence: null,
      },
    ],
  },
];

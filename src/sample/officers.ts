/** Lead officers of the sample plan. Fictional people; the roles are the ones a council would have. */
export interface SampleOfficer {
  readonly name: string;
  readonly role: string;
}

export const SAMPLE_OFFICERS: ReadonlyArray<SampleOfficer> = [
  { name: 'Helen Marsh', role: 'Service Director, Care and Support - Children & Families' },
  { name: 'Paul Okafor', role: 'Head of Service, Safeguarding and Quality Assurance' },
  { name: 'Rachel Denton', role: 'Head of Service, Children in Care and Care Leavers' },
  { name: 'Sanjay Mehta', role: 'Principal Social Worker' },
  { name: 'Gemma Hollis', role: 'Service Manager, Leaving Care Service' },
  { name: 'Tom Whitcombe', role: 'Virtual School Headteacher' },
  { name: 'Aisha Rahman', role: 'Service Manager, Independent Reviewing Officers' },
  { name: 'Mark Ellery', role: 'Head of Service, First Response and MASH' },
  { name: 'Karen Boyd', role: 'HR Business Partner, People Directorate' },
  { name: 'Lucy Farrant', role: 'Workforce Development Manager' },
  { name: 'Daniel Price', role: 'Performance and Intelligence Manager' },
  { name: 'Niamh Kelly', role: 'Improvement Programme Manager' },
  { name: 'Simon Ashworth', role: 'Service Manager, Placements and Commissioning' },
];

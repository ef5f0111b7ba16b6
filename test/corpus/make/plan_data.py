"""The plan every corpus file carries: an Actions sheet and a Measures sheet
laid out per the workbook contract (sections 1-4), as of October 2016.
Generators import it so each file is a plan the roll-up writes into, plus
one feature written by another program (LibreOffice, openpyxl, XlsxWriter)."""
import datetime

ACTIONS_HEADER = ['Ref', 'Theme', 'Action', 'Expected outcome', 'Lead officer',
                  'Due date', 'Status', 'Progress update']
ACTIONS = [
    ['1.1', '1', 'Audit case files monthly', 'Better practice', 'Jo Smith',
     datetime.date(2016, 12, 31), 'On track', 'Audits running'],
    ['1.2', '1', 'Train team managers', 'Stronger oversight', 'Ann Lee',
     datetime.date(2016, 9, 30), 'In progress', 'Sessions booked'],
    ['2.1', '2', 'Pathway plan audit', 'Better plans', 'Sam Patel',
     datetime.date(2016, 11, 15), 'Not started', None],
    ['2.2', '2', 'Care leaver forum', 'Voice heard', 'Sam Patel',
     datetime.date(2016, 8, 1), 'Complete', 'Forum met'],
    ['3.1', '3', 'PEP quality audit', 'Good PEPs', 'Jo Smith',
     datetime.date(2017, 3, 31), 'At risk', 'Staff shortage'],
]

MONTHS = [datetime.date(2016, m, 1) for m in range(4, 10)]
MEASURES_HEADER = ['Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity',
                   'Baseline', 'Target'] + ['Apr 2016', 'May 2016', 'Jun 2016',
                                            'Jul 2016', 'Aug 2016', 'Sep 2016']
MEASURES = [
    ['SW1', 'Assessments within 45 working days', '1', '%', 'Higher is better',
     0.70, 0.85, 0.72, 0.75, 0.78, 0.80, 0.82, 0.86],
    ['CL1', 'Care leavers in EET', '2', '%', 'Higher is better',
     0.58, 0.65, 0.58, 0.59, 0.60, 0.61, 'c', 0.62],
    ['RR1', 'Re-referrals within 12 months', '1', '%', 'Lower is better',
     0.25, 0.22, 0.24, 0.26, 0.25, 0.26, 0.27, None],
    ['CIC1', 'Children in care per 10,000', '3', 'Rate', 'Context',
     70, None, 70, 71, 71, 72, 72, 72],
]

# Columns (0-based) holding fractions shown as percentages on % rows.
PCT_FIRST_COL = 5


def is_pct_cell(row, col):
    return row[3] == '%' and col >= PCT_FIRST_COL and isinstance(row[col], float)


def excel_serial(d):
    return (d - datetime.date(1899, 12, 30)).days

"""Corpus files written by openpyxl (Debian python3-openpyxl): the plan of
plan_data.py plus workbook structure protection, a protected sheet, comments,
a merged title, defined names and formulas, laid out the way openpyxl writes them.
Run by ../make-corpus.sh with the output folder as the only argument."""
import datetime
import os
import sys

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection

from plan_data import ACTIONS, ACTIONS_HEADER, MEASURES, MEASURES_HEADER, is_pct_cell

OUT = sys.argv[1]


def write_plan(wb, title_rows=0):
    actions = wb.active
    actions.title = 'Action plan'
    measures = wb.create_sheet('Scorecard')
    head = Font(bold=True)
    fill = PatternFill('solid', fgColor='FFDDEBF7')
    if title_rows:
        actions.cell(row=1, column=1, value="Children's Services Improvement Plan 2016/17").font = Font(bold=True, size=14)
        actions.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    for c, h in enumerate(ACTIONS_HEADER, start=1):
        cell = actions.cell(row=title_rows + 1, column=c, value=h)
        cell.font = head
        cell.fill = fill
    for r, row in enumerate(ACTIONS, start=title_rows + 2):
        for c, v in enumerate(row, start=1):
            cell = actions.cell(row=r, column=c, value=v)
            if isinstance(v, datetime.date):
                cell.number_format = 'dd/mm/yyyy'
    for c, h in enumerate(MEASURES_HEADER, start=1):
        measures.cell(row=1, column=c, value=h).font = head
    for r, row in enumerate(MEASURES, start=2):
        for c, v in enumerate(row):
            cell = measures.cell(row=r, column=c + 1, value=v)
            if is_pct_cell(row, c):
                cell.number_format = '0%'
    return actions, measures


def protected_book():
    wb = Workbook()
    actions, measures = write_plan(wb, title_rows=2)
    wb.security = WorkbookProtection(workbookPassword='b00k', lockStructure=True)
    actions.protection.sheet = True
    actions.protection.password = 'sh33t'
    actions['C4'].comment = Comment('Check with the audit team', 'Jo Smith')
    measures['A2'].comment = Comment('Owned by performance', 'Ann Lee')
    wb.defined_names.append(DefinedName('Targets', attr_text="Scorecard!$G$2:$G$5"))
    summary = wb.create_sheet('Summary')
    summary['A1'] = 'Average target'
    summary['B1'] = '=AVERAGE(Targets)'
    summary['A2'] = 'Latest SW1'
    summary['B2'] = "=Scorecard!M2"
    wb.properties.created = datetime.datetime(2016, 10, 1, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2016, 10, 1, 9, 0, 0)
    wb.save(os.path.join(OUT, 'op-protected-book.xlsx'))


protected_book()

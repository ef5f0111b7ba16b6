"""Reads an .xlsx back with openpyxl (a second, independent reader) and prints
JSON: sheet names, and for the plan's Actions and Measures sheets the header
row, every header and the values, number formats and fill colours of each
column; the first cells of the owned sheets. Used by corpus.test.ts."""
import datetime
import json
import sys
import warnings

import openpyxl

warnings.simplefilter('ignore')
ACTIONS = ('actions', 'action plan')
MEASURES = ('measures', 'scorecard')


def plain(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.strftime('%Y-%m-%d')
    return v


def table(ws):
    header = None
    for r in range(1, 16):
        texts = [c.value for c in ws[r]]
        if 'Ref' in texts or 'Measure ID' in texts:
            header = r
            break
    if header is None:
        return None
    columns = {}
    for c in ws[header]:
        if isinstance(c.value, str):
            col = {'index': c.column - 1, 'values': [], 'formats': [], 'fills': [], 'bold': bool(c.font and c.font.b)}
            for r in range(header + 1, ws.max_row + 1):
                cell = ws.cell(r, c.column)
                col['values'].append(plain(cell.value))
                col['formats'].append(cell.number_format)
                fill = cell.fill
                col['fills'].append(fill.fgColor.rgb if fill is not None and fill.fill_type == 'solid' else None)
            columns[c.value] = col
    return {'headerRow': header - 1, 'columns': columns}


def main(path):
    wb = openpyxl.load_workbook(path, keep_vba=path.endswith('.xlsm'))
    out = {'sheets': wb.sheetnames, 'date1904': wb.epoch.year == 1904}
    for ws in wb.worksheets:
        key = ws.title.strip().lower()
        if key in ACTIONS:
            out['actions'] = table(ws)
        elif key in MEASURES:
            out['measures'] = table(ws)
        elif key in ('monthly roll-up', 'roll-up history', 'rag history'):
            out[key] = [[plain(c.value) for c in row] for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 12))]
    print(json.dumps(out))


main(sys.argv[1])

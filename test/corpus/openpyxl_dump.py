"""An independent reader for the corpus test: prints JSON of what openpyxl
reads from an .xlsx (cached formula results, data_only): every sheet name,
and for each worksheet its non-empty cells (value, type, number format),
merged areas and tables. Dates and times become 1900-system Excel serials.
Usage: openpyxl_dump.py FILE.xlsx"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.worksheet import Worksheet


def plain(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return {'serial': to_excel(value)}
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


def main(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = {'sheetNames': [], 'sheets': {}}
    for ws in wb.worksheets:
        if not isinstance(ws, Worksheet):
            continue
        out['sheetNames'].append(ws.title)
        cells = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                cells[cell.coordinate] = {'value': plain(cell.value), 'type': cell.data_type, 'format': cell.number_format}
        tables = [{'name': t.displayName or t.name, 'ref': t.ref} for t in ws.tables.values()]
        out['sheets'][ws.title] = {
            'cells': cells,
            'merges': sorted(str(m) for m in ws.merged_cells.ranges),
            'tables': tables,
        }
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main(sys.argv[1])

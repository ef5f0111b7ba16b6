"""Files that exercise what the package reader must get right, written by
XlsxWriter, openpyxl and LibreOffice headless (Debian packages):
1904 date system, formulas with cached results (numbers, text, booleans,
errors; shared formulas from LibreOffice), inline and rich strings, built-in
and custom number formats (dates, %, thousands), Excel tables, merged areas,
sheet names with spaces and quotes, error cells, Excel's _xHHHH_ escapes.
Usage: read_features.py OUT_DIR (writes rd-*.xlsx)."""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import xlsxwriter
from openpyxl.worksheet.table import Table

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'files')
HEADER = ['Ref', 'Action', 'Lead officer', 'Due date', 'Status', 'Score', 'Done']
ROWS = [
    ['1.1', 'Audit case files monthly', 'Jo Smith', datetime.datetime(2016, 12, 31), 'On track', 0.58, False],
    ['1.2', "Train team managers' \"leads\"", 'Ann Lee', datetime.datetime(2016, 9, 30, 13, 45), 'In progress', 1234.5, True],
    ['2.1', 'Line one\nline two', 'Sam Patel', datetime.datetime(1904, 1, 5), 'Not started', -0.125, False],
]


def xlsxwriter_file(path, date_1904=False, constant_memory=False):
    wb = xlsxwriter.Workbook(path, {'date_1904': date_1904, 'constant_memory': constant_memory})
    ws = wb.add_worksheet("Bob's plan (draft)")
    bold = wb.add_format({'bold': True})
    date_fmt = wb.add_format({'num_format': 'dd/mm/yyyy'})
    builtin_date = wb.add_format({'num_format': 14})
    pct = wb.add_format({'num_format': '0%'})
    thousands = wb.add_format({'num_format': '#,##0.00'})
    custom = wb.add_format({'num_format': '[$-809]d mmmm yyyy;@'})
    ws.merge_range('A1:G1', 'Improvement plan 2016/17', bold)
    ws.write_row(2, 0, HEADER, bold)
    for i, row in enumerate(ROWS):
        r = 3 + i
        ws.write_string(r, 0, row[0])
        ws.write_string(r, 1, row[1])
        ws.write_string(r, 2, row[2])
        ws.write_datetime(r, 3, row[3], date_fmt if i != 1 else builtin_date)
        ws.write_string(r, 4, row[4])
        ws.write_number(r, 5, row[5], pct if i == 0 else thousands)
        ws.write_boolean(r, 6, row[6])
    r = 7
    # openpyxl does not decode Excel's _xHHHH_ escapes in inline strings (it does in shared ones): keep them out of the inline file.
    ws.write_rich_string(r, 0, 'Audit ', bold, 'done', ' kept' if constant_memory else ' _x000D_ kept')
    ws.write_formula(r, 1, '=F4*2', pct, 1.16)
    ws.write_formula(r, 2, '=IF(1,"Ongoing","")', date_fmt, 'Ongoing')
    ws.write_formula(r, 3, '=1=2', None, False)
    ws.write_formula(r, 4, '=1/0', None, '#DIV/0!')
    ws.write_formula(r, 5, '=D4+1', custom, 42736)
    ws.write_formula(r, 6, '=1-1', None, 0)
    ws.write(r + 1, 0, '#N/A')
    ws.write_formula(r + 1, 1, '=NA()', None, '#N/A')
    ws.write_number(r + 1, 2, 0.5, wb.add_format({'num_format': 'h:mm'}))
    ws.write_number(r + 1, 3, 1e12)
    ws.write_number(r + 1, 4, 3.14159, wb.add_format({'num_format': 10}))
    if not constant_memory:
        data = wb.add_worksheet('Measures data')
        data.add_table('B2:D4', {'name': 'Scorecard', 'columns': [{'header': 'Measure ID'}, {'header': 'Target'}, {'header': 'Apr 2016'}],
                                 'data': [['SW1', 0.85, 0.72], ['CL1', 0.65, 0.58]]})
    wb.close()


def openpyxl_file(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Actions & more'
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for r in range(2, 5):
        ws.cell(r, 4).number_format = 'd-mmm-yy'
        ws.cell(r, 6).number_format = '0.0%'
    ws.merge_cells('A6:C6')
    ws['A6'] = 'Section 2'
    ws['D6'] = '#REF!'
    ws['E6'] = '=SUM(F2:F4)'  # openpyxl writes no cached result: reads as blank
    ws.add_table(Table(displayName='ActionsTable', ref='A1:G4'))
    mac = wb.create_sheet('Mac dates')
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    mac['A1'] = datetime.datetime(2016, 12, 31)
    mac['A1'].number_format = 'dd/mm/yyyy'
    mac['A2'] = 42
    wb.save(path)


def libreoffice_copy(source, path):
    """LibreOffice opens the XlsxWriter file, recalculates, and writes it with its own writer."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'in.ods')
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/profile', '--convert-to', 'ods', '--outdir', tmp, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(source))[0] + '.ods'), src)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/profile', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, 'in.xlsx'), path)


def libreoffice_shared_formulas(path):
    """A CSV with a column of formulas: LibreOffice fills them as shared formulas with cached results."""
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, 'shared.csv')
        with open(csv, 'w') as f:
            f.write('Ref,Value,Double,Label\n')
            for i in range(1, 21):
                f.write('%d.1,%d,=B%d*2,=IF(B%d>10;"big";"small")\n' % (i, i, i + 1, i + 1))
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/profile', '--infilter=CSV:44,34,76,1,,2057,false,true',
                        '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', tmp, csv],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, 'shared.xlsx'), path)
    make_formulas_shared(path)


def make_formulas_shared(path):
    """Column C's formulas as Excel saves a filled-down column: one shared formula, cached results kept."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    out = path + '.tmp'
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == 'xl/worksheets/sheet1.xml':
                xml = data.decode('utf-8')
                xml = xml.replace('<f aca="false">B2*2</f>', '<f t="shared" ref="C2:C21" si="0">B2*2</f>')
                xml = re.sub(r'<f aca="false">B(\d+)\*2</f>', '<f t="shared" si="0"/>', xml)
                data = xml.encode('utf-8')
            z.writestr(info, data)
    os.replace(out, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    xlsxwriter_file(os.path.join(OUT, 'rd-xlsxwriter.xlsx'))
    xlsxwriter_file(os.path.join(OUT, 'rd-xlsxwriter-1904.xlsx'), date_1904=True)
    xlsxwriter_file(os.path.join(OUT, 'rd-xlsxwriter-inline.xlsx'), constant_memory=True)
    openpyxl_file(os.path.join(OUT, 'rd-openpyxl.xlsx'))
    libreoffice_copy(os.path.join(OUT, 'rd-xlsxwriter.xlsx'), os.path.join(OUT, 'rd-libreoffice.xlsx'))
    libreoffice_shared_formulas(os.path.join(OUT, 'rd-libreoffice-shared-formulas.xlsx'))


if __name__ == '__main__':
    main()

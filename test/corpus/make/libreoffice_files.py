"""Corpus files written by LibreOffice Calc (Debian libreoffice-calc, headless):
the plan of plan_data.py as a flat ODF spreadsheet (.fods), converted to .xlsx
by `soffice --headless --convert-to xlsx`. One file adds a DataPilot (pivot
table) over the Actions sheet; the other comments, a merged title, formulas
filled down (LibreOffice saves them as shared formulas), conditional formats
and sheet protection. Run by ../make-corpus.sh with the output folder."""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

from plan_data import ACTIONS, ACTIONS_HEADER, MEASURES, MEASURES_HEADER, is_pct_cell

OUT = sys.argv[1]

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:office2="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:meta><meta:user-defined meta:name="Department">Children's Services</meta:user-defined></office:meta>
 <office:automatic-styles>
  <number:date-style style:name="Ndate"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
  <number:percentage-style style:name="Npct"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <style:style style:name="cdate" style:family="table-cell" style:data-style-name="Ndate"/>
  <style:style style:name="cpct" style:family="table-cell" style:data-style-name="Npct"/>
  <style:style style:name="chead" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Bad" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffc7ce"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
'''
TAIL = ' </office:spreadsheet></office:body></office:document>\n'


def cell(v, style=None, extra=''):
    s = ' table:style-name="%s"' % style if style else ''
    if v is None:
        return '<table:table-cell%s/>' % s
    if isinstance(v, datetime.date):
        return ('<table:table-cell%s office:value-type="date" office:date-value="%s"%s><text:p>%s</text:p></table:table-cell>'
                % (' table:style-name="cdate"', v.isoformat(), extra, v.strftime('%d/%m/%Y')))
    if isinstance(v, (int, float)):
        kind = 'percentage' if style == 'cpct' else 'float'
        return '<table:table-cell%s office:value-type="%s" office:value="%r"%s><text:p>%r</text:p></table:table-cell>' % (s, kind, v, extra, v)
    return '<table:table-cell%s office:value-type="string"%s><text:p>%s</text:p></table:table-cell>' % (s, extra, escape(v))


def formula_cell(f):
    return '<table:table-cell table:formula="%s" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>' % escape(f, {'"': '&quot;'})


def row(cells, extra=''):
    return '<table:table-row%s>%s</table:table-row>\n' % (extra, ''.join(cells))


def actions_table(title=False, comment=False, protected=False):
    prot = ' table:protected="true"' if protected else ''
    out = ['<table:table table:name="Actions"%s>\n' % prot]
    if title:
        out.append(row(['<table:table-cell table:number-columns-spanned="8" office:value-type="string" table:style-name="chead"><text:p>Improvement plan 2016/17</text:p></table:table-cell>',
                        '<table:covered-table-cell table:number-columns-repeated="7"/>']))
    out.append(row([cell(h, 'chead') for h in ACTIONS_HEADER]))
    for i, r in enumerate(ACTIONS):
        cells = [cell(v) for v in r]
        if comment and i == 0:
            cells[2] = cells[2].replace('<text:p>', '<office:annotation><dc:creator>Jo Smith</dc:creator><text:p>Check with the audit team</text:p></office:annotation><text:p>', 1)
        out.append(row(cells))
    out.append('</table:table>\n')
    return ''.join(out)


def measures_table(formulas=False):
    header = MEASURES_HEADER + (['Average'] if formulas else [])
    out = ['<table:table table:name="Measures">\n', row([cell(h, 'chead') for h in header])]
    for i, r in enumerate(MEASURES, start=2):
        cells = [cell(v, 'cpct' if is_pct_cell(r, c) else None) for c, v in enumerate(r)]
        if formulas:
            cells.append(formula_cell('of:=AVERAGE([.H%d:.M%d])' % (i, i)))
        out.append(row(cells))
    out.append('</table:table>\n')
    return ''.join(out)


def convert(fods_text, name):
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, os.path.splitext(name)[0] + '.fods')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(fods_text)
        profile = 'file://' + os.path.join(tmp, 'profile')
        subprocess.run(['soffice', '-env:UserInstallation=' + profile, '--headless', '--convert-to',
                        'xlsx:Calc MS Excel 2007 XML', '--outdir', OUT, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def pivot():
    pivot_sheet = ('<table:table table:name="Pivot">' + row([cell(None)]) + '</table:table>\n')
    dp = ('<table:data-pilot-tables><table:data-pilot-table table:name="ByTheme" '
          'table:target-range-address="Pivot.A1:Pivot.C8" table:buttons="Pivot.A1">'
          '<table:source-cell-range table:cell-range-address="Actions.A1:Actions.H6"/>'
          '<table:data-pilot-field table:source-field-name="Theme" table:orientation="row"/>'
          '<table:data-pilot-field table:source-field-name="Ref" table:orientation="data" table:function="count"/>'
          '<table:data-pilot-field table:source-field-name="" table:is-data-layout-field="true" table:orientation="column"/>'
          '</table:data-pilot-table></table:data-pilot-tables>\n')
    convert(HEAD + actions_table() + measures_table() + pivot_sheet + dp + TAIL, 'lo-pivot.xlsx')


def features():
    cf = ('<calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="Actions.G3:Actions.G7">'
          '<calcext:condition calcext:apply-style-name="Bad" calcext:value="=&quot;At risk&quot;" calcext:base-cell-address="Actions.G3"/>'
          '</calcext:conditional-format></calcext:conditional-formats>')
    actions = actions_table(title=True, comment=True, protected=True).replace('</table:table>', cf + '</table:table>')
    convert(HEAD + actions + measures_table(formulas=True) + TAIL, 'lo-features.xlsx')


pivot()
features()

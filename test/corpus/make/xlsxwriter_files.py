"""Corpus files written by XlsxWriter (Debian python3-xlsxwriter): each is the
plan of plan_data.py plus one feature. Run by ../make-corpus.sh with the
output folder as the only argument."""
import datetime
import os
import sys
import zipfile

import xlsxwriter

from plan_data import (ACTIONS, ACTIONS_HEADER, MEASURES, MEASURES_HEADER,
                       is_pct_cell)

OUT = sys.argv[1]
CREATED = datetime.datetime(2016, 10, 1, 9, 0, 0)
VBA = '/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin'


def new_book(name, options=None):
    wb = xlsxwriter.Workbook(os.path.join(OUT, name), options or {})
    wb.set_properties({'title': 'Improvement plan', 'author': 'Corpus',
                       'created': CREATED})
    return wb


def write_plan(wb, actions_name='Actions', measures_name='Measures'):
    """The two plan sheets; returns (actions, measures, formats)."""
    bold = wb.add_format({'bold': True, 'bg_color': '#DDEBF7', 'border': 1})
    date = wb.add_format({'num_format': 'dd/mm/yyyy'})
    pct = wb.add_format({'num_format': '0%'})
    actions = wb.add_worksheet(actions_name)
    actions.write_row(0, 0, ACTIONS_HEADER, bold)
    for r, row in enumerate(ACTIONS, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, datetime.date):
                actions.write_datetime(r, c, datetime.datetime(v.year, v.month, v.day), date)
            else:
                actions.write(r, c, v)
    actions.set_column(0, 0, 6)
    actions.set_column(2, 3, 26)
    measures = wb.add_worksheet(measures_name)
    measures.write_row(0, 0, MEASURES_HEADER, bold)
    for r, row in enumerate(MEASURES, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            measures.write(r, c, v, pct if is_pct_cell(row, c) else None)
    measures.set_column(1, 1, 34)
    return actions, measures, {'bold': bold, 'date': date, 'pct': pct}


def protection():
    wb = new_book('xw-protection.xlsx')
    actions, measures, _ = write_plan(wb)
    actions.protect('s3cret', {'format_cells': True, 'sort': True})
    actions.unprotect_range('H2:H6', 'Updates', 'upd8')
    measures.protect('m3asures')
    wb.close()


def comments():
    wb = new_book('xw-comments.xlsx')
    actions, measures, _ = write_plan(wb)
    actions.write_comment('C2', 'Check with the audit team', {'author': 'Jo Smith'})
    actions.write_comment('I1', 'Owned column will go here', {'author': 'Analyst'})
    measures.write_comment('B3', 'Definition changed in 2016', {'author': 'Ann Lee', 'visible': True})
    wb.close()


def hyperlinks():
    wb = new_book('xw-hyperlinks.xlsx')
    actions, measures, _ = write_plan(wb)
    actions.write_url('J2', 'https://www.bristol.gov.uk/', string='Council site')
    actions.write_url('J3', 'internal:Measures!A2', string='See SW1')
    measures.write_url('O2', 'https://example.org/sw1?x=1&y=2', string='Definition')
    wb.close()


def tiny_png():
    import struct
    import zlib
    raw = b''.join(b'\x00' + b'\xff\x00\x00' * 4 for _ in range(4))

    def chunk(kind, data):
        return (struct.pack('>I', len(data)) + kind + data +
                struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff))
    png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 4, 4, 8, 2, 0, 0, 0)) +
           chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
    path = os.path.join(OUT, '.logo.png')
    with open(path, 'wb') as f:
        f.write(png)
    return path


def image():
    wb = new_book('xw-image.xlsx')
    actions, measures, _ = write_plan(wb)
    logo = tiny_png()
    actions.insert_image('K2', logo, {'x_scale': 4, 'y_scale': 4})
    measures.insert_image('P2', logo)
    wb.close()
    os.remove(logo)


def chart():
    wb = new_book('xw-chart.xlsx')
    actions, measures, _ = write_plan(wb)
    line = wb.add_chart({'type': 'line'})
    for r in range(1, 3):
        line.add_series({'name': ['Measures', r, 0], 'categories': ['Measures', 0, 7, 0, 12],
                         'values': ['Measures', r, 7, r, 12]})
    measures.insert_chart('B8', line)
    sheet = wb.add_chartsheet('Trend chart')
    col = wb.add_chart({'type': 'column'})
    col.add_series({'categories': ['Measures', 0, 7, 0, 12], 'values': ['Measures', 4, 7, 4, 12]})
    sheet.set_chart(col)
    wb.close()


def table():
    wb = new_book('xw-table.xlsx')
    actions = wb.add_worksheet('Actions')
    measures = wb.add_worksheet('Measures')
    date = wb.add_format({'num_format': 'dd/mm/yyyy'})
    pct = wb.add_format({'num_format': '0%'})
    data = [[datetime.datetime(v.year, v.month, v.day) if isinstance(v, datetime.date) else v for v in row]
            for row in ACTIONS]
    actions.add_table(0, 0, len(ACTIONS), len(ACTIONS_HEADER) - 1, {
        'name': 'ActionTable', 'data': data, 'style': 'Table Style Medium 2',
        'columns': [{'header': h, 'format': date if h == 'Due date' else None} for h in ACTIONS_HEADER]})
    measures.add_table(0, 0, len(MEASURES), len(MEASURES_HEADER) - 1, {
        'name': 'Scorecard', 'data': MEASURES, 'autofilter': True,
        'columns': [{'header': h, 'format': pct if i >= 5 else None} for i, h in enumerate(MEASURES_HEADER)]})
    wb.close()


def names():
    wb = new_book('xw-names.xlsx')
    actions, measures, _ = write_plan(wb)
    wb.define_name('PlanYear', '="2016/17"')
    wb.define_name('ActionRefs', '=Actions!$A$2:$A$6')
    wb.define_name('Measures!LocalTargets', '=Measures!$G$2:$G$5')
    actions.print_area('A1:H6')
    actions.repeat_rows(0)
    actions.autofilter('A1:H6')
    wb.close()


def condformat():
    wb = new_book('xw-condformat.xlsx')
    actions, measures, _ = write_plan(wb)
    red = wb.add_format({'bg_color': '#FFC7CE', 'font_color': '#9C0006'})
    actions.conditional_format('G2:G6', {'type': 'cell', 'criteria': '==', 'value': '"At risk"', 'format': red})
    actions.conditional_format('F2:F6', {'type': 'date', 'criteria': 'less than', 'value': datetime.datetime(2016, 10, 31), 'format': red})
    measures.conditional_format('H2:M5', {'type': 'data_bar', 'data_bar_2010': True, 'bar_solid': True,
                                         'bar_negative_color': '#FF0000', 'bar_direction': 'left'})
    measures.conditional_format('F2:G5', {'type': 'icon_set', 'icon_style': '3_arrows'})
    measures.conditional_format('H2:M5', {'type': '3_color_scale'})
    wb.close()


def validation():
    wb = new_book('xw-validation.xlsx')
    actions, measures, _ = write_plan(wb)
    lists = wb.add_worksheet('Lists')
    lists.write_column(0, 0, ['Not started', 'On track', 'At risk', 'Off track', 'Complete'])
    actions.data_validation('G2:G20', {'validate': 'list', 'source': '=Lists!$A$1:$A$5'})
    actions.data_validation('E2:E20', {'validate': 'list', 'source': ['Jo Smith', 'Ann Lee', 'Sam Patel'],
                                       'input_title': 'Lead', 'input_message': 'Pick an officer'})
    measures.data_validation('E2:E20', {'validate': 'list', 'source': ['Higher is better', 'Lower is better', 'Context']})
    wb.close()


def sparklines():
    wb = new_book('xw-sparklines.xlsx')
    actions, measures, _ = write_plan(wb)
    for r in range(1, 5):
        measures.add_sparkline(r, 13, {'range': 'Measures!H%d:M%d' % (r + 1, r + 1), 'markers': True})
    wb.close()


def outline():
    wb = new_book('xw-outline.xlsx')
    actions, measures, _ = write_plan(wb)
    actions.set_row(0, 30)
    actions.set_row(2, None, None, {'level': 1})
    actions.set_row(3, None, None, {'level': 1, 'hidden': True})
    actions.set_row(4, 22, None, {'level': 1, 'collapsed': False})
    actions.set_column('H:H', 40, None, {'level': 1})
    actions.freeze_panes(1, 1)
    measures.set_row(4, None, None, {'hidden': True})
    measures.set_column('H:J', 9, None, {'hidden': True, 'level': 1})
    wb.close()


def date1904():
    wb = new_book('xw-1904.xlsx', {'date_1904': True})
    write_plan(wb)
    wb.close()


def inline_strings():
    # constant_memory mode writes every string inline (t="inlineStr").
    wb = new_book('xw-inline-strings.xlsx', {'constant_memory': True})
    write_plan(wb)
    wb.close()


def rich_text():
    wb = new_book('xw-rich-text.xlsx')
    actions, measures, f = write_plan(wb)
    bold = wb.add_format({'bold': True})
    red = wb.add_format({'font_color': 'red', 'italic': True})
    actions.write_rich_string('C2', 'Audit ', bold, 'case files', ' monthly')
    actions.write_rich_string('H6', red, 'Staff', ' shortage')
    measures.write_rich_string('B2', 'Assessments within ', bold, '45', ' working days')
    wb.close()


def properties(name='xw-properties.xlsx'):
    wb = new_book(name)
    write_plan(wb)
    wb.set_custom_property('Department', "Children's Services")
    wb.set_custom_property('Board date', datetime.datetime(2016, 10, 20))
    wb.set_custom_property('Version', 3)
    guid = '3a1c4bd2-5e6f-4a0b-9c8d-1e2f3a4b5c6d'
    prefix = 'MSIP_Label_' + guid + '_'
    for key, value in [('Enabled', 'true'), ('SetDate', '2016-10-01T09:00:00Z'), ('Method', 'Standard'),
                       ('Name', 'OFFICIAL-SENSITIVE'), ('SiteId', '0d0e0f10-1112-1314-1516-171819202122'),
                       ('ActionId', 'aa00bb11-cc22-dd33-ee44-ff5566778899'), ('ContentBits', '0')]:
        wb.set_custom_property(prefix + key, value)
    wb.close()


LABEL_INFO = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>'
              '<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata">'
              '<clbl:label id="{3a1c4bd2-5e6f-4a0b-9c8d-1e2f3a4b5c6d}" enabled="1" method="Standard" '
              'siteId="{0d0e0f10-1112-1314-1516-171819202122}" removed="0"/></clbl:labelList>')


def label_part():
    """Office 2021+ keeps the label in docMetadata/LabelInfo.xml; no library here
    writes it, so it is added to the XlsxWriter package the way Excel lays it out."""
    properties('.label-tmp.xlsx')
    src = os.path.join(OUT, '.label-tmp.xlsx')
    dst = os.path.join(OUT, 'xw-label.xlsx')
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == '[Content_Types].xml':
                data = data.replace(b'</Types>', b'<Override PartName="/docMetadata/LabelInfo.xml" '
                                    b'ContentType="application/vnd.ms-office.classificationlabels+xml"/></Types>')
            if item.filename == '_rels/.rels':
                data = data.replace(b'</Relationships>', b'<Relationship Id="rIdLabel" '
                                    b'Type="http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels" '
                                    b'Target="docMetadata/LabelInfo.xml"/></Relationships>')
            zout.writestr(item, data)
        zout.writestr('docMetadata/LabelInfo.xml', LABEL_INFO)
    os.remove(src)


def shared_formulas():
    """XlsxWriter writes every formula in full; Excel saves a filled-down formula
    once, as a shared formula (`<f t="shared" ref=".." si="0">` then `<f t="shared" si="0"/>`).
    The script rewrites the XlsxWriter sheet into Excel's shared form."""
    tmp = os.path.join(OUT, '.shared-tmp.xlsx')
    wb = xlsxwriter.Workbook(tmp)
    wb.set_properties({'created': CREATED})
    actions, measures, _ = write_plan(wb)
    measures.write(0, 13, 'Average')
    for r in range(1, 5):
        measures.write_formula(r, 13, '=AVERAGE(H%d:M%d)' % (r + 1, r + 1))
    actions.write(0, 9, 'Days to due')
    for r in range(1, 6):
        actions.write_formula(r, 9, '=F%d-DATE(2016,10,31)' % (r + 1))
    wb.close()
    import re

    def share(xml, col, first, last, si):
        def master(m):
            return '%s<f t="shared" ref="%s%d:%s%d" si="%d">%s</f>' % (m.group(1), col, first, col, last, si, m.group(2))
        xml = re.sub(r'(<c r="%s%d"[^>]*>)<f>([^<]*)</f>' % (col, first), master, xml)
        for r in range(first + 1, last + 1):
            xml = re.sub(r'(<c r="%s%d"[^>]*>)<f>[^<]*</f>' % (col, r), lambda m: m.group(1) + '<f t="shared" si="%d"/>' % si, xml)
        return xml
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(os.path.join(OUT, 'xw-shared-formulas.xlsx'), 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'xl/worksheets/sheet2.xml':
                data = share(data.decode('utf-8'), 'N', 2, 5, 0).encode('utf-8')
            if item.filename == 'xl/worksheets/sheet1.xml':
                data = share(data.decode('utf-8'), 'J', 2, 6, 1).encode('utf-8')
            zout.writestr(item, data)
    os.remove(tmp)


def macros():
    wb = new_book('xw-macros.xlsm')
    write_plan(wb)
    wb.add_vba_project(VBA)
    wb.close()


for make in [protection, comments, hyperlinks, image, chart, table, names, condformat, validation,
             sparklines, outline, date1904, inline_strings, rich_text, properties, label_part, shared_formulas, macros]:
    make()

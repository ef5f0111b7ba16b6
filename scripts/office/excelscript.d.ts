/**
 * The subset of the Office Scripts `ExcelScript` API that the generated
 * scripts in this folder use, written from the public reference
 * (https://learn.microsoft.com/javascript/api/office-scripts/excelscript) with
 * the same names and signatures. Tests type-check the generated scripts
 * against this file only (no DOM, no Node), and the fake workbook in
 * test/scripts implements it. Add a member here before a script uses it.
 */
declare namespace ExcelScript {
  /** Workbook is the top level object which contains worksheets, tables and ranges. */
  interface Workbook {
    /** Gets the workbook name. */
    getName(): string;
    /** Represents a collection of worksheets associated with the workbook. */
    getWorksheets(): Worksheet[];
    /** Gets a worksheet using its name or ID. If the worksheet does not exist, then this method returns `undefined`. */
    getWorksheet(key: string): Worksheet | undefined;
    /** Adds a new worksheet to the workbook. The worksheet is added at the end of existing worksheets. */
    addWorksheet(name?: string): Worksheet;
    /** Represents a collection of tables associated with the workbook. */
    getTables(): Table[];
  }

  /** An Excel worksheet is a grid of cells. */
  interface Worksheet {
    /** The display name of the worksheet. */
    getName(): string;
    /** The zero-based position of the worksheet within the workbook. */
    getPosition(): number;
    /** Gets the `Range` object, representing a single rectangular block of cells, specified by the address or name. If not specified, the entire worksheet range is returned. */
    getRange(address?: string): Range;
    /** Gets the `Range` object beginning at a particular row index and column index, and spanning a certain number of rows and columns. */
    getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range;
    /** The used range is the smallest range that encompasses any cells that have a value or formatting assigned to them. If the entire worksheet is blank, this function will return `undefined`. */
    getUsedRange(valuesOnly?: boolean): Range;
    /** Collection of tables that are part of the worksheet. */
    getTables(): Table[];
  }

  /** A range represents a set of one or more contiguous cells such as a cell, a row, a column, or a block of cells. */
  interface Range {
    /** Specifies the range reference in A1-style. Address value contains the sheet reference (e.g., "Sheet1!A1:B4"). */
    getAddress(): string;
    /** Returns the row number of the first cell in the range. Zero-indexed. */
    getRowIndex(): number;
    /** Specifies the column number of the first cell in the range. Zero-indexed. */
    getColumnIndex(): number;
    /** Returns the total number of rows in the range. */
    getRowCount(): number;
    /** Specifies the total number of columns in the range. */
    getColumnCount(): number;
    /** Represents the raw values of the specified range. The data returned could be a string, number, or boolean. Cells that contain an error will return the error string. If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula. */
    getValues(): (string | number | boolean)[][];
    /** Sets the raw values of the specified range. The data provided could be a string, number, or boolean. If the provided value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula. */
    setValues(values: (string | number | boolean)[][]): void;
    /** Text values of the specified range. The text value will not depend on the cell width. */
    getTexts(): string[][];
    /** Specifies the type of data in each cell. */
    getValueTypes(): RangeValueType[][];
    /** Represents Excel's number format code for the given range. */
    getNumberFormats(): string[][];
    /** Represents Excel's number format code for the given range. */
    setNumberFormats(numberFormats: string[][]): void;
    /** Returns a `RangeAreas` object that represents the merged areas in this range. Note that if the merged areas count in this range is more than 512, then this method will fail to return the result. If the `RangeAreas` object doesn't exist, then this method will return `undefined`. */
    getMergedAreas(): RangeAreas;
    /** Returns a format object, encapsulating the range's font, fill, borders, alignment, and other properties. */
    getFormat(): RangeFormat;
    /** Clear range values and formatting, such as fill and border. */
    clear(applyTo?: ClearApplyTo): void;
    /** Clears all conditional formats active on the current specified range. */
    clearAllConditionalFormats(): void;
    /** Adds a new conditional format to the collection at the first/top priority. */
    addConditionalFormat(type: ConditionalFormatType): ConditionalFormat;
  }

  /** `RangeAreas` represents a collection of one or more rectangular ranges in the same worksheet. */
  interface RangeAreas {
    /** Returns the `RangeAreas` reference in A1-style. Address value will contain the worksheet name for each rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4"). */
    getAddress(): string;
    /** Returns the number of rectangular ranges that comprise this `RangeAreas` object. */
    getAreaCount(): number;
    /** Returns a collection of rectangular ranges that comprise this `RangeAreas` object. */
    getAreas(): Range[];
  }

  /** A format object encapsulating the range's font, fill, borders, alignment, and other properties. */
  interface RangeFormat {
    /** Specifies the width of all columns within the range. If the column widths are not uniform, `null` will be returned. */
    setColumnWidth(columnWidth: number): void;
    /** Returns the fill object defined on the overall range. */
    getFill(): RangeFill;
    /** Returns the font object defined on the overall range. */
    getFont(): RangeFont;
  }

  /** Represents the background of a range object. */
  interface RangeFill {
    /** HTML color code representing the color of the background, in the form #RRGGBB (e.g., "FFA500"), or as a named HTML color (e.g., "orange"). */
    setColor(color: string): void;
  }

  /** This object represents the font attributes (font name, font size, color, etc.) for an object. */
  interface RangeFont {
    /** Represents the bold status of the font. */
    setBold(bold: boolean): void;
    /** HTML color code representation of the text color (e.g., #FF0000 represents Red). */
    setColor(color: string): void;
  }

  /** Represents an Excel table. */
  interface Table {
    /** Name of the table. */
    getName(): string;
    /** The worksheet containing the current table. */
    getWorksheet(): Worksheet;
    /** Gets the range object associated with the entire table. */
    getRange(): Range;
  }

  /** An object encapsulating a conditional format's range, format, rule, and other properties. */
  interface ConditionalFormat {
    /** Returns the cell value conditional format properties if the current conditional format is a `CellValue` type. */
    getCellValue(): CellValueConditionalFormat | undefined;
  }

  /** Represents a cell value conditional format. */
  interface CellValueConditionalFormat {
    /** Returns a format object, encapsulating the conditional format's font, fill, borders, and other properties. */
    getFormat(): ConditionalRangeFormat;
    /** Specifies the rule object on this conditional format. */
    setRule(rule: ConditionalCellValueRule): void;
  }

  /** Represents a cell value conditional format rule. */
  interface ConditionalCellValueRule {
    /** The formula, if required, on which to evaluate the conditional format rule. */
    formula1: string;
    /** The formula, if required, on which to evaluate the conditional format rule. */
    formula2?: string;
    /** The operator of the cell value conditional format. */
    operator: ConditionalCellValueOperator;
  }

  /** A format object encapsulating the conditional formats range's font, fill, borders, and other properties. */
  interface ConditionalRangeFormat {
    /** Returns the fill object defined on the overall conditional format range. */
    getFill(): ConditionalRangeFill;
    /** Returns the font object defined on the overall conditional format range. */
    getFont(): ConditionalRangeFont;
  }

  /** Represents the background of a conditional range object. */
  interface ConditionalRangeFill {
    /** HTML color code representing the color of the fill, in the form #RRGGBB (e.g., "FFA500") or as a named HTML color (e.g., "orange"). */
    setColor(color: string): void;
  }

  /** This object represents the font attributes (font style, color, etc.) for an object. */
  interface ConditionalRangeFont {
    /** HTML color code representation of the text color (e.g., #FF0000 represents Red). */
    setColor(color: string): void;
  }

  /** Specifies what to clear (string values as in the Excel JavaScript API). */
  enum ClearApplyTo {
    all = 'All',
    formats = 'Formats',
    contents = 'Contents',
    hyperlinks = 'Hyperlinks',
    removeHyperlinks = 'RemoveHyperlinks',
  }

  /** The type of data in a cell. */
  enum RangeValueType {
    unknown = 'Unknown',
    empty = 'Empty',
    string = 'String',
    integer = 'Integer',
    double = 'Double',
    boolean = 'Boolean',
    error = 'Error',
    richValue = 'RichValue',
  }

  enum ConditionalFormatType {
    custom = 'Custom',
    dataBar = 'DataBar',
    colorScale = 'ColorScale',
    iconSet = 'IconSet',
    topBottom = 'TopBottom',
    presetCriteria = 'PresetCriteria',
    containsText = 'ContainsText',
    cellValue = 'CellValue',
  }

  enum ConditionalCellValueOperator {
    invalid = 'Invalid',
    between = 'Between',
    notBetween = 'NotBetween',
    equalTo = 'EqualTo',
    notEqualTo = 'NotEqualTo',
    greaterThan = 'GreaterThan',
    lessThan = 'LessThan',
    greaterThanOrEqual = 'GreaterThanOrEqual',
    lessThanOrEqual = 'LessThanOrEqual',
  }
}

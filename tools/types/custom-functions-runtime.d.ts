/**
 * The piece of the custom functions runtime the web build needs: the
 * custom-functions-metadata webpack plugin appends
 * `CustomFunctions.associate("ID", fn);` to src/functions/functions.ts before
 * ts-loader type-checks it. (@types/custom-functions-runtime would provide
 * this; it is not installed.) Only tsconfig.web.json includes this file; the
 * functions code itself reaches the global through globalThis
 * (src/functions/errors.ts), and the shapes below match what it expects.
 */
declare namespace CustomFunctions {
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
  class Error {
    constructor(errorCode: string, message?: string);
    readonly code: string;
    name: string;
    message: string;
    stack?: string;
  }
  const ErrorCode: {
    readonly invalidValue: string;
    readonly notAvailable: string;
    readonly divisionByZero: string;
    readonly invalidNumber: string;
    readonly nullReference: string;
    readonly invalidName: string;
    readonly invalidReference: string;
  };
}

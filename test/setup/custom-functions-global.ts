/**
 * Excel defines `CustomFunctions` in the add-in's runtime; Node does not. This is the smallest
 * stand-in with the same shape: `CustomFunctions.Error(code, message)` and the error codes.
 */
class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
  }
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};

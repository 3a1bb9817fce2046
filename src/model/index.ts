export { Absence, type AbsenceInput, AbsenceKind } from './absence.js';
export { Actor } from './actor.js';
export { Employee, WorkingDays } from './employee.js';
export { BemInputError, formatPath, type InputIssue, parseInput, type SafeResult, safeParseInput } from './input-error.js';
export { ExternalBody, externalBodyOf, MeasureCategory, MeasureType, measureCategoryOf } from './measure-type.js';

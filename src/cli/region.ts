import { type HolidayRegion, publicHolidayPredicate } from '../holidays.js';
import type { HolidayPredicate, PolicyInput } from '../index.js';
import { CliUsageError } from './io.js';

/**
 * The public holidays of a region for the policy (`--region DE-NW`, the employees file's
 * `region` column, or `holidayRegion` in JSON input), each region prepared once.
 *
 * @throws CliUsageError for a region that is not 'DE' or a Land.
 */
export function regionHolidays(region: string): HolidayPredicate {
  let predicate = prepared.get(region);
  if (predicate === undefined) {
    try {
      predicate = publicHolidayPredicate(region as HolidayRegion);
    } catch {
      throw new CliUsageError(`--region must be DE or a Land as ISO 3166-2 code (DE-BW … DE-TH), received '${region}'.`);
    }
    prepared.set(region, predicate);
  }
  return predicate;
}
const prepared = new Map<string, HolidayPredicate>();

/**
 * The policy with `--region`: its public holidays for everybody without a region of their own.
 * A policy that lists holidays itself and `--region` together are refused.
 *
 * @throws CliUsageError when both are given, or for a bad region.
 */
export function policyWithRegion(policy: PolicyInput | undefined, region: string | undefined): PolicyInput | undefined {
  if (region === undefined) return policy;
  if (policy?.holidays !== undefined) throw new CliUsageError('Give holidays either in the policy or with --region, not both.');
  return { ...policy, holidays: regionHolidays(region.toUpperCase()) };
}

/** The scan's holiday calendar: an employee's region to their holidays. */
export const holidayCalendar = (region: string): HolidayPredicate => regionHolidays(region);

import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { OfferDuty } from '../../src/case/index.js';
import type { CrossingEntry, ThresholdListEntry, ThresholdListOptions } from '../../src/eligibility/index.js';
import type { KpiOptions } from '../../src/kpi/compute-kpis.js';
import type { ThresholdCrossingInput } from '../../src/kpi/kpi-input.js';

test('the KpiOptions interface accepts exactly what its schema accepts', () => {
  type SchemaInput = z.input<typeof KpiOptions>;
  expectTypeOf<SchemaInput>().toExtend<KpiOptions>();
  expectTypeOf<KpiOptions>().toExtend<SchemaInput>();
});

test('a threshold-list entry and an offer duty are crossing entries that computeKpis takes as they are', () => {
  expectTypeOf<ThresholdListEntry>().toExtend<CrossingEntry>();
  expectTypeOf<OfferDuty>().toExtend<CrossingEntry>();
  expectTypeOf<ThresholdListEntry>().toExtend<ThresholdCrossingInput>();
  expectTypeOf<OfferDuty>().toExtend<ThresholdCrossingInput>();
  expectTypeOf<OfferDuty>().toExtend<NonNullable<ThresholdListOptions['duties']> extends Iterable<infer T> ? T : never>();
});

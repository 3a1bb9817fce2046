import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { KpiOptions } from '../../src/kpi/compute-kpis.js';

test('the KpiOptions interface accepts exactly what its schema accepts', () => {
  type SchemaInput = z.input<typeof KpiOptions>;
  expectTypeOf<SchemaInput>().toExtend<KpiOptions>();
  expectTypeOf<KpiOptions>().toExtend<SchemaInput>();
});

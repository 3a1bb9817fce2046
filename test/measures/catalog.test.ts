import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { externalBodyOf, MeasureCategory, MeasureType, measureCategoryOf } from '../../src/model/measure-type.js';
import { Labels, MeasureCatalogEntry, measureCatalog, measureCatalogEntry, measureCategoryLabels } from '../../src/measures/catalog.js';

describe('measureCatalog', () => {
  it('parses with its schema, entry by entry', () => {
    expect(z.array(MeasureCatalogEntry).safeParse(measureCatalog).success).toBe(true);
  });

  it('covers every measure type exactly once', () => {
    const CoversEveryTypeOnce = z
      .array(MeasureCatalogEntry)
      .refine((entries) => entries.length === MeasureType.options.length)
      .refine((entries) => new Set(entries.map((entry) => entry.type)).size === MeasureType.options.length);
    expect(CoversEveryTypeOnce.safeParse(measureCatalog).success).toBe(true);
    expect(measureCatalog.map((entry) => entry.type)).toEqual(Object.keys(measureCategoryOf));
  });

  it('takes each category and external body from the model', () => {
    for (const entry of measureCatalog) {
      expect(entry.category).toBe(measureCategoryOf[entry.type]);
      expect(entry.externalBody).toBe(externalBodyOf[entry.type] ?? null);
    }
  });

  it('names the specific external body where one is needed', () => {
    expect(measureCatalogEntry('accident-insurer-support').externalBodyName?.de).toBe('Berufsgenossenschaft / BGW');
    expect(measureCatalogEntry('health-insurer-support').externalBodyName?.de).toBe('Krankenkasse');
    expect(measureCatalogEntry('pension-insurer-support').externalBodyName?.de).toBe('Deutsche Rentenversicherung');
    expect(measureCatalogEntry('integration-office-support').externalBodyName?.de).toBe('Integrationsamt / Inklusionsamt');
    expect(measureCatalogEntry('home-office').externalBodyName).toBeNull();
  });

  it('refuses an entry whose category or external body disagrees with the model', () => {
    const homeOffice = measureCatalogEntry('home-office');
    expect(MeasureCatalogEntry.safeParse({ ...homeOffice, category: 'qualification' }).success).toBe(false);
    expect(MeasureCatalogEntry.safeParse({ ...homeOffice, externalBody: 'rehab-provider' }).success).toBe(false);
    expect(MeasureCatalogEntry.safeParse({ ...homeOffice, externalBodyName: { de: 'x', en: 'x' } }).success).toBe(false);
  });

  it('labels every category in German and English', () => {
    expect(Object.keys(measureCategoryLabels).sort()).toEqual([...MeasureCategory.options].sort());
    for (const labels of Object.values(measureCategoryLabels)) expect(Labels.safeParse(labels).success).toBe(true);
  });

  it('has no measure that prejudges the outcome', () => {
    const text = JSON.stringify(measureCatalog).toLowerCase();
    expect(text).not.toMatch(/dismiss|kündigung|versetzung/);
  });

  it('throws for a type that is not in the catalog', () => {
    expect(() => measureCatalogEntry('dismissal' as MeasureType)).toThrow('type: Expected one of "ergonomics"');
  });
});

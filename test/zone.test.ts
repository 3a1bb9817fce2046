import { describe, expect, it } from 'vitest';
import { BemInputError, Instant } from '../src/index.js';
import { berlinDateOf, startOfBerlinDay } from '../src/zone.js';

describe('berlinDateOf', () => {
  it('turns an instant into the Berlin calendar day around midnight in winter (UTC+1)', () => {
    expect(berlinDateOf('2025-01-15T22:59:59Z')).toBe('2025-01-15');
    expect(berlinDateOf('2025-01-15T23:00:00Z')).toBe('2025-01-16');
    expect(berlinDateOf('2025-10-31T23:30:00Z')).toBe('2025-11-01');
  });

  it('and in summer (UTC+2)', () => {
    expect(berlinDateOf('2025-07-01T21:59:59Z')).toBe('2025-07-01');
    expect(berlinDateOf('2025-07-01T22:00:00Z')).toBe('2025-07-02');
  });

  it('follows the spring switch (2025-03-30, 02:00 CET -> 03:00 CEST)', () => {
    expect(berlinDateOf('2025-03-29T22:59:59Z')).toBe('2025-03-29');
    expect(berlinDateOf('2025-03-29T23:00:00Z')).toBe('2025-03-30');
    expect(berlinDateOf('2025-03-30T21:59:59Z')).toBe('2025-03-30');
    expect(berlinDateOf('2025-03-30T22:00:00Z')).toBe('2025-03-31');
  });

  it('follows the autumn switch (2025-10-26, 03:00 CEST -> 02:00 CET)', () => {
    expect(berlinDateOf('2025-10-25T21:59:59Z')).toBe('2025-10-25');
    expect(berlinDateOf('2025-10-25T22:00:00Z')).toBe('2025-10-26');
    expect(berlinDateOf('2025-10-26T22:59:59Z')).toBe('2025-10-26');
    expect(berlinDateOf('2025-10-26T23:00:00Z')).toBe('2025-10-27');
  });

  it('honours the offset written in the instant', () => {
    expect(berlinDateOf('2025-01-16T00:30:00+01:00')).toBe('2025-01-16');
    expect(berlinDateOf('2025-01-15T18:30:00-05:00')).toBe('2025-01-16');
    expect(berlinDateOf('2025-01-15T23:59:59.999+00:00')).toBe('2025-01-16');
  });

  it('refuses an instant without offset, which would depend on the host zone', () => {
    expect(() => berlinDateOf('2025-01-15T23:00:00')).toThrow(BemInputError);
    expect(() => berlinDateOf('2025-01-15')).toThrow('instant: Expected an ISO 8601 instant with offset');
    expect(() => berlinDateOf('2025-02-30T10:00:00Z')).toThrow(BemInputError);
  });
});

describe('startOfBerlinDay', () => {
  it('begins winter days at 23:00Z and summer days at 22:00Z of the day before', () => {
    expect(startOfBerlinDay('2025-01-16')).toBe('2025-01-15T23:00:00.000Z');
    expect(startOfBerlinDay('2025-07-02')).toBe('2025-07-01T22:00:00.000Z');
  });

  it('handles the days of both switches', () => {
    expect(startOfBerlinDay('2025-03-30')).toBe('2025-03-29T23:00:00.000Z');
    expect(startOfBerlinDay('2025-03-31')).toBe('2025-03-30T22:00:00.000Z');
    expect(startOfBerlinDay('2025-10-26')).toBe('2025-10-25T22:00:00.000Z');
    expect(startOfBerlinDay('2025-10-27')).toBe('2025-10-26T23:00:00.000Z');
  });

  it('round-trips with berlinDateOf', () => {
    for (const day of ['2024-02-29', '2025-03-30', '2025-10-26', '2025-12-31']) expect(berlinDateOf(startOfBerlinDay(day))).toBe(day);
  });

  it('refuses a bad date', () => {
    expect(() => startOfBerlinDay('2025-02-30')).toThrow('date: Expected a calendar date as YYYY-MM-DD');
  });
});

describe('berlinDateOf and the Instant schema', () => {
  it('accept and refuse the same instants', () => {
    const instants = [
      '2025-01-15T00:30Z',
      '2025-01-15T24:00:00Z',
      '2025-01-15T23:59:60Z',
      '2025-01-15T10:00:00+24:00',
      '2025-01-15T10:00:00+23:59',
      '2025-01-15T10:00:00.123456789Z',
      '2025-01-15T10:00:00.1234567890Z',
      '2025-01-15T10:00:00z',
      '2025-01-15t10:00:00Z',
      '2025-01-15T10:00:00Z\n',
      '２０２５-01-15T10:00:00Z',
      '0000-12-31T12:00:00Z',
      '2024-02-29T12:00:00Z',
      '2025-02-29T12:00:00Z',
    ];
    for (const instant of instants) {
      let byZone: boolean;
      try {
        berlinDateOf(instant);
        byZone = true;
      } catch (error) {
        expect(error).toBeInstanceOf(BemInputError);
        byZone = false;
      }
      expect([instant, byZone]).toEqual([instant, Instant.safeParse(instant).success]);
    }
  });

  it('never leaves the calendar: the last half hour of 9999 is already year 10000 in Berlin', () => {
    expect(berlinDateOf('9999-12-31T22:59:59Z')).toBe('9999-12-31');
    expect(() => berlinDateOf('9999-12-31T23:30:00Z')).toThrow('instant: The Berlin calendar date of this instant lies outside 0001-01-01..9999-12-31');
    expect(() => berlinDateOf('0001-01-01T00:00:00+14:00')).toThrow(BemInputError);
    expect(startOfBerlinDay('9999-12-31')).toBe('9999-12-30T23:00:00.000Z');
    expect(() => startOfBerlinDay('0001-01-01')).toThrow(BemInputError);
    expect(startOfBerlinDay('0001-01-02')).toBe('0001-01-01T23:06:32.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { checkDateParts, partsFrom, type DateParts } from '@/domain/date-parts';

const meeting = { subject: 'Date of the meeting', enter: 'Enter the date of the meeting' };
const check = (day: string, month: string, year: string, words: Parameters<typeof checkDateParts>[1] = meeting) =>
  checkDateParts({ day, month, year } satisfies DateParts, words);

describe('GOV.UK date checks', () => {
  it('gives a real date as yyyy-mm-dd, with or without leading zeros and spaces', () => {
    expect(check('3', '12', '2026')).toEqual({ iso: '2026-12-03' });
    expect(check(' 03', '07 ', '2027')).toEqual({ iso: '2027-07-03' });
    expect(check('29', '2', '2028')).toEqual({ iso: '2028-02-29' });
  });

  it('asks for a date that must be given, marking every box; an optional one may be left empty', () => {
    expect(check('', ' ', '')).toEqual({ message: 'Enter the date of the meeting', parts: ['day', 'month', 'year'] });
    expect(check('', '', '', { subject: 'Action 1: the date' })).toEqual({ iso: undefined });
  });

  it('names the missing boxes and marks only them', () => {
    expect(check('3', '', '2026')).toEqual({ message: 'Date of the meeting must include a month', parts: ['month'] });
    expect(check('', '12', '2026')).toEqual({ message: 'Date of the meeting must include a day', parts: ['day'] });
    expect(check('3', '12', '')).toEqual({ message: 'Date of the meeting must include a year', parts: ['year'] });
    expect(check('', '', '2026')).toEqual({ message: 'Date of the meeting must include a day and month', parts: ['day', 'month'] });
    expect(check('', '12', '')).toEqual({ message: 'Date of the meeting must include a day and year', parts: ['day', 'year'] });
    expect(check('3', '', '')).toEqual({ message: 'Date of the meeting must include a month and year', parts: ['month', 'year'] });
  });

  it('says a date that does not exist must be a real date, marking the wrong boxes', () => {
    expect(check('31', '2', '2026')).toEqual({ message: 'Date of the meeting must be a real date', parts: ['day'] });
    expect(check('29', '2', '2026')).toEqual({ message: 'Date of the meeting must be a real date', parts: ['day'] });
    expect(check('3', '13', '2026')).toEqual({ message: 'Date of the meeting must be a real date', parts: ['month'] });
    expect(check('0', '0', '2026')).toEqual({ message: 'Date of the meeting must be a real date', parts: ['day', 'month'] });
    expect(check('3rd', '12', '2026')).toEqual({ message: 'Date of the meeting must be a real date', parts: ['day'] });
    expect(check('3', 'Dec', '2026')).toEqual({ message: 'Date of the meeting must be a real date', parts: ['month'] });
    expect(check('3', '12', '0000')).toEqual({ message: 'Date of the meeting must be a real date', parts: ['year'] });
  });

  it('needs a year of 4 numbers, marking only the year', () => {
    expect(check('3', '12', '26')).toEqual({ message: 'Year must include 4 numbers', parts: ['year'] });
    expect(check('3', '12', '20266')).toEqual({ message: 'Year must include 4 numbers', parts: ['year'] });
    expect(check('3', '12', '26', { subject: 'Action 1: the date', year: 'Action 1: the year must include 4 numbers' })).toEqual({
      message: 'Action 1: the year must include 4 numbers',
      parts: ['year'],
    });
  });

  it('splits a saved date into the boxes, and anything else into empty boxes', () => {
    expect(partsFrom('2026-12-03')).toEqual({ day: '3', month: '12', year: '2026' });
    expect(partsFrom(undefined)).toEqual({ day: '', month: '', year: '' });
    expect(partsFrom('soon')).toEqual({ day: '', month: '', year: '' });
  });
});

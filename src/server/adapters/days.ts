/**
 * The one place where sheet Dates become days and days become Dates, through the spreadsheet's
 * time zone (docs/architecture.md, « Money and days »). A sheet date is a wall-clock midnight in that zone; the core only sees
 * days. Utilities.formatDate/parseDate take an IANA zone
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 * Both directions are cached: a sheet of 100,000 invoices holds only a few thousand distinct dates.
 */
import { formatIsoDay, parseIsoDay, type Day } from '../../core/values/day';

export class DayConverter {
  private readonly days = new Map<number, Day>();
  private readonly dates = new Map<Day, Date>();

  constructor(readonly timeZone: string) {}

  toDay(date: Date): Day | undefined {
    const ms = date.getTime();
    if (Number.isNaN(ms)) return undefined;
    const cached = this.days.get(ms);
    if (cached !== undefined) return cached;
    const day = parseIsoDay(Utilities.formatDate(date, this.timeZone, 'yyyy-MM-dd'));
    if (day !== undefined) this.days.set(ms, day);
    return day;
  }

  toDate(day: Day): Date {
    const cached = this.dates.get(day);
    if (cached !== undefined) return new Date(cached.getTime());
    const date = Utilities.parseDate(formatIsoDay(day), this.timeZone, 'yyyy-MM-dd');
    this.dates.set(day, date);
    return new Date(date.getTime());
  }

  /** The hour (0–23) it is now in the spreadsheet's zone: when the hourly trigger fired. */
  hour(): number {
    return Number(Utilities.formatDate(new Date(), this.timeZone, 'H'));
  }

  /** Today in the spreadsheet's zone: the only clock read of a run. */
  today(): Day {
    const day = this.toDay(new Date());
    if (day === undefined) throw new Error('Horloge illisible');
    return day;
  }
}

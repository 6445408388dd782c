import { parseRRule } from "../activities/rule";
import type { THsdsSchedule } from "../schemas/hsds";

// A facility's activities as HSDS schedules of its location: the rule as RFC 5545 parts (freq, interval, byday —
// "1TU,3TU" for the first and third Tuesday), wall-clock opens_at/closes_at, valid_from/valid_to, and the activity's
// name as the description. A one-off activity has no freq: valid_from = valid_to = its date. Cancelled dates are not
// expressible in an HSDS schedule row; the iCalendar feeds carry them.

export type ActivityScheduleRow = {
  id: string;
  facility_id: string;
  slug: string;
  name: string;
  rrule: string | null;
  start_time: string;
  end_time: string;
  valid_from: string;
  valid_until: string | null;
};

/** `feed`: the facility's iCalendar feed (schedule_link: where the activity's dates, cancellations included, are). */
export function activitySchedules(a: ActivityScheduleRow, feed: string): THsdsSchedule[] {
  const rule = parseRRule(a.rrule, a.valid_from);
  const common = {
    id: a.id,
    location_id: a.facility_id,
    schedule_link: feed,
    opens_at: a.start_time,
    closes_at: a.end_time,
    valid_from: a.valid_from,
    description: a.name,
  };
  if (rule.freq === "once") return [{ ...common, valid_to: a.valid_from }];
  return [
    {
      ...common,
      ...(a.valid_until ? { valid_to: a.valid_until } : {}),
      freq: rule.freq === "weekly" ? "WEEKLY" : "MONTHLY",
      wkst: "MO",
      interval: rule.step,
      byday: rule.freq === "weekly" ? rule.days.join(",") : rule.days.map((d) => `${d.nth}${d.day}`).join(","),
    },
  ];
}

// Growth figures: `npx tsx bench/index.ts growth`. The cost of eligibilityTimeline must not grow
// with the span (only with the absences and changes; also for a working time with dated changes),
// and folding a case's log event by event with applyEvent must grow linearly. Printed as ratios; nothing here asserts a time.
import { performance } from "node:perf_hooks";
import { applyEvent, openCase } from "../src/case/index.js";
import {
  addDays,
  fromEpochDay,
  type IsoDate,
  toEpochDay,
} from "../src/dates/index.js";
import { eligibilityTimeline } from "../src/eligibility/index.js";
import type {
  BemCase,
  CaseEventInput,
  InvitationContentInput,
} from "../src/model/index.js";

function bestMs(run: () => unknown, rounds = 3): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// The same 2,000 absences (10 to 49 days, spread over 100 years), over a span of 100 and of 9,999 years.
const first = toEpochDay("2000-01-01" as IsoDate);
const absences = Array.from({ length: 2000 }, (_, i) => {
  const start = first + Math.floor((36_500 * i) / 2000);
  return {
    start: fromEpochDay(start),
    end: fromEpochDay(start + 10 + (i % 40)),
    kind: "sickness" as const,
  };
});
eligibilityTimeline({ absences }, { from: "0001-01-01", to: "9999-12-31" }); // warm-up
const short = bestMs(() =>
  eligibilityTimeline({ absences }, { from: "2000-01-01", to: "2099-12-31" })
);
const long = bestMs(() =>
  eligibilityTimeline({ absences }, { from: "0001-01-01", to: "9999-12-31" })
);
console.log(
  `timeline, 2,000 absences: span 100 years ${short.toFixed(
    1
  )} ms, 9,999 years ${long.toFixed(1)} ms, ratio ${(long / short).toFixed(
    2
  )}x (linear in the span would be 100x)`
);
// Spread over the whole span, as in the report (0001-9999; it took 7 s before).
const spread = Array.from({ length: 2000 }, (_, i) => {
  const start =
    toEpochDay("0001-01-01" as IsoDate) + Math.floor((3_651_000 * i) / 2000);
  return {
    start: fromEpochDay(start),
    end: fromEpochDay(start + 10 + (i % 40)),
    kind: "sickness" as const,
  };
});
console.log(
  `timeline, 2,000 absences spread over 0001-9999: ${bestMs(() =>
    eligibilityTimeline(
      { absences: spread },
      { from: "0001-01-01", to: "9999-12-31" }
    )
  ).toFixed(1)} ms`
);

// A working time whose threshold moves with the window (dated changes and a list of days): the
// levels are fixed between the changes, so the span costs nothing where nothing changes.
const changing = {
  absences,
  workingTime: [
    { from: "2000-01-01", pattern: { weekdays: [1, 2, 3, 4, 5] } },
    { from: "2030-04-01", pattern: { weekdays: [1, 2, 3] } },
    { from: "2050-09-01", pattern: { days: ["2050-09-01", "2050-09-03", "2050-10-06"] } },
    { from: "2060-01-01", pattern: { weekdays: [2, 4] } },
  ],
};
const workingPolicy = { unit: "working-days" } as const;
eligibilityTimeline(changing, { from: "0001-01-01", to: "9999-12-31", policy: workingPolicy }); // warm-up
const changingShort = bestMs(() =>
  eligibilityTimeline(changing, { from: "2000-01-01", to: "2099-12-31", policy: workingPolicy })
);
const changingLong = bestMs(() =>
  eligibilityTimeline(changing, { from: "0001-01-01", to: "9999-12-31", policy: workingPolicy })
);
console.log(
  `timeline, 2,000 absences, working time with 3 dated changes and a list: span 100 years ${changingShort.toFixed(
    1
  )} ms, 9,999 years ${changingLong.toFixed(1)} ms, ratio ${(changingLong / changingShort).toFixed(
    2
  )}x (day by day would be 100x)`
);

/** A log of `n` events: invitation, acceptance, interview, then measures proposed, agreed, started and completed. */
function logOf(n: number): CaseEventInput[] {
  const day = (i: number) => addDays("2025-11-04" as IsoDate, i);
  const content = {
    occasion: { thresholdCrossedOn: "2025-10-30" },
    goals: ["overcome-incapacity", "prevent-incapacity", "keep-employment"],
    voluntarinessExplained: true,
    dataProtection: {
      categories: ["absence-periods", "measures"],
      purposes: ["bem-procedure"],
      recipients: ["employer"],
    },
    possibleParticipants: ["works-council"],
    participantChoiceExplained: true,
    trustedPersonOffered: true,
    withdrawalExplained: true,
    contact: { name: "BEM office" },
    replyBy: "2025-11-17",
    doctorVisit: "voluntary",
  } satisfies InvitationContentInput;
  const events: CaseEventInput[] = [
    { type: "invitation.sent", on: day(0), by: "employer", content },
    {
      type: "employee.accepted",
      on: day(1),
      by: "employee",
      consent: {
        purpose: "bem-procedure",
        dataCategories: ["measures"],
        recipients: ["employer"],
      },
    },
    {
      type: "interview.held",
      on: day(2),
      by: "employer",
      present: [],
      employeeAgreed: true,
    },
  ];
  for (let m = 0; events.length < n; m++) {
    const id = `m-${m}`;
    events.push(
      {
        type: "measure.proposed",
        on: day(3 + m),
        by: "employer",
        measure: { id, type: "ergonomics" },
      },
      {
        type: "measure.agreed",
        on: day(3 + m),
        by: "employee",
        measureId: id,
        employerAgreed: true,
      },
      {
        type: "measure.started",
        on: day(3 + m),
        by: "employer",
        measureId: id,
      },
      {
        type: "measure.completed",
        on: day(3 + m),
        by: "employer",
        measureId: id,
      }
    );
  }
  return events.slice(0, n);
}

function fold(events: readonly CaseEventInput[]): BemCase {
  let c = openCase({
    id: "c-1",
    employee: { id: "e-1" },
    on: "2025-11-03",
    eligibility: { thresholdCrossedOn: "2025-10-30", countedDays: 43 },
  });
  for (const event of events) {
    const result = applyEvent(c, event);
    if (!result.ok)
      throw new Error(`refused ${event.type}: ${result.error.code}`);
    c = result.case;
  }
  return c;
}

const small = logOf(400);
const large = logOf(4000);
fold(large); // warm-up
const foldSmall = bestMs(() => fold(small), 5);
const foldLarge = bestMs(() => fold(large), 5);
console.log(
  `applyEvent fold: 400 events ${foldSmall.toFixed(
    1
  )} ms, 4,000 events ${foldLarge.toFixed(1)} ms, ratio ${(
    foldLarge / foldSmall
  ).toFixed(1)}x (linear 10x, quadratic 100x)`
);

// Past a few thousand events each step's one copy of the log array (a frozen JSON array cannot be
// shared between two cases) outweighs the rules' constant work, so the fold turns quadratic there.
const longest = logOf(16000);
const foldLongest = bestMs(() => fold(longest), 1);
console.log(
  `applyEvent fold: 16,000 events ${foldLongest.toFixed(0)} ms, ratio to 4,000 ${(
    foldLongest / foldLarge
  ).toFixed(1)}x (linear 4x; bounded by copying the log once per step)`
);

import { performance } from "node:perf_hooks";
import { addDays } from "../src/domain/calendar";
import {
  DEFAULT_SCORING_RULES,
  type Member,
  type ScoreLine,
  type ScoreNode,
  type ScoringInput,
  type Task,
  type TaskStatus,
  rankAgencies,
} from "../src/domain/scoring";

/** Deterministic pseudo-random numbers (mulberry32) so every run scores the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const leaf = (id: string, kind: ScoreNode["kind"], maxPoints: number, capPoints?: number): ScoreNode => ({
  id,
  code: id,
  title: `Tiêu chí ${id}`,
  kind,
  maxPoints,
  ...(capPoints === undefined ? {} : { capPoints }),
});

const SCORE_TABLE: ScoreNode[] = [
  {
    ...leaf("I", "section", 6000),
    children: [leaf("I.1", "taskDerived", 4000), leaf("I.2", "taskDerived", 2000)],
  },
  {
    ...leaf("II", "section", 2000),
    children: [leaf("II.1", "manual", 800), leaf("II.2", "manual", 600), leaf("II.3", "manual", 600)],
  },
  {
    ...leaf("III", "section", 2000),
    children: [leaf("III.1", "manual", 1000), leaf("III.2", "manual", 1000)],
  },
  { ...leaf("IV", "bonus", 500, 500), children: [leaf("IV.1", "bonus", 300), leaf("IV.2", "bonus", 200)] },
  {
    ...leaf("V", "deduction", 1000, 1000),
    children: [leaf("V.1", "deduction", 300), leaf("V.2", "deduction", 300), leaf("V.3", "deduction", 400)],
  },
];
const MANUAL = ["II.1", "II.2", "II.3", "III.1", "III.2"];
const MANUAL_MAX = [800, 600, 600, 1000, 1000];
const STATUSES: TaskStatus[] = [
  "done",
  "done",
  "done",
  "done",
  "partial",
  "notDone",
  "inProgress",
  "notStarted",
];

const isoDay = (dayOfYear: number): string => addDays("2024-01-01", dayOfYear);

function makeTask(next: () => number, id: string, number: number, ownerUnitId: string): Task {
  const deadline = Math.floor(next() * 366);
  const status = STATUSES[Math.floor(next() * STATUSES.length)] as TaskStatus;
  return {
    id,
    number,
    title: `Nhiệm vụ ${number}`,
    ownerUnitId,
    criterionId: next() < 0.66 ? "I.1" : "I.2",
    weight: 1 + Math.floor(next() * 3),
    deadline: isoDay(deadline),
    status,
    ...(status === "done" ? { completedOn: isoDay(deadline + Math.floor(next() * 30) - 20) } : {}),
    ...(status === "partial" ? { completionShare: Math.floor(next() * 10001) } : {}),
  };
}

/**
 * 27 lines per unit: on 5 manual criteria a self-score and three peers' cross-check scores, and a
 * final score on 2 of them (the other 3 rank on the combined cross-check); 2 bonus, 3 deductions.
 */
function makeLines(next: () => number, unitId: string, scorers: readonly string[]): ScoreLine[] {
  const lines: ScoreLine[] = [];
  const pointsOf = (i: number) => Math.floor(next() * ((MANUAL_MAX[i] ?? 0) + 1));
  MANUAL.forEach((criterionId, i) => {
    lines.push({
      id: `${unitId}-${criterionId}-self`,
      unitId,
      criterionId,
      stage: "self",
      points: pointsOf(i),
    });
    for (const scorerUnitId of scorers)
      lines.push({
        id: `${unitId}-${criterionId}-by-${scorerUnitId}`,
        unitId,
        criterionId,
        stage: "crossCheck",
        points: pointsOf(i),
        scorerUnitId,
      });
    if (i % 2 === 1)
      lines.push({
        id: `${unitId}-${criterionId}-final`,
        unitId,
        criterionId,
        stage: "final",
        points: pointsOf(i),
      });
  });
  for (const criterionId of ["IV.1", "IV.2", "V.1", "V.2", "V.3"]) {
    lines.push({
      id: `${unitId}-${criterionId}`,
      unitId,
      criterionId,
      stage: "final",
      points: Math.floor(next() * 250),
    });
  }
  return lines;
}

function makeBloc(seed: number, units: number, tasksPerUnit: number): ScoringInput {
  const next = random(seed);
  const members: Member[] = [];
  const tasks: Task[] = [];
  const scoreLines: ScoreLine[] = [];
  for (let u = 0; u < units; u += 1) {
    const unitId = `b${seed}-u${u}`;
    members.push({ unitId, name: `Sở số ${u + 1}`, joinedOn: "2024-01-01" });
    for (let t = 0; t < tasksPerUnit; t += 1)
      tasks.push(makeTask(next, `${unitId}-t${t}`, u * tasksPerUnit + t + 1, unitId));
    // Peer cross-checking: the next three members of the bloc score this one.
    const scorers = [1, 2, 3].map((step) => `b${seed}-u${(u + step) % units}`);
    scoreLines.push(...makeLines(next, unitId, scorers));
  }
  const rules = {
    ...DEFAULT_SCORING_RULES,
    awards: DEFAULT_SCORING_RULES.awards.map((a) => ({ ...a, ballotThreshold: 5001 })),
    crossCheck: { scorers: "allMembers" as const, combine: "median" as const, assignments: [] },
  };
  const ballots = members.map((m) => ({
    unitId: m.unitId,
    awardCode: "CO_THI_DUA_UBND_TINH",
    votesFor: Math.floor(next() * (units + 1)),
    votersPresent: units,
  }));
  return {
    period: { start: "2024-01-01", end: "2024-12-31" },
    asOf: "2024-12-15",
    scoreTable: SCORE_TABLE,
    rules,
    members,
    tasks,
    scoreLines,
    ballots,
    eligibility: [{ unitId: `b${seed}-u0`, underInspection: next() < 0.1 }],
  };
}

interface Scale {
  scale: string;
  blocs: number;
  unitsPerBloc: number;
  tasksPerUnit: number;
  runs: number;
}

const SCALES: Scale[] = [
  { scale: "bloc", blocs: 1, unitsPerBloc: 10, tasksPerUnit: 50, runs: 501 },
  { scale: "province", blocs: 40, unitsPerBloc: 10, tasksPerUnit: 50, runs: 21 },
  { scale: "nation", blocs: 1000, unitsPerBloc: 10, tasksPerUnit: 100, runs: 7 },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function measure(blocs: ScoringInput[], runs: number): number {
  const warmups = Math.max(2, Math.floor(runs / 5));
  const timings: number[] = [];
  for (let run = 0; run < warmups + runs; run += 1) {
    const started = performance.now();
    for (const bloc of blocs) rankAgencies(bloc);
    if (run >= warmups) timings.push(performance.now() - started);
  }
  return median(timings);
}

const rows = SCALES.map((scale) => {
  const blocs = Array.from({ length: scale.blocs }, (_, i) =>
    makeBloc(i + 1, scale.unitsPerBloc, scale.tasksPerUnit),
  );
  const ms = measure(blocs, scale.runs);
  const sum = (pick: (bloc: ScoringInput) => number): number =>
    blocs.reduce((total, bloc) => total + pick(bloc), 0);
  return {
    scale: scale.scale,
    units: sum((bloc) => bloc.members.length),
    tasks: sum((bloc) => bloc.tasks.length),
    scoreLines: sum((bloc) => bloc.scoreLines.length),
    crossCheckScores: sum((bloc) => bloc.scoreLines.filter((line) => line.scorerUnitId).length),
    ms: Math.round(ms * 1000) / 1000,
  };
});

console.table(rows);
for (const row of rows) console.log(JSON.stringify(row));

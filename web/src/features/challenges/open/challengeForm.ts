import type { CombinedError } from '@urql/core';
import { createSignal } from 'solid-js';
import type { ChallengeStage, StageDeadlineInput } from '../../../gql/graphql';
import { limits } from '../../../gql/limits';
import type { PickedRegion } from '../ui/RegionPicker';
import { fieldErrors } from '../ui/serverErrors';
import { t } from '../i18n';

const L = limits.challenge;

export interface ChallengeFormValues {
  title: string;
  problem: string;
  regions: PickedRegion[];
  indicators: number[];
  cohort: string;
  tags: string;
  /** Due dates by stage as `yyyy-mm-dd` (the date input's value). */
  deadlines: Partial<Record<ChallengeStage, string>>;
}

const EMPTY: ChallengeFormValues = { title: '', problem: '', regions: [], indicators: [], cohort: '', tags: '', deadlines: {} };

/**
 * The state of the challenge form, shared by opening and editing: its fields, the checks the
 * browser can make before asking (the server repeats them), and the input pieces both mutations take.
 */
export function createChallengeForm(initial: Partial<ChallengeFormValues> = {}, serverError: () => CombinedError | undefined = () => undefined) {
  const start = { ...EMPTY, ...initial };
  const [title, setTitle] = createSignal(start.title);
  const [problem, setProblem] = createSignal(start.problem);
  const [regions, setRegions] = createSignal<PickedRegion[]>(start.regions);
  const [indicators, setIndicators] = createSignal<number[]>(start.indicators);
  const [cohort, setCohort] = createSignal(start.cohort);
  const [tags, setTags] = createSignal(start.tags);
  const [deadlines, setDeadlines] = createSignal(start.deadlines);
  const [local, setLocal] = createSignal<Record<string, string>>({});
  const server = () => fieldErrors(serverError());
  const error = (field: string): string | undefined => local()[field] ?? server().byField[field];

  const check = (): boolean => {
    const problems: Record<string, string> = {};
    const ti = title().trim();
    if (ti.length < L.titleMin || ti.length > L.titleMax) problems.title = t('challenges.error.title', { min: L.titleMin, max: L.titleMax });
    const p = problem().trim();
    if (p.length < L.problemMin || p.length > L.problemMax) problems.problemMarkdown = t('challenges.error.problem', { min: L.problemMin, max: L.problemMax });
    if (regions().length === 0) problems.regionCodes = t('challenges.error.regions');
    if (indicators().length === 0) problems.indicators = t('challenges.error.indicators', { max: L.indicatorsMax });
    setLocal(problems);
    return Object.keys(problems).length === 0;
  };

  /** What openChallenge and updateChallenge both take. */
  const input = () => ({
    title: title().trim(),
    problemMarkdown: problem(),
    indicators: indicators().map((number) => ({ framework: 'SPBE-2020', number })),
    cohort: cohort() || null,
    tags: tags()
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    deadlines: Object.entries(deadlines())
      .filter(([, v]) => v)
      .map(([stage, v]): StageDeadlineInput => ({ stage: stage as ChallengeStage, dueAt: new Date(`${v}T23:59:00`).toISOString() })),
  });

  return { title, setTitle, problem, setProblem, regions, setRegions, indicators, setIndicators, cohort, setCohort, tags, setTags, deadlines, setDeadlines, error, server, check, input };
}

export type ChallengeForm = ReturnType<typeof createChallengeForm>;

/** A due date (ISO instant) as the date input shows it, in the viewer's time zone. */
export function dateInputValue(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Moves focus to the first field the checks or the server refused, or to the error box. */
export const focusFirstProblem = () => queueMicrotask(() => document.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus());

/**
 * Entry point of the document builders. Screens load this module with `import()` so docx stays out
 * of the initial bundle; each builder is a further lazy chunk, loaded on first use.
 */
import type { DocumentKind } from '../domain/vocabulary';
import type { DocumentModels } from './models';

type Builder<K extends DocumentKind> = (model: DocumentModels[K]) => Promise<Uint8Array>;

const BUILDERS: { [K in DocumentKind]: () => Promise<Builder<K>> } = {
  submission: async () => (await import('./builders/submission')).buildSubmission,
  meetingMinutes: async () => (await import('./builders/meetingMinutes')).buildMeetingMinutes,
  ballotPaper: async () => (await import('./builders/ballotPaper')).buildBallotPaper,
  voteCountMinutes: async () => (await import('./builders/voteCountMinutes')).buildVoteCountMinutes,
  decision: async () => (await import('./builders/decision')).buildDecision,
  personalReport: async () => (await import('./builders/personalReport')).buildPersonalReport,
  collectiveReport: async () => (await import('./builders/collectiveReport')).buildCollectiveReport,
  scoreTable: async () => (await import('./builders/scoreTable')).buildScoreTable,
  goodDeedsLetter: async () => (await import('./builders/goodDeedsLetter')).buildGoodDeedsLetter,
  annualReport: async () => (await import('./builders/annualReport')).buildAnnualReport,
  movementPlan: async () => (await import('./builders/movementPlan')).buildMovementPlan,
  cultureProposal: async () => (await import('./builders/culture')).buildCultureProposal,
  cultureHouseholdList: async () => (await import('./builders/culture')).buildCultureHouseholdList,
  cultureMinutes: async () => (await import('./builders/culture')).buildCultureMinutes,
};

/** Builds the .docx bytes of a document from its plain model. */
export async function buildDocument<K extends DocumentKind>(kind: K, model: DocumentModels[K]): Promise<Uint8Array> {
  const build = await BUILDERS[kind]();
  return build(model);
}

/** The MIME type to save or download a built document with. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A document about to be issued: what the register row records (kind, date, title, source) and how
 * its model is completed once the register has given it a number.
 */
import type { DocumentKind } from '../../domain/vocabulary';
import type { DocumentModels } from '../../documents/models';
import type { TableName } from '../db';

export interface Draft<K extends DocumentKind = DocumentKind> {
  kind: K;
  /** Civil date printed on the document and recorded in the register. */
  date: string;
  /** Trích yếu as the register lists it. */
  title: string;
  sourceTable: TableName;
  sourceIds: string[];
  /** Made from demo records: removed with the demo ward. */
  demo: boolean;
  /** The model with the number the register reserved ("" for documents without a number). */
  compose: (numberText: string) => DocumentModels[K];
}


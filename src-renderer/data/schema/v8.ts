/**
 * Schema version 8 (issue 17.1, certificates): NEVER EDIT once released; a change is a new version file.
 * - certificateTemplates: the ward's templates per award and recipient kind, boxes in millimetres;
 * - certificateImages: the images the ward adds once (the national emblem, a blank's scan);
 * - certificatePrinters: each printer's offset, measured on the calibration page;
 * - certificates: the register of certificates issued and re-issued (sổ cấp phát).
 * New tables only: no record of an older version changes shape.
 */
import type { SchemaVersion } from './types';

export const v8: SchemaVersion = {
  version: 8,
  stores: {
    certificateTemplates: '&id, [award+subjectKind], archived, demo',
    certificateImages: '&id, kind, archived, demo',
    certificatePrinters: '&id, archived, demo',
    certificates: '&id, decisionId, [decisionId+order], year, archived, demo',
  },
};

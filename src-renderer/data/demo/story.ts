/**
 * The demo ward's calendar: "today" is late November of the demo year. The year-end council meeting is
 * held, the ward's decisions are signed, upward proposals are with the province, and nothing dated
 * after DEMO_TODAY is marked done. Fixed dates keep the demo and its tests independent of the clock.
 */
export const DEMO_YEAR = 2026;
export const DEMO_TODAY = '2026-11-20';
/** Council meeting that voted the year's nominations (a Thursday). */
export const MEETING_DATE = '2026-11-12';
/** The ward chairman's decisions on what the meeting passed (NĐ 129/2025 Đ59). */
export const DECISION_DATE = '2026-11-16';
/** The tờ trình sending upward proposals to the province. */
export const SUBMISSION_DATE = '2026-11-17';

/** Before 1/7/2025 the town decided; since then the ward (DOMAIN.md §1). History keeps the issuer it had. */
export const ISSUER_TOWN = 'Chủ tịch Ủy ban nhân dân thị xã Ninh Hòa';
export const ISSUER_WARD = 'Chủ tịch Ủy ban nhân dân phường Ninh Hà';

/**
 * The province packs shipped with the app (docs/province-pack.md), from the facts in the domain brief:
 * Khánh Hòa (the demo ward's province; QĐ 9/2024/QĐ-UBND, to be checked against a 2025 successor)
 * and Bắc Ninh (QĐ 86/2025/QĐ-UBND). Each is one data file, validated by the same schema as an import.
 */
import type { ProvincePack } from '../../domain/provincePack';
import bacNinh from './bac-ninh.json';
import khanhHoa from './khanh-hoa.json';

export const SHIPPED_PACKS: readonly ProvincePack[] = [khanhHoa as ProvincePack, bacNinh as ProvincePack];

export const KHANH_HOA_PACK = SHIPPED_PACKS[0];
export const BAC_NINH_PACK = SHIPPED_PACKS[1];

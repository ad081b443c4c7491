/**
 * The name the province's city boundaries are registered under: shared by the map's parts, which
 * register them (./echartsMap.ts), and the options that draw them, without either importing the other.
 */
export const PROVINCE_MAP = 'province'

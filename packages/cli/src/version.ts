/** The framelens version recorded in every report's provenance. */
export const FRAMELENS_VERSION = '0.1.0';

// The qualifiers are read from quotes in lib/text, which the validator and the extractor share; the data layer
// names them here so its callers need not know where Vietnamese is read.
export { isQualifier, NUMBER_QUALIFIERS, QUALIFIERS, type Qualifier } from "../text/qualifiers.ts";

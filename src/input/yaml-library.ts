/**
 * The `yaml` library, as every module of ours takes it: one module, so that the other commands'
 * bundle (more-commands.cjs) takes yaml from the check's (cli.cjs) through it, as it takes our own
 * modules, instead of holding a copy. The bundles are built from yaml's ES-module files
 * (scripts/bundle-options.mjs), and an ES-module package is handed from one bundle to the other
 * only as what a module of the first exports of it.
 */
export { isAlias, isMap, isPair, isScalar, isSeq, Lexer, parseAllDocuments, parseDocument } from "yaml";
export type { Document, Node } from "yaml";

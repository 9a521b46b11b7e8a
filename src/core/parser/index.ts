// The chat-comment order parser (ORDER-GRAMMAR.md): compile a catalog once
// with createParser, then parse each comment with what is on screen.
export { createParser, type Parser, type ParseContext, type ParserOptions } from './parser';
export type { CatalogEntry, Intent, ParseResult, ParsedItem } from './parse-result';

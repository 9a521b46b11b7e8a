// The comment parser of the ingest pipeline, built from the catalog on first
// use and rebuilt after a catalog change. Parsing runs on this thread: at a
// few microseconds a comment it is a small part of a comment's cost next to
// its SQLite writes, and a second thread would cost more memory than it saves.
import { createParser, type Parser } from '../../core/parser';
import type { CatalogEntry, ParseResult } from '../../core/parser/parse-result';

export class ParserHost {
  private parser: Parser | undefined;

  constructor(private readonly catalog: () => CatalogEntry[]) {}

  /** The parser never throws: a rule that fails on a comment makes it chatter, and is logged. */
  parse(text: string, showcase: string | null): ParseResult {
    this.parser ??= createParser(this.catalog(), { onFault: (error) => console.error('[ingest] a parser rule failed on a comment:', error) });
    return this.parser.parse(text, { showcase });
  }

  /** The catalog changed: the next comment is parsed with the new one. */
  catalogChanged(): void {
    this.parser = undefined;
  }
}

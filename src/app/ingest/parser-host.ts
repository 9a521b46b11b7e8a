// The comment parser of the ingest pipeline, built from the catalog on first
// use and rebuilt after a catalog change. Parsing runs on this thread: about a
// third of a comment's cost in the ingest bench (9 µs of 27), the SQLite writes
// the rest; a second thread would take the parsing off but not the writes, and
// adds ordering and recovery across threads for no gain a stream would see.
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

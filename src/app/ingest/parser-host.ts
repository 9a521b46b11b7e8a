// The comment parser of the ingest pipeline, built from the catalog on first
// use and rebuilt after a catalog change. Parsing runs on this thread: at a
// few microseconds a comment it is a small part of a comment's cost next to
// its SQLite writes, and a second thread would cost more memory than it saves.
import { createParser } from '../../core/parser';
import type { CatalogEntry, Intent, ParseResult } from '../../core/parser/parse-result';

interface Parser {
  parse(text: string, options: { showcase?: string | null }): ParseResult;
}

const fallback: ParseResult = { intent: 'other' as Intent, items: [], phone: null };

export class ParserHost {
  private parser: Parser | undefined;

  constructor(private readonly catalog: () => CatalogEntry[]) {}

  /** The parser promises never to throw; if it ever does, the comment is chatter rather than a lost batch. */
  parse(text: string, showcase: string | null): ParseResult {
    this.parser ??= createParser(this.catalog());
    try {
      return this.parser.parse(text, { showcase });
    } catch (error) {
      console.error('[ingest] parser threw on a comment:', error);
      return fallback;
    }
  }

  /** The catalog changed: the next comment is parsed with the new one. */
  catalogChanged(): void {
    this.parser = undefined;
  }
}

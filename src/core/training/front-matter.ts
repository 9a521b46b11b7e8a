// Splits a Markdown file into its YAML front matter and body. The YAML itself
// is parsed by the adapter (a library); this only finds the fences.

export interface FrontMatterSplit {
  /** The YAML between the fences, or null when the file has none. */
  yaml: string | null;
  body: string;
  /** 1-based line of the first YAML line, to point errors at the file. */
  yamlStartLine: number;
}

export function splitFrontMatter(source: string): FrontMatterSplit {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) return { yaml: null, body: text, yamlStartLine: 0 };
  const lines = text.split('\n');
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!.trimEnd();
    if (line === '---' || line === '...') {
      return {
        yaml: lines.slice(1, index).join('\n'),
        body: lines.slice(index + 1).join('\n'),
        yamlStartLine: 2,
      };
    }
  }
  return { yaml: null, body: text, yamlStartLine: 0 };
}

/** Words of a Markdown body, without image and link syntax, to see a lesson's length. */
export function countWords(markdown: string): number {
  const plain = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|-]+/g, ' ');
  return plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

// Lesson Markdown to HTML that is safe to put in the page: raw HTML in the
// source is shown as text (markdown-it escapes it), links may only go to
// web or mail addresses, and images only to the module's own pictures.
import MarkdownIt from 'markdown-it';
import { resolveImageRef } from '../../core/training/validate-content';

const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });

const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** Every image source a Markdown body names, in order. */
export function imageRefs(markdown: string): string[] {
  const refs: string[] = [];
  const visit = (tokens: ReturnType<typeof parser.parse>) => {
    for (const token of tokens) {
      if (token.type === 'image') refs.push(String(token.attrGet('src') ?? ''));
      if (token.children) visit(token.children);
    }
  };
  visit(parser.parse(markdown, {}));
  return refs;
}

export interface RenderOptions {
  /** The URL a module image is served at; null drops the picture (alt text stays). */
  imageUrl(path: string): string | null;
}

export function renderLessonHtml(markdown: string, options: RenderOptions): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const escape = md.utils.escapeHtml;
  md.renderer.rules.image = (tokens, index) => {
    const token = tokens[index]!;
    const alt = token.children ? md.renderer.renderInlineAsText(token.children, md.options, {}) : token.content;
    const resolved = resolveImageRef(String(token.attrGet('src') ?? ''));
    const url = resolved.ok ? options.imageUrl(resolved.path) : null;
    if (url === null) return `<span class="missing-image">${escape(alt)}</span>`;
    const title = String(token.attrGet('title') ?? '');
    // A span, not a figure: images sit inside paragraphs, where block elements are not allowed.
    return `<span class="lesson-figure"><img src="${escape(url)}" alt="${escape(alt)}" loading="lazy"${title ? ` title="${escape(title)}"` : ''}>${
      alt ? `<span class="caption">${escape(alt)}</span>` : ''
    }</span>`;
  };
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, index, opts, _env, self) => self.renderToken(tokens, index, opts));
  md.renderer.rules.link_open = (tokens, index, opts, env, self) => {
    const token = tokens[index]!;
    const href = String(token.attrGet('href') ?? '');
    if (!SAFE_LINK.test(href)) {
      // Relative links have nowhere to go inside the app: keep the words, drop the link.
      token.attrs = [];
      token.attrSet('class', 'plain-link');
      token.tag = 'span';
      const close = tokens.slice(index).find((t) => t.type === 'link_close');
      if (close) close.tag = 'span';
    } else {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    return defaultLinkOpen(tokens, index, opts, env, self);
  };
  return md.render(markdown);
}

import { describe, expect, it } from 'vitest';
import { checkContentRoot, checkUpload } from '../../src/adapters/training/content-reader';
import { readFolderTree, safeRelativePath, type FileTree } from '../../src/adapters/training/file-tree';
import { renderLessonHtml } from '../../src/adapters/training/markdown';
import { RECOMMENDED, describeIssue, svgProblems } from '../../src/core/training/validate-content';
import { fixturePath } from '../helpers/fixtures';

const MODULE = '01-honey-basics';
const fixtureTree = (): FileTree => readFolderTree(fixturePath('training/good'));
const text = (tree: FileTree, path: string) => new TextDecoder().decode(tree.get(path));
const edit = (tree: FileTree, path: string, change: (source: string) => string): FileTree => {
  const copy = new Map(tree);
  copy.set(path, new TextEncoder().encode(change(text(tree, path))));
  return copy;
};
const errors = (tree: FileTree) => checkContentRoot(tree).issues.filter((issue) => issue.severity === 'error');

describe('training content validation', () => {
  it('reads the sample module with its lessons, quizzes and image', () => {
    const { modules, issues } = checkContentRoot(fixtureTree());
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(modules).toHaveLength(1);
    const module = modules[0]!.module;
    expect(module.id).toBe('honey-basics');
    expect(module.title.vi).toBe('Bán mật ong trên livestream');
    expect(module.lessons.map((lesson) => lesson.id)).toEqual(['show-the-jar', 'take-orders']);
    expect(module.lessons[0]!.vi.quiz).toHaveLength(2);
    expect(module.lessons[0]!.en?.checklist).toHaveLength(2);
    expect(module.images).toEqual(['images/jar-light.svg']);
    // Only two lessons: the format asks for four, which is a warning, not a refusal.
    expect(issues.some((issue) => issue.severity === 'warning' && /4/.test(issue.messageEn))).toBe(true);
  });

  it('names the file and the question when a quiz has no correct answer', () => {
    const tree = edit(fixtureTree(), `${MODULE}/02-take-orders.vi.md`, (s) => s.replace('correct: true', 'correct: false'));
    const found = errors(tree);
    expect(found).toContainEqual(
      expect.objectContaining({ file: `${MODULE}/02-take-orders.vi.md`, field: 'quiz[0].choices', messageEn: expect.stringContaining('exactly one correct') }),
    );
    expect(found.find((issue) => issue.field === 'quiz[0].choices')?.message).toContain('đúng một đáp án đúng');
    expect(checkContentRoot(tree).modules).toEqual([]);
  });

  it('reports a quiz question with no correct answer once, without a second error about where the English answer sits', () => {
    const tree = edit(fixtureTree(), `${MODULE}/02-take-orders.vi.md`, (s) => s.replace('correct: true', 'correct: false'));
    const aboutQuestion = errors(tree).filter((issue) => issue.field === 'quiz[0].choices');
    expect(aboutQuestion).toHaveLength(1);
    expect(aboutQuestion[0]).toMatchObject({
      file: `${MODULE}/02-take-orders.vi.md`,
      message: expect.stringContaining('chưa có đáp án đúng'),
      messageEn: expect.stringContaining('has no correct choice'),
    });
  });

  it('says how many correct answers a question has when it has more than one', () => {
    const tree = edit(fixtureTree(), `${MODULE}/02-take-orders.vi.md`, (s) => s.replace('correct: false', 'correct: true'));
    const aboutQuestion = errors(tree).filter((issue) => issue.field === 'quiz[0].choices');
    expect(aboutQuestion).toHaveLength(1);
    expect(aboutQuestion[0]!.messageEn).toContain('has 2 correct choices');
  });

  it('states the word limits the lesson length warning actually checks', () => {
    const { issues } = checkContentRoot(fixtureTree());
    const lengthWarnings = issues.filter((issue) => issue.field === 'body' && issue.severity === 'warning');
    expect(lengthWarnings.length).toBeGreaterThan(0);
    for (const warning of lengthWarnings) {
      expect(warning.messageEn).toContain(`${RECOMMENDED.words[0]}–${RECOMMENDED.words[1]}`);
      expect(warning.message).toContain(`từ ${RECOMMENDED.words[0]} đến ${RECOMMENDED.words[1]} từ`);
    }
  });

  it('names the exact field when a choice has no explanation', () => {
    const tree = edit(fixtureTree(), `${MODULE}/01-show-the-jar.en.md`, (s) =>
      s.replace('        explanation: "The flash glares and changes the colour."\n', ''),
    );
    const issue = errors(tree).find((i) => i.field === 'quiz[0].choices[1].explanation');
    expect(issue).toBeDefined();
    expect(issue!.file).toBe(`${MODULE}/01-show-the-jar.en.md`);
    expect(describeIssue(issue!, 'vi')).toContain('quiz[0].choices[1].explanation');
  });

  it('refuses a lesson naming an image that does not exist or lives outside the module', () => {
    const missing = edit(fixtureTree(), `${MODULE}/01-show-the-jar.vi.md`, (s) => s.replace('images/jar-light.svg', 'images/khong-co.svg'));
    expect(errors(missing)).toContainEqual(expect.objectContaining({ file: `${MODULE}/01-show-the-jar.vi.md`, messageEn: expect.stringContaining('images/khong-co.svg') }));
    const outside = edit(fixtureTree(), `${MODULE}/01-show-the-jar.vi.md`, (s) => s.replace('images/jar-light.svg', '../../secret.svg'));
    expect(errors(outside)[0]?.messageEn).toContain('must be inside');
    const remote = edit(fixtureTree(), `${MODULE}/01-show-the-jar.vi.md`, (s) => s.replace('images/jar-light.svg', 'https://example.org/x.png'));
    expect(errors(remote)).toHaveLength(1);
  });

  it('refuses an English file whose correct answers sit in other places than the Vietnamese', () => {
    const tree = edit(fixtureTree(), `${MODULE}/02-take-orders.en.md`, (s) =>
      s.replace('correct: true\n        explanation: "It has', 'correct: false\n        explanation: "It has').replace(
        'correct: false\n        explanation: "That is praise',
        'correct: true\n        explanation: "That is praise',
      ),
    );
    expect(errors(tree)).toContainEqual(expect.objectContaining({ file: `${MODULE}/02-take-orders.en.md`, field: 'quiz[0].choices' }));
  });

  it('points at the YAML line that cannot be read', () => {
    const tree = edit(fixtureTree(), `${MODULE}/module.yaml`, (s) => s.replace('order: 1', 'order: [1'));
    const issue = errors(tree)[0];
    expect(issue?.file).toBe(`${MODULE}/module.yaml`);
    expect(issue?.line).toBeGreaterThan(0);
  });

  it('refuses unsafe SVGs and badly named lesson files', () => {
    expect(svgProblems('<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>').length).toBeGreaterThan(0);
    expect(svgProblems('<svg viewBox="0 0 1 1"><image href="http://x/y.png"/></svg>').length).toBeGreaterThan(0);
    expect(svgProblems('<svg width="1"></svg>')[0]?.en).toContain('viewBox');
    expect(svgProblems('<svg viewBox="0 0 1 1"><use href="#a"/></svg>')).toEqual([]);
    const tree = new Map(fixtureTree());
    tree.set(`${MODULE}/images/jar-light.svg`, new TextEncoder().encode('<svg viewBox="0 0 1 1" onload="x()"></svg>'));
    tree.set(`${MODULE}/bai-3.md`, new TextEncoder().encode('---\nid: x\n---\n'));
    const found = errors(tree);
    expect(found.some((issue) => issue.file === `${MODULE}/images/jar-light.svg`)).toBe(true);
    expect(found.some((issue) => issue.file === `${MODULE}/bai-3.md` && issue.messageEn.includes('NN-slug.vi.md'))).toBe(true);
  });

  it('refuses two modules with the same id in one upload', () => {
    const tree = new Map<string, Uint8Array>();
    for (const [path, bytes] of fixtureTree()) {
      tree.set(path, bytes);
      tree.set(path.replace(MODULE, '02-honey-copy'), bytes);
    }
    const check = checkUpload(tree, 'upload.zip');
    expect(check.modules).toEqual([]);
    expect(check.issues).toContainEqual(expect.objectContaining({ field: 'id', messageEn: expect.stringContaining('honey-basics') }));
  });

  it('makes zip and upload paths safe or refuses them', () => {
    expect(safeRelativePath('a/./b\\c.md')).toBe('a/b/c.md');
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:\\Windows\\x', 'a/\0b']) expect(safeRelativePath(bad)).toBeNull();
  });
});

describe('lesson Markdown', () => {
  const render = (md: string) => renderLessonHtml(md, { imageUrl: (path) => `training-assets/m/${path}` });

  it('shows raw HTML as text, never as markup', () => {
    const html = render('Xin chào <script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('serves module pictures through the app and drops everything else', () => {
    const html = render('![Sơ đồ "ánh sáng"](images/a.svg)\n\n![x](https://evil.example/t.png)\n\n[bad](javascript:alert(1)) [ok](https://ocop.vn) [local](b.md)');
    expect(html).toContain('<img src="training-assets/m/images/a.svg" alt="Sơ đồ &quot;ánh sáng&quot;"');
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('href="https://ocop.vn" target="_blank" rel="noopener noreferrer"');
    expect(html).not.toContain('b.md');
  });
});

import { describe, expect, it } from 'vitest';
import { embedSnippets } from './embedSnippets';

describe('embedSnippets', () => {
  const [loader, pym, iframe] = embedSnippets(
    { page: 'https://news.example/graphics/story/', root: 'https://news.example/graphics/story/' },
    'A case "in" <court>',
  );

  it('gives the loader snippet a placeholder with a fallback link and the script', () => {
    expect(loader!.code).toContain('data-src="https://news.example/graphics/story/?mode=embed"');
    expect(loader!.code).toContain('data-title="A case &quot;in&quot; &lt;court>"');
    expect(loader!.code).toContain('<a href="https://news.example/graphics/story/">A case "in" &lt;court></a>');
    expect(loader!.code).toContain('<script src="https://news.example/graphics/story/embed.js" async></script>');
  });

  it('asks pym.js for scroll tracking, a title and fullscreen', () => {
    expect(pym!.code).toContain("new pym.Parent('khamroyev-story', 'https://news.example/graphics/story/?mode=embed'");
    expect(pym!.code).toContain('trackscroll: true');
    expect(pym!.code).toContain('allowfullscreen: true');
  });

  it('gives the plain iframe a title, fullscreen and a fallback link', () => {
    expect(iframe!.code).toMatch(
      /^<iframe src="https:\/\/news.example\/graphics\/story\/\?mode=embed" title="A case &quot;in&quot; &lt;court>"/,
    );
    expect(iframe!.code).toContain('allow="fullscreen"');
    expect(iframe!.code).toContain('<a href="https://news.example/graphics/story/">');
  });
});

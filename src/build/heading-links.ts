import GithubSlugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';

/**
 * A Sätteri hast plugin (Astro 7's counterpart of a rehype plugin) that gives every h2 and h3
 * in any Markdown or MDX content a section link: the heading is wrapped as
 * `div.section-heading > [hN#id, a.anchor]`, the markup page components get from
 * SectionHeading.astro. Ids follow Astro's own heading-ids plugin (github-slugger over the
 * heading's text, in document order), which runs after this one and keeps an id it finds, so
 * ids and the `headings` that render() reports agree, and links already shared keep working.
 */
export function headingLinks(): () => HastPluginDefinition {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'stride-atlas:heading-links',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const given = node.properties?.['id'];
          const id = typeof given === 'string' ? given : slugger.slug(text);
          if (typeof given !== 'string') ctx.setProperty(node, 'id', id);
          if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['section-heading'] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                // Search indexes the heading, not this link's hidden "Section titled" text.
                properties: { className: ['anchor'], href: `#${id}`, dataPagefindIgnore: '' },
                children: [
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { ariaHidden: 'true' },
                    children: [{ type: 'text', value: '#' }],
                  },
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { className: ['visually-hidden'] },
                    children: [{ type: 'text', value: `Section titled “${text}”` }],
                  },
                ],
              },
            ],
          });
        },
      },
    };
  };
}

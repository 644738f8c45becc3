import type { HeadingBlock } from '../../../shared/content-types';
import { useActiveHeading } from '../use-active-heading';

/** Plain fragment links: they scroll and update the URL hash natively, with or without JavaScript. */
export function OnThisPage({ headings }: { headings: readonly HeadingBlock[] }) {
  const active = useActiveHeading(headings.map((heading) => heading.id));
  if (headings.length === 0) return null;
  return (
    <nav className="on-this-page" aria-labelledby="on-this-page-title">
      <h2 id="on-this-page-title" className="on-this-page-title">
        On this page
      </h2>
      <ol>
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} aria-current={active === heading.id ? 'location' : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

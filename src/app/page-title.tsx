import { content } from './content';

/** React 19 hoists <title> into <head>, on the client and in prerendered HTML alike. */
export function PageTitle({ title }: { title?: string }) {
  return <title>{title ? `${title} · ${content.siteName}` : content.siteName}</title>;
}

import { Fragment } from 'react';
import Link from '@mui/material/Link';

/** A web address cut after its separators ("/", ".", "-", "?", "&", "=", "_"): where a line may break. */
export function urlSegments(url: string): string[] {
  return url.match(/[^/.\-?&=_#]*[/.\-?&=_#]*/g)?.filter(Boolean) ?? [];
}

/**
 * A link whose address wraps only between its parts, never inside a word: a break opportunity (<wbr>)
 * after each separator, and `break-word` only for a single part longer than the whole line. Unlike
 * `word-break: break-all`, a table cell then cannot shrink the address to a column of letters.
 */
export function UrlLink({ href }: { href: string }) {
  return (
    <Link href={href} target="_blank" rel="noreferrer" sx={{ overflowWrap: 'break-word' }}>
      {urlSegments(href).map((part, i) => (
        <Fragment key={i}>
          {part}
          <wbr />
        </Fragment>
      ))}
    </Link>
  );
}

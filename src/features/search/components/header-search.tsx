import { Form } from 'react-router-dom';
import './header-search.css';

/**
 * The search box in every page's header: a plain GET form to /search, so it works before the app
 * has loaded too. Its id is the one the global "/" shortcut focuses.
 */
export function HeaderSearch() {
  return (
    <Form method="get" action="/search" role="search" className="header-search">
      <label htmlFor="site-search" className="visually-hidden">
        Search articles
      </label>
      <input id="site-search" type="search" name="q" placeholder="Search" autoComplete="off" />
      <button type="submit">Search</button>
    </Form>
  );
}

import { Link } from 'react-router-dom';
import { PageTitle } from '../page-title';

export function NotFoundRoute() {
  return (
    <div className="not-found">
      <PageTitle title="Page not found" noindex />
      <h1>Page not found</h1>
      <p>There is no article or page at this address. It may have been moved, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </div>
  );
}

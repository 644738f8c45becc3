import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { PageTitle } from '../page-title';
import { NotFoundRoute } from './not-found-route';

/** Unknown slugs become the not-found page; anything else that throws while rendering gets a readable message. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div className="not-found" role="alert">
      <PageTitle title="Something went wrong" noindex />
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Reloading may help; if it does not, the article may be damaged.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </div>
  );
}

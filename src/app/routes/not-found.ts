import { data } from 'react-router-dom';

/** Thrown by a loader when the URL names nothing: the route's error boundary shows the not-found page (status 404). */
export function notFound(): never {
  throw data(null, { status: 404 });
}

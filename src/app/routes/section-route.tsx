import { useParams } from 'react-router-dom';
import { ArticleList } from '../../features/articles/components/article-list';
import { content, findSection } from '../content';
import { PageTitle } from '../page-title';
import { NotFoundRoute } from './not-found-route';

export function SectionRoute() {
  const section = findSection(useParams().section);
  if (!section) return <NotFoundRoute />;
  const articles = content.articles.filter((article) => article.sectionSlug === section.slug);
  return (
    <>
      <PageTitle title={section.name} />
      <header className="page-header">
        <p className="page-kicker">Section</p>
        <h1>{section.name}</h1>
        <p className="page-lede">
          {articles.length} {articles.length === 1 ? 'article' : 'articles'}, newest first.
        </p>
      </header>
      <ArticleList articles={articles} label={`Articles in ${section.name}`} />
    </>
  );
}

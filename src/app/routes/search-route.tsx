import { SearchPage } from '../../features/search/components/search-page';
import { content, loadArticleBody, loadSearchSource } from '../content';
import { PageTitle } from '../page-title';

export function SearchRoute() {
  return (
    <>
      <PageTitle title="Search" description={`Search and filter ${content.articles.length} articles by person, topic, place, section, author and date.`} />
      <SearchPage articles={content.articles} loadSource={loadSearchSource} loadBody={loadArticleBody} />
    </>
  );
}

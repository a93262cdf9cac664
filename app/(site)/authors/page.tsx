import { PeopleList } from '@/components/people/PeopleList'
import { getPeople } from '@/lib/sanity/queries/people'
import { peopleIndexSeo } from '@/lib/seo/pages/people'
import { indexRoute } from '@/app/(site)/_routes/indexRoute'

const route = indexRoute({
  title: 'Authors and reviewers',
  load: getPeople,
  seo: peopleIndexSeo,
  body: (people) => (
    <>
      <p>The people who write and medically review the articles on this site.</p>
      {people.length > 0 ? <PeopleList people={people} /> : <p>No articles have been published yet.</p>}
    </>
  ),
})

export const generateMetadata = route.generateMetadata
export default route.IndexPage

import { Link } from 'react-router';
import { useViewer } from '../../modules/auth';
import {
  BankExport,
  BankResultsSection,
  BankSearchBox,
  canEditBank,
  canExportBank,
  FacetFilters,
  prefetchBankBrowser,
  useBankBrowser,
} from '../../modules/questions';
import { PageHeading } from '../../modules/ui';
import '../../modules/questions/questions.css';

/** The route's prefetch (app/routes.tsx): the first load of /bank asks for its results beside `Me`. */
export const prefetchBankPage = prefetchBankBrowser;

/** /bank: search and filter the organization's questions; editors also import and write them. */
export function BankPage() {
  const viewer = useViewer();
  const editor = canEditBank(viewer.role);
  const browser = useBankBrowser();
  const { facets } = browser;

  return (
    <div className="page">
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <PageHeading title="Question bank">Question bank</PageHeading>
          <p className="lead">Search {viewer.organization.name}’s questions and open one to see its rubric.</p>
        </div>
        <div className="page__actions">
          {canExportBank(viewer.role) ? <BankExport /> : null}
          <Link to="/bank/health" className="button">
            Bank health
          </Link>
          {editor ? (
            <>
              <Link to="/bank/import" className="button">
                Import
              </Link>
              <Link to="/bank/questions/new" className="button button--primary">
                New question
              </Link>
            </>
          ) : null}
        </div>
      </header>

      <BankSearchBox browser={browser} />

      <div className="bank-layout">
        <aside className="bank-layout__filters" aria-label="Filters">
          <FacetFilters
            state={browser.state}
            facets={facets.data?.bankFacets ?? facets.previousData?.bankFacets}
            onChange={browser.update}
          />
        </aside>
        <BankResultsSection browser={browser} editor={editor} />
      </div>
    </div>
  );
}

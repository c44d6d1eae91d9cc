import { useQuery } from '@apollo/client/react';
import { BankFacetsDocument } from '../../../generated/graphql';
import type { KitBuilderState } from '../hooks/useKitBuilder';
import { KitSections } from './KitSections';
import '../kits.css';

/** The sections with their questions, the reordering shortcuts, and "+ Add section". */
export function KitSectionsBlock({ builder }: { builder: KitBuilderState }) {
  const { draft, errors, target, saved } = builder;
  const facets = useQuery(BankFacetsDocument, { variables: { search: null, filter: null } });
  const competencies = (facets.data?.bankFacets.competencies ?? []).map((c) => c.value);
  return (
    <section className="kit-sections-block" aria-labelledby="sections-heading">
      <div className="results-bar">
        <h2 id="sections-heading">Sections and questions</h2>
        <p className="shortcuts" aria-label="Keyboard shortcuts">
          <span>
            <kbd>Alt</kbd>+<kbd>↑</kbd> <kbd>↓</kbd> move a question
          </span>
          <span>
            <kbd>Space</kbd> on <span aria-hidden="true">⠿</span> drag with arrows
          </span>
        </p>
      </div>
      {draft.sections.length === 0 ? <p className="muted">No sections yet. Add one per competency you want to assess.</p> : null}
      <KitSections
        draft={draft}
        errors={errors}
        currentSection={target}
        onCurrentSection={builder.setCurrentSection}
        onChange={builder.change}
        announce={builder.setAnnouncement}
        onTakeNewer={saved ? (id) => void builder.takeNewerRevision(id) : null}
        competencies={competencies}
      />
      <button type="button" className="button kit-add-section" onClick={builder.addNewSection}>
        + Add section
      </button>
    </section>
  );
}

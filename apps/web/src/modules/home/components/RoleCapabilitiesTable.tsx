import { ROLES, ROLE_CAPABILITIES, ROLE_LABELS, type Role, type RoleCapabilities } from '@panelist/roles';

/** A label for every area of ROLE_CAPABILITIES (a new area fails type-checking until it has one). */
const AREA_LABELS: Record<keyof RoleCapabilities, string> = {
  bankAndKits: 'Question bank and interview kits',
  candidatesAndLoops: 'Candidates and interview loops',
  scoring: 'Scoring interviews',
  othersScorecards: "Other interviewers' scorecards",
  members: 'Members of the organization',
};

/** The areas of Panelist, in the order a hiring team meets them. */
export const CAPABILITY_AREAS = (Object.keys(AREA_LABELS) as Array<keyof RoleCapabilities>).map((key) => ({
  key,
  label: AREA_LABELS[key],
}));

/** What one role may do, area by area. */
export function RoleCapabilitiesTable({ role }: { role: Role }) {
  return (
    <div className="table-wrap">
      <table className="table table--two-col">
        <caption className="visually-hidden">What the {ROLE_LABELS[role]} role can do</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">As {ROLE_LABELS[role].toLowerCase()}, you can</th>
          </tr>
        </thead>
        <tbody>
          {CAPABILITY_AREAS.map((area) => (
            <tr key={area.key}>
              <th scope="row">{area.label}</th>
              <td>{ROLE_CAPABILITIES[role][area.key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every role side by side, the viewer's own column marked. */
export function RoleComparisonTable({ currentRole }: { currentRole: Role }) {
  return (
    <div className="table-wrap">
      <table className="table table--matrix">
        <caption className="visually-hidden">What each role can do</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            {ROLES.map((role) => (
              <th key={role} scope="col" className={role === currentRole ? 'is-current' : undefined}>
                {ROLE_LABELS[role]}
                {role === currentRole ? <span className="tag">You</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CAPABILITY_AREAS.map((area) => (
            <tr key={area.key}>
              <th scope="row">{area.label}</th>
              {ROLES.map((role) => (
                <td key={role} className={role === currentRole ? 'is-current' : undefined}>
                  {ROLE_CAPABILITIES[role][area.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

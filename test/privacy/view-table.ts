import { caseViewRules, Role, ViewField, type ViewPath } from '../../src/privacy/index.js';

// docs/privacy.md prints the who-sees-what table; this renders it from the allow-list the code
// applies, so the guide cannot drift from the code.
const heading: Record<Role, string> = {
  employee: 'employee',
  'bem-officer': 'BEM officer',
  supervisor: 'supervisor',
  'works-council': 'works council',
  'disability-representative': 'SBV',
  'company-doctor': 'company doctor',
  'trusted-person': 'trusted person',
  'rehab-provider': 'rehab provider',
  'integration-office': 'integration office',
};

const pathsOf = (role: Role): ViewPath[] => {
  const rule = caseViewRules[role];
  return [...rule.minimum, ...rule.whenConsented, ...Object.values(rule.byCategory).flat()];
};
const under = (path: ViewPath, field: string) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[]`);

/** The rows: a field on its own, or its allowed parts and a row for the rest of it. */
export function tableRows(): { path: ViewPath; rest: boolean }[] {
  const restricted = Role.options.filter((role) => caseViewRules[role].recipient !== null).flatMap(pathsOf);
  return ViewField.options.flatMap((field) => {
    const parts = [...new Set(restricted.filter((path) => under(path, field)))];
    if (parts.length === 0 || (parts.length === 1 && parts[0] === field)) return [{ path: field, rest: false }];
    return [...parts.map((path) => ({ path, rest: false })), { path: field, rest: true }];
  });
}

function cell(role: Role, path: ViewPath, rest: boolean): string {
  const rule = caseViewRules[role];
  if (rule.recipient === null) return rule.minimum.some((allowed) => under(path, allowed)) ? '✓' : '–';
  if (rest) return '–';
  if (rule.minimum.includes(path)) return rule.minimumOnlyIfSeverelyDisabled ? '✓ ¹' : '✓';
  const categories = Object.entries(rule.byCategory)
    .filter(([, paths]) => paths.includes(path))
    .map(([category]) => `\`${category}\``);
  if (rule.whenConsented.includes(path)) categories.unshift('any');
  return categories.length === 0 ? '–' : `consent: ${categories.join(', ')}`;
}

export function renderTable(): string {
  const header = `| path | ${Role.options.map((role) => heading[role]).join(' | ')} |`;
  const rule = `|---|${Role.options.map(() => '---').join('|')}|`;
  const rows = tableRows().map(({ path, rest }) => `| ${rest ? `\`${path}\`, all else` : `\`${path}\``} | ${Role.options.map((role) => cell(role, path, rest)).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

import { caseViewRules, Role, ViewField } from '../../src/privacy/index.js';

// docs/privacy.md prints the who-sees-what table; this renders it from the rules the code
// applies, so the guide cannot drift from the code.
const heading: Record<Role, string> = {
  employee: 'employee',
  'bem-officer': 'BEM officer',
  supervisor: 'supervisor',
  'works-council': 'works council',
  'disability-representative': 'SBV',
  'company-doctor': 'company doctor',
};

function cell(role: Role, field: ViewField): string {
  const rule = caseViewRules[role];
  if (rule.minimum.includes(field)) return rule.minimumOnlyIfSeverelyDisabled ? '✓ ¹' : '✓';
  const categories = Object.entries(rule.byCategory)
    .filter(([, fields]) => fields.includes(field))
    .map(([category]) => `\`${category}\``);
  if (rule.whenConsented.includes(field)) categories.unshift('any');
  return categories.length === 0 ? '–' : `consent: ${categories.join(', ')}`;
}

export function renderTable(): string {
  const header = `| field | ${Role.options.map((role) => heading[role]).join(' | ')} |`;
  const rule = `|---|${Role.options.map(() => '---').join('|')}|`;
  const rows = ViewField.options.map((field) => `| \`${field}\` | ${Role.options.map((role) => cell(role, field)).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

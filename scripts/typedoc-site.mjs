// A typedoc plugin for the site around the reference:
// - Search: typedoc indexes the members of inline object types as `parent.__type.member` (e.g.
//   `caseErrors.__type.only-employee-may-withdraw`), which reads as noise in the results; they are
//   left out (their parent stays findable). With `searchInComments` and `searchInDocuments`
//   (typedoc.json) the text of comments and guides is searched too.
// - One comment for a schema and its type: `export const Absence = z.strictObject(...)` and
//   `export interface Absence extends z.infer<typeof Absence> {}` share one TSDoc, written on the
//   schema (editors show it on both, as the two are one merged symbol). typedoc makes two pages;
//   the type's page gets the schema's comment, so `notDocumented` holds and nothing is written twice.
// - Home page: typedoc already shows the project name as the page title, so the README's own
//   `# bem-sgb9` heading is dropped there (one title, not two).
import { Converter, IndexEvent, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchResults = event.searchResults.filter((reflection) => reflection.name !== '__type' && !reflection.getFullName().includes('__type'));
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const type of context.project.getReflectionsByKind(ReflectionKind.Interface | ReflectionKind.TypeAlias)) {
      if (type.comment) continue;
      const schema = type.parent?.children?.find((other) => other.name === type.name && other.kindOf(ReflectionKind.Variable));
      if (schema?.comment) type.comment = schema.comment.clone();
    }
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const first = context.project.readme?.[0];
    if (first?.kind === 'text') first.text = first.text.replace(new RegExp(`^\\s*#[ \\t]+${escapeRegExp(context.project.name)}[ \\t]*\\r?\\n`), '');
  });
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


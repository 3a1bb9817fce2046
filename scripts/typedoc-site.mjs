// A typedoc plugin for the site around the reference:
// - Search: typedoc indexes the members of inline object types as `parent.__type.member` (e.g.
//   `caseErrors.__type.only-employee-may-withdraw`), which reads as noise in the results; they are
//   left out (their parent stays findable). With `searchInComments` and `searchInDocuments`
//   (typedoc.json) the text of comments and guides is searched too.
// - Home page: typedoc already shows the project name as the page title, so the README's own
//   `# bem-sgb9` heading is dropped there (one title, not two).
import { Converter, IndexEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchResults = event.searchResults.filter((reflection) => reflection.name !== '__type' && !reflection.getFullName().includes('__type'));
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const first = context.project.readme?.[0];
    if (first?.kind === 'text') first.text = first.text.replace(new RegExp(`^\\s*#[ \\t]+${escapeRegExp(context.project.name)}[ \\t]*\\r?\\n`), '');
  });
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


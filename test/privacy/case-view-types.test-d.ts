import type * as z from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  BemCase,
  CaseInterview,
  CaseInvitation,
  CaseReview,
  CaseView,
  CaseViewInvitation,
  CaseViewInvitationContent,
  CaseViewMeasure,
  Employee,
  EmployeeDecision,
  InvitationContent,
  Measure,
  Participant,
} from '../../src/index.js';
import type * as lib from '../../src/index.js';
import type { PartialAtEveryDepth } from '../../src/privacy/case-view-parts.js';

// The nested parts of a view are written out by name (so the API reference and editor hovers show
// `CaseViewInvitation`, not its expansion). At run time they are the case's records made optional
// at every depth (partialAtEveryDepth); each named part must stay exactly that image.
describe('the named parts of a case view equal the case records made partial at every depth', () => {
  it('the invitation and its content', () => {
    expectTypeOf<CaseViewInvitation>().toEqualTypeOf<PartialAtEveryDepth<CaseInvitation>>();
    expectTypeOf<CaseViewInvitationContent>().toEqualTypeOf<PartialAtEveryDepth<InvitationContent>>();
  });

  it('the measures, with the neutral ref', () => {
    expectTypeOf<CaseViewMeasure>().toEqualTypeOf<PartialAtEveryDepth<Measure & { ref: string }>>();
  });

  it('the flat records are their Partial', () => {
    expectTypeOf<Partial<Employee>>().toEqualTypeOf<PartialAtEveryDepth<Employee>>();
    expectTypeOf<Partial<EmployeeDecision>>().toEqualTypeOf<PartialAtEveryDepth<EmployeeDecision>>();
    expectTypeOf<Partial<CaseInterview>>().toEqualTypeOf<PartialAtEveryDepth<CaseInterview>>();
    expectTypeOf<Partial<Participant>>().toEqualTypeOf<PartialAtEveryDepth<Participant>>();
    expectTypeOf<Partial<CaseReview>>().toEqualTypeOf<PartialAtEveryDepth<CaseReview>>();
  });

  it('the view schema parses to the named parts', () => {
    expectTypeOf<CaseView['employee']>().toEqualTypeOf<PartialAtEveryDepth<BemCase['employee']> | undefined>();
    expectTypeOf<CaseView['invitation']>().toEqualTypeOf<PartialAtEveryDepth<BemCase['invitation']> | undefined>();
    expectTypeOf<CaseView['decisions']>().toEqualTypeOf<PartialAtEveryDepth<BemCase['decisions']> | undefined>();
    expectTypeOf<CaseView['interview']>().toEqualTypeOf<PartialAtEveryDepth<BemCase['interview']> | undefined>();
    expectTypeOf<CaseView['participants']>().toEqualTypeOf<PartialAtEveryDepth<BemCase['participants']> | undefined>();
    expectTypeOf<CaseView['reviews']>().toEqualTypeOf<PartialAtEveryDepth<BemCase['reviews']> | undefined>();
    expectTypeOf<CaseView['measures']>().toEqualTypeOf<CaseViewMeasure[] | undefined>();
    expectTypeOf<z.infer<typeof lib.CaseView>['invitation']>().toEqualTypeOf<CaseViewInvitation | null | undefined>();
  });

  it('a view part is not the whole record: a part need not have the required fields', () => {
    expectTypeOf<{ content: { occasion: { countedDays: 49 } } }>().toExtend<CaseViewInvitation>();
    expectTypeOf<{ content: { occasion: { countedDays: 49 } } }>().not.toExtend<CaseInvitation>();
  });
});

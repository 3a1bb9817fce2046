/**
 * The invitation details the examples share: what HR fills in. `renderInvitationLetter` adds the
 * explanations every letter gives (goals, voluntariness, choice of participants, trusted person,
 * right to withdraw), which makes it a proper offer.
 */
import type { InvitationContentInput } from 'bem-sgb9';

/** The details of an invitation for a threshold crossed on `thresholdCrossedOn`, answer by `replyBy`. */
export function invitationDetails(thresholdCrossedOn: string, countedDays: number, replyBy: string): InvitationContentInput {
  return {
    occasion: { thresholdCrossedOn, countedDays },
    dataProtection: {
      categories: ['absence-periods', 'work-restrictions', 'workplace-data', 'measures'],
      purposes: ['bem-procedure', 'measure-planning'],
      recipients: ['employer', 'works-council', 'company-doctor'],
    },
    possibleParticipants: ['works-council', 'company-doctor'],
    contact: { name: 'BEM office', email: 'bem@example.org' },
    replyBy,
    doctorVisit: 'voluntary',
  };
}

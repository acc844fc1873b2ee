/** Drafts the studio's model tests share: the children's survey of the family unit, as an author writes it. */
import type { Draft } from '../src/model/draft.js';

export function childDraft(): Draft {
  return {
    id: 'familjeenheten-barn',
    version: 1,
    lang: 'sv',
    audience: 'child',
    title: 'Vad tyckte du om att träffa oss?',
    intro: 'Du får svara på några frågor. Det går fort.',
    thanks: 'Tack för att du svarade!',
    privacy: {
      anonymous: true,
      purpose: 'Vi vill veta vad du tycker. Då kan vi bli bättre.',
      whoSees: 'Bara vi som jobbar med enkäten ser svaren.',
      contact: 'Ring Familjeenheten på 08-123 45 67.',
      retention: 'Vi sparar svaren i två år.',
    },
    questions: [
      {
        id: 'vet-varfor',
        type: 'scale',
        scale: 'smiley-5',
        text: 'Jag vet varför vi träffades.',
        plain: { text: 'Vet du varför vi träffades?' },
      },
      {
        id: 'lyssnade',
        type: 'scale',
        scale: 'smiley-5',
        text: 'De vuxna lyssnade på mig.',
        plain: { text: 'Hörde de vuxna på dig?' },
      },
      {
        id: 'kon',
        type: 'choice',
        text: 'Är du',
        plain: { text: 'Är du' },
        options: [
          { value: 'flicka', text: 'Flicka' },
          { value: 'pojke', text: 'Pojke' },
        ],
      },
      {
        id: 'mer',
        type: 'text',
        text: 'Vill du säga något mer?',
        plain: { text: 'Vill du säga mer?' },
        showIf: { question: 'lyssnade', in: [1, 2] },
      },
    ],
  };
}

import type { Beat } from './types.ts';

/**
 * The story, beat by beat, in reading order. Copy is written from the fact sheet; each beat names
 * the sources for what it says. Allegations are attributed in the sentence that states them.
 */
export const beats: readonly Beat[] = [
  {
    id: 'intro',
    title: 'Who he is',
    heading: 'A defender of migrants’ rights',
    body: [
      [
        'Bakhrom Khamroyev (',
        { ru: 'Бахром Хамроев' },
        '; also spelled Khamroev) was born on 12 October 1963 in the Uzbek Soviet Socialist Republic. He was an activist in Birlik, the Uzbek opposition movement, and has lived in Russia since 1992. He is a Russian citizen.',
      ],
      [
        'He headed Yordam (',
        { ru: 'Ёрдам' },
        ', “Help”), a foundation that gives migrants legal and social support, and he was a member of the Memorial Human Rights Centre, part of one of Russia’s best-known human rights groups.',
      ],
      [
        'On 23 May 2023 a military court in Moscow sentenced him to 14 years on two terrorism charges. The FSB says the first of them rested on six Facebook posts.',
      ],
    ],
    graphicTitle: 'In Russia since 1992, detained in 2022',
    graphicDescription:
      'A timeline in three lanes: the law and the courts, Memorial, and Khamroyev and his case. Marked: his birth in 1963, his move to Russia in 1992 and his detention on 24 February 2022.',
    graphicNote: 'In Russia since 1992',
    scene: { kind: 'timeline', focus: ['born', 'moves-to-russia', 'detained'], note: ['moves-to-russia', 'detained'] },
    sources: ['S05', 'S10', 'S14', 'S24', 'S07', 'S06'],
  },
  {
    id: 'ban-2003',
    title: 'The 2003 ban',
    heading: 'A ban from 2003',
    body: [
      [
        'On 14 February 2003 Russia’s Supreme Court, at the Prosecutor General’s request, declared 15 organisations terrorist and banned their activity in Russia. Among them was Hizb ut-Tahrir, an international pan-Islamist political organisation founded in Jerusalem in 1953. It says it rejects violence; critics dispute that. The official list of banned groups was first published only on 28 July 2006.',
      ],
      [
        'The law grew around the ban. In November 2013 the Criminal Code gained Article 205.5, on organising or taking part in a terrorist organisation. Since 1 January 2015 terrorism cases have gone at first instance to district military courts. In 2019 the Moscow District Military Court was renamed the 2nd Western District Military Court: the court that would try him.',
      ],
      [
        'Other countries ban the group too: the United Kingdom proscribed it as a terrorist organisation on 19 January 2024, and it is banned in several Muslim-majority countries, including Türkiye, Egypt and Saudi Arabia.',
      ],
    ],
    graphicTitle: 'The ban came in 2003; the law and the courts followed',
    graphicDescription:
      'A timeline from 2003 to 2019, on the lane of the law and the courts. Marked: the Supreme Court ban on 14 February 2003, the first publication of the list in 2006, the new article in 2013, military courts taking terrorism cases in 2015 and the court’s renaming in 2019.',
    graphicNote: 'The ban first; the law and the courts followed',
    scene: {
      kind: 'timeline',
      focus: ['hizb-ban', 'ban-list-published', 'article-205-5', 'military-courts', 'court-renamed'],
      note: ['hizb-ban', 'court-renamed'],
    },
    sources: ['S33', 'S34', 'S35', 'S36', 'S57', 'S58', 'S69', 'S50', 'S46', 'S47'],
  },
  {
    id: 'memorial-liquidated',
    title: 'Memorial ordered shut',
    heading: 'Memorial is ordered shut',
    body: [
      [
        'At the end of 2021 Russian courts ordered both of Memorial’s main legal entities liquidated. On 28 December the Supreme Court ruled against International Memorial, on the Prosecutor General’s suit over “foreign agent” labelling. On 29 December the Moscow City Court ruled against the Memorial Human Rights Centre; prosecutors there also alleged that the centre had “justified” terrorism and extremism.',
      ],
      [
        'Neither ruling took effect at once. The first entered into force on 28 February 2022, when the Supreme Court’s appeals chamber rejected International Memorial’s appeal. The First Court of Appeal upheld the second on 5 April 2022. Khamroyev was a member of the Human Rights Centre until its liquidation in April 2022.',
      ],
    ],
    graphicTitle: 'Memorial was ordered shut weeks before his detention',
    graphicDescription:
      'A timeline from December 2021 to April 2022. On Memorial’s lane: the two liquidation rulings of 28 and 29 December 2021 and the dates they took effect, 28 February and 5 April 2022. On Khamroyev’s lane: his detention on 24 February 2022.',
    graphicNote: 'Less than two months later, he was detained',
    scene: {
      kind: 'timeline',
      note: ['rights-centre-ruling', 'detained'],
      focus: [
        'international-memorial-ruling',
        'rights-centre-ruling',
        'detained',
        'international-memorial-in-force',
        'rights-centre-upheld',
      ],
    },
    sources: ['S37', 'S38', 'S39', 'S40', 'S41', 'S05'],
  },
  {
    id: 'detained',
    title: 'Detained',
    heading: 'Detained on 24 February 2022',
    body: [
      [
        'On the morning of 24 February 2022, the day Russia launched its full-scale invasion of Ukraine, FSB officers searched Khamroyev’s flat in Moscow and detained him. A crew from the pro-government channel REN TV was there. He was 58.',
      ],
      [
        'The next day Moscow’s Meshchansky District Court remanded him in custody, and he was held in Lefortovo pre-trial detention centre. At that point he faced one charge: public calls to, justification or propaganda of terrorism online (Article 205.2, part 2), which carries up to seven years.',
      ],
    ],
    graphicTitle: 'Detained on the day of the full-scale invasion',
    graphicDescription:
      'A timeline of the last days of February 2022. Marked: his detention on 24 February 2022 and his remand in custody the next day; on Memorial’s lane, International Memorial’s liquidation took effect four days after his detention.',
    graphicNote: 'Four days later, International Memorial’s liquidation took effect',
    scene: {
      kind: 'timeline',
      focus: ['detained', 'remanded', 'international-memorial-in-force'],
      note: ['detained', 'international-memorial-in-force'],
    },
    sources: ['S01', 'S07', 'S12', 'S24', 'S27', 'S06', 'S49'],
  },
  {
    id: 'posts',
    title: 'Six posts',
    heading: 'Six posts',
    body: [
      [
        'The FSB, Russia’s main internal security agency, says the first charge rested on six Facebook posts in which he supported Hizb ut-Tahrir. Mediazona reported that two of the six were reposts and one was a link to a video.',
      ],
      [
        'Memorial says the posts discussed religious topics and contained no incitement to violence. Khamroyev denies being a member of Hizb ut-Tahrir.',
      ],
      [
        'On 4 March 2022 security forces searched both of Memorial’s offices in Moscow and the refugee-aid group Civic Assistance (',
        { ru: 'Гражданское содействие' },
        '). The searches were tied to his case.',
      ],
    ],
    graphicTitle: 'Memorial’s offices were searched eight days after his detention',
    graphicDescription:
      'A timeline of February and March 2022. Marked: his detention on 24 February 2022 and, eight days later, on 4 March 2022, the searches of Memorial’s offices. The posts themselves are not dated in the sources.',
    graphicNote: 'Eight days later, Memorial’s offices were searched',
    scene: { kind: 'timeline', focus: ['detained', 'offices-searched'], note: ['detained', 'offices-searched'] },
    sources: ['S07', 'S06', 'S09', 'S55', 'S03', 'S11', 'S17', 'S05', 'S31', 'S32'],
  },
  {
    id: 'new-charge',
    title: 'A second charge',
    heading: 'A second, graver charge',
    body: [
      [
        'On 17 October 2022, at a hearing to extend his custody, it became known that investigators had added a charge: organising the activities of a terrorist organisation (Article 205.5, part 1), again referring to Hizb ut-Tahrir. The first charge stayed. The new one carries 15 to 20 years or life.',
      ],
      [
        'According to Memorial, the evidence cited for it included his help to people applying to the European Court of Human Rights. Advokatskaya Ulitsa reported in its analysis of the verdict that these legal-aid episodes were dropped from the charge before the verdict: he was not convicted for them.',
      ],
      [
        'In October 2022 Memorial was also in the news for another reason: on 7 October the Nobel Peace Prize was announced for Memorial, together with Ales Bialiatski of Belarus and Ukraine’s Center for Civil Liberties. None of the sources we checked links the prize to the new charge.',
      ],
    ],
    graphicTitle: 'A second, graver charge in October 2022',
    graphicDescription:
      'A timeline of October 2022. Marked: the Nobel Peace Prize for Memorial on 7 October 2022 and the new charge, made public ten days later, on 17 October 2022.',
    graphicNote: 'Ten days apart',
    scene: { kind: 'timeline', focus: ['nobel-prize', 'new-charge'], note: ['nobel-prize', 'new-charge'] },
    sources: ['S09', 'S10', 'S22', 'S50', 'S28', 'S43'],
  },
  {
    id: 'verdict',
    title: 'The verdict',
    heading: '21 years asked, 14 imposed',
    body: [
      [
        'On Tuesday 23 May 2023 the 2nd Western District Military Court in Moscow convicted Khamroyev. Prosecutors had asked for 21 years. The court imposed 14: the first 3 in a prison, the rest in a strict-regime colony, and a four-year ban on administering websites. He was 59.',
      ],
      [
        'Sources, including Memorial’s own, differ on the terrorist-organisation count. Memorial’s political-prisoner project records the conviction as participation in a terrorist organisation, not organising it.',
      ],
      ['By our calculation, the court imposed two-thirds of the term prosecutors asked for: 7 years less.'],
    ],
    graphicTitle: 'The court imposed 14 of the 21 years prosecutors asked for',
    graphicDescription:
      'A bar chart on one scale of years. Prosecutors asked for 21 years. The court imposed 14: 3 years in a prison, then 11 in a strict-regime colony. The gap between them, 7 years by our calculation, is shown as a dashed box.',
    scene: { kind: 'sentence', state: 'verdict' },
    revealSteps: 3,
    sources: ['S03', 'S11', 'S17', 'S22', 'S05', 'S19', 'S21', 'S20', 'S01'],
  },
  {
    id: 'appeal',
    title: 'The appeal',
    heading: 'Three months off, and a beating',
    body: [
      [
        'In October 2023 the Appellate Military Court cut the term by three months, to 13 years 9 months. It re-classified episodes from before 2013, when Article 205.5 did not yet exist, under Article 282.2: an extremist organisation.',
      ],
      [
        'In December 2023 he was moved to Vladimir Central prison. On 23 January 2024 prison staff beat him after he reminded a guard about five complaints the prison had refused to accept; he lost consciousness. On 9 February 2024 he was put in a punishment cell for five days.',
      ],
      [
        'On 1 August 2024 Russia’s Supreme Court upheld the sentence of 13 years 9 months. He took part by video link from Vladimir Central.',
      ],
    ],
    graphicTitle: 'The appeal took three months off: 13 years 9 months',
    graphicDescription:
      'The bar chart adds a third bar: after the appeal the term is 13 years 9 months, three months shorter than the 14 imposed and, by our calculation, 7 years 3 months less than the 21 asked. The sources give only the new total, so this bar shows no split between prison and colony.',
    scene: { kind: 'sentence', state: 'appeal' },
    sources: ['S05', 'S10', 'S23', 'S30', 'S51', 'S17', 'S08', 'S29', 'S18'],
  },
  {
    id: 'arctic',
    title: 'To the Arctic',
    heading: 'Beyond the Arctic Circle',
    body: [
      [
        'In June 2025 he was moved out of Vladimir Central, via Kirov, to a pre-trial detention centre in the Yamalo-Nenets Autonomous Okrug. Sources differ on the day: 7 or 8 June.',
      ],
      [
        'In August 2025 he was transferred to penal colony IK-18, known as “Polar Owl”, at Kharp, beyond the Arctic Circle. IK-18 is a special-regime colony for prisoners serving life sentences that also has strict and general-regime sections. Which section holds him has not been reported.',
      ],
      [
        'According to Memorial Deutschland, the only source we found that reports it, in September 2025 he and Memorial lawyer Tamila Imanova filed a complaint with the UN Human Rights Committee. The complaint says his defence was denied the chance to question the anonymous witnesses the court relied on.',
      ],
    ],
    graphicTitle: 'From Vladimir Central to a colony beyond the Arctic Circle',
    graphicDescription:
      'A timeline from December 2023 to September 2025. Marked: his move to Vladimir Central in December 2023, his move out of it in June 2025, his transfer to IK-18 in August 2025 and his complaint to the UN in September 2025.',
    graphicNote: 'In Vladimir Central',
    scene: {
      kind: 'timeline',
      focus: ['vladimir-central', 'leaves-vladimir', 'kharp', 'un-complaint'],
      note: ['vladimir-central', 'leaves-vladimir'],
    },
    sources: ['S15', 'S16', 'S13', 'S54', 'S17'],
  },
  {
    id: 'what-it-means',
    title: 'What the term means',
    heading: 'The term against a lifetime',
    body: [
      [
        'He was detained at 58. By our calculation, if the term of 13 years 9 months runs from his detention, it would end around 24 November 2035, when he would be 72. The original 14 years would have ended around 24 February 2036.',
      ],
      [
        { em: 'This is our calculation, not an official date.' },
        ' It assumes the term runs from 24 February 2022, with time in custody counted day for day. The official start of the term, how his custody was credited and his release date have not been reported.',
      ],
    ],
    graphicTitle: 'By our calculation, he would be 72 when the term ends',
    graphicDescription:
      'A bar along his age, from his birth to 72: the years before his detention at 58, his time in custody as of September 2025, and the rest of the term, to its possible end at 72 by our calculation.',
    scene: { kind: 'sentence', state: 'lifetime' },
    sources: ['S05', 'S07', 'S23'],
  },
  {
    id: 'corrections',
    title: 'Corrections',
    heading: 'What a rewritten report got wrong',
    body: [
      [
        'An English report of the verdict, whose text appears on at least one site, The Republican Interest, is a near word-for-word rewrite of The Moscow Times’ report of 24 May 2023. It repeats The Moscow Times’ errors and adds wording no source supports. Here is what the sources say.',
      ],
    ],
    graphicTitle: 'Both rulings took effect after his detention',
    graphicDescription:
      'A timeline from December 2021 to April 2022. Marked: the liquidation rulings of December 2021, his detention on 24 February 2022, before either ruling took effect, and the dates they took effect.',
    graphicNote: 'Both rulings took effect after his detention',
    scene: {
      kind: 'timeline',
      note: ['detained', 'rights-centre-upheld'],
      focus: ['international-memorial-ruling', 'detained', 'international-memorial-in-force', 'rights-centre-upheld'],
    },
    block: 'corrections-table',
    sources: ['S01', 'S02'],
  },
  {
    id: 'sources',
    title: 'Sources and method',
    heading: 'Sources and method',
    body: [],
    graphicTitle: 'The whole case, to the possible end of the term',
    graphicDescription:
      'The whole timeline, from his birth in 1963 to the possible end of the term in November 2035 by our calculation, with every event on this page.',
    graphicNote: 'The term, to its possible end (our calculation)',
    scene: { kind: 'timeline', focus: ['born', 'detained', 'term-end'], note: ['detained', 'term-end'] },
    // The data tables under this beat give every number: no chart of its own under it.
    inlineGraphic: false,
    block: 'end-matter',
    sources: [],
  },
];

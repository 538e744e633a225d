import type { TimelineEvent } from './types.ts';

/**
 * The dated events of the case and its context, in date order, from the fact sheet's timeline
 * (§1a and §1b) and, for `term-end`, its derived arithmetic (§2).
 */
export const events: readonly TimelineEvent[] = [
  {
    id: 'born',
    date: '1963-10-12',
    precision: 'day',
    label: 'Born in the Uzbek SSR',
    description: 'Bakhrom Khamroyev is born in the Uzbek Soviet Socialist Republic.',
    status: 'established',
    sources: ['S05', 'S10'],
  },
  {
    id: 'moves-to-russia',
    date: '1992',
    precision: 'year',
    label: 'Moves to Russia',
    description:
      'After years as an activist in the Uzbek opposition movement Birlik, he moves to Russia. He is a Russian citizen.',
    status: 'established',
    sources: ['S24', 'S10', 'S14'],
  },
  {
    id: 'hizb-ban',
    date: '2003-02-14',
    precision: 'day',
    label: 'Hizb ut-Tahrir declared terrorist',
    description:
      'Russia’s Supreme Court, at the Prosecutor General’s request, declares 15 organisations terrorist, among them Hizb ut-Tahrir al-Islami, and bans their activity in Russia.',
    status: 'established',
    sources: ['S33', 'S34'],
  },
  {
    id: 'ban-list-published',
    date: '2006-07-28',
    precision: 'day',
    label: 'List of banned groups first published',
    description:
      'The official list of 17 groups ruled terrorist by the Supreme Court, Hizb ut-Tahrir among them, is first published in Rossiyskaya Gazeta.',
    status: 'established',
    sources: ['S35', 'S36'],
  },
  {
    id: 'article-205-5',
    date: '2013-11-02',
    precision: 'day',
    label: 'Terrorist-organisation article added',
    description:
      'Federal Law 302-FZ adds Article 205.5 to the Criminal Code: organising or taking part in a terrorist organisation.',
    status: 'established',
    dateNote: 'The law is dated 2 November 2013; it entered into force on 14 November 2013.',
    sources: ['S50', 'S51'],
  },
  {
    id: 'military-courts',
    date: '2015-01-01',
    precision: 'day',
    label: 'Terrorism cases go to military courts',
    description:
      'Terrorism cases go at first instance to two district military courts, one of them the Moscow District Military Court.',
    status: 'established',
    sources: ['S46'],
  },
  {
    id: 'court-renamed',
    date: '2019-10-01',
    precision: 'day',
    label: 'Court renamed 2nd Western District',
    description:
      'The Moscow District Military Court is renamed the 2nd Western District Military Court.',
    status: 'established',
    sources: ['S47', 'S67'],
  },
  {
    id: 'international-memorial-ruling',
    date: '2021-12-28',
    precision: 'day',
    label: 'International Memorial ordered shut',
    description:
      'The Supreme Court orders International Memorial liquidated on the Prosecutor General’s suit over “foreign agent” labelling.',
    status: 'established',
    sources: ['S37', 'S38'],
  },
  {
    id: 'rights-centre-ruling',
    date: '2021-12-29',
    precision: 'day',
    label: 'Human Rights Centre ordered shut',
    description:
      'Moscow City Court orders the Memorial Human Rights Centre liquidated. The European Court of Human Rights asks Russia the same day to suspend both rulings.',
    status: 'established',
    sources: ['S38', 'S41'],
  },
  {
    id: 'detained',
    date: '2022-02-24',
    precision: 'day',
    label: 'Detained in Moscow',
    description:
      'On the day Russia launches its full-scale invasion of Ukraine, FSB officers search his Moscow flat and detain him. He is 58.',
    status: 'established',
    sources: ['S01', 'S07', 'S12', 'S24', 'S27'],
  },
  {
    id: 'remanded',
    date: '2022-02-25',
    precision: 'day',
    label: 'Remanded in custody',
    description:
      'Moscow’s Meshchansky District Court remands him in custody. He is held in Lefortovo pre-trial detention centre.',
    status: 'established',
    sources: ['S06', 'S07'],
  },
  {
    id: 'international-memorial-in-force',
    date: '2022-02-28',
    precision: 'day',
    label: 'International Memorial ruling in force',
    description:
      'The Supreme Court’s appeals chamber rejects International Memorial’s appeal; the liquidation enters into legal force.',
    status: 'established',
    sources: ['S39', 'S40'],
  },
  {
    id: 'offices-searched',
    date: '2022-03-04',
    precision: 'day',
    label: 'Memorial’s offices searched',
    description:
      'Security forces search both Memorial offices in Moscow and the refugee-aid group Civic Assistance. The searches are tied to his case.',
    status: 'established',
    sources: ['S11', 'S31', 'S32'],
  },
  {
    id: 'rights-centre-upheld',
    date: '2022-04-05',
    precision: 'day',
    label: 'Human Rights Centre ruling upheld',
    description:
      'The First Court of Appeal in Moscow upholds the liquidation of the Memorial Human Rights Centre. Sources date the end of his membership to April 2022.',
    status: 'established',
    sources: ['S41', 'S05'],
  },
  {
    id: 'nobel-prize',
    date: '2022-10-07',
    precision: 'day',
    label: 'Memorial wins the Nobel Peace Prize',
    description:
      'The Nobel Peace Prize is announced for Ales Bialiatski (Belarus), Memorial (Russia) and the Center for Civil Liberties (Ukraine).',
    status: 'established',
    sources: ['S43'],
  },
  {
    id: 'new-charge',
    date: '2022-10-17',
    precision: 'day',
    label: 'New charge made public',
    description:
      'At a custody hearing it becomes known that investigators have added a charge: organising the activities of a terrorist organisation (Art. 205.5, part 1). The earlier charge stays.',
    status: 'alleged',
    sources: ['S09', 'S10', 'S22'],
  },
  {
    id: 'prosecution-request',
    date: '2023-05',
    precision: 'month',
    label: 'Prosecutors ask for 21 years',
    description: 'At trial the prosecution asks for a sentence of 21 years.',
    status: 'established',
    dateNote: 'The day of the request was not reported.',
    sources: ['S21', 'S20', 'S11', 'S01'],
  },
  {
    id: 'verdict',
    date: '2023-05-23',
    precision: 'day',
    label: 'Sentenced to 14 years',
    description:
      'The 2nd Western District Military Court convicts him: 14 years, the first 3 in a prison and the rest in a strict-regime colony, and a 4-year ban on administering websites.',
    status: 'established',
    sources: ['S03', 'S11', 'S17', 'S22'],
  },
  {
    id: 'appeal',
    date: '2023-10',
    precision: 'month',
    label: 'Term cut to 13 years 9 months',
    description:
      'On appeal, the Appellate Military Court cuts the term by 3 months. Episodes before 2013 are re-classified under Art. 282.2 (extremist organisation).',
    status: 'established',
    dateNote: 'One source gives 10 October 2023; the others give October 2023.',
    sources: ['S05', 'S10', 'S23', 'S30'],
  },
  {
    id: 'un-communication',
    date: '2023-10-25',
    precision: 'day',
    label: 'UN experts write to Russia',
    description:
      'UN experts, among them the Special Rapporteur on human rights defenders, send Russia a joint communication on his case. Russia did not reply within 60 days.',
    status: 'established',
    sources: ['S25'],
  },
  {
    id: 'vladimir-central',
    date: '2023-12',
    precision: 'month',
    label: 'Moved to Vladimir Central prison',
    description: 'He is transferred to Vladimir Central, federal prison No. 2.',
    status: 'established',
    sources: ['S17', 'S30', 'S08'],
  },
  {
    id: 'beaten',
    date: '2024-01-23',
    precision: 'day',
    label: 'Beaten by prison staff',
    description:
      'Prison staff beat him after he reminds a guard about five complaints the prison had refused to accept. He loses consciousness.',
    status: 'established',
    sources: ['S08', 'S17', 'S29'],
  },
  {
    id: 'supreme-court',
    date: '2024-08-01',
    precision: 'day',
    label: 'Supreme Court upholds the sentence',
    description:
      'Russia’s Supreme Court upholds the sentence of 13 years 9 months. He takes part by video link from Vladimir Central.',
    status: 'established',
    sources: ['S17', 'S18', 'S10'],
  },
  {
    id: 'leaves-vladimir',
    date: '2025-06',
    precision: 'month',
    label: 'Moved out of Vladimir Central',
    description:
      'He is moved out of Vladimir Central, via Kirov, to a pre-trial detention centre in the Yamalo-Nenets Autonomous Okrug.',
    status: 'established',
    dateNote: 'Sources differ by a day: 7 June or 8 June 2025.',
    sources: ['S15', 'S16'],
  },
  {
    id: 'kharp',
    date: '2025-08',
    precision: 'month',
    label: 'Sent to colony IK-18 in the Arctic',
    description:
      'He is transferred to penal colony IK-18 (“Polar Owl”) at Kharp, beyond the Arctic Circle.',
    status: 'established',
    dateNote: 'The day he arrived was not reported.',
    sources: ['S13', 'S15', 'S54'],
  },
  {
    id: 'un-complaint',
    date: '2025-09',
    precision: 'month',
    label: 'Complaint to the UN',
    description:
      'Memorial Deutschland reports that he and Memorial lawyer Tamila Imanova file a complaint with the UN Human Rights Committee. The complaint says his defence was denied the chance to question the anonymous witnesses the court relied on.',
    status: 'single-source',
    sources: ['S13'],
  },
  {
    id: 'term-end',
    date: '2035-11',
    precision: 'month',
    label: 'Term would end (our calculation)',
    description:
      'Our calculation, not an official date: 13 years 9 months from his detention would end around 24 November 2035, when he would be 72.',
    status: 'calculated',
    dateNote:
      'Assumes the term runs from detention on 24 February 2022, with custody counted day for day. The official dates were not reported.',
    sources: ['S05', 'S23'],
  },
];

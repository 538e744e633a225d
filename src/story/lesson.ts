import type { Lesson } from './lessonTypes.ts';

/**
 * The teacher kit: a 45-minute lesson on the story, with a slow-reveal warm-up, vocabulary,
 * discussion questions and a media-literacy exercise. It adds no facts of its own: every fact here
 * is one the story already states, each term cites the fact sheet’s sources, and the plan points at
 * beats, which carry theirs. Allegations stay attributed and our own arithmetic stays labelled.
 */
export const lesson: Lesson = {
  title: 'Teaching a terrorism case over Facebook posts',
  summary:
    'A 45-minute lesson built on the case of Bakhrom Khamroyev, a migrants’ rights defender and member of the Memorial Human Rights Centre sentenced in Russia on terrorism charges. Students keep what courts decided apart from what the FSB and prosecutors allege, and check a rewritten news report against its sources.',
  audience: 'Students aged about 15–18: citizenship, history, media studies',
  objectives: [
    'Tell apart three kinds of statement: what courts decided and the sources agree happened, what the FSB, investigators or prosecutors allege, and what is our own calculation.',
    'Put the case in order on a timeline: the 2003 ban on Hizb ut-Tahrir, the rulings against Memorial, his detention on 24 February 2022, the verdict of 23 May 2023 and the appeal.',
    'Explain in plain words the terms the case turns on: the two charges, the military court, the prison part and the strict-regime colony.',
    'Check a rewritten news report against its sources and name where, and how, it drifted from them.',
  ],
  contentNote: [
    [
      'Bakhrom Khamroyev is a real person. As far as the sources report, through September 2025, he is serving his sentence in a penal colony beyond the Arctic Circle. Speak about him, and about his family, with the care you would want for someone you know.',
    ],
    [
      'The charges rest on Russia’s terrorism law and concern Hizb ut-Tahrir, a religious-political organisation. Keep the lesson on what the sources show: the charges, the courts, the sentence and how the case was reported. Do not let it become a debate about a faith, or about him as a person; when discussion drifts there, bring it back to the evidence and to who says what.',
    ],
    [
      'Some students may have family or friends in Central Asia, Russia or Ukraine, or be affected by the war. Let them choose whether to share. The material shows no graphic violence, but the story reports that prison staff beat him on 23 January 2024 and that he lost consciousness: say so before the class reaches “Three months off, and a beating”.',
    ],
  ],
  plan: [
    {
      id: 'engage',
      title: 'Engage',
      minutes: 8,
      steps: [
        [
          'Before class, open the story in presenter mode (',
          { em: '?mode=present' },
          ') on the projector. Press S to open the presenter notes in a second window: it shows the notes for each slide, the next slide and a timer.',
        ],
        [
          'Press G and type ',
          { em: 'verdict' },
          ' to go to the slide “21 years asked, 14 imposed”. Going there with G, or with the next key from the slide before, starts the chart’s slow reveal: the bars come first, without figures.',
        ],
        ['Run the warm-up: three presses, with its questions at each. Take guesses before each press and do not correct them yet.'],
        ['End on one sentence for the board, with who did what: prosecutors asked for 21 years; the court imposed 14.'],
      ],
      beats: ['verdict'],
    },
    {
      id: 'explore',
      title: 'Explore',
      minutes: 17,
      steps: [
        [
          'In pairs, students read the story on their own screens from the start (“A defender of migrants’ rights”) to “A second, graver charge”. Hand out the vocabulary list first.',
        ],
        [
          'Each pair draws three columns: ',
          { em: 'Established' },
          ', ',
          { em: 'Alleged, and by whom' },
          ' and ',
          { em: 'Our calculation' },
          '. They sort at least one sentence from each slide into them, copying the words that told them where it goes (“the FSB says”, “prosecutors alleged”, “by our calculation”).',
        ],
        [
          'On “Memorial is ordered shut” and “Detained on 24 February 2022”, pairs use the timeline to answer: which came first, his detention or the rulings against Memorial taking effect?',
        ],
        [
          'Warn the class that the next slide mentions the beating in prison. Pairs then read “Three months off, and a beating” and “Beyond the Arctic Circle”, and add to their columns.',
        ],
      ],
      beats: ['intro', 'ban-2003', 'memorial-liquidated', 'detained', 'posts', 'new-charge', 'appeal', 'arctic'],
    },
    {
      id: 'explain',
      title: 'Explain',
      minutes: 12,
      steps: [
        [
          'Back on the projector, show “Six posts”. Ask pairs to read out what they put in the ',
          { em: 'Alleged' },
          ' column. The six posts, and that they supported Hizb ut-Tahrir, are the FSB’s account; that he denies being a member is his.',
        ],
        [
          'Show “A second, graver charge”. The charge that became known on 17 October 2022 was “organising the activities of” a terrorist organisation; the first charge stayed. Then show the verdict slide again: sources differ on which part of Article 205.5 the conviction used, and Memorial’s political-prisoner project records participation.',
        ],
        [
          'Show “The term against a lifetime”. The end date and his age then are our calculation, with its assumption stated. Ask what the calculation rests on and why no official date is given.',
        ],
        ['Take two or three of the discussion questions, depending on time.'],
      ],
      beats: ['posts', 'new-charge', 'verdict', 'what-it-means'],
    },
    {
      id: 'extend',
      title: 'Extend',
      minutes: 8,
      steps: [
        [
          'Show “What a rewritten report got wrong” and run the media-literacy exercise: each pair takes one or two of its tasks, with the report beside the corrections.',
        ],
        [
          'Exit ticket: one sentence about the case written as a careful reporter would, with a date, a source and, for any allegation, whose allegation it is.',
        ],
        [
          'For homework, students pick one fact from the story and follow it to the list on “Sources and method”: who reported it, when, and in which language?',
        ],
      ],
      beats: ['corrections', 'sources'],
    },
  ],
  warmUp: {
    title: 'Slow reveal: what was asked, what was imposed',
    intro: [
      'The sentence chart on the slide “21 years asked, 14 imposed” appears in three presses. Stop at each one, ask, and let students guess before you press again. The chart shows its figures only at the second press.',
    ],
    steps: [
      {
        shows:
          'The bars, without figures. Two bars on one scale of years: hatched for what prosecutors asked for, solid for what the court imposed, darker for the years in a prison.',
        ask: [
          'Which bar is longer? By how much would you guess?',
          'Who asks for a sentence in court, and who decides it?',
          'What might the darker part of the lower bar mean?',
        ],
      },
      {
        shows:
          'The figures. Prosecutors asked for 21 years; the court imposed 14, the first 3 in a prison. The gap is labelled “7 years less (our calculation)”.',
        ask: [
          'How close was your guess?',
          'The 7 years is our calculation, not a figure from the court. Why label it that way?',
          'Is 14 years of 21 asked a mild sentence or a harsh one? What would you need to know to judge?',
        ],
      },
      {
        shows: 'The takeaway title, “The court imposed 14 of the 21 years prosecutors asked for”.',
        ask: [
          'Does the title say what you saw? What does it leave out?',
          'What would you want to know next about this case, and where would you look?',
        ],
      },
    ],
  },
  vocabulary: [
    {
      term: 'Allegation',
      definition: [
        'A claim that someone did something, made by one side, such as the FSB, investigators or prosecutors, and not the same as a proven fact. Careful reporters say whose claim it is: “the FSB says”. Here, the FSB says his first charge rested on six Facebook posts; he denies being a member of Hizb ut-Tahrir.',
      ],
      sources: ['S07', 'S06', 'S03', 'S11', 'S17', 'S22', 'S05', 'S19', 'S21'],
    },
    {
      term: 'Memorial',
      ru: 'Мемориал',
      definition: [
        'A human rights and historical-memory movement, set up to document repression in the Soviet Union and to protect human rights. Russian courts ordered its two main legal entities, International Memorial and the Memorial Human Rights Centre, liquidated (closed down) at the end of 2021; the rulings took effect in 2022. Memorial shared the 2022 Nobel Peace Prize.',
      ],
      sources: ['S56', 'S43', 'S42', 'S37', 'S38', 'S40', 'S41'],
    },
    {
      term: 'FSB',
      ru: 'ФСБ',
      definition: [
        'The Federal Security Service: Russia’s main internal security and counter-intelligence agency, one of the successors of the Soviet KGB. It works on counter-terrorism and ran the investigation in this case.',
      ],
      sources: ['S55', 'S01'],
    },
    {
      term: 'Hizb ut-Tahrir',
      definition: [
        'An international pan-Islamist political organisation founded in Jerusalem in 1953; the name is Arabic for “Party of Liberation”. It seeks to re-establish a caliphate and says it rejects violence; critics dispute that. Russia’s Supreme Court declared it terrorist on 14 February 2003. The United Kingdom proscribed it as a terrorist organisation on 19 January 2024, and it is banned in several Muslim-majority countries, including Türkiye, Egypt and Saudi Arabia.',
      ],
      sources: ['S57', 'S69', 'S33', 'S58'],
    },
    {
      term: 'District and garrison military courts',
      definition: [
        'Military courts are part of Russia’s general court system. Garrison courts, the lowest tier, try servicemen. District military courts sit above them. Since 1 January 2015, civilians charged under the terrorism articles have been tried by district military courts, at first by only two of them, one the Moscow District Military Court. His case was heard by the 2nd Western District Military Court, called the Moscow District Military Court until 2019.',
      ],
      sources: ['S46', 'S47', 'S48'],
    },
    {
      term: 'Article 205.2 of the Criminal Code',
      definition: [
        'Public calls to terrorist activity, public justification of terrorism, or propaganda of terrorism. Part 2, for doing this through the mass media or the internet, carries a fine or 5 to 7 years’ deprivation of liberty (',
        { ru: 'лишение свободы' },
        '): a term served in a penal colony, or partly in a prison if the court so orders. It was his first charge.',
      ],
      sources: ['S49', 'S52', 'S06', 'S07'],
    },
    {
      term: 'Article 205.5 of the Criminal Code',
      definition: [
        'Added in November 2013. Part 1 is organising the activities of an organisation recognised as terrorist: 15 to 20 years’ deprivation of liberty, or life. Part 2 is taking part in its activities: 10 to 20 years. The part 1 charge against him became known in October 2022; Memorial’s political-prisoner project records the conviction under part 2.',
      ],
      sources: ['S50', 'S09', 'S05'],
    },
    {
      term: 'Prison',
      ru: 'тюрьма',
      definition: [
        'In Russian law a prison is not a colony: inmates are kept in cells. A court may order part of a term to be served in a prison. The court ordered the first 3 of his 14 years served in one. From December 2023 to June 2025 he was held in Vladimir Central (',
        { ru: 'Владимирский централ' },
        '), federal prison No. 2.',
      ],
      sources: ['S52', 'S03', 'S08', 'S17', 'S15', 'S16'],
    },
    {
      term: 'Strict-regime colony',
      ru: 'колония строгого режима',
      definition: [
        'A penal colony with the “strict” regime. Under the Criminal Code, men convicted of especially grave crimes who have not been imprisoned before normally serve their term in one. The regimes run from colony-settlement through general and strict to “special”, the harshest. After the prison part, the rest of his term was to be served in a strict-regime colony.',
      ],
      sources: ['S52', 'S03', 'S19'],
    },
    {
      term: 'IK-18 “Polar Owl”',
      definition: [
        'A penal colony at Kharp, in the Yamalo-Nenets Autonomous Okrug, beyond the Arctic Circle. It is a special-regime colony for prisoners serving life sentences, with strict and general-regime sections too. He was transferred there in August 2025; which section holds him has not been reported.',
      ],
      sources: ['S54', 'S13'],
    },
    {
      term: 'Yordam',
      ru: 'Ёрдам',
      definition: [
        'A foundation for the legal and social support of migrants, headed by Khamroyev. The name means “Help”; it is also spelled Yerdam or Erdam.',
      ],
      sources: ['S05', 'S10'],
    },
    {
      term: 'Birlik',
      definition: [
        'Meaning “Unity”: an Uzbek opposition movement that opposed President Islam Karimov. According to Memorial, Khamroyev was one of its founders and an activist. He has lived in Russia since 1992.',
      ],
      sources: ['S14', 'S24'],
    },
  ],
  questions: [
    {
      id: 'evidence-or-allegation',
      question: 'The FSB says his first charge rested on six Facebook posts. What do we actually know about those posts, and from whom?',
      followUps: [
        'Mediazona reported that two of the six were reposts and one was a link to a video. Does that change how you read “six posts”?',
        'Memorial says the posts discussed religious topics and contained no incitement to violence. Whose account is that, and why does it matter who is speaking?',
        'Find the words in the story that mark a claim as someone’s allegation.',
      ],
      beats: ['posts', 'new-charge'],
    },
    {
      id: 'asked-and-imposed',
      question: 'Prosecutors asked for 21 years; the court imposed 14. What can the gap between the two tell us, and what can it not?',
      followUps: [
        'The 7 years less is our calculation. What was it calculated from?',
        'When he was detained, his one charge carried up to seven years. What changed in October 2022?',
        'On appeal the term became 13 years 9 months. Is three months off a large change or a small one?',
      ],
      beats: ['verdict', 'detained', 'new-charge', 'appeal'],
    },
    {
      id: 'timing',
      question:
        'He was detained on 24 February 2022, the day Russia launched its full-scale invasion of Ukraine, and before either ruling against Memorial had taken effect. Why might a reporter put these dates side by side?',
      followUps: [
        'Do two things on the same day show that one caused the other? What would you need to show that?',
        'The rulings came in December 2021 but took effect on 28 February and 5 April 2022. Why does the day a ruling takes effect matter?',
        'Memorial won the Nobel Peace Prize on 7 October 2022. Why should a timeline not call it a prize-winner at the time of his detention?',
      ],
      beats: ['detained', 'memorial-liquidated', 'new-charge'],
    },
    {
      id: 'uncertainty',
      question:
        'The story says where the sources disagree: he left Vladimir Central on 7 or 8 June 2025; one source dates the appeal ruling to 10 October 2023, the others only to October; and sources differ on which part of Article 205.5 the verdict used. Why show the doubt instead of picking one answer?',
      followUps: [
        'On the timeline, a dot marks a date known to the day and a bar one known only to the month. How would you draw the appeal, and why?',
        'Part 1 of Article 205.5 is organising the activities of a terrorist organisation; part 2 is taking part in them. Why does the difference matter to a reader?',
        'Where would you look to settle one of these questions?',
      ],
      beats: ['arctic', 'appeal', 'verdict'],
    },
    {
      id: 'calculation',
      question:
        'By our calculation, if the term of 13 years 9 months runs from his detention, it would end around 24 November 2035, when he would be 72. What does that calculation assume?',
      followUps: [
        'Name the assumptions the story states beside the date.',
        'Why does the story give no official release date?',
        'What new information would change the date, and who holds it?',
      ],
      beats: ['what-it-means'],
    },
    {
      id: 'why-sources',
      question: 'Every slide names its sources. Why does that matter, and do some sources count for more than others?',
      followUps: [
        'Pick one fact and follow it to the source list. Who reported it, and when?',
        'The rewritten report repeated The Moscow Times’ errors. How could a reader have noticed?',
        'Memorial is both a source and part of the story. How should a reader weigh what it says?',
      ],
      beats: ['sources', 'corrections'],
    },
  ],
  mediaLiteracy: {
    title: 'Check the report: how a rewrite drifted from its sources',
    intro: [
      'An English report of the verdict is a near word-for-word rewrite of The Moscow Times’ report of 24 May 2023, and the same text appears on at least one other site. Students read it beside the slide “What a rewritten report got wrong” and find where it repeats errors, where it adds words of its own, and what it leaves out that its writer could have known.',
    ],
    tasks: [
      'Underline every date in the report. Which events get a full date and which only a day of the week? What is missing from “on Tuesday”?',
      'Find each mention of the Facebook posts. Where is it the FSB’s claim, and where is it written as plain fact?',
      'Find the report’s name for the court and its description of the colony. Compare them with the corrections: which level of court, which regime?',
      'Find what the report says about the charges changing “last fall”. Was the first charge replaced? What is the difference between “organising the activities of” and the report’s word?',
      'Find the report’s sentence about Memorial on Twitter, and its last two paragraphs. Which words can you find in no source?',
      'The report rewrites an article of 24 May 2023 and gives the verdict as news. List three things it leaves out that were known by then: look at what the term consists of, what the posts were, and what he and Memorial said. Why would an event of later months not count as an omission?',
    ],
    corrections: ['tuesday', 'court-name', 'regime', 'leading', 'disbandment', 'twitter'],
    debrief: [
      [
        'The report drifted from its source in small steps. It took The Moscow Times’ “late Tuesday” and kept only “on Tuesday”, dropping the date, 23 May 2023. Its first paragraph says the charges “stemmed from his Facebook posts”, as a plain fact, where the sources give the six posts as the FSB’s account. And it repeated The Moscow Times’ errors on the court, the colony and the charge.',
      ],
      [
        'It also added words no source supports. The Moscow Times says only that Memorial reported the sentence on Twitter; “disappointment and concern” is the rewriter’s addition. Padding such as “shockwaves”, and the last two paragraphs, come from no source at all. The habit to teach: when a report sounds surer or more emotional than its source, go back to the source.',
      ],
      [
        'What it leaves out, of what was known when the verdict was news: that the first 3 of the 14 years are to be served in a prison; the four-year ban on administering websites; that the second charge was added to the first rather than replacing it; that two of the six posts were reposts and one a link to a video; that he denies being a member of Hizb ut-Tahrir; and that Memorial says the posts contained no incitement to violence.',
      ],
      [
        'Later events do not count. The Moscow Times article it copies is dated 24 May 2023, and the rewrite gives the verdict as news; its own date is not shown. The appeal of October 2023, the Supreme Court ruling of 1 August 2024 and the transfer to the Arctic in August 2025 came months or years after that verdict. Judge a report by what could be known when it was written; a reader today should look for a newer source.',
      ],
    ],
  },
  keySources: {
    primary: [
      {
        source: 'S49',
        why: 'The text of Article 205.2, in Russian: what the first charge covers and what it carries.',
      },
      {
        source: 'S50',
        why: 'The text of Article 205.5, in Russian: the difference between part 1, organising, and part 2, taking part.',
      },
      {
        source: 'S25',
        why: 'The UN Special Rapporteur on human rights defenders’ summary of the joint communication UN experts sent Russia on 25 October 2023: an official record of what they raised.',
      },
    ],
    secondary: [
      {
        source: 'S05',
        why: 'Memorial’s political-prisoner case record, in Russian: a human rights group’s record of the case, and the most detailed on the law, naming the article parts and the re-classification on appeal.',
      },
      {
        source: 'S03',
        why: 'Current Time’s report on the verdict, in Russian: the court, the 14 years, the first three in a prison and the rest in a strict-regime colony.',
      },
      {
        source: 'S07',
        why: 'Mediazona’s explainer of 16 March 2022, in Russian: the six posts, two of them reposts and one a link to a video.',
      },
      {
        source: 'S09',
        why: 'The Memorial Human Rights Defence Centre’s board statement of 19 October 2022, in English translation: how the second charge became known.',
      },
      {
        source: 'S01',
        why: 'The Moscow Times’ report of 24 May 2023: the article the rewritten report copies. Compare the two line by line.',
      },
      {
        source: 'S02',
        why: 'The rewritten report itself, for the media-literacy exercise. Read it for how it drifted, not as a source of facts.',
      },
    ],
  },
};
